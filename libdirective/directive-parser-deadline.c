/* directive-parser-deadline.c: dates as documents write them, deadlines and recurrence
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-parser-private.h"
#include "directive-text-private.h"

#define WORD(i) (&g_array_index (words, DirectiveWord, (i)))

/* What _directive_word_is() refuses first, without the call: a word more than
 * two letters longer or shorter than @expected (of @m letters), or whose first
 * letter is neither @expected's nor one OCR confuses with it. Most words of a
 * task fail here. */
static inline gboolean
word_may_be (const char          *fold,
             const DirectiveWord *w,
             const char          *expected,
             gsize                m)
{
  gsize n = w->end - w->start;

  return n + 2 >= m && n <= m + 2 && _directive_text_letters_confusable (fold[w->start], expected[0]);
}

/* _directive_word_is() of word @i, the call made only for a word that
 * word_may_be(): most words are refused without it. */
static inline gboolean
word_at_is (const char *fold,
            GArray     *words,
            guint       i,
            const char *expected,
            gsize       m)
{
  const DirectiveWord *w = WORD (i);

  return word_may_be (fold, w, expected, m) && _directive_word_is_len (fold, w->start, w->end, expected, m);
}

#define WORD_IS(i, expected) word_at_is (fold, words, (i), "" expected "", sizeof (expected) - 1)
/* (the parser's exact word tests, by shorter names) */
#define word_exactly_len _directive_word_exactly_len
#define word_exactly _directive_word_exactly

static int
word_number (const char *fold,
             GArray     *words,
             guint       i)
{
  DirectiveWord *w;
  int value = 0;

  if (i >= words->len)
    return -1;
  w = WORD (i);
  if (w->end - w->start > 4)
    return -1;
  for (guint k = w->start; k < w->end; k++)
    {
      char c = fold[k];

      /* OCR reads 0 as o and 1 as l inside numbers */
      if (c == 'o' && w->end - w->start > 1)
        c = '0';
      else if (c == 'l' && w->end - w->start > 1)
        c = '1';
      if (c < '0' || c > '9')
        return -1;
      value = value * 10 + (c - '0');
    }

  return value;
}

/* The character between words i and i + 1, or 0 when they are not joined by one. */
static char
joiner (const char *fold,
        GArray     *words,
        guint       i)
{
  DirectiveWord *a, *b;
  guint k;
  char c = 0;

  if (i + 1 >= words->len)
    return 0;
  a = WORD (i);
  b = WORD (i + 1);
  for (k = a->end; k < b->start; k++)
    {
      /* (a Roman numeral's last stroke read as "]" or "|": roman_value()) */
      if (fold[k] == ' ' || (k == a->end && (fold[k] == ']' || fold[k] == '|')))
        continue;
      if (c != 0)
        return 0;
      c = fold[k];
    }

  return c;
}

static gboolean
is_date_sep (char c)
{
  return c == '/' || c == '-' || c == '.';
}

/* A year written as 4 digits (or 2 after a slash). */
static int
year_of (int value)
{
  if (value >= 1945 && value <= 2100)
    return value;
  if (value >= 0 && value < 100)
    return 2000 + value;
  return -1;
}

static int
roman_value (const char *fold,
             GArray     *words,
             guint       i)
{
  DirectiveWord *w;
  int ones = 0;
  gboolean v = FALSE;

  if (i >= words->len)
    return -1;
  w = WORD (i);
  if (w->end - w->start == 1 && fold[w->start] >= '2' && fold[w->start] <= '4')
    return fold[w->start] - '0';
  for (guint k = w->start; k < w->end; k++)
    {
      char c = fold[k];

      if (c == 'i' || c == 'l' || c == '1')
        ones++;
      else if (c == 'u')
        ones += 2; /* the fold reads "ii" as a damaged "ư": "II" is "u", "III" "ui" */
      else if (c == 'v' && !v)
        v = TRUE;
      else
        return -1;
    }
  /* "I]", "I|": a stroke OCR read as a bracket or a bar, right after the word */
  if (ones >= 1 && !v && (fold[w->end] == ']' || fold[w->end] == '|')
      && !g_ascii_isalnum (fold[w->end + 1]))
    ones++;
  if (v)
    return ones == 1 ? 4 : ones == 0 ? 5 : -1;
  if (ones >= 1 && ones <= 3)
    return ones;
  if (w->end - w->start == 1 && fold[w->start] >= '1' && fold[w->start] <= '4')
    return fold[w->start] - '0';

  return -1;
}

