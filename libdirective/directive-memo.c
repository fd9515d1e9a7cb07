/* directive-memo.c: bounded per-thread memos keyed by strings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-memo-private.h"

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
