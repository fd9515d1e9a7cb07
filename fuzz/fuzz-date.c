/* fuzz-date.c: libFuzzer target for DirectiveDate's text form
 *
 * Any nul-terminated string either is refused with DIRECTIVE_ERROR_INVALID_DATE
 * or reads as a date whose text form reads back as the same date and is the
 * same text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <directive.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(DirectiveDate) date = NULL;
  g_autoptr(DirectiveDate) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  date = directive_date_new_from_string (text, &error);
  if (date == NULL)
    {
      if (!g_error_matches (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_DATE))
        abort ();
      return 0;
    }

  written = directive_date_to_string (date);
  again = directive_date_new_from_string (written, &error);
  if (again == NULL || !directive_date_equal (date, again) ||
      directive_date_compare (date, again) != 0 ||
      directive_date_get_precision (date) != directive_date_get_precision (again))
    abort ();

  /* The text form is canonical: what was read is what is written. */
  if (strcmp (text, written) != 0)
    abort ();

  /* The last day of the period is a full date within it. */
  {
    g_autoptr(DirectiveDate) last = directive_date_dup_last_day (date);

    g_autoptr(GDate) gdate = directive_date_to_gdate (date);

    if (last == NULL || directive_date_compare (last, date) < 0 ||
        directive_date_get_precision (last) != DIRECTIVE_DATE_PRECISION_DAY ||
        gdate == NULL || !g_date_valid (gdate))
      abort ();
  }
  return 0;
}