static DirectiveDate *
make_date (int      year,
           int      month,
           int      day,
           gboolean last_day)
{
  DirectiveDate *date;

  if (year <= 0)
    return NULL;
  if (month > 12 || day > 31)
    return NULL;
  if (day > 0 && !directive_date_is_valid_ymd (year, month, day))
    return NULL;
  date = directive_date_new (year, MAX (month, 0), MAX (day, 0), NULL);
  if (date != NULL && last_day && day <= 0)
    {
      DirectiveDate *last = directive_date_dup_last_day (date);

      directive_date_free (date);
      date = last;
    }

  return date;
}

DirectiveDate *
_directive_parse_date_at (const char *fold,
                          GArray     *words,
                          guint       i,
                          guint       default_year,
                          gboolean    last_day,
                          guint      *next)
{
  int d, m, y;

  if (i >= words->len)
    return NULL;

  if (WORD_IS (i, "ngay"))
    i++;
  /* "ngày" as the last word has no date after it. */
  if (i >= words->len)
    return NULL;

  /* quý I/2022, quý 2 năm 2023 */
  if (WORD_IS (i, "quy"))
    {
      int q = roman_value (fold, words, i + 1);

      if (q < 1 || q > 4)
        return NULL;
      if (is_date_sep (joiner (fold, words, i + 1)))
        y = year_of (word_number (fold, words, i + 2)), i += 3;
      else if (i + 2 < words->len && WORD_IS (i + 2, "nam"))
        y = year_of (word_number (fold, words, i + 3)), i += 4;
      else
        y = default_year, i += 2;
      if (next)
        *next = i;
      return make_date (y, q * 3, 0, TRUE);
    }

  /* tháng 12/2021, tháng 12 năm 2021 */
  if (WORD_IS (i, "thang"))
    {
      m = word_number (fold, words, i + 1);
      if (m < 1 || m > 12)
        return NULL;
      if (is_date_sep (joiner (fold, words, i + 1)))
        y = year_of (word_number (fold, words, i + 2)), i += 3;
      else if (i + 2 < words->len && WORD_IS (i + 2, "nam"))
        y = year_of (word_number (fold, words, i + 3)), i += 4;
      else
        return NULL;
      if (next)
        *next = i;
      return make_date (y, m, 0, last_day);
    }

  /* năm 2023 */
  if (WORD_IS (i, "nam"))
    {
      y = word_number (fold, words, i + 1);
      if (y < 1945 || y > 2100)
        return NULL;
      if (next)
        *next = i + 2;
      return make_date (y, last_day ? 12 : 0, last_day ? 31 : 0, FALSE);
    }

  d = word_number (fold, words, i);
  if (d < 1 || d > 31)
    return NULL;

  /* 6 tháng đầu năm 2024 (to June), 6 tháng cuối năm 2024 (to December) */
  if (d == 6 && i + 2 < words->len && WORD_IS (i + 1, "thang")
      && (WORD_IS (i + 2, "dau")
          || WORD_IS (i + 2, "cuoi")))
    {
      gboolean first_half = WORD_IS (i + 2, "dau");

      if (i + 4 < words->len && WORD_IS (i + 3, "nam")
          && (y = year_of (word_number (fold, words, i + 4))) > 0)
        i += 5;
      else
        y = default_year, i += 3;
      if (next)
        *next = i;
      return make_date (y, first_half ? 6 : 12, 0, TRUE);
    }

  /* 15 tháng 6 năm 2024 */
  if (i + 2 < words->len && WORD_IS (i + 1, "thang"))
    {
      m = word_number (fold, words, i + 2);
      if (m < 1 || m > 12)
        return NULL;
      if (i + 4 < words->len && WORD_IS (i + 3, "nam"))
        y = year_of (word_number (fold, words, i + 4)), i += 5;
      else
        y = default_year, i += 3;
      if (next)
        *next = i;
      return make_date (y, m, d, FALSE);
    }

  /* 15/12/2021, 30/6 */
  if (is_date_sep (joiner (fold, words, i)))
    {
      char sep = joiner (fold, words, i);

      m = word_number (fold, words, i + 1);
      if (m < 1 || m > 12)
        return NULL;
      if (joiner (fold, words, i + 1) == sep && (y = year_of (word_number (fold, words, i + 2))) > 0)
        i += 3;
      else
        y = default_year, i += 2;
      if (next)
        *next = i;
      return make_date (y, m, d, FALSE);
    }

  return NULL;
}

