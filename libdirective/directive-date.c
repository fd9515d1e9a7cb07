/* directive-date.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-date.h"
#include "directive-error.h"

/**
 * DirectiveDate:
 *
 * A calendar date that may be known only to the year or the month, as
 * administrative documents often give them ("trong năm 2022", "tháng 12/2021")
 * and as OCR leaves them when a day is unreadable.
 *
 * Its text form is ISO 8601: `2021-11-23`, `2021-11` or `2021`. Dates compare
 * by their first day; of two dates with the same first day the less precise
 * sorts first. A date is immutable: setters on the model take a copy.
 */
struct _DirectiveDate
{
  guint16 year;
  guint8 month; /* 0 when unknown */
  guint8 day;   /* 0 when unknown */
};

G_DEFINE_BOXED_TYPE (DirectiveDate, directive_date, directive_date_copy, directive_date_free)

/**
 * directive_date_is_valid_ymd:
 * @year: the year, 1 to 9999
 * @month: the month, 1 to 12, or 0 when only the year is known
 * @day: the day of the month, or 0 when it is not known
 *
 * Whether these parts make a date: the day must exist in that month
 * (2021-02-30 does not), and a day needs a month.
 *
 * Returns: %TRUE if they do
 */
gboolean
directive_date_is_valid_ymd (guint year,
                             guint month,
                             guint day)
{
  if (year < 1 || year > 9999 || month > 12)
    return FALSE;
  if (month == 0)
    return day == 0;
  if (day == 0)
    return TRUE;
  return day <= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

/**
 * directive_date_new:
 * @year: the year, 1 to 9999
 * @month: the month, or 0 for a date known only to the year
 * @day: the day, or 0 for a date known only to the month
 * @error: return location for a #GError
 *
 * Creates a date. Parts that do not make a date are refused with
 * %DIRECTIVE_ERROR_INVALID_DATE.
 *
 * Returns: (transfer full): a new date, or %NULL with @error set
 */
DirectiveDate *
directive_date_new (guint    year,
                    guint    month,
                    guint    day,
                    GError **error)
{
  DirectiveDate *self;

  if (!directive_date_is_valid_ymd (year, month, day))
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_DATE,
                   "%04u-%02u-%02u is not a date", year, month, day);
      return NULL;
    }

  self = g_new (DirectiveDate, 1);
  self->year = year;
  self->month = month;
  self->day = day;
  return self;
}

/* Reads exactly @n ASCII digits. */
static gboolean
read_digits (const char **p,
             guint        n,
             guint       *out)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + (guint) ((*p)[i] - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

/**
 * directive_date_new_from_string:
 * @text: an ISO 8601 calendar date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
 * @error: return location for a #GError
 *
 * Reads a date from its text form. Anything else, and dates that do not exist,
 * are refused with %DIRECTIVE_ERROR_INVALID_DATE.
 *
 * Returns: (transfer full): a new date, or %NULL with @error set
 */
DirectiveDate *
directive_date_new_from_string (const char  *text,
                                GError     **error)
{
  const char *p = text;
  guint year = 0, month = 0, day = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (!read_digits (&p, 4, &year))
    goto malformed;
  if (*p == '-')
    {
      p++;
      if (!read_digits (&p, 2, &month))
        goto malformed;
      if (*p == '-')
        {
          p++;
          if (!read_digits (&p, 2, &day))
            goto malformed;
        }
    }
  if (*p != '\0')
    goto malformed;

  if (!directive_date_is_valid_ymd (year, month, day) || (month == 0 && p - text > 4) ||
      (day == 0 && p - text > 7))
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_DATE,
                   "'%s' is not a date that exists", text);
      return NULL;
    }

  return directive_date_new (year, month, day, error);

malformed:
  {
    g_autofree char *valid = g_utf8_make_valid (text, -1);
    /* Long garbage is cut short in the message. */
    g_autofree char *shown = g_utf8_substring (valid, 0, MIN (g_utf8_strlen (valid, -1), 64));

    g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_DATE,
                 "'%s' is not an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY)", shown);
  }
  return NULL;
}

/**
 * directive_date_copy:
 * @self: a date
 *
 * Copies a date.
 *
 * Returns: (transfer full): a copy of @self
 */
