/* directive-memo.c: bounded per-thread memos keyed by strings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-memo-private.h"

/* What a string memo keeps for a NULL answer. */
static char no_string[] = "";

GHashTable *
_directive_memo_get (GPrivate       *slot,
                     GDestroyNotify  value_free)
{
  GHashTable *memo = g_private_get (slot);

  if (G_UNLIKELY (memo == NULL))
    {
      memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, value_free);
      g_private_set (slot, memo);
    }

  return memo;
}

void
_directive_memo_insert (GHashTable *memo,
                        guint       limit,
                        char       *key,
                        gpointer    value)
{
  /* Emptied rather than trimmed: a bound is reached only by a program that
   * reads very many different texts, and starting again costs less than
   * keeping an order of use. */
  if (g_hash_table_size (memo) >= limit)
    g_hash_table_remove_all (memo);
  g_hash_table_insert (memo, key, value);
}

gboolean
_directive_memo_key (char       *key,
                     gsize       size,
                     char        tag,
                     const char *context,
                     const char *text)
{
  gsize c = context != NULL ? strlen (context) : 0;
  gsize t = strlen (text);
  char digits[24];
  guint d = sizeof digits;
  gsize at = 0;

  /* (written by hand: printf() costs more than the lookup) */
  for (gsize n = c; d == sizeof digits || n > 0; n /= 10)
    digits[--d] = '0' + n % 10;
  if (3 + (sizeof digits - d) + c + t >= size)
    return FALSE;
  key[at++] = tag;
  if (context != NULL)
    {
      key[at++] = '+';
      memcpy (key + at, digits + d, sizeof digits - d);
      at += sizeof digits - d;
      key[at++] = ':';
      memcpy (key + at, context, c);
      at += c;
    }
  else
    key[at++] = '-';
  memcpy (key + at, text, t + 1);

  return TRUE;
}

static void
string_free (gpointer value)
{
  if (value != no_string)
    g_free (value);
}

GHashTable *
_directive_memo_get_strings (GPrivate *slot)
{
  return _directive_memo_get (slot, string_free);
}

gboolean
_directive_memo_find_string (GHashTable  *memo,
                             const char  *key,
                             char       **found)
{
  const char *kept = g_hash_table_lookup (memo, key);

  if (kept == NULL)
    return FALSE;
  *found = kept != no_string ? g_strdup (kept) : NULL;
  return TRUE;
}

char *
_directive_memo_keep_string (GHashTable *memo,
                             guint       limit,
                             const char *key,
                             char       *found)
{
  _directive_memo_insert (memo, limit, g_strdup (key), found != NULL ? g_strdup (found) : no_string);
  return found;
}