/* Words that announce a deadline; the date follows within a few words:
 * "truoc", "cham nhat", "han", "hoan thanh", "xong", "trong". Their first words,
 * in their order: which of them a word is, is kept per thread
 * (_directive_word_set_match()); and their second words. */
static const char *const cue_first_words[] = { "truoc", "cham", "han", "hoan", "xong", "trong", NULL };
static const char *const cue_second_words[] = { NULL, "nhat", NULL, "thanh", NULL, NULL };
static GPrivate cue_cache = G_PRIVATE_INIT (g_free);
static const DirectiveWordSet cue_set = { &cue_cache, cue_first_words, FALSE, DIRECTIVE_WORD_SET_CUES };

DirectiveDate *
_directive_parse_deadline (const char *fold,
                           gsize       len,
                           guint       default_year)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));

  _directive_fold_words (fold, len, words);
  return _directive_parse_deadline_words (fold, words, default_year);
}

/* Digits and the letters OCR reads for one, or a Roman numeral's: every
 * letter of a number or a quarter is one (word_number(), roman_value()). */
static const guint8 numeral[256] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
  ['9'] = 1, ['o'] = 1, ['l'] = 1, ['i'] = 1, ['u'] = 1, ['v'] = 1,
};

/* What may_carry_date() refuses by @w's first two letters, before the calls. */
static inline gboolean
may_be_numeral (const char          *fold,
                const DirectiveWord *w)
{
  return numeral[(guchar) fold[w->start]] && (w->end - w->start < 2 || numeral[(guchar) fold[w->start + 1]]);
}

/* Whether word @i may be a date's number: _directive_parse_date_at() finds a date
 * only where one of the date's first three words is a number (its day, month or
 * year) or a quarter's Roman numeral. */
static inline gboolean
may_carry_date (const char *fold,
                GArray     *words,
                guint       i)
{
  int q;

  if (!may_be_numeral (fold, WORD (i)))
    return FALSE;
  return word_number (fold, words, i) >= 1 || ((q = roman_value (fold, words, i)) >= 1 && q <= 4);
}

/* The first word from @from on that may_carry_date(), or the number of words:
 * a pointer from word to word, as most are refused by their first letter. */
static guint
next_number (const char *fold,
             GArray     *words,
             guint       from)
{
  const DirectiveWord *word_v = (const DirectiveWord *) (gpointer) words->data;
  const DirectiveWord *end = word_v + words->len;

  for (const DirectiveWord *w = word_v + from; w < end; w++)
    if (may_be_numeral (fold, w) && may_carry_date (fold, words, w - word_v))
      return w - word_v;
  return words->len;
}


/* "cuối", "hết" (the end of a period), as written. */
static inline gboolean
is_period_end (const char          *fold,
               const DirectiveWord *w)
{
  return word_exactly (fold, w, "cuoi") || word_exactly (fold, w, "het");
}

/* "vào cuối", "đến hết": a cue of their own, past cue_first_words */
#define CUE_END_OF G_N_ELEMENTS (cue_second_words)

/* Whether the cue @cue of @span words at @i is written without OCR damage. */
static gboolean
cue_as_written (const char *fold,
                GArray     *words,
                guint       i,
                guint       span,
                guint       cue)
{
  if (cue == CUE_END_OF)
    return TRUE;
  return word_exactly_len (fold, WORD (i), cue_first_words[cue], strlen (cue_first_words[cue]))
         && (span == 1 || word_exactly_len (fold, WORD (i + 1), cue_second_words[cue],
                                            strlen (cue_second_words[cue])));
}

