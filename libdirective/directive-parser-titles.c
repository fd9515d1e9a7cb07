/* directive-parser-titles.c: the titles officials sign with, to restore an
 * OCR-damaged position ("PHO CHANH VAN PHONG", "Chutich", "GIAM BOC")
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-memo-private.h"
#include "directive-parser-private.h"
#include "directive-text-private.h"

/* Positions and the bodies a signature is made on behalf of ("TM. ỦY BAN NHÂN
 * DÂN"), as written in a signature block. */
static const char *const titles[] = {
  "Chủ tịch", "Phó Chủ tịch", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Giám đốc",
  "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Trưởng ban", "Phó Trưởng ban",
  "Bí thư", "Phó Bí thư", "Chánh Thanh tra", "Phó Chánh Thanh tra", "Cục trưởng",
  "Phó Cục trưởng", "Chi cục trưởng", "Phó Chi cục trưởng", "Trưởng phòng", "Phó Trưởng phòng",
  "Chủ nhiệm", "Phó Chủ nhiệm", "Hiệu trưởng", "Viện trưởng", "Thủ trưởng", "Trưởng đoàn",
  "Ủy ban nhân dân", "Hội đồng nhân dân", "Ban Thường vụ", "Ban Chấp hành", "Ban Chỉ đạo",
  "Thường trực", "Ban Quản lý", "Bộ trưởng", "Thứ trưởng",
  NULL
};

/* Lowercase letters and digits of the folded text, nothing else. */
static char *
compact_fold (const char *text)
{
  char *f = _directive_text_fold (text, -1);
  char *out = f;

  /* (kept in the fold's own buffer: never longer) */
  for (const char *c = f; *c != '\0'; c++)
    if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
      *out++ = *c;
  *out = '\0';

  return f;
}

/* The titles' keys and their lengths, made once. */
static gsize title_key_lengths[G_N_ELEMENTS (titles)];

static char **
title_keys (void)
{
  static char **keys;

  if (g_once_init_enter (&keys))
    {
      guint n = g_strv_length ((char **) titles);
      char **k = g_new0 (char *, n + 1);

      for (guint i = 0; i < n; i++)
        {
          k[i] = compact_fold (titles[i]);
          title_key_lengths[i] = strlen (k[i]);
        }
      g_once_init_leave (&keys, k);
    }

  return keys;
}

/* A signature's lines and a meeting's chair recur from document to document:
 * the title found for a text's letters is kept per thread, a bounded number
 * of them (the index in titles[] + 1, or 0 for none). */
#define TITLE_MEMO_SIZE 256

static GPrivate title_memo = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

/* The same texts recur as written, too: they are kept as written as well, so
 * that most need no fold. Such a key is '\x01', then '+' or '-' for @suffix,
 * then the text (a compact fold never starts with '\x01'); a longer text is
 * not kept so. */
#define TITLE_TEXT_KEY_MAX 128

static void
title_memo_insert (GHashTable *memo,
                   char       *key,
                   int         found)
{
  _directive_memo_insert (memo, TITLE_MEMO_SIZE, key, GINT_TO_POINTER (found));
}

/* The title in @text up to OCR damage: whole (@text is the title), or, when
 * @suffix, its end ("GTVT: PHO CHANH VAN PHONG"). */
const char *
_directive_canonical_title (const char *text,
                            gboolean    suffix)
{
  char **keys = title_keys ();
  g_autofree char *compact = NULL;
  gsize n;
  double best = G_MAXDOUBLE;
  int best_i = -1;
  gsize best_len = 0;
  GHashTable *memo;
  gpointer found;
  char text_key[TITLE_TEXT_KEY_MAX];
  gsize text_len;
  gboolean keep_text;

  if (text == NULL)
    return NULL;
  memo = _directive_memo_get (&title_memo, NULL);
  text_len = strlen (text);
  keep_text = text_len + 3 <= sizeof text_key;
  if (keep_text)
    {
      text_key[0] = '\x01';
      text_key[1] = suffix ? '+' : '-';
      memcpy (text_key + 2, text, text_len + 1);
      if (g_hash_table_lookup_extended (memo, text_key, NULL, &found))
        return GPOINTER_TO_INT (found) > 0 ? titles[GPOINTER_TO_INT (found) - 1] : NULL;
    }
  compact = compact_fold (text);
  n = strlen (compact);
  if (n < 4)
    {
      if (keep_text)
        title_memo_insert (memo, g_strdup (text_key), 0);
      return NULL;
    }

  /* (the compact fold is letters and digits: the '+' of @suffix cannot be one) */
  if (suffix)
    {
      compact = g_realloc (compact, n + 2);
      compact[n] = '+';
      compact[n + 1] = '\0';
    }
  if (g_hash_table_lookup_extended (memo, compact, NULL, &found))
    {
      if (keep_text)
        title_memo_insert (memo, g_strdup (text_key), GPOINTER_TO_INT (found));
      return GPOINTER_TO_INT (found) > 0 ? titles[GPOINTER_TO_INT (found) - 1] : NULL;
    }
  compact[n] = '\0';

  for (guint i = 0; keys[i] != NULL; i++)
    {
      gsize kl = title_key_lengths[i];
      double budget = kl <= 6 ? 1.0 : 0.2 * kl;

      /* the text's end, as long as the key give or take two letters */
      for (gsize len = kl > 2 ? kl - 2 : 1; len <= kl + 2 && len <= n; len++)
        {
          double d;

          if (!suffix && len != n)
            continue;
          /* the first letter of a title survives OCR */
          if (compact[n - len] != keys[i][0])
            continue;
          /* the title as it is written: no distance to count */
          if (len == kl && memcmp (compact + n - len, keys[i], kl) == 0)
            d = 0.0;
          /* (a distance over the budget or the best so far changes nothing) */
          else if (!_directive_text_word_within (compact + n - len, len, keys[i], kl, MIN (budget, best)))
            continue;
          else
            d = _directive_text_word_distance (compact + n - len, len, keys[i], kl);
          if (d <= budget + 1e-9 && (d < best || (d == best && kl > best_len)))
            {
              best = d;
              best_i = i;
              best_len = kl;
            }
        }
    }

  if (suffix)
    compact[n] = '+';
  title_memo_insert (memo, g_steal_pointer (&compact), best_i + 1);
  if (keep_text)
    title_memo_insert (memo, g_strdup (text_key), best_i + 1);

  return best_i >= 0 ? titles[best_i] : NULL;
}
