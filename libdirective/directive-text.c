/* directive-text.c: folding and OCR-tolerant comparison of Vietnamese text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "directive-text-private.h"

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x200B
         || c == 0xFEFF;
}

/* The ASCII letter (or symbol) a character stands for, or 0 when it has none. */
static char
transliterate (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (c < 0x80)
    return g_ascii_tolower ((char) c);

  switch (c)
    {
    case 0x0110: /* Đ */
    case 0x0111: /* đ */
    case 0x00D0: /* Ð */
    case 0x00F0: /* ð */
      return 'd';
    case 0x00A2: /* ¢ */
    case 0x00A9: /* © */
    case 0x00AE: /* ® */
    case 0x00D8: /* Ø */
    case 0x00F8: /* ø */
    case 0x00B0: /* ° */
    case 0x00BA: /* º */
      return 'o';
    case 0x00A7: /* § */
      return 's';
    case 0x0131: /* ı */
    case 0x00A1: /* ¡ */
      return 'i';
    case 0x0142: /* ł */
    case 0x0141:
      return 'l';
    case 0x00DF: /* ß */
      return 'b';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2026:
      return '.';
    default:
      break;
    }

  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  if (n > 0 && decomposed[0] < 0x80)
    return g_ascii_tolower ((char) decomposed[0]);

  return 0;
}

/* What a character folds to, for the characters documents are made of. */
enum {
  FOLD_NONE = 0x80,   /* no ASCII counterpart: the lowercase character itself */
  FOLD_SPACE = 0x81,
  FOLD_MARK = 0x82,
};

#define FOLD_TABLE_SIZE 0x2100

static guint8 fold_table[FOLD_TABLE_SIZE];

/* The constants of the tests of sixteen bytes at a time, set with the table:
 * read from memory by the instructions that use them, which GCC would rather
 * make again for each sixteen bytes had it known them. */
#if defined(__SSE2__)
typedef struct
{
  __m128i before_upper_a, after_upper_z, case_bit, space;
  __m128i one, two, c1, c5, c6, amp, at, w, i, r, before_a;
} FoldVectors;

static FoldVectors fold_vectors;
#else
typedef struct
{
  int unused;
} FoldVectors;
#endif
/* ASCII as the fold writes it: whitespace a space, the rest in lowercase. */
static char ascii_fold[128];

static gpointer
fold_table_init (gpointer data)
{
#if defined(__SSE2__)
  fold_vectors.before_upper_a = _mm_set1_epi8 ('A' - 1);
  fold_vectors.after_upper_z = _mm_set1_epi8 ('Z' + 1);
  fold_vectors.case_bit = _mm_set1_epi8 (0x20);
  fold_vectors.space = _mm_set1_epi8 (' ');
  fold_vectors.one = _mm_set1_epi8 (1);
  fold_vectors.two = _mm_set1_epi8 (2);
  fold_vectors.c1 = _mm_set1_epi8 ('1');
  fold_vectors.c5 = _mm_set1_epi8 ('5');
  fold_vectors.c6 = _mm_set1_epi8 ('6');
  fold_vectors.amp = _mm_set1_epi8 ('&');
  fold_vectors.at = _mm_set1_epi8 ('@');
  fold_vectors.w = _mm_set1_epi8 ('w');
  fold_vectors.i = _mm_set1_epi8 ('i');
  fold_vectors.r = _mm_set1_epi8 ('r');
  fold_vectors.before_a = _mm_set1_epi8 ('a' - 1);
#endif
  for (gunichar c = 0; c < FOLD_TABLE_SIZE; c++)
    {
      if (is_space (c))
        fold_table[c] = FOLD_SPACE;
      else if (g_unichar_ismark (c))
        fold_table[c] = FOLD_MARK;
      else
        {
          char ascii = transliterate (c);

          fold_table[c] = ascii != 0 ? (guint8) ascii : FOLD_NONE;
        }
      if (c < 128)
        ascii_fold[c] = fold_table[c] == FOLD_SPACE ? ' ' : (char) fold_table[c];
    }

  return NULL;
}

static inline void
fold_table_ensure (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, fold_table_init, NULL);
}

/* The class of @c: FOLD_SPACE, FOLD_MARK, an ASCII character, or FOLD_NONE.
 * fold_table_ensure() first. */
static inline guint8
fold_class (gunichar c)
{
  if (c < FOLD_TABLE_SIZE)
    return fold_table[c];
  if (is_space (c))
    return FOLD_SPACE;
  if (g_unichar_ismark (c))
    return FOLD_MARK;
  {
    char ascii = transliterate (c);

    return ascii != 0 ? (guint8) ascii : FOLD_NONE;
  }
}

/* memcpy() of @n bytes (16 at most) in two copies of a fixed size that may
 * overlap rather than a call: the fold's tail and a memo's word are short. */
static inline void
copy_short (char       *dest,
            const char *src,
            gsize       n)
{
  if (n >= 8)
    {
      memcpy (dest, src, 8);
      memcpy (dest + n - 8, src + n - 8, 8);
    }
  else if (n >= 4)
    {
      memcpy (dest, src, 4);
      memcpy (dest + n - 4, src + n - 4, 4);
    }
  else if (n > 0)
    {
      dest[0] = src[0];
      dest[n / 2] = src[n / 2];
      dest[n - 1] = src[n - 1];
    }
}

/* The room fold_characters() writes in beyond what it keeps: eight bytes of
 * ASCII are written at once, and eight offsets. */
#define FOLD_SLACK 8
/* The room after the fold that fold_confusions() fills with spaces, to read
 * sixteen bytes (and the one after them) at a time up to its end. */
#define FOLD_PAD 16
/* The hottest folds in two copies, one for x86-64-v3 (AVX2, BMI2) and one for
 * any x86-64, picked once at load time: AVX2 writes four offsets in a store,
 * and three-operand forms need fewer copies. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__ELF__)
#define FOLD_CLONES __attribute__ ((target_clones ("arch=x86-64-v3", "default")))
#else
#define FOLD_CLONES
#endif
/* A block for the offsets and the fold of @m bytes at most, the fold after the offsets. */
#define FOLD_BLOCK_SIZE(m) (((m) + FOLD_SLACK) * sizeof (gsize) + (m) + FOLD_PAD)

/* Folds the characters of @text into @out, the offset of each byte's character
 * in @off when @track (a constant: inlined twice, the copy for
 * _directive_text_fold() keeps no offsets); returns the bytes written (at most
 * 2 * @len). When @tight (a constant), @out and @off have room for @len +
 * FOLD_SLACK only (@out for @len + FOLD_PAD), and G_MAXSIZE is returned for a
 * text that would need more: only a character whose lowercase is longer than
 * itself can make the fold longer than the text. Otherwise they have room for
 * 2 * @len + FOLD_SLACK (@out for 2 * @len + FOLD_PAD). */
