/* directive-text-private.h: folding and OCR-tolerant comparison of Vietnamese text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* The text in NFC. @len -1 for NUL-terminated. Invalid UTF-8 is replaced by U+FFFD. */
char     *_directive_text_normalize_nfc     (const char  *text,
                                             gssize       len);

/* Whether valid UTF-8 @text is certainly in NFC already: every character is one
 * NFC keeps and none of them composes with the one before (Latin, Vietnamese,
 * punctuation, no combining mark). FALSE means "maybe not". */
gboolean  _directive_text_is_plainly_nfc    (const char  *text,
                                             gsize        len);

/* NFC, whitespace runs (newlines included) folded to one space, trimmed. */
char     *_directive_text_collapse_spaces   (const char  *text,
                                             gssize       len);

/* A matching key: lowercase ASCII letters where the text has Vietnamese letters
 * (diacritics stripped, đ→d), whitespace runs folded to one space and trimmed,
 * and the usual OCR confusions undone where that is safe: '@', '¢', '©', 'ø' → o;
 * '&' after a lone letter and before a non-letter ("S&") → o; '$' before a letter → s;
 * a digit touching a letter: 0, 6 → o, 1 → l, 5 → s, 4 → a; "ii" → u ("chii"), "ir" → u
 * ("chirc"), w → u ("nhw"); dashes to '-', quotes to '"' and '\''. Other punctuation
 * is kept. What remains different (é for ô, d for ạ ...) is left to
 * _directive_text_word_distance(). */
char     *_directive_text_fold              (const char  *text,
                                             gssize       len);

/* The same, and in *@offsets (free with g_free) for each byte i of the folded text
 * the byte offset in @text of the character it came from, plus one more entry,
 * offsets[*folded_len], the length of @text. A folded range [s, e) comes from
 * [offsets[s], offsets[e]) of @text; a folded space stands at the first of the
 * whitespace characters it replaces. */
char     *_directive_text_fold_with_offsets (const char  *text,
                                             gssize       len,
                                             gsize      **offsets,
                                             gsize       *folded_len);

/* _directive_text_fold_with_offsets() in one allocation: returns the offsets,
 * and the fold, which lies in the same block, in *@fold. Free the offsets
 * alone (with g_free), never the fold. */
gsize    *_directive_text_fold_block        (const char  *text,
                                             gssize       len,
                                             char       **fold,
                                             gsize       *folded_len);
/* The same into *@block, of *@block_size bytes (NULL and 0 at first), grown
 * when the text needs more: a caller folding text after text keeps one block. */
gsize    *_directive_text_fold_block_in     (const char  *text,
                                             gssize       len,
                                             gsize      **block,
                                             gsize       *block_size,
                                             char       **fold,
                                             gsize       *folded_len);

/* A block for _directive_text_fold_block_in(), kept per thread by a stage that
 * folds short text after short text. A long text grows it: trimmed once its
 * fold is no longer read, a block past _DIRECTIVE_FOLD_ROOM_MAX bytes is freed,
 * so that a thread keeps no more than that. */
typedef struct
{
  gsize *block;
  gsize  size;
} DirectiveFoldRoom;

#define _DIRECTIVE_FOLD_ROOM_MAX (16 * 1024)

static inline gsize *
_directive_fold_room_fold (DirectiveFoldRoom  *room,
                           const char         *text,
                           gssize              len,
                           char              **fold,
                           gsize              *folded_len)
{
  return _directive_text_fold_block_in (text, len, &room->block, &room->size, fold, folded_len);
}

static inline void
_directive_fold_room_trim (DirectiveFoldRoom *room)
{
  if (room->size > _DIRECTIVE_FOLD_ROOM_MAX)
    {
      g_clear_pointer (&room->block, g_free);
      room->size = 0;
    }
}

/* The fold of the first @n bytes of @text (cut before a character) into @out,
 * of @size bytes, _DIRECTIVE_TEXT_FOLD_PREFIX_ROOM (@n) at least, without an
 * allocation; returns its length. All but its last byte are those of the fold
 * of the whole text (the rules look at the character after, and the last
 * space is trimmed); when @n is the whole text, all of it. */
#define _DIRECTIVE_TEXT_FOLD_PREFIX_ROOM(n) (2 * (n) + 16)
gsize     _directive_text_fold_prefix       (const char  *text,
                                             gsize        n,
                                             char        *out,
                                             gsize        size);

/* The room _directive_text_fold_block_room() needs for a text of @n bytes. */
#define _DIRECTIVE_TEXT_FOLD_BLOCK_ROOM(n) (((n) + 8) * sizeof (gsize) + (n) + 16)
/* _directive_text_fold_block() into @room, of @room_size bytes, when it fits
 * (nearly always in _DIRECTIVE_TEXT_FOLD_BLOCK_ROOM (length of @text)):
 * returns @room then, else a block of its own to free with g_free(). */
gsize    *_directive_text_fold_block_room   (const char  *text,
                                             gssize       len,
                                             gsize       *room,
                                             gsize        room_size,
                                             char       **fold,
                                             gsize       *folded_len);

/* The first character of the fold of NUL-terminated @text that is neither a
 * space nor a dash, without folding the rest: an ASCII character, 0x80 for a
 * character with no ASCII counterpart, 0 when there is none. Rules that undo
 * OCR confusions may still change it, but never into or out of a letter they
 * do not name (they make o, s, l, a, u of @, $, &, digits, w, i). */
char      _directive_text_first_folded      (const char  *text);