/* "trong", "vao", "ngay", and the cues' second words "nhat", "thanh" */
static inline gboolean
may_be_filler (char c)
{
  return _directive_text_letters_confusable (c, 't') || _directive_text_letters_confusable (c, 'v')
         || _directive_text_letters_confusable (c, 'n');
}

/* "từ ngày 20/01 đến ngày 15/02/2025", "từ nay đến tháng 6/2024": whether
 * the "đến" at @i ends a period that starts a few words before, with "từ"
 * before a date (within two words) or "nay" ("tính đến ngày" is no period). */
static G_GNUC_NO_INLINE gboolean
ends_period (const char *fold,
             GArray     *words,
             guint       i)
{
  if (!word_exactly (fold, WORD (i), "den") || (i > 0 && word_exactly (fold, WORD (i - 1), "tinh")))
    return FALSE;
  for (guint k = i > 8 ? i - 8 : 0; k + 1 < i; k++)
    if (word_exactly (fold, WORD (k), "tu")
        && (word_exactly (fold, WORD (k + 1), "nay") || may_carry_date (fold, words, k + 1)
            || (k + 2 < i && may_carry_date (fold, words, k + 2))))
      return TRUE;
  return FALSE;
}

/* "17 giờ", "17h", "17h30", "17 giờ 30 phút" at word @j (or a word of one):
 * the hour of a day the deadline names after it ("trước 17 giờ ngày
 * 24/11/2024") */
static gboolean
is_time_of_day (const char *fold,
                GArray     *words,
                guint       j)
{
  const DirectiveWord *w = WORD (j);
  gsize k = w->start;

  if (WORD_IS (j, "gio") || WORD_IS (j, "phut"))
    return j > 0 && g_ascii_isdigit (fold[WORD (j - 1)->start]);
  while (k < w->end && k - w->start < 2 && g_ascii_isdigit (fold[k]))
    k++;
  if (k == w->start)
    return FALSE;
  /* "17 giờ", and the minutes of "17 giờ 30" */
  if (k == w->end)
    return (j + 1 < words->len && WORD_IS (j + 1, "gio")) || (j > 0 && WORD_IS (j - 1, "gio"));
  if (fold[k] != 'h')
    return FALSE;
  /* (the fold reads the zeros of "17h00" after a letter as o) */
  for (k++; k < w->end; k++)
    if (!g_ascii_isdigit (fold[k]) && fold[k] != 'o')
      return FALSE;
  return TRUE;
}