DirectiveDate *
directive_date_copy (const DirectiveDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

/**
 * directive_date_free:
 * @self: a date
 *
 * Frees a date.
 */
void
directive_date_free (DirectiveDate *self)
{
  g_free (self);
}

/**
 * directive_date_get_year:
 * @self: a date
 *
 * Gets the year.
 *
 * Returns: the year
 */
guint
directive_date_get_year (const DirectiveDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->year;
}

/**
 * directive_date_get_month:
 * @self: a date
 *
 * Gets the month, 1 to 12, or 0 when only the year is known.
 *
 * Returns: the month, 1 to 12, or 0 when only the year is known
 */
guint
directive_date_get_month (const DirectiveDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->month;
}

/**
 * directive_date_get_day:
 * @self: a date
 *
 * Gets the day of the month, or 0 when it is not known.
 *
 * Returns: the day of the month, or 0 when it is not known
 */
guint
directive_date_get_day (const DirectiveDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->day;
}

/**
 * directive_date_get_precision:
 * @self: a date
 *
 * Gets how much of the date is known.
 *
 * Returns: how much of the date is known
 */
DirectiveDatePrecision
directive_date_get_precision (const DirectiveDate *self)
{
  g_return_val_if_fail (self != NULL, DIRECTIVE_DATE_PRECISION_YEAR);
  if (self->month == 0)
    return DIRECTIVE_DATE_PRECISION_YEAR;
  if (self->day == 0)
    return DIRECTIVE_DATE_PRECISION_MONTH;
  return DIRECTIVE_DATE_PRECISION_DAY;
}

/**
 * directive_date_to_string:
 * @self: a date
 *
 * Writes the date in ISO 8601, to the precision it has: `2021-11-23`,
 * `2021-11` or `2021`.
 *
 * Returns: (transfer full): the text form
 */
char *
directive_date_to_string (const DirectiveDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (self->month == 0)
    return g_strdup_printf ("%04u", self->year);
  if (self->day == 0)
    return g_strdup_printf ("%04u-%02u", self->year, self->month);
  return g_strdup_printf ("%04u-%02u-%02u", self->year, self->month, self->day);
}

/**
 * directive_date_compare:
 * @a: (nullable): a date
 * @b: (nullable): another date
 *
 * Orders dates by their first day, the less precise first when that is the
 * same; %NULL sorts after every date (a task without a deadline comes last).
 *
 * Returns: negative if @a comes before @b, 0 if they are equal, positive otherwise
 */
int
directive_date_compare (const DirectiveDate *a,
                        const DirectiveDate *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

/**
 * directive_date_equal:
 * @a: (nullable): a date
 * @b: (nullable): another date
 *
 * Compares two dates for equality.
 *
 * Returns: %TRUE if both are %NULL or both are the same date to the same precision
 */
gboolean
directive_date_equal (const DirectiveDate *a,
                      const DirectiveDate *b)
{
  return directive_date_compare (a, b) == 0;
}

/**
 * directive_date_dup_last_day:
 * @self: a date
 *
 * The last day the date covers: `2021-12` gives `2021-12-31`, `2022` gives
 * `2022-12-31`, a full date gives itself. This is how a deadline of "trong
 * tháng 12/2021" is kept.
 *
 * Returns: (transfer full): a full date
 */
DirectiveDate *
directive_date_dup_last_day (const DirectiveDate *self)
{
  DirectiveDate *last;

  g_return_val_if_fail (self != NULL, NULL);

  last = directive_date_copy (self);
  if (last->month == 0)
    last->month = 12;
  if (last->day == 0)
    last->day = g_date_get_days_in_month ((GDateMonth) last->month, (GDateYear) last->year);
  return last;
}

/**
 * directive_date_to_gdate:
 * @self: a date
 *
 * The last day the date covers, as a #GDate (see directive_date_dup_last_day()).
 *
 * Returns: (transfer full): a new #GDate
 */
GDate *
directive_date_to_gdate (const DirectiveDate *self)
{
  g_autoptr(DirectiveDate) last = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  last = directive_date_dup_last_day (self);
  return g_date_new_dmy ((GDateDay) last->day, (GDateMonth) last->month, (GDateYear) last->year);
}