static G_ALWAYS_INLINE inline gsize
fold_characters (const char *restrict text,
                 gsize                len,
                 char       *restrict out,
                 gsize      *restrict off,
                 gboolean             track,
                 gboolean             tight)
{
  const guchar *t = (const guchar *) text;
  /* Whether the last character written is a space, or none is: a whitespace
   * run is written as one space at its first character, and one at the end
   * taken back (no character folds to a space but whitespace). */
  gboolean at_space = TRUE;
  gsize i = 0;
  gsize n = 0;
#if defined(__SSE2__)
  /* The sixteen bytes at hand, as read and lowercased, with zeros after them. */
  union
  {
    __m128i v[2];
    guchar b[32];
  } raw, lowered;

  raw.v[1] = _mm_setzero_si128 ();
  lowered.v[1] = _mm_setzero_si128 ();
#endif

  fold_table_ensure ();
  while (i < len)
    {
      gsize offset;
      gunichar c;
      guint8 cls;

#if defined(__SSE2__)
      /* Most characters are printable ASCII, in short runs between Vietnamese
       * letters: sixteen bytes are read and lowercased at once, and the runs
       * in them kept up to the first byte that is not printable ASCII or is a
       * space after a space. A letter with diacritics there that folds to
       * ASCII (two bytes from 0xC2, or three from 0xE1) is taken from the
       * bytes at hand, and the run after it goes on in the same sixteen. */
      {
        gsize avail = len - i;
        guint end = avail < 16 ? (guint) avail : 16;
        __m128i x, upper;
        guint sp, stop, p = 0, k;

        if (avail >= 16)
          x = _mm_loadu_si128 ((const __m128i *) (t + i));
        else
          {
            /* Past the end of the text, zeros stop the run. */
            raw.v[0] = _mm_setzero_si128 ();
            copy_short ((char *) raw.b, (const char *) t + i, avail);
            x = raw.v[0];
          }
        raw.v[0] = x;
        upper = _mm_and_si128 (_mm_cmpgt_epi8 (x, fold_vectors.before_upper_a),
                               _mm_cmplt_epi8 (x, fold_vectors.after_upper_z));
        lowered.v[0] = _mm_or_si128 (x, _mm_and_si128 (upper, fold_vectors.case_bit));
        sp = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (x, fold_vectors.space));
        /* (signed: the controls, NUL and every byte from 0x80) */
        stop = (guint) _mm_movemask_epi8 (_mm_cmplt_epi8 (x, fold_vectors.space));
        stop |= (sp & ((sp << 1) | (guint) at_space)) | 0x10000;
        for (;;)
          {
            guint32 w;

            k = _directive_lowest_bit (stop);
            /* The run from p to k: eight bytes and offsets written at
             * once, eight more for a run of eight or more, and so the
             * offset of the letter after the run too. */
            memcpy (out + n, lowered.b + p, 8);
            if (track)
              for (guint j = 0; j < 8; j++)
                off[n + j] = i + p + j;
            if (k - p >= 8)
              {
                memcpy (out + n + 8, lowered.b + p + 8, 8);
                if (track)
                  for (guint j = 8; j < 16; j++)
                    off[n + j] = i + p + j;
              }
            n += k - p;
            if (k >= end)
              break;

            /* (zeros after the sixteen bytes, never a continuation byte) */
            memcpy (&w, raw.b + k, 4);
            w = GUINT32_FROM_LE (w);
            if ((w & 0xC0E0) == 0x80C0 && (w & 0xFF) >= 0xC2)
              {
                cls = fold_table[((w & 0x1F) << 6) | ((w >> 8) & 0x3F)];
                p = k + 2;
              }
            else if ((w & 0xC0C0FF) == 0x8080E1)
              {
                cls = fold_table[0x1000 | ((w >> 2) & 0xFC0) | ((w >> 16) & 0x3F)];
                p = k + 3;
              }
            else if ((w & 0xFF) == ' ')
              {
                /* A space after a space gives nothing. */
                p = k + 1;
                stop &= stop - 1;
                continue;
              }
            else
              break;
            if (G_UNLIKELY (cls >= 0x80))
              break;
            out[n] = (char) cls;
            n++;
            stop &= ~0u << p;
          }
        /* (after a letter, k > 0 and the byte before k is not a space) */
        if (k > 0)
          at_space = (sp >> (k - 1)) & 1;
        i += k;
        if (k >= end)
          continue;
      }
#else
      /* Most characters are printable ASCII, in short runs between Vietnamese
       * letters: eight bytes are folded at once (lowercase), and as many of
       * them kept as come before the first that is not printable ASCII or is
       * a space after a space. Past the end of the text, zeros stop the run. */
      {
        const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
        const guint64 highs = ones * 0x80, lows = ones * 0x7f;
        guint64 x = 0, y, spaces, stop, upper, low;
        guint k;

        if (len - i >= 8)
          {
            memcpy (&x, t + i, 8);
            x = GUINT64_FROM_LE (x);
          }
        else if (len >= 8)
          {
            memcpy (&x, t + len - 8, 8);
            x = GUINT64_FROM_LE (x) >> (8 * (8 - (len - i)));
          }
        else
          for (gsize j = i; j < len; j++)
            x |= (guint64) t[j] << (8 * (j - i));
        /* (exact for the lowest byte that is either) */
        stop = (((x - ones * ' ') & ~x) | x) & highs;
        y = x ^ (ones * ' ');
        /* (exact: the high bit of each byte of y that is zero) */
        spaces = ~(((y & lows) + lows) | y) & highs;
        stop |= spaces & ((spaces << 8) | (at_space ? 0x80 : 0));
        k = stop != 0 ? _directive_lowest_bit (stop) / 8 : 8;
        if (k > 0)
          {
            /* (exact for the k bytes kept, below 0x80: a carry only goes up
             * from a byte that is not) */
            upper = (x + ones * (0x80 - 'A')) & ~(x + ones * (0x80 - 'Z' - 1)) & highs;
            low = GUINT64_TO_LE (x | (upper >> 2));
            memcpy (out + n, &low, 8);
            if (track)
              for (guint j = 0; j < 8; j++)
                off[n + j] = i + j;
            at_space = (spaces >> (8 * k - 1)) & 1;
            n += k;
            i += k;
            if (k == 8 || i == len)
              continue;
          }

        /* What stopped the run is most often a letter with diacritics, in the
         * bytes at hand: two bytes from 0xC2, or three from 0xE1 (Vietnamese),
         * taken when they fold to ASCII, the rest by the way below. (A byte
         * past the text is a zero here, never a continuation byte.) */
        if (k < 7)
          {
            guint64 r = x >> (8 * k);
            guint b0 = r & 0xFF, b1 = (r >> 8) & 0xFF, b2 = (r >> 16) & 0xFF;

            if ((b1 & 0xC0) == 0x80)
              {
                if (b0 - 0xC2u <= 0xDF - 0xC2)
                  {
                    cls = fold_table[((b0 & 0x1F) << 6) | (b1 & 0x3F)];
                    if (G_LIKELY (cls < 0x80))
                      {
                        out[n] = (char) cls;
                        if (track)
                          off[n] = i;
                        n++;
                        i += 2;
                        at_space = FALSE;
                        continue;
                      }
                  }
                else if (b0 == 0xE1 && (b2 & 0xC0) == 0x80)
                  {
                    cls = fold_table[0x1000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F)];
                    if (G_LIKELY (cls < 0x80))
                      {
                        out[n] = (char) cls;
                        if (track)
                          off[n] = i;
                        n++;
                        i += 3;
                        at_space = FALSE;
                        continue;
                      }
                  }
              }
          }
      }