DirectiveDate *
_directive_parse_deadline_words (const char *fold,
                                 GArray     *words,
                                 guint       default_year)
{
  guint number = 0;   /* the first word after i that may carry a date */
  DirectiveWordSetCache *cue_memo = NULL;
  /* a period's end ("từ ... đến ngày X"), when no cue names a date */
  DirectiveDate *period_end = NULL;

  for (guint i = 0; i < words->len; i++)
    {
      guint span = 0;
      guint cue_words;
      guint cue = 0;   /* the cue's index in cue_first_words, or CUE_END_OF */
      gboolean period = FALSE;

      /* A cue at i looks for a date at i + 1 .. i + 4 (after a cue of two
       * words at most), whose number is within its first three words: with no
       * such word in i + 1 .. i + 6 the cue finds nothing, and with none after
       * i no cue from here on does. */
      if (number <= i)
        number = next_number (fold, words, i + 1);
      if (number >= words->len)
        return period_end;
      /* (nor does any before number - 6: on to it) */
      if (number > i + 6)
        {
          i = number - 7;
          continue;
        }
      /* The date is at i + span (one or two) or after fillers ("trong", "vao",
       * "ngay"), and has its number within its first three words: a number
       * past i + 3 is reached only over a filler or a cue's second word
       * ("nhat", "thanh") at i + 1, past i + 4 over a filler at i + 2 too;
       * their first letters are one of theirs or confused with one
       * (_directive_word_is()). */
      if (number > i + 3 && !may_be_filler (fold[WORD (i + 1)->start]))
        continue;
      if (number > i + 4 && !may_be_filler (fold[WORD (i + 2)->start]))
        continue;

      /* A word that is no cue's first word starts none. */
      if (cue_memo == NULL)
        cue_memo = _directive_word_set_cache (&cue_set);
      cue_words = _directive_word_set_match_in (cue_memo, fold, WORD (i)->start, WORD (i)->end);
      /* The memo's bit is _directive_word_is() of the first word: a cue of
       * one word is matched, one of two needs its second. */
      for (guint c = 0; c < G_N_ELEMENTS (cue_second_words) && cue_words != 0; c++)
        if (cue_words & (1u << c))
          {
            /* a cue of one word unless one of two is here ("hoàn" is one
             * slip from "hạn", but "hoàn thành" is the cue) */
            if (cue_second_words[c] == NULL)
              {
                if (span == 0)
                  span = 1, cue = c;
                continue;
              }
            if (i + 1 < words->len && word_at_is (fold, words, i + 1, cue_second_words[c], strlen (cue_second_words[c])))
              {
                span = 2;
                cue = c;
                break;
              }
          }
      /* "vào cuối năm 2024", "đến hết tháng 6/2024": by the end of the period
       * ("các tháng cuối năm" alone names one). Only as written: "cuộc họp
       * ngày ..." is one letter from "cuối". */
      if (span == 0 && i + 1 < words->len && (fold[WORD (i)->start] == 'v' || fold[WORD (i)->start] == 'd')
          && (word_exactly (fold, WORD (i), "vao") || word_exactly (fold, WORD (i), "den"))
          && is_period_end (fold, WORD (i + 1)))
        span = 2, cue = CUE_END_OF;
      if (span == 0 && period_end == NULL && fold[WORD (i)->start] == 'd' && ends_period (fold, words, i))
        span = 1, cue = CUE_END_OF, period = TRUE;
      /* "tổ chức hội nghị vào quý I năm 2025", "vào tháng 3/2025": when it is
       * done, the period's end, unless a cue names a date */
      if (span == 0 && period_end == NULL && fold[WORD (i)->start] == 'v' && i + 1 < words->len
          && word_exactly (fold, WORD (i), "vao")
          && (word_exactly (fold, WORD (i + 1), "quy") || word_exactly (fold, WORD (i + 1), "thang")))
        span = 1, cue = CUE_END_OF, period = TRUE;
      if (span == 0)
        continue;
      for (guint j = i + span, limit = i + span + 3; j < limit && j < words->len; j++)
        {
          /* _directive_parse_date_at() finds none with no number in j .. j + 2
           * (may_carry_date()) */
          DirectiveDate *date = number <= j + 2
                                ? _directive_parse_date_at (fold, words, j, default_year, TRUE, NULL)
                                : NULL;

          /* "trước tháng 9/2024": by the end of August */
          if (date != NULL && span == 1 && j == i + 1 && WORD_IS (i, "truoc")
              && WORD_IS (j, "thang"))
            {
              guint year = directive_date_get_year (date);
              guint month = directive_date_get_month (date);

              directive_date_free (date);
              date = month > 1 ? make_date (year, month - 1, 0, TRUE) : make_date (year - 1, 12, 31, FALSE);
            }
          if (date != NULL && period)
            {
              period_end = date;
              break;
            }
          if (date != NULL)
            {
              g_clear_pointer (&period_end, directive_date_free);
              return date;
            }
          /* only "trong", "ngày", "vào" may stand between the cue and the date,
           * and "cuối", "hết" after a cue, both as written ("trước cuối tháng
           * 6/2024"; "tháng cuối năm" is a damaged "trong" away from one) */
          if (!WORD_IS (j, "trong") && !WORD_IS (j, "vao") && !WORD_IS (j, "ngay")
              && !(is_period_end (fold, WORD (j)) && cue_as_written (fold, words, i, span, cue)))
            {
              /* the hour before the day: a word or two more */
              if (!is_time_of_day (fold, words, j) || limit > i + span + 6)
                break;
              limit++;
            }
        }
    }

  return period_end;
}

