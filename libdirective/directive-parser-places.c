/* directive-parser-places.c: provinces and cities, to restore an OCR-damaged place
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-memo-private.h"
#include "directive-parser-private.h"
#include "directive-places-private.h"

/* A document's place ("Bình Dương", "TP. Hồ Chí Minh") and its committee's
 * province come again from document to document: what the gazetteer made of a
 * text is kept per thread, a bounded number of them. The gazetteer never
 * changes, so nothing kept goes stale. */
#define PLACE_MEMO_SIZE 256

/* A key longer than this is not kept (no place's text is so long). */
#define PLACE_MEMO_KEY_MAX 256

static GPrivate place_memo = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

/* What @read (not NULL) makes of @text in @locality, memoised under @tag. */
static char *
memoised (char         tag,
          const char  *text,
          const char  *locality,
          char      *(*read) (const char *text, const char *locality))
{
  char key[PLACE_MEMO_KEY_MAX];
  gboolean keep = text != NULL && _directive_memo_key (key, sizeof key, tag, locality, text);
  GHashTable *memo = _directive_memo_get_strings (&place_memo);
  char *found;

  if (keep && _directive_memo_find_string (memo, key, &found))
    return found;
  found = read (text, locality);

  return keep ? _directive_memo_keep_string (memo, PLACE_MEMO_SIZE, key, found) : found;
}

static char *
read_province (const char *text,
               const char *locality)
{
  const DirectivePlace *place = _directive_places_lookup (text, DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY,
                                                          NULL, NULL);

  return place != NULL ? g_strdup (place->name) : NULL;
}

/* A province or centrally-run city (before and after the 2025 reorganisation), or
 * a provincial city a document is often dated at ("Biên Hòa"), from the gazetteer. */
char *
_directive_canonical_place (const char *text)
{
  return memoised ('p', text, NULL, read_province);
}

static char *
read_own_place (const char *text,
                const char *locality)
{
  const DirectivePlace *place = _directive_places_lookup_own (text, DIRECTIVE_PLACE_DISTRICT, locality);

  return place != NULL ? g_strdup (place->name) : NULL;
}

char *
_directive_own_place (const char *text,
                      const char *locality)
{
  /* (no province, no town of it: asked before the issuer's is known) */
  if (locality == NULL)
    return NULL;
  return memoised ('o', text, locality, read_own_place);
}

gboolean
_directive_is_city (const char *locality)
{
  return _directive_places_is_city (locality);
}

static char *
read_place_line (const char *text,
                 const char *locality)
{
  return _directive_places_canonical_name (text,
                                           DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY | DIRECTIVE_PLACE_DISTRICT,
                                           locality);
}

char *
_directive_canonical_place_line (const char *text,
                                 const char *locality)
{
  return memoised ('l', text, locality, read_place_line);
}
