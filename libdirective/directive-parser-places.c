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

/* What the gazetteer made of a text when it made nothing. */
static char no_place[] = "";

static void
place_memo_value_free (gpointer value)
{
  if (value != no_place)
    g_free (value);
}

static GPrivate place_memo = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

static GHashTable *
place_memo_get (void)
{
  return _directive_memo_get (&place_memo, place_memo_value_free);
}

/* The memo's key for @text asked as @kind, with @locality (nullable) when it
 * matters, in @key (PLACE_MEMO_KEY_MAX bytes): the locality's length first, so
 * that no text is taken for another. FALSE when it does not fit. */
static gboolean
place_memo_key (char        kind,
                const char *locality,
                const char *text,
                char       *key)
{
  gsize n = locality != NULL ? strlen (locality) : 0;
  gsize t = strlen (text);
  char digits[24];
  guint d = sizeof digits;
  gsize at = 0;

  /* (written by hand: printf() costs more than the lookup) */
  do
    digits[--d] = '0' + n % 10;
  while ((n /= 10) > 0);
  n = locality != NULL ? strlen (locality) : 0;
  if (3 + (sizeof digits - d) + n + t >= PLACE_MEMO_KEY_MAX)
    return FALSE;
  key[at++] = kind;
  key[at++] = locality != NULL ? '+' : '-';
  memcpy (key + at, digits + d, sizeof digits - d);
  at += sizeof digits - d;
  key[at++] = ':';
  if (n > 0)
    memcpy (key + at, locality, n);
  at += n;
  memcpy (key + at, text, t + 1);
  return TRUE;
}

/* @found (taken, nullable) kept for @key, and returned. */
static char *
place_memo_keep (const char *key,
                 char       *found)
{
  _directive_memo_insert (place_memo_get (), PLACE_MEMO_SIZE, g_strdup (key),
                          found != NULL ? g_strdup (found) : no_place);
  return found;
}

/* Whether @key is kept: then its text, a copy, or NULL in *@found. */
static gboolean
place_memo_find (const char  *key,
                 char       **found)
{
  const char *kept = g_hash_table_lookup (place_memo_get (), key);

  if (kept == NULL)
    return FALSE;
  *found = kept != no_place ? g_strdup (kept) : NULL;
  return TRUE;
}

/* A province or centrally-run city (before and after the 2025 reorganisation), or
 * a provincial city a document is often dated at ("Biên Hòa"), from the gazetteer. */
char *
_directive_canonical_place (const char *text)
{
  char key[PLACE_MEMO_KEY_MAX];
  gboolean keep = text != NULL && place_memo_key ('p', NULL, text, key);
  const DirectivePlace *place;
  char *found;

  if (keep && place_memo_find (key, &found))
    return found;
  place = _directive_places_lookup (text, DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY, NULL, NULL);
  found = place != NULL ? g_strdup (place->name) : NULL;

  return keep ? place_memo_keep (key, found) : found;
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
  char key[PLACE_MEMO_KEY_MAX];
  gboolean keep = text != NULL && place_memo_key ('l', locality, text, key);
  char *found;

  if (keep && place_memo_find (key, &found))
    return found;
  found = _directive_places_canonical_name (text,
                                            DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY | DIRECTIVE_PLACE_DISTRICT,
                                            locality);

  return keep ? place_memo_keep (key, found) : found;
}