#endif

      offset = i;
      if (t[i] < 0x80)
        {
          char f = ascii_fold[t[i]];
          gboolean space = f == ' ';

          /* A control character (whitespace among them), a space after a
           * space, or NUL, which g_utf8_get_char_validated() refuses: it is
           * skipped as any other bad byte. */
          if (G_UNLIKELY (t[i] == 0))
            {
              i++;
              continue;
            }
          out[n] = f;
          if (track)
            off[n] = i;
          n += !(space & at_space);
          at_space = space;
          i++;
          continue;
        }
      if (t[i] >= 0xC2 && t[i] <= 0xDF && len - i >= 2 && (t[i + 1] & 0xC0) == 0x80)
        {
          /* Two bytes (Latin with diacritics, đ, ơ, ư): never overlong from 0xC2. */
          c = ((gunichar) (t[i] & 0x1F) << 6) | (t[i + 1] & 0x3F);
          i += 2;
          cls = fold_table[c];
        }
      else if (t[i] == 0xE1 && len - i >= 3 && (t[i + 1] & 0xC0) == 0x80 && (t[i + 2] & 0xC0) == 0x80)
        {
          /* The Vietnamese precomposed letters (U+1000-U+1FFF): never overlong
           * nor a surrogate, and in the table. */
          c = 0x1000 | ((gunichar) (t[i + 1] & 0x3F) << 6) | (t[i + 2] & 0x3F);
          i += 3;
          cls = fold_table[c];
        }
      else if ((t[i] & 0xF0) == 0xE0 && len - i >= 3 && (t[i + 1] & 0xC0) == 0x80
               && (t[i + 2] & 0xC0) == 0x80
               && (c = ((gunichar) (t[i] & 0x0F) << 12) | ((gunichar) (t[i + 1] & 0x3F) << 6)
                       | (t[i + 2] & 0x3F)) >= 0x800
               && (c < 0xD800 || c > 0xDFFF))
        {
          /* Three bytes (Vietnamese precomposed letters, dashes, quotes), decoded
           * here as g_utf8_get_char_validated() would: not overlong, no surrogate. */
          i += 3;
          cls = fold_class (c);
        }
      else
        {
          c = g_utf8_get_char_validated ((const char *) t + i, len - i);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              /* A byte that is not UTF-8: skip it. */
              i++;
              continue;
            }
          i = (const guchar *) g_utf8_next_char (t + i) - t;
          cls = fold_class (c);
        }

      /* Most are letters. */
      if (G_LIKELY (cls < 0x80))
        {
          out[n] = (char) cls;
          if (track)
            off[n] = offset;
          n++;
          at_space = FALSE;
          continue;
        }
      if (cls == FOLD_SPACE)
        {
          if (!at_space)
            {
              out[n] = ' ';
              if (track)
                off[n] = offset;
              n++;
              at_space = TRUE;
            }
          continue;
        }

      /* A combining mark belongs to the letter before it. */
      if (cls == FOLD_MARK)
        continue;

      at_space = FALSE;
      {
        char buf[8];
        int m = g_unichar_to_utf8 (g_unichar_tolower (c), buf);

        /* Never ahead of the text read: the room is the text's length. */
        if (tight && n + m > i)
          return G_MAXSIZE;
        for (int j = 0; j < m; j++)
          {
            out[n] = buf[j];
            if (track)
              off[n] = offset;
            n++;
          }
      }
    }

  /* Trimmed at the end too. */
  if (n > 0 && at_space)
    n--;

  return n;
}

static inline gboolean
is_letter (char c)
{
  return c >= 'a' && c <= 'z';
}

static inline gboolean
is_alnum (char c)
{
  return is_letter (c) || (c >= '0' && c <= '9');
}

/* The first of the sixteen bytes at @s a context rule is about (16 for none):
 * '@', '$', '&', '0', '1', '4', '5', '6', 'w', or an 'i' before an 'i' or an
 * 'r'. The byte after them is read: there must be one; and the byte before,
 * as the rules see it, by the SSE2 test, which passes over a digit with no
 * letter on either side (a number's: the rules keep them). Most text has none
 * of them in sixteen bytes, and the one found is where the walk goes on. */
#if defined(__SSE2__)
static inline guint
first_ruled16 (const char        *s,
               const FoldVectors *rt)
{
  __m128i x = _mm_loadu_si128 ((const __m128i *) s);
  __m128i next = _mm_loadu_si128 ((const __m128i *) (s + 1));
  __m128i prev = _mm_loadu_si128 ((const __m128i *) (s - 1));
  __m128i odd = _mm_or_si128 (x, rt->one);
  __m128i digits, any;

  digits = _mm_or_si128 (_mm_cmpeq_epi8 (odd, rt->c1),                  /* '0', '1' */
                         _mm_cmpeq_epi8 (odd, rt->c5));                 /* '4', '5' */
  digits = _mm_or_si128 (digits, _mm_cmpeq_epi8 (x, rt->c6));
  /* A digit only next to a letter: in a number, none is one. (From 0x61 up
   * to 0x7F: the letters and a few more, which are never letters at all.) */
  digits = _mm_and_si128 (digits, _mm_or_si128 (_mm_cmpgt_epi8 (prev, rt->before_a),
                                                _mm_cmpgt_epi8 (next, rt->before_a)));
  any = _mm_or_si128 (digits, _mm_cmpeq_epi8 (_mm_or_si128 (x, rt->two), rt->amp));  /* '$', '&' */
  any = _mm_or_si128 (any, _mm_cmpeq_epi8 (x, rt->at));
  any = _mm_or_si128 (any, _mm_cmpeq_epi8 (x, rt->w));
  any = _mm_or_si128 (any, _mm_and_si128 (_mm_cmpeq_epi8 (x, rt->i),
                                          _mm_or_si128 (_mm_cmpeq_epi8 (next, rt->i),
                                                        _mm_cmpeq_epi8 (next, rt->r))));

  return _directive_lowest_bit ((guint) _mm_movemask_epi8 (any) | 0x10000);
}
#elif defined(__GNUC__)
typedef guint8 Bytes16 __attribute__ ((vector_size (16)));
typedef guint64 Words2 __attribute__ ((vector_size (16)));