/* _directive_text_word_distance() of word @w from @expected: 0 for the word
 * itself (most words are not damaged) without the table. */
static double
distance_to (const char          *fold,
             const DirectiveWord *w,
             const char          *expected)
{
  gsize m = strlen (expected);

  if (word_exactly_len (fold, w, expected, m))
    return 0.0;
  return _directive_text_word_distance (fold + w->start, w->end - w->start, expected, m);
}

/* Whether words @i, @i + 1 are @first @second ("hang thang") with no more OCR
 * damage than the phrase as a whole can bear: two damaged words together make
 * another phrase ("nông thôn" is not "hằng tháng"). The caller knows word @i
 * is @first, allowing OCR damage (_directive_word_is()). */
static gboolean
phrase_is (const char *fold,
           GArray     *words,
           guint       i,
           const char *first,
           const char *second)
{
  DirectiveWord *a = WORD (i);
  DirectiveWord *b = WORD (i + 1);

  if (!word_may_be (fold, b, second, strlen (second)) || !_directive_word_is (fold, b->start, b->end, second))
    return FALSE;

  return distance_to (fold, a, first) + distance_to (fold, b, second) <= 1.0 + 1e-9;
}

/* What phrase_is() refuses without a distance, for @a whose first letter is
 * its first word's (of @m1 letters) or one OCR confuses with it: @b's must be
 * @second's so too (_directive_word_is()), and as a letter more or less costs
 * at least 0.6, the two words' lengths together may be one off, no more. */
static inline gboolean
phrase_may_be (const char          *fold,
               const DirectiveWord *a,
               const DirectiveWord *b,
               gsize                m1,
               const char          *second,
               gsize                m2)
{
  gsize na = a->end - a->start, nb = b->end - b->start;
  gsize off;

  /* the letter first: it refuses most words */
  if (!_directive_text_letters_confusable (fold[b->start], second[0]))
    return FALSE;
  off = (na > m1 ? na - m1 : m1 - na) + (nb > m2 ? nb - m2 : m2 - nb);
  return off <= 1;
}

static inline gboolean
spaces_only (const char *fold,
             gsize       from,
             gsize       to)
{
  for (gsize k = from; k < to; k++)
    if (fold[k] != ' ')
      return FALSE;
  return TRUE;
}

/* The first words of the recurrences, kept per thread as the cues' are. */
enum { WORD_HANG = 1 << 0, WORD_THUONG = 1 << 1 };
static const char *const recurrence_first_words[] = { "hang", "thuong", NULL };
static GPrivate recurrence_cache = G_PRIVATE_INIT (g_free);
static const DirectiveWordSet recurrence_set = { &recurrence_cache, recurrence_first_words, FALSE,
                                                  DIRECTIVE_WORD_SET_RECURRENCES };

DirectiveRecurrence
_directive_parse_recurrence (const char *fold,
                             gsize       len)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));

  _directive_fold_words (fold, len, words);
  return _directive_parse_recurrence_words (fold, words);
}

/* Per letter: FIRST_HANG for one _directive_text_letters_confusable() with
 * 'h', FIRST_THUONG with 't', 0 for neither, in one look-up per word. */
enum
{
  FIRST_HANG = 1,
  FIRST_THUONG = 2,
  FIRST_QUY = 3,    /* "cuối quý", written without damage: its rarer second word */
};

static const guint8 *
recurrence_firsts_get (void)
{
  static guint8 firsts[256];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      for (guint c = 0; c < 256; c++)
        firsts[c] = _directive_text_letters_confusable ((char) c, 'h') ? FIRST_HANG
                    : _directive_text_letters_confusable ((char) c, 't') ? FIRST_THUONG
                    : c == 'q' ? FIRST_QUY : 0;
      g_once_init_leave (&ready, 1);
    }

  return firsts;
}

/* "trước ngày 10 của tháng cuối quý", with "cuối" at @i: each quarter;
 * "cuối quý III/2024" is one quarter's end. As written only: OCR makes
 * "cuối" of "cuộc". */
