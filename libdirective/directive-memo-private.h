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

/* A key for @text asked with @context (nullable) in @key, of @size bytes:
 * @tag, then '-', or '+' and the length of @context, ':' and @context, then
 * @text, so that no text is taken for another. FALSE when it does not fit. */
gboolean    _directive_memo_key          (char           *key,
                                          gsize           size,
                                          char            tag,
                                          const char     *context,
                                          const char     *text);

/* A memo of answers that are strings or NULL, in @slot as _directive_memo_get(). */
GHashTable *_directive_memo_get_strings  (GPrivate       *slot);
/* Whether @key is kept in @memo: then a copy of its answer, or NULL, in *@found. */
gboolean    _directive_memo_find_string  (GHashTable     *memo,
                                          const char     *key,
                                          char          **found);
/* Keeps a copy of @found (nullable) for @key, as _directive_memo_insert() does;
 * returns @found. */
char       *_directive_memo_keep_string  (GHashTable     *memo,
                                          guint           limit,
                                          const char     *key,
                                          char           *found);

G_END_DECLS