static inline guint
first_ruled16 (const char        *s,
               const FoldVectors *rt)
{
  Bytes16 x, next, any;
  Words2 w;

  memcpy (&x, s, 16);
  memcpy (&next, s + 1, 16);
  any = (Bytes16) ((x | 1) == '1')      /* '0', '1' */
        | (Bytes16) ((x | 1) == '5')    /* '4', '5' */
        | (Bytes16) (x == '6')
        | (Bytes16) ((x | 2) == '&')    /* '$', '&' */
        | (Bytes16) (x == '@')
        | (Bytes16) (x == 'w')
        | ((Bytes16) (x == 'i') & ((Bytes16) (next == 'i') | (Bytes16) (next == 'r')));
  w = (Words2) any;
  if (w[0] != 0)
    return _directive_lowest_bit (GUINT64_FROM_LE (w[0])) / 8;
  if (w[1] != 0)
    return 8 + _directive_lowest_bit (GUINT64_FROM_LE (w[1])) / 8;
  return 16;
}
#else
static inline guint
first_ruled16 (const char        *s,
               const FoldVectors *rt)
{
  static const guint8 ruled[256] = {
    ['@'] = 1, ['$'] = 1, ['&'] = 1, ['0'] = 1, ['6'] = 1, ['1'] = 1, ['5'] = 1, ['4'] = 1,
    ['w'] = 1, ['i'] = 2,
  };
  static const guint8 after_i[256] = { ['i'] = 2, ['r'] = 2 };
  guint k = 0;

  while (k < 16 && !(ruled[(guchar) s[k]] & (1 | after_i[(guchar) s[k + 1]])))
    k++;
  return k;
}
#endif

/* The context rules: OCR confusions that are safe to undo everywhere in Vietnamese.
 * Works in place: it never writes ahead of what it reads. @off is kept in step
 * when @track. @s has room for FOLD_PAD bytes after the @n of the fold. */
static G_ALWAYS_INLINE inline gsize
fold_confusions (char     *s,
                 gsize    *off,
                 gsize     n,
                 gboolean  track)
{
  gsize len = 0;

  /* The characters before (as rewritten) and after, asked only by the rules. */
#define PREV (len > 0 ? s[len - 1] : ' ')
#define PREV2 (len > 1 ? s[len - 2] : ' ')
#define NEXT (s[i + 1])
  /* The characters a rule is about; the others stay as they are. ('i' is one
   * only before an 'i' or an 'r', which first_ruled16() looks for.) */
  static const guint8 ruled[256] = {
    ['@'] = 1, ['$'] = 1, ['&'] = 1, ['0'] = 1, ['6'] = 1, ['1'] = 1, ['5'] = 1, ['4'] = 1,
    ['w'] = 1, ['i'] = 2,
  };

  gsize i = 0;
#if defined(__SSE2__)
  const FoldVectors *rt = &fold_vectors;
#else
  const FoldVectors *rt = NULL;
#endif

  /* Spaces after the fold: NEXT of the last character, and what the
   * sixteen bytes read at a time take in after it. No rule is about a space,
   * and an 'i' before one is none. */
  memset (s + n, ' ', FOLD_PAD);
  while (i < n)
    {
      char c = s[i];
      gsize o;

      if (!ruled[(guchar) c])
        {
          /* Nothing to move until a rule has shortened the text: on to the
           * next character a rule is about. */
          if (len == i)
            {
              i++;
              /* Sixteen at a time (and the bytes around them), straight to
               * the first that is one. */
              while (i < n)
                {
                  guint k = first_ruled16 (s + i, rt);

                  i += k;
                  if (k < 16)
                    break;
                }
              i = MIN (i, n);
              len = i;
              continue;
            }
          s[len] = c;
          if (track)
            off[len] = off[i];
          len++;
          i++;
          continue;
        }
      o = track ? off[i] : 0;
      switch (c)
        {
        case '@':
          c = 'o';
          break;
        case '$':
          if (is_alnum (NEXT))
            c = 's';
          break;
        case '&':
          /* "S&" for "Sở", "d&" for "đã": a lone letter, then not a letter. */
          if (is_letter (PREV) && !is_alnum (PREV2) && !is_alnum (NEXT))
            c = 'o';
          break;
        case '0': case '6': case '1': case '5': case '4':
          /* Only inside a word that is not a number with a unit or a code such as "F0". */
          if (is_letter (PREV) || is_letter (NEXT))
            c = (c == '0' || c == '6') ? 'o' : c == '1' ? 'l' : c == '5' ? 's' : 'a';
          break;
        case 'w':
          c = 'u';
          break;
        case 'i':
          /* Vietnamese has neither "ii" nor "ir": they are ư / ủ read badly. */
          if (NEXT == 'i' || NEXT == 'r')
            {
              s[len] = 'u';
              if (track)
                off[len] = o;
              len++;
              i += 2;
              continue;
            }
          break;
        default:
          break;
        }
      s[len] = c;
      if (track)
        off[len] = o;
      len++;
      i++;
    }
#undef PREV
#undef PREV2
#undef NEXT

  return len;
}

/* The fold alone, with no offsets to keep. */
static char *
fold_offsetless (const char *text,
                 gsize       length,
                 gsize      *folded_len)
{
  /* Room for the text's length first, as in _directive_text_fold_block(). */
  char *out = g_malloc (length + FOLD_PAD);
  gsize n;

  n = fold_characters (text, length, out, NULL, FALSE, TRUE);
  if (G_UNLIKELY (n == G_MAXSIZE))
    {
      out = g_realloc (out, 2 * length + FOLD_PAD);
      n = fold_characters (text, length, out, NULL, FALSE, FALSE);
    }
  n = fold_confusions (out, NULL, n, FALSE);
  out[n] = '\0';
  *folded_len = n;

  return out;
}

char *
_directive_text_fold_with_offsets (const char  *text,
                                   gssize       len,
                                   gsize      **offsets,
                                   gsize       *folded_len)
{
  gsize length;
  gsize n;
  char *out;
  gsize *off;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  length = len < 0 ? strlen (text) : (gsize) len;

  if (offsets == NULL)
    {
      out = fold_offsetless (text, length, &n);
      if (folded_len != NULL)
        *folded_len = n;
      return out;
    }

  /* A character folds to at most twice its bytes (U+023A 2 bytes → U+2C65 3 bytes),
   * and nearly always to no more: room for the text's length first, as in
   * _directive_text_fold_block(). */
  out = g_malloc (length + FOLD_PAD);
  off = g_new (gsize, length + FOLD_SLACK);
  n = fold_characters (text, length, out, off, TRUE, TRUE);
  if (G_UNLIKELY (n == G_MAXSIZE))
    {
      out = g_realloc (out, 2 * length + FOLD_PAD);
      off = g_renew (gsize, off, 2 * length + FOLD_SLACK);
      n = fold_characters (text, length, out, off, TRUE, FALSE);
    }
  n = fold_confusions (out, off, n, TRUE);
  out[n] = '\0';
  off[n] = length;

  if (folded_len != NULL)
    *folded_len = n;
  *offsets = off;

  return out;
}