static gboolean
ends_each_quarter (const char *fold,
                   GArray     *words,
                   guint       i)
{
  return word_exactly (fold, WORD (i), "cuoi") && i + 1 < words->len && word_exactly (fold, WORD (i + 1), "quy")
         && spaces_only (fold, WORD (i)->end, WORD (i + 1)->start)
         && (i + 2 >= words->len || !may_carry_date (fold, words, i + 2));
}

DirectiveRecurrence
_directive_parse_recurrence_words (const char *fold,
                                   GArray     *words)
{
  gboolean ongoing = FALSE;
  gboolean quarter_end = FALSE;
  DirectiveWordSetCache *memo = NULL;
  const guint8 *firsts = recurrence_firsts_get ();
  /* in locals, which the calls in the loop do not make it read again per word */
  const DirectiveWord *word_v = (const DirectiveWord *) (gpointer) words->data;
  guint n_words = words->len;

  /* (a pointer from word to word: the loop over the words that start none is
   * a few loads and a test) */
  for (const DirectiveWord *w = word_v, *last = word_v + (n_words > 0 ? n_words - 1 : 0); w < last; w++)
    {
      const DirectiveWord *next;
      guint8 kind = firsts[(guchar) fold[w->start]];
      gboolean hang;
      guint starts;
      guint i;

      /* Every phrase starts "hang" or "thuong": _directive_word_is() refuses a
       * word whose first letter is neither letter nor confused with one (no
       * letter is confused with both). */
      if (kind == 0)
        continue;
      if (G_UNLIKELY (kind == FIRST_QUY))
        {
          quarter_end = quarter_end || (w > word_v && ends_each_quarter (fold, words, w - word_v - 1));
          continue;
        }
      hang = kind == FIRST_HANG;
      next = w + 1;
      /* with none of its phrases in reach, word i starts none */
      if (hang ? !phrase_may_be (fold, w, next, 4, "thang", 5) && !phrase_may_be (fold, w, next, 4, "quy", 3)
                 && !phrase_may_be (fold, w, next, 4, "nam", 3)
               : ongoing || !phrase_may_be (fold, w, next, 6, "xuyen", 5))
        continue;
      /* "hạn" (a time limit: "thời hạn quy định") and "hành" ("ban hành quy
       * chế", "tiến hành") are words of their own one slip from "hằng" */
      if ((w->end - w->start == 3 && memcmp (fold + w->start, "han", 3) == 0)
          || (w->end - w->start == 4 && memcmp (fold + w->start, "hanh", 4) == 0))
        continue;
      /* a phrase's words are apart by spaces only: "găm hàng, tăng giá" is
       * not "hằng tháng" */
      if (!spaces_only (fold, w->end, next->start))
        continue;
      if (memo == NULL)
        memo = _directive_word_set_cache (&recurrence_set);
      starts = _directive_word_set_match_in (memo, fold, w->start, w->end);
      i = w - word_v;
      /* the first word tested once for the three phrases it starts */
      if (starts & WORD_HANG)
        {
          if (phrase_is (fold, words, i, "hang", "thang"))
            return DIRECTIVE_RECURRENCE_MONTHLY;
          if (phrase_is (fold, words, i, "hang", "quy"))
            return DIRECTIVE_RECURRENCE_QUARTERLY;
          if (phrase_is (fold, words, i, "hang", "nam"))
            return DIRECTIVE_RECURRENCE_ANNUAL;
        }
      if (!ongoing && (starts & WORD_THUONG) && phrase_is (fold, words, i, "thuong", "xuyen"))
        ongoing = TRUE;
    }

  /* (the loop stops before the last word) */
  if (!quarter_end && n_words > 1 && firsts[(guchar) fold[word_v[n_words - 1].start]] == FIRST_QUY)
    quarter_end = ends_each_quarter (fold, words, n_words - 2);
  return quarter_end ? DIRECTIVE_RECURRENCE_QUARTERLY
         : ongoing ? DIRECTIVE_RECURRENCE_ONGOING : DIRECTIVE_RECURRENCE_NONE;
}