/* Whether the fold of the first @n bytes of @text may end in one of the ASCII
 * characters @ends: its last character folds to one of them, to nothing or to
 * no ASCII. A caller whose letters a folding rule can make (o, s, l, a, u)
 * lists the characters the rule makes them of too. Cheap: only the last
 * character is looked at. */
gboolean  _directive_text_may_end_in        (const char  *text,
                                             gsize        n,
                                             const char  *ends);

/* Weighted edit distance of two folded words: insertion, deletion, substitution 1;
 * substitutions that OCR makes of Vietnamese letters (vowel for vowel, d for a
 * vowel, i/l/t/1, o/0) cost less. @alen/@blen -1 for NUL-terminated. */
double    _directive_text_word_distance     (const char  *a,
                                             gssize       alen,
                                             const char  *b,
                                             gssize       blen);

/* _directive_text_word_distance() <= @limit, the same answer, worked out in
 * whole tenths within a band but when the distance is next to @limit. */
gboolean  _directive_text_word_distance_at_most (const char  *a,
                                                 gssize       alen,
                                                 const char  *b,
                                                 gssize       blen,
                                                 double       limit);

/* Whether _directive_text_word_distance() of @a and @b is @limit or less, counted
 * exactly (in tenths) and given up as soon as it is more: a cheap test before
 * asking for the distance itself. */
gboolean  _directive_text_word_within       (const char  *a,
                                             gssize       alen,
                                             const char  *b,
                                             gssize       blen,
                                             double       limit);

/* Whether the folded @word is @expected (folded) up to OCR damage: the distance
 * is within a budget that grows with the length. @strict allows only the cheap
 * OCR substitutions (for abbreviations such as "tttt"). */
static inline gboolean _directive_text_word_matches (const char  *word,
                                                     gssize       len,
                                                     const char  *expected,
                                                     gboolean     strict);

/* Whether OCR confuses the folded letters @a and @b cheaply enough for a word
 * starting with one to match a word starting with the other: their substitution
 * costs half a unit or less in _directive_text_word_distance(). Inline, with the
 * pairs as classes that share a bit: the vowels; d and the vowels; i, l, 1; i, t;
 * 0, o; c, e; n, u; h, n; g, q; g, o (test-text checks every pair). */
/* The index of the lowest bit set in @bits (not 0): where the word-at-a-time
 * loops of the fold, the line intake and the catalogue's marks stop. */
static inline guint
_directive_lowest_bit (guint64 bits)
{
#if defined(__GNUC__)
  return (guint) __builtin_ctzll (bits);
#else
  guint n = 0;

  while ((bits & 1) == 0)
    {
      bits >>= 1;
      n++;
    }
  return n;
#endif
}

static inline gboolean
_directive_text_letters_confusable (char a,
                                    char b)
{
  enum { V = 1 << 0, D = 1 << 1, IL = 1 << 2, IT = 1 << 3, ZO = 1 << 4, CE = 1 << 5, NU = 1 << 6,
         HN = 1 << 7, GQ = 1 << 8, GO = 1 << 9 };
  static const guint16 classes[128] = {
    ['a'] = V | D, ['e'] = V | D | CE, ['i'] = V | D | IL | IT, ['o'] = V | D | ZO | GO,
    ['u'] = V | D | NU, ['y'] = V | D, ['d'] = D, ['l'] = IL, ['1'] = IL, ['t'] = IT,
    ['0'] = ZO, ['c'] = CE, ['n'] = NU | HN, ['h'] = HN, ['g'] = GQ | GO, ['q'] = GQ,
  };

  if (a == b)
    return TRUE;
  if ((guchar) a >= 128 || (guchar) b >= 128)
    return FALSE;
  return (classes[(guchar) a] & classes[(guchar) b]) != 0;
}

/* The same with both lengths given. */
gboolean  _directive_text_word_matches_len  (const char  *word,
                                             gsize        n,
                                             const char  *expected,
                                             gsize        m,
                                             gboolean     strict);

/* Inline, so that the length of a literal @expected is known at compile time. */
static inline gboolean
_directive_text_word_matches (const char *word,
                              gssize      len,
                              const char *expected,
                              gboolean    strict)
{
  return _directive_text_word_matches_len (word, len < 0 ? strlen (word) : (gsize) len,
                                           expected, strlen (expected), strict);
}

/* The cost in tenths of reading @word, letter by letter, for @expected, both
 * @n long: the sum of _directive_text_word_distance()'s substitutions, counted
 * until it is more than @budget. Words of the same length match @strict (by
 * _directive_text_word_matches_len()) when it is 5 or less, which lets a caller
 * compare a word made of several pieces without joining them. */
int       _directive_text_substitution_cost10 (const char  *word,
                                               const char  *expected,
                                               gsize        n,
                                               int          budget);

/* _directive_text_word_matches_len() not @strict, for a caller that has made its
 * first tests already: @word is not @expected, neither is empty, and their first
 * letters are the same or _directive_text_letters_confusable(). */
gboolean  _directive_text_word_matches_near (const char  *word,
                                             gsize        n,
                                             const char  *expected,
                                             gsize        m);

/* A stable ASCII id from a name: folded, runs of anything but letters and
 * digits turned to '-', trimmed ("Sở Quy hoạch - Kiến trúc" → "so-quy-hoach-kien-truc").
 * Never empty: "agency" for a name with no letters. */
char     *_directive_text_slugify           (const char  *text);

G_END_DECLS