FOLD_CLONES gsize *
_directive_text_fold_block_in (const char  *text,
                               gssize       len,
                               gsize      **block,
                               gsize       *block_size,
                               char       **fold,
                               gsize       *folded_len)
{
  gsize length;
  gsize n;
  gsize *off;
  char *out;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (block != NULL && block_size != NULL, NULL);

  length = len < 0 ? strlen (text) : (gsize) len;

  /* As in _directive_text_fold_with_offsets(), the fold after the offsets;
   * with room for the text's length first, which is nearly always enough
   * (half the block to take and to touch). */
  if (*block_size < FOLD_BLOCK_SIZE (length))
    {
      *block_size = FOLD_BLOCK_SIZE (length);
      g_free (*block);
      *block = g_malloc (*block_size);
    }
  off = *block;
  out = (char *) (off + length + FOLD_SLACK);
  n = fold_characters (text, length, out, off, TRUE, TRUE);
  if (G_UNLIKELY (n == G_MAXSIZE))
    {
      *block_size = FOLD_BLOCK_SIZE (2 * length);
      off = *block = g_realloc (*block, *block_size);
      out = (char *) (off + 2 * length + FOLD_SLACK);
      n = fold_characters (text, length, out, off, TRUE, FALSE);
    }
  n = fold_confusions (out, off, n, TRUE);
  out[n] = '\0';
  off[n] = length;

  *fold = out;
  if (folded_len != NULL)
    *folded_len = n;

  return off;
}

gsize *
_directive_text_fold_block (const char  *text,
                            gssize       len,
                            char       **fold,
                            gsize       *folded_len)
{
  gsize *block = NULL;
  gsize size = 0;

  return _directive_text_fold_block_in (text, len, &block, &size, fold, folded_len);
}

char *
_directive_text_fold (const char *text,
                      gssize      len)
{
  gsize n;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  return fold_offsetless (text, len < 0 ? strlen (text) : (gsize) len, &n);
}

FOLD_CLONES gsize *
_directive_text_fold_block_room (const char  *text,
                                 gssize       len,
                                 gsize       *room,
                                 gsize        room_size,
                                 char       **fold,
                                 gsize       *folded_len)
{
  gsize length;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  length = len < 0 ? strlen (text) : (gsize) len;
  G_STATIC_ASSERT (_DIRECTIVE_TEXT_FOLD_BLOCK_ROOM (1) == FOLD_BLOCK_SIZE (1));
  /* Laid out as _directive_text_fold_block_in() lays out its block. */
  if (room != NULL && room_size >= _DIRECTIVE_TEXT_FOLD_BLOCK_ROOM (length))
    {
      gsize *off = room;
      char *out = (char *) (off + length + FOLD_SLACK);
      gsize n = fold_characters (text, length, out, off, TRUE, TRUE);

      if (G_LIKELY (n != G_MAXSIZE))
        {
          n = fold_confusions (out, off, n, TRUE);
          out[n] = '\0';
          off[n] = length;
          *fold = out;
          if (folded_len != NULL)
            *folded_len = n;
          return off;
        }
    }

  return _directive_text_fold_block (text, length, fold, folded_len);
}

gsize
_directive_text_fold_prefix (const char *text,
                             gsize       n,
                             char       *out,
                             gsize       size)
{
  gsize m;

  g_return_val_if_fail (size >= _DIRECTIVE_TEXT_FOLD_PREFIX_ROOM (n), 0);

  m = fold_characters (text, n, out, NULL, FALSE, FALSE);
  m = fold_confusions (out, NULL, m, FALSE);
  out[m] = '\0';

  return m;
}

char
_directive_text_first_folded (const char *text)
{
  const guchar *p = (const guchar *) text;

  fold_table_ensure ();
  /* As fold_characters() reads the text: NUL and bytes that are not UTF-8 are
   * skipped, spaces and combining marks give nothing here. No rule of
   * fold_confusions() makes a letter into a space or a dash, or back. */
  while (*p != '\0')
    {
      gunichar c;
      guint8 cls;

      if (*p < 0x80)
        c = *p++;
      else
        {
          c = g_utf8_get_char_validated ((const char *) p, -1);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              p++;
              continue;
            }
          p = (const guchar *) g_utf8_next_char (p);
        }
      cls = fold_class (c);
      if (cls == FOLD_SPACE || cls == FOLD_MARK || cls == '-')
        continue;
      return cls == FOLD_NONE ? (char) 0x80 : (char) cls;
    }

  return '\0';
}

gboolean
_directive_text_may_end_in (const char *text,
                            gsize       n,
                            const char *ends)
{
  const char *last;
  char c;

  while (n > 0 && g_ascii_isspace (text[n - 1]))
    n--;
  if (n == 0)
    return TRUE;
  last = g_utf8_find_prev_char (text, text + n);
  /* (the last character's own fold: spaces and marks after it were cut or give nothing) */
  c = last != NULL ? _directive_text_first_folded (last) : '\0';
  return c == '\0' || (guchar) c >= 0x80 || strchr (ends, c) != NULL;
}

/* Whether valid UTF-8 @text is certainly in NFC already: every character is one
 * NFC keeps and none of them composes with the one before (Latin, Vietnamese,
 * punctuation, no combining mark). FALSE means "maybe not". */
gboolean
_directive_text_is_plainly_nfc (const char *text,
                                gsize       len)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;

  while (p < end)
    {
      gunichar c;

      if (*p < 0x80)
        {
          p++;
          continue;
        }
      /* Valid UTF-8: two and three bytes decoded here, as g_utf8_get_char() would. */
      if (*p < 0xE0 && p + 1 < end)
        {
          c = ((gunichar) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
          p += 2;
        }
      else if (*p >= 0xE0 && *p < 0xF0 && p + 2 < end)
        {
          c = ((gunichar) (p[0] & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          p += 3;
        }
      else
        {
          c = g_utf8_get_char ((const char *) p);
          p = (const guchar *) g_utf8_next_char (p);
        }
      if (c < 0x300 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2002 && c < 0x2070)
          || (c >= 0x20A0 && c < 0x20D0))
        continue;
      return FALSE;
    }

  return TRUE;
}

char *
_directive_text_normalize_nfc (const char *text,
                               gssize      len)
{
  g_autofree char *valid = NULL;
  char *normalized;
  gsize length;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (text == NULL)
    text = "";
  length = len < 0 ? strlen (text) : (gsize) len;
  /* What documents are made of needs no work: a copy is the normal form. */
  if (g_utf8_validate_len (text, length, NULL) && _directive_text_is_plainly_nfc (text, length))
    return g_strndup (text, length);

  valid = g_utf8_make_valid (text, len);
  normalized = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);

  return normalized != NULL ? normalized : g_steal_pointer (&valid);
}

/* _directive_text_collapse_spaces() in one walk, for text made only of the
 * characters _directive_text_is_plainly_nfc() keeps (validated here as they are
 * read, NUL excluded): then the normal form is the text itself. NULL for any
 * other text. */
