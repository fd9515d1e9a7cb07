/* directive-memo-private.h: bounded per-thread memos keyed by strings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The parser meets the same places, titles and names from document to
 * document. What it made of one is kept in a memo of the thread that asked:
 * a string-keyed GHashTable, held by a GPrivate that frees it with the
 * thread, and emptied when it reaches its bound, so that a long-running
 * program never grows without end. Only what never goes stale is kept (what
 * the gazetteer or a fixed table made of a text).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The thread's memo in @slot (a GPrivate whose notify is g_hash_table_unref()),
 * made on first use with @value_free for its values (its keys are freed with
 * g_free()). */
GHashTable *_directive_memo_get    (GPrivate       *slot,
                                    GDestroyNotify  value_free);
/* Keeps @value for @key (both taken) in @memo, emptied first when it holds
 * @limit entries. */
void        _directive_memo_insert (GHashTable     *memo,
                                    guint           limit,
                                    char           *key,
                                    gpointer        value);

G_END_DECLS
