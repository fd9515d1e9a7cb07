/* directive-parser-places.c: provinces and cities, to restore an OCR-damaged place
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-parser-private.h"
#include "directive-places-private.h"

/* A province or centrally-run city (before and after the 2025 reorganisation), or
 * a provincial city a document is often dated at ("Biên Hòa"), from the gazetteer. */
char *
_directive_canonical_place (const char *text)
{
  const DirectivePlace *place = _directive_places_lookup (text, DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY,
                                                          NULL, NULL);

  return place != NULL ? g_strdup (place->name) : NULL;
}

gboolean
_directive_is_city (const char *locality)
{
  return _directive_places_is_city (locality);
}

char *
_directive_canonical_place_line (const char *text,
                                 const char *locality)
{
  return _directive_places_canonical_name (text,
                                           DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY | DIRECTIVE_PLACE_DISTRICT,
                                           locality);
}