static char *
collapse_plain_spaces (const char *text,
                       gsize       n)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + n;
  char *out = g_malloc (n + 1);
  gsize o = 0;
  gboolean pending = FALSE;

  fold_table_ensure ();
  while (p < end)
    {
      gunichar c;
      gsize k;

      if (*p < 0x80)
        {
          if (*p == 0)
            goto other;
          c = *p;
          k = 1;
        }
      else if (*p >= 0xC2 && *p <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80)
        {
          c = ((gunichar) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
          if (c >= 0x300)
            goto other;
          k = 2;
        }
      else if ((*p & 0xF0) == 0xE0 && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        {
          c = ((gunichar) (p[0] & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          /* (none of these is overlong or a surrogate) */
          if (!((c >= 0x1E00 && c < 0x1F00) || (c >= 0x2002 && c < 0x2070) || (c >= 0x20A0 && c < 0x20D0)))
            goto other;
          k = 3;
        }
      else
        goto other;

      if (fold_table[c] == FOLD_SPACE)
        {
          pending = o > 0;
          p += k;
          continue;
        }
      if (pending)
        out[o++] = ' ';
      pending = FALSE;
      while (k-- > 0)
        out[o++] = (char) *p++;
    }
  out[o] = '\0';

  return out;

other:
  g_free (out);
  return NULL;
}

char *
_directive_text_collapse_spaces (const char *text,
                                 gssize      len)
{
  g_autofree char *nfc = NULL;
  char *plain;
  gsize n;
  char *out;
  gsize o = 0;
  gboolean pending = FALSE;
  const guchar *p;
  const guchar *end;

  if (text != NULL)
    {
      plain = collapse_plain_spaces (text, len < 0 ? strlen (text) : (gsize) len);
      if (plain != NULL)
        return plain;
    }

  nfc = _directive_text_normalize_nfc (text, len);
  n = strlen (nfc);
  out = g_malloc (n + 1);
  p = (const guchar *) nfc;
  end = p + n;
  fold_table_ensure ();
  while (p < end)
    {
      const guchar *next;
      gunichar c;

      if (*p < 0x80)
        {
          c = *p;
          next = p + 1;
        }
      else
        {
          c = g_utf8_get_char ((const char *) p);
          next = (const guchar *) g_utf8_next_char (p);
        }

      if (fold_class (c) == FOLD_SPACE)
        {
          pending = o > 0;
          p = next;
          continue;
        }
      if (pending)
        out[o++] = ' ';
      pending = FALSE;
      /* Valid UTF-8 already: the character's bytes as they stand. */
      while (p < next)
        out[o++] = (char) *p++;
    }
  out[o] = '\0';

  return out;
}

static inline gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* The costs of OCR damage in tenths: l, i, t and 1 look alike; so do o and 0, e and c
 * (and a few more pairs); a vowel with diacritics is read as another vowel, or as d.
 * Integers keep the budget test exact. */
static inline int
substitution_cost10 (char a,
                     char b)
{
  char lo, hi;

  if (a == b)
    return 0;
  lo = MIN (a, b);
  hi = MAX (a, b);

  if ((lo == 'i' && hi == 'l') || (lo == '1' && (hi == 'l' || hi == 'i')) || (lo == 'i' && hi == 't')
      || (lo == '0' && hi == 'o') || (lo == 'c' && hi == 'e') || (lo == 'n' && hi == 'u')
      || (lo == 'h' && hi == 'n') || (lo == 'g' && hi == 'q') || (lo == 'g' && hi == 'o'))
    return 4;
  if (is_vowel (a) && is_vowel (b))
    return 4;
  if ((a == 'd' && is_vowel (b)) || (b == 'd' && is_vowel (a)))
    return 5;

  return 10;
}

static inline int
indel_cost10 (char c)
{
  if (c == 'y' || c == 'r' || c == 'i' || c == 'd' || c == '\'' || c == '.' || c == '-')
    return 6;
  return 10;
}

/* The costs in tenths for ASCII, looked up rather than worked out in the
 * inner loop of the distance. */
static guint8 cost10_table[128][128];
static guint8 indel10_table[128];

static gpointer
cost10_table_init (gpointer data)
{
  for (int a = 0; a < 128; a++)
    {
      indel10_table[a] = (guint8) indel_cost10 ((char) a);
      for (int b = 0; b < 128; b++)
        cost10_table[a][b] = (guint8) substitution_cost10 ((char) a, (char) b);
    }

  return NULL;
}

static inline void
cost10_tables_ensure (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, cost10_table_init, NULL);
}

/* n / 10.0: 4 / 10.0 is the double 0.4 is. */
static const double tenths[11] = { 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0 };

static inline int
sub10 (char a,
       char b)
{
  if ((guchar) a < 128 && (guchar) b < 128)
    return cost10_table[(guchar) a][(guchar) b];
  return substitution_cost10 (a, b);
}

static inline int
indel10 (char c)
{
  if ((guchar) c < 128)
    return indel10_table[(guchar) c];
  return indel_cost10 (c);
}

/* _directive_text_word_distance() in tenths, or more than @budget once every
 * path costs more than @budget. Only the band of the table such a path can
 * reach is worked out: a cell off the diagonal by k needs k insertions or
 * deletions, 0.6 each at least; the cells beyond count as too far. */
static int
word_distance10 (const char *a,
                 gsize       n,
                 const char *b,
                 gsize       m,
                 int         budget)
{
  const int far = G_MAXINT / 2;
  gsize band = (gsize) MAX (budget, 0) / 6;
  int stack_row[64];
  int *row = m < G_N_ELEMENTS (stack_row) ? stack_row : g_new (int, m + 1);
  int result;

  int stack_indel[64];
  int *indel_b = m < G_N_ELEMENTS (stack_indel) ? stack_indel : g_new (int, m + 1);

  cost10_tables_ensure ();
  row[0] = 0;
  for (gsize j = 1; j <= m; j++)
    {
      indel_b[j] = indel10 (b[j - 1]);
      row[j] = j <= band ? row[j - 1] + indel_b[j] : far;
    }

  for (gsize i = 1; i <= n; i++)
    {
      gsize lo = i > band ? i - band : 1;
      gsize hi = MIN (m, i + band);
      int diagonal = row[lo - 1];
      char ai = a[i - 1];
      int ca = indel10 (ai);
      int lowest;

      /* The cell before the band, in column 0 or not. */
      if (lo == 1)
        row[0] = i <= band ? row[0] + ca : far;
      else
        row[lo - 1] = far;
      lowest = row[lo - 1];
      for (gsize j = lo; j <= hi; j++)
        {
          int up = row[j];
          int best = diagonal + sub10 (ai, b[j - 1]);

          best = MIN (best, up + ca);
          best = MIN (best, row[j - 1] + indel_b[j]);
          diagonal = up;
          row[j] = best;
          lowest = MIN (lowest, best);
        }
      /* Costs only grow down the table. */
      if (lowest > budget)
        {
          result = lowest;
          goto out;
        }
    }
  result = row[m];

out:
  if (row != stack_row)
    g_free (row);
  if (indel_b != stack_indel)
    g_free (indel_b);

  return result;
}

double
_directive_text_word_distance (const char *a,
                               gssize      alen,
                               const char *b,
                               gssize      blen)
{
  gsize n, m;
  double stack_row[64];
  double *row;
  double result;

  g_return_val_if_fail (a != NULL && b != NULL, G_MAXDOUBLE);

  n = alen < 0 ? strlen (a) : (gsize) alen;
  m = blen < 0 ? strlen (b) : (gsize) blen;

  row = m < G_N_ELEMENTS (stack_row) ? stack_row : g_new (double, m + 1);
  cost10_tables_ensure ();
  row[0] = 0.0;
  for (gsize j = 1; j <= m; j++)
    row[j] = row[j - 1] + tenths[indel10 (b[j - 1])];

  /* The same sums in the same order as with substitution_cost() and indel_cost():
   * tenths[] holds the very doubles they return. */
  for (gsize i = 1; i <= n; i++)
    {
      double diagonal = row[0];
      char ai = a[i - 1];
      double ca = tenths[indel10 (ai)];

      row[0] += ca;
      for (gsize j = 1; j <= m; j++)
        {
          double up = row[j];
          double best = diagonal + tenths[sub10 (ai, b[j - 1])];

          best = MIN (best, up + ca);
          best = MIN (best, row[j - 1] + tenths[indel10 (b[j - 1])]);
          diagonal = up;
          row[j] = best;
        }
    }

  result = row[m];
  if (row != stack_row)
    g_free (row);

  return result;
}

/* The comparisons that need the distance, remembered per thread: a document
 * repeats its words, and the parser asks about each against the same few
 * (cues, titles, alias words) over and over. A slot holds one question, the
 * pair of words of up to MEMO_WORD letters, the budget and which test asked,
 * and its answer; a pure function's answer, so remembering it changes nothing. */
#define MEMO_BITS 12
#define MEMO_SLOTS (1 << MEMO_BITS)
#define MEMO_WORD 14

enum {
  MEMO_MATCHES = 1,   /* _directive_text_word_matches_len() past its cheap tests */
  MEMO_WITHIN = 2,    /* _directive_text_word_within() */
  MEMO_ANSWER = 0x80, /* or'ed into the kind of a slot whose answer is TRUE */
};

/* The question as 32 bytes padded with zeroes, compared and hashed as four
 * words rather than letter by letter; a slot is the key, its answer in kind. */
typedef union
{
  struct
  {
    guint8 kind;      /* 0 for an empty slot */
    guint8 budget;
    guint8 n, m;
    char a[MEMO_WORD];
    char b[MEMO_WORD];
  } q;
  guint64 w[4];
} MemoKey;

G_STATIC_ASSERT (sizeof (MemoKey) == 32);

static void
memo_free (gpointer slots)
{
  g_aligned_free (slots);
}

static GPrivate memo_key = G_PRIVATE_INIT (memo_free);
/* The same, read without a call (g_private_get() is one, and
 * pthread_getspecific() another): the GPrivate frees it with the thread. */
static _Thread_local MemoKey *memo_slots;


/* Fills @key with the question; FALSE when it is too long to remember. */
static inline gboolean
memo_key_init (MemoKey    *key,
               guint8      kind,
               const char *a,
               gsize       n,
               const char *b,
               gsize       m,
               int         budget)
{
  if (n > MEMO_WORD || m > MEMO_WORD || budget < 0 || budget > 255)
    return FALSE;
  memset (key, 0, sizeof *key);
  key->q.kind = kind;
  key->q.budget = (guint8) budget;
  key->q.n = (guint8) n;
  key->q.m = (guint8) m;
  copy_short (key->q.a, a, n);
  copy_short (key->q.b, b, m);

  return TRUE;
}

/* The slot for @key (cache-line aligned, so that a lookup reads one line). */
static inline MemoKey *
memo_slot (const MemoKey *key)
{
  MemoKey *slots = memo_slots;
  guint64 h;

  if (G_UNLIKELY (slots == NULL))
    {
      slots = g_aligned_alloc0 (MEMO_SLOTS, sizeof (MemoKey), 64);
      g_private_set (&memo_key, slots);
      memo_slots = slots;
    }
  h = (key->w[0] * 0x9E3779B97F4A7C15u) ^ key->w[1];
  h = (h * 0x9E3779B97F4A7C15u) ^ key->w[2];
  h = (h * 0x9E3779B97F4A7C15u) ^ key->w[3];
  h *= 0x9E3779B97F4A7C15u;

  return &slots[h >> (64 - MEMO_BITS)];
}

/* Whether @slot holds the answer to @key: it is then in *@answer. */
static inline gboolean
memo_holds (const MemoKey *slot,
            const MemoKey *key,
            gboolean      *answer)
{
  /* (the kind is the first byte of w[0]) */
  const guint64 answer_bit = G_BYTE_ORDER == G_LITTLE_ENDIAN ? MEMO_ANSWER : (guint64) MEMO_ANSWER << 56;

  if (((slot->w[0] ^ key->w[0]) & ~answer_bit) != 0 || slot->w[1] != key->w[1]
      || slot->w[2] != key->w[2] || slot->w[3] != key->w[3])
    return FALSE;
  *answer = (slot->q.kind & MEMO_ANSWER) != 0;

  return TRUE;
}

static inline void
memo_store (MemoKey       *slot,
            const MemoKey *key,
            gboolean       answer)
{
  *slot = *key;
  if (answer)
    slot->q.kind |= MEMO_ANSWER;
}

gboolean
_directive_text_word_within (const char *a,
                             gssize      alen,
                             const char *b,
                             gssize      blen,
                             double      limit)
{
  gsize n = alen < 0 ? strlen (a) : (gsize) alen;
  gsize m = blen < 0 ? strlen (b) : (gsize) blen;
  int limit10;
  MemoKey key;
  MemoKey *slot;
  gboolean answer;

  if (limit < 0)
    return FALSE;
  if (limit >= 1e6)
    return TRUE;
  /* Distances are whole tenths: the largest one within @limit. */
  limit10 = (int) (limit * 10 + 1e-6);
  cost10_tables_ensure ();

  if (!memo_key_init (&key, MEMO_WITHIN, a, n, b, m, limit10))
    return word_distance10 (a, n, b, m, limit10) <= limit10;
  slot = memo_slot (&key);
  if (memo_holds (slot, &key, &answer))
    return answer;
  answer = word_distance10 (a, n, b, m, limit10) <= limit10;
  memo_store (slot, &key, answer);

  return answer;
}

gboolean
_directive_text_word_distance_at_most (const char *a,
                                       gssize      alen,
                                       const char *b,
                                       gssize      blen,
                                       double      limit)
{
  gsize n, m;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  n = alen < 0 ? strlen (a) : (gsize) alen;
  m = blen < 0 ? strlen (b) : (gsize) blen;
  /* In whole tenths first, remembered: the doubles of the distance differ
   * from them by far less than a tenth, so only a distance of @limit itself
   * needs them. */
  if (limit >= 0.1 && limit < 1e5 && limit * 10 == (int) (limit * 10))
    {
      if (!_directive_text_word_within (a, n, b, m, limit))
        return FALSE;
      if (_directive_text_word_within (a, n, b, m, limit - 0.1))
        return TRUE;
    }

  return _directive_text_word_distance (a, n, b, m) <= limit;
}

/* The substitutions of @word into @expected, both @n long, in tenths: counted
 * until they cost more than @budget. */
static inline int
letters_cost10 (const char *word,
                const char *expected,
                gsize       n,
                int         budget)
{
  int cost = 0;

  cost10_tables_ensure ();
  for (gsize i = 0; i < n && cost <= budget; i++)
    cost += sub10 (word[i], expected[i]);

  return cost;
}

int
_directive_text_substitution_cost10 (const char *word,
                                     const char *expected,
                                     gsize       n,
                                     int         budget)
{
  return letters_cost10 (word, expected, n, budget);
}

static gboolean word_within_budget (const char *word,
                                    gsize       n,
                                    const char *expected,
                                    gsize       m,
                                    int         budget);

/* The end of word_matches(), out of line: most questions end in its cheap tests. */
static G_NO_INLINE gboolean
word_matches_budget (const char *word,
                     gsize       n,
                     const char *expected,
                     gsize       m,
                     int         budget)
{
  MemoKey key;
  MemoKey *slot;
  gboolean answer;

  /* Within half a unit no letter can be added or dropped (0.6 at least), and two
   * substitutions cost 0.8 at least: one cheap substitution or none. */
  if (budget <= 5)
    return letters_cost10 (word, expected, n, budget) <= budget;
  cost10_tables_ensure ();

  if (!memo_key_init (&key, MEMO_MATCHES, word, n, expected, m, budget))
    return word_within_budget (word, n, expected, m, budget);
  slot = memo_slot (&key);
  if (memo_holds (slot, &key, &answer))
    return answer;
  answer = word_within_budget (word, n, expected, m, budget);
  memo_store (slot, &key, answer);

  return answer;
}

/* word_matches() past its first letter, for words that are not the same. */
static inline gboolean
word_matches_unequal (const char *word,
                      gsize       n,
                      const char *expected,
                      gsize       m,
                      gboolean    strict)
{
  gsize longest = MAX (n, m);
  int budget;

  if (strict)
    budget = 5;
  else if (longest <= 2)
    budget = 5;
  else if (longest <= 4)
    budget = 10;
  else
    budget = 3 * (int) longest;

  /* Lengths too far apart cannot be within the budget. */
  if (6 * (int) (n > m ? n - m : m - n) > budget)
    return FALSE;

  return word_matches_budget (word, n, expected, m, budget);
}

/* The first tests of word_matches(): its answer when they settle it, -1 when not. */
static inline int
word_matches_first (const char *word,
                    gsize       n,
                    const char *expected,
                    gsize       m)
{
  if (n == 0 || m == 0)
    return n == m;
  if (word[0] != expected[0])
    {
      /* The first letter is rarely damaged beyond the cheap confusions
       * (a substitution of half a unit or less). */
      if (!_directive_text_letters_confusable (word[0], expected[0]))
        return FALSE;
    }
  else if (n == m && memcmp (word + 1, expected + 1, n - 1) == 0)
    return TRUE;

  return -1;
}

static inline gboolean
word_matches (const char *word,
              gsize       n,
              const char *expected,
              gsize       m,
              gboolean    strict)
{
  int first = word_matches_first (word, n, expected, m);

  if (first >= 0)
    return first;

  return word_matches_unequal (word, n, expected, m, strict);
}

/* word_matches() of @word with "u" for the "it" at @at. */
static G_NO_INLINE gboolean
word_matches_respelled (const char *word,
                        gsize       n,
                        gsize       at,
                        const char *expected,
                        gsize       m)
{
  char respelled[32];

  g_assert (n < sizeof respelled);
  memcpy (respelled, word, at);
  respelled[at] = 'u';
  memcpy (respelled + at + 1, word + at + 2, n - at - 2);
  return word_matches (respelled, n - 1, expected, m, FALSE);
}

/* The end of _directive_text_word_matches_len() when not @strict. */
static inline gboolean
word_matches_retry (const char *word,
                    gsize       n,
                    const char *expected,
                    gsize       m)
{
  gsize at;

  /* Tesseract's English model reads "ư" and "ủ" as "it" ("Chit tich" for
   * "Chủ tịch"), which costs more than a slip: try the word with "u" there
   * (at the first "it", unless that starts the word). Most words have none. */
  if (n < 3 || n >= 32)
    return FALSE;
  for (at = 0; at + 1 < n; at++)
    if (word[at] == 'i' && word[at + 1] == 't')
      break;
  if (at == 0 || at + 1 >= n || memchr (expected, 'u', m) == NULL)
    return FALSE;

  return word_matches_respelled (word, n, at, expected, m);
}

gboolean
_directive_text_word_matches_len (const char *word,
                                  gsize       n,
                                  const char *expected,
                                  gsize       m,
                                  gboolean    strict)
{
  int first;

  /* Strictly, within half a unit: no letter added or dropped, one cheap
   * substitution at most (see word_matches_budget()). */
  if (strict)
    return n == m
           && (n == 0
               || (_directive_text_letters_confusable (word[0], expected[0])
                   && letters_cost10 (word, expected, n, 5) <= 5));

  /* (The retry keeps the first letter: no need for it when the first tests
   * settle the question.) */
  first = word_matches_first (word, n, expected, m);

  if (first >= 0)
    return first;
  if (word_matches_unequal (word, n, expected, m, strict))
    return TRUE;
  if (strict)
    return FALSE;

  return word_matches_retry (word, n, expected, m);
}

gboolean
_directive_text_word_matches_near (const char *word,
                                   gsize       n,
                                   const char *expected,
                                   gsize       m)
{
  if (word_matches_unequal (word, n, expected, m, FALSE))
    return TRUE;

  return word_matches_retry (word, n, expected, m);
}

/* The end of _directive_text_word_matches_len(): whether the distance is within
 * @budget, refusing by the letters first. */
static gboolean
word_within_budget (const char *word,
                    gsize       n,
                    const char *expected,
                    gsize       m,
                    int         budget)
{
  /* Letters one word has and the other has not cost 0.4 each at least (a
   * substitution, 0.6 a deletion): too many of them and the DP need not run. */
  if (n < 128 && m < 128)
    {
      gint8 count[128] = { 0 };
      int only_word = 0, only_expected = 0;
      gboolean ascii = TRUE;

      for (gsize i = 0; i < n && ascii; i++)
        if ((guchar) word[i] < 128)
          count[(guchar) word[i]]++;
        else
          ascii = FALSE;
      for (gsize j = 0; j < m && ascii; j++)
        if ((guchar) expected[j] < 128)
          count[(guchar) expected[j]]--;
        else
          ascii = FALSE;
      if (ascii)
        {
          for (gsize i = 0; i < n; i++)
            if (count[(guchar) word[i]] > 0)
              {
                only_word += count[(guchar) word[i]];
                count[(guchar) word[i]] = 0;
              }
          for (gsize j = 0; j < m; j++)
            if (count[(guchar) expected[j]] < 0)
              {
                only_expected -= count[(guchar) expected[j]];
                count[(guchar) expected[j]] = 0;
              }
          if (4 * MAX (only_word, only_expected) > budget)
            return FALSE;
        }
    }

  return word_distance10 (word, n, expected, m, budget) <= budget;
}

char *
_directive_text_slugify (const char *text)
{
  g_autofree char *folded = _directive_text_fold (text != NULL ? text : "", -1);
  GString *slug = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p++)
    {
      char c = *p;

      if (is_alnum (c))
        g_string_append_c (slug, c);
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "agency");

  return g_string_free (slug, FALSE);
}
