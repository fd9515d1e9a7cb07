/* directive-parser-meeting.c: the meeting a conclusion was reached at
 *
 *   Ngày 23 tháng 11 năm 2021, tại Trụ sở UBND tỉnh, đồng chí X - Phó Chủ tịch
 *   UBND tỉnh chủ trì cuộc họp ... Tham dự có ông Y - Giám đốc Sở Z; ...
 *   Sau khi nghe ..., đồng chí X kết luận như sau:
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-meeting.h"
#include "directive-model-private.h"
#include "directive-parser-private.h"
#include "directive-person.h"
#include "directive-text-private.h"

/* A line of a span made of lines: its fold at [fold_start, fold_start + fold_len)
 * of the span's, its text at base + the line's offsets. */
typedef struct
{
  gsize        fold_start;
  gsize        fold_len;
  gsize        base;
  gsize        text_end;   /* where the line's text ends in the span's */
  const gsize *offsets;    /* the line's */
} SpanLine;

typedef struct
{
  char     *text;     /* joined original text */
  char     *fold;
  gsize    *offsets;  /* of the whole fold, or NULL: made of lines */
  SpanLine *lines;
  guint     n_lines;
  gsize     fold_len;
  GArray   *words;
  gsize     cut;      /* the fold's words are cut up to here */
} Span;

static void
span_init (Span       *s,
           const char *text)
{
  s->text = g_strdup (text);
  s->fold = _directive_text_fold_with_offsets (s->text, -1, &s->offsets, &s->fold_len);
  s->lines = NULL;
  s->n_lines = 0;
  s->words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));
  _directive_fold_first_words (s->fold, s->fold_len, s->words, G_MAXUINT);
  s->cut = s->fold_len;
}

/* Appends @src, words of a fold that starts at byte @shift of another, to @dst,
 * that other's. */
static void
append_words_shifted (GArray       *dst,
                      const GArray *src,
                      gsize         shift)
{
  guint at = dst->len;
  const DirectiveWord *from = (const DirectiveWord *) (gpointer) src->data;
  DirectiveWord *to;

  /* (copied and shifted in one walk, not copied and then walked) */
  g_array_set_size (dst, at + src->len);
  to = &g_array_index (dst, DirectiveWord, at);
  for (guint k = 0; k < src->len; k++)
    {
      to[k].start = from[k].start + shift;
      to[k].end = from[k].end + shift;
    }
}

/* The span of lines [first, last] (blank ones left out) joined by spaces, its fold
 * made of the lines' folds: folding looks one character to each side at most, so
 * across a single space between two lines that start and end with a character
 * that folds to itself the fold of the whole is the folds joined by a space. A
 * line that does not (a combining mark, trailing whitespace) has the whole folded
 * instead. The offsets of the fold are the lines' own, read through the span's
 * lines (a few words only are ever asked for): not copied. @words (nullable):
 * the words of lines [first, covered] already, in the span's fold (a space is
 * no letter: the words of the whole are the lines' words). @cut_later: the
 * words are cut by span_words_ensure() into @words, empty, instead. */
static void
span_init_lines (Span           *s,
                 DirectiveParse *p,
                 guint           first,
                 guint           last,
                 GArray         *words,
                 guint           covered,
                 gboolean        cut_later)
{
  gsize text_size = 1, fold_size = 1;
  gsize t = 0, f = 0;
  char *text, *fold;
  SpanLine *lines;
  guint n_lines = 0;

  for (guint i = first; i <= last; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);

      if (line->blank)
        continue;
      text_size += line->len + 1;
      fold_size += _directive_line_fold_len (line) + 1;
    }
  text = g_malloc (text_size);
  fold = g_malloc (fold_size);
  lines = g_new (SpanLine, last - first + 1);

  for (guint i = first; i <= last; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);
      const gsize *o = _directive_line_offsets (line);
      gsize n = _directive_line_fold_len (line);
      gsize length = line->len;
      SpanLine *sl;

      if (line->blank)
        continue;
      /* the line's first and last characters fold to the fold's first and last bytes */
      if (n == 0 || o[0] != line->indent
          || o[n - 1] != (gsize) (g_utf8_find_prev_char (line->text, line->text + length) - line->text))
        {
          GString *joined = g_string_new (NULL);

          g_free (text);
          g_free (fold);
          g_free (lines);
          for (guint j = first; j <= last; j++)
            {
              DirectiveLine *l = _directive_parse_line (p, j);

              if (l->blank)
                continue;
              if (joined->len)
                g_string_append_c (joined, ' ');
              g_string_append (joined, l->text + l->indent);
            }
          span_init (s, joined->str);
          g_string_free (joined, TRUE);
          return;
        }
      if (t > 0)
        {
          text[t++] = ' ';
          fold[f++] = ' ';
        }
      sl = &lines[n_lines++];
      sl->fold_start = f;
      sl->fold_len = n;
      sl->base = t - line->indent;
      sl->offsets = o;
      memcpy (text + t, line->text + line->indent, length - line->indent);
      t += length - line->indent;
      sl->text_end = t;
      memcpy (fold + f, _directive_line_fold (line), n);
      f += n;
    }
  text[t] = '\0';
  fold[f] = '\0';

  s->text = text;
  s->fold = fold;
  s->offsets = NULL;
  s->lines = lines;
  s->n_lines = n_lines;
  s->fold_len = f;
  if (words != NULL && !cut_later)
    {
      g_autoptr(GArray) more = NULL;
      guint k = 0;

      /* the words of the lines after those, cut line by line */
      s->words = g_array_ref (words);
      s->cut = s->fold_len;
      for (guint i = first; i <= last; i++)
        {
          DirectiveLine *line = _directive_parse_line (p, i);

          if (line->blank)
            continue;
          if (i > covered)
            {
              if (more == NULL)
                more = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));
              _directive_fold_first_words (_directive_line_fold (line), lines[k].fold_len, more, G_MAXUINT);
              append_words_shifted (s->words, more, lines[k].fold_start);
            }
          k++;
        }
      return;
    }
  if (cut_later)
    {
      s->words = g_array_ref (words);
      s->cut = 0;
      return;
    }
  s->words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));
  _directive_fold_first_words (s->fold, s->fold_len, s->words, G_MAXUINT);
  s->cut = s->fold_len;
}

/* Cuts more of the span's words, a few at a time from where the last cut
 * stopped (a word's end: no letter), till it has @n or all of them. @more is
 * scratch. */
static void
span_words_ensure (Span   *s,
                   guint   n,
                   GArray *more)
{
  while (s->words->len < n && s->cut < s->fold_len)
    {
      _directive_fold_first_words (s->fold + s->cut, s->fold_len - s->cut, more, 32);
      if (more->len == 0)
        {
          s->cut = s->fold_len;
          break;
        }
      append_words_shifted (s->words, more, s->cut);
      s->cut = g_array_index (s->words, DirectiveWord, s->words->len - 1).end;
    }
}

static void
span_clear (Span *s)
{
  g_free (s->text);
  g_free (s->fold);
  g_free (s->offsets);
  g_free (s->lines);
  g_array_unref (s->words);
}

/* Original byte offset of byte @x of the fold, or of its end. */
static gsize
span_offset (Span  *s,
             gsize  x)
{
  if (s->offsets != NULL)
    return s->offsets[x];
  /* (a word's start or end lies within a line's fold or at its end; the space
   * after a line is where its text ends) */
  for (guint k = 0; k < s->n_lines; k++)
    {
      const SpanLine *sl = &s->lines[k];

      if (x < sl->fold_start + sl->fold_len)
        return sl->base + sl->offsets[x - sl->fold_start];
      if (x == sl->fold_start + sl->fold_len)
        return sl->text_end;
    }
  return strlen (s->text);
}


#define SW(s, i) (&g_array_index ((s)->words, DirectiveWord, (i)))

/* Original byte offset of the start / end of word i. */
static gsize
wstart (Span *s,
        guint i)
{
  return i < s->words->len ? span_offset (s, SW (s, i)->start) : strlen (s->text);
}

static gsize
wend (Span *s,
      guint i)
{
  return span_offset (s, SW (s, i)->end);
}

/* @text cut at each @sep in place, as g_strsplit() cuts a copy (none of an
 * empty text): the pieces, one block to free (the pieces lie in @text). */
static char **
split_in_place (char *text,
                char  sep)
{
  guint n = 1;
  char **parts;

  /* (strchr() for the few separators in a long text) */
  for (const char *c = strchr (text, sep); c != NULL; c = strchr (c + 1, sep))
    n++;
  parts = g_new (char *, n + 1);
  n = 0;
  if (*text != '\0')
    parts[n++] = text;
  for (char *c = strchr (text, sep); c != NULL; c = strchr (c + 1, sep))
    {
      *c = '\0';
      parts[n++] = c + 1;
    }
  parts[n] = NULL;

  return parts;
}

/* The first letters the stage's phrases start with, a bit each, and for each
 * byte the letters a word starting with it may match: the first-letter test
 * of _directive_words_match() in one load, made once. */
static const guint16 letter_bits[128] = {
  ['k'] = 1 << 0, ['l'] = 1 << 1, ['n'] = 1 << 2, ['s'] = 1 << 3, ['t'] = 1 << 4,
  ['c'] = 1 << 5, ['d'] = 1 << 6, ['h'] = 1 << 7, ['p'] = 1 << 8, ['g'] = 1 << 9,
  ['o'] = 1 << 10, ['b'] = 1 << 11, ['y'] = 1 << 12,
};
static guint16 starts_table[256];

static void
starts_table_ensure (void)
{
  static gsize made;

  if (g_once_init_enter (&made))
    {
      for (guint c = 0; c < 256; c++)
        for (guint l = 0; l < 128; l++)
          if (letter_bits[l] != 0 && ((char) c == (char) l || _directive_text_letters_confusable ((char) c, (char) l)))
            starts_table[c] |= letter_bits[l];
      g_once_init_leave (&made, 1);
    }
}

/* Whether a word starting with @c may match a phrase starting with @first (one
 * of letter_bits'): the first-letter test of _directive_words_match(), without
 * the call. starts_table_ensure() first. */
static inline gboolean
starts_as (char c,
           char first)
{
  return (starts_table[(guchar) c] & letter_bits[(guchar) first]) != 0;
}

/* "chủ trì cuộc họp" with the verb past recognition ("cht wi cudc hop", "cht
 * tri budi lam viec"): two short words, the first "ch...", before what is
 * chaired, or before nothing when the second is "trì" itself */
static G_GNUC_NO_INLINE gboolean
damaged_chu_tri (Span  *s,
                 guint  i)
{
  static const char *const chaired[] = { "cuoc hop", "buoi", "hoi nghi", "phien hop", NULL };
  const DirectiveWord *a = SW (s, i), *b = SW (s, i + 1);

  if (i + 2 >= s->words->len || a->end - a->start > 4 || b->end - b->start > 4
      || s->fold[a->start] != 'c' || s->fold[a->start + 1] != 'h')
    return FALSE;
  if (b->end - b->start == 3 && memcmp (s->fold + b->start, "tri", 3) == 0)
    return TRUE;
  for (guint k = 0; chaired[k] != NULL; k++)
    if (_directive_words_match (s->fold, s->words, i + 2, chaired[k]))
      return TRUE;
  return FALSE;
}

static const char *const honorifics[] = { "dong chi", "ong", "ba", "cac dong chi", NULL };
static const char *const honorific_text[] = { "đồng chí", "ông", "bà", "đồng chí", NULL };
static const guint honorific_words[] = { 2, 1, 1, 3 };
/* (their second words' first letters, for the test before the match) */
static const char honorific_second[] = { 'c', '\0', '\0', 'd' };

static gboolean
is_name_word (const char *w,
              gsize       n)
{
  gunichar c = g_utf8_get_char (w);
  const char *second = g_utf8_next_char (w);

  if (!g_unichar_isupper (c))
    return FALSE;
  if ((gsize) (second - w) >= n)
    return FALSE;
  return g_unichar_islower (g_utf8_get_char (second));
}

/* "Phạm Thị Thanh Mai Phó Chủ tịch UBND tỉnh" (OCR lost the dash): the number
 * of name words before a title, or 0. */
static guint
name_before_title (char **parts)
{
  guint n = g_strv_length (parts);

  for (guint j = 2; j <= 5 && j < n; j++)
    {
      if (!is_name_word (parts[j - 1], strlen (parts[j - 1])) && !g_unichar_isupper (g_utf8_get_char (parts[j - 1])))
        return 0;
      for (guint k = 3; k >= 1; k--)
        {
          gboolean title;

          if (j + k > n)
            continue;
          /* (the parts lie one after the other, each cut at a space: the
           * join of k of them is their text with the cuts made spaces again,
           * for the test only) */
          for (guint m = j; m + 1 < j + k; m++)
            parts[m + 1][-1] = ' ';
          title = _directive_canonical_title (parts[j], FALSE) != NULL;
          for (guint m = j; m + 1 < j + k; m++)
            parts[m + 1][-1] = '\0';
          if (title)
            return j;
        }
    }

  return 0;
}

/* The end of the first four space-separated runs of @text: at a space, or the end. */
static gsize
opening_end (const char *text)
{
  const char *c = text;

  for (guint runs = 0; runs < 4 && *c != '\0'; runs++)
    {
      while (*c == ' ')
        c++;
      while (*c != '\0' && *c != ' ')
        c++;
    }
  return c - text;
}

/* The room honorific_at() folds in and cuts words into, kept per thread: it is
 * asked of every attendee and person read. */
typedef struct
{
  DirectiveFoldRoom fold;
  GArray           *words;
} HonorificRoom;

static void
honorific_room_free (gpointer data)
{
  HonorificRoom *room = data;

  g_free (room->fold.block);
  g_array_unref (room->words);
  g_free (room);
}

static GPrivate honorific_room = G_PRIVATE_INIT (honorific_room_free);

static HonorificRoom *
honorific_room_get (void)
{
  HonorificRoom *room = g_private_get (&honorific_room);

  if (room == NULL)
    {
      room = g_new0 (HonorificRoom, 1);
      room->words = g_array_sized_new (FALSE, FALSE, sizeof (DirectiveWord), 8);
      g_private_set (&honorific_room, room);
    }
  return room;
}

/* An honorific opening @text, OCR-damaged or not ("déng chi", "éng", "6ng"):
 * sets *@rest after it and *@honorific to its spelling. */
static void
honorific_at (const char  *text,
              const char **rest,
              const char **honorific)
{
  HonorificRoom *room;
  char *fold;
  gsize *offsets;
  gsize fold_len;
  GArray *words;
  gsize cut;
  char first = _directive_text_first_folded (text);

  /* Not folding an opening no honorific can start: a letter that is none of
   * theirs (d, o, b, c), none confusable with one, and none a folding rule
   * changes (w, i). No rule makes or changes another letter. */
  if (first >= 'a' && first <= 'z' && strchr ("dobc" "aeiuy" "gw", first) == NULL)
    return;
  room = honorific_room_get ();
  words = room->words;
  cut = opening_end (text);

  /* An honorific is at most three words and the name's first word after it (four
   * words in all): the fold of the opening words is the start of the whole fold
   * when it is cut at a space (no folding rule looks further than the next
   * character). */
  offsets = _directive_fold_room_fold (&room->fold, text, cut, &fold, &fold_len);
  _directive_fold_first_words (fold, fold_len, words, 4);
  if (words->len < 4 && text[cut] != '\0')
    {
      offsets = _directive_fold_room_fold (&room->fold, text, -1, &fold, &fold_len);
      _directive_fold_first_words (fold, fold_len, words, 4);
    }
  /* OCR reads "ô" as "6" */
  if (fold[0] == '6')
    fold[0] = 'o';
  for (guint h = 0; honorifics[h] != NULL; h++)
    {
      guint n = honorific_words[h];
      DirectiveWord *w;

      /* (the first-letter test of _directive_words_match() before the call,
       * and the second word's: a vowel is confusable with the d of "dong chi") */
      if (words->len <= n || !starts_as (fold[g_array_index (words, DirectiveWord, 0).start], honorifics[h][0])
          || (honorific_second[h] != '\0'
              && !starts_as (fold[g_array_index (words, DirectiveWord, 1).start], honorific_second[h]))
          || !_directive_words_match (fold, words, 0, honorifics[h]))
        continue;
      /* "Ban", "Bá" are no "bà"; short words only as written */
      w = &g_array_index (words, DirectiveWord, 0);
      if (w->end - w->start <= 2 && strncmp (fold + w->start, honorifics[h], w->end - w->start) != 0)
        continue;
      if (strlen (honorifics[h]) <= 3 && w->end - w->start != strlen (honorifics[h]))
        continue;
      *rest = text + offsets[g_array_index (words, DirectiveWord, n).start];
      *honorific = honorific_text[h];
      break;
    }
  _directive_fold_room_trim (&room->fold);
}
/* The room on the stack the stage cleans short text into: most it reads is
 * held by what it is set on, which copies it. */
#define CLEAN_ROOM 256

/* _directive_clean_text() of the @n bytes at @text into @room, of CLEAN_ROOM
 * bytes, when it fits, else into a block set in *@heap (to free): NULL when
 * the clean text is empty. */
static char *
clean_in_room (const char *text,
               gsize       n,
               char       *room,
               char      **heap)
{
  char *out = n < CLEAN_ROOM ? room : (*heap = g_malloc (n + 1));

  return _directive_clean_text_into (text, n, out) > 0 ? out : NULL;
}

/* "đồng chí Nguyễn Sơn Hùng - Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh Trần Đức Hiếu",
 * "Trịnh Văn Lực, Giám đốc Sở Du lịch" */
static DirectivePerson *
read_person_after (const char *rest,
                   const char *honorific);

/* The person written in the @n bytes at @segment. */
static DirectivePerson *
read_person (const char *segment,
             gsize       n,
             const char *default_honorific)
{
  char buf[CLEAN_ROOM];
  g_autofree char *heap = NULL;
  const char *clean = clean_in_room (segment, n, buf, &heap);
  const char *rest;
  const char *honorific = default_honorific;

  if (clean == NULL)
    return NULL;
  rest = clean;
  honorific_at (clean, &rest, &honorific);
  return read_person_after (rest, honorific);
}

/* The person in clean text, @rest after its honorific (@honorific, nullable). */
static DirectivePerson *
read_person_after (const char *rest,
                   const char *honorific)
{
  const char *sep;
  /* (the name and the position cut from a copy of @rest on the stack when
   * it fits, as the person copies them: not a block each) */
  char room[256];
  gsize rest_len;
  g_autofree char *name_block = NULL;
  g_autofree char *position_block = NULL;
  char *name = NULL;
  char *position = NULL;
  DirectivePerson *person;

  if (rest == NULL)
    return NULL;
  while (*rest == ':' || *rest == ' ')
    rest++;
  rest_len = strlen (rest);

  if ((sep = strstr (rest, " - ")) != NULL || (sep = strstr (rest, " – ")) != NULL
      || (sep = strstr (rest, ", ")) != NULL)
    {
      /* (the position after the separator's last space) */
      const char *after = sep[0] == ',' ? sep + 2 : strchr (sep + 1, ' ') + 1;

      if (rest_len < sizeof room)
        {
          memcpy (room, rest, rest_len + 1);
          room[sep - rest] = '\0';
          name = room;
          position = room + (after - rest);
        }
      else
        {
          name = name_block = g_strndup (rest, sep - rest);
          position = position_block = g_strdup (after);
        }
    }
  else
    {
      /* position then name: the trailing capitalised words */
      char words_room[256];
      g_autofree char *words_block = NULL;
      char *words = rest_len < sizeof words_room ? memcpy (words_room, rest, rest_len + 1)
                                                 : (words_block = g_strdup (rest));
      g_autofree char **parts = split_in_place (words, ' ');
      guint n = g_strv_length (parts);
      guint first = n;
      guint lead = name_before_title (parts);
      /* (the words were cut at single spaces: the words before the one at
       * byte @cut of @rest joined are the text before the space there, and
       * those from it the text after; cut on the stack's copy) */
      gboolean in_room = rest_len < sizeof room;

      if (lead > 0 && in_room && lead < n)
        {
          gsize cut = parts[lead] - words;

          memcpy (room, rest, rest_len + 1);
          room[cut - 1] = '\0';
          name = room;
          position = room + cut;
          first = 0;
        }
      else if (lead > 0)
        {
          char *kept = parts[lead];

          /* Cut the vector for the join only. */
          parts[lead] = NULL;
          name = name_block = g_strjoinv (" ", parts);
          parts[lead] = kept;
          position = position_block = g_strdup (rest + strlen (name) + 1);
          first = 0;
        }
      while (lead == 0 && first > 0 && is_name_word (parts[first - 1], strlen (parts[first - 1])) && n - first < 5)
        first--;
      if (lead > 0)
        ;
      else if (n - first >= 2 && in_room)
        {
          gsize cut = parts[first] - words;

          memcpy (room, rest, rest_len + 1);
          name = room + cut;
          /* (no words before the name: an empty position, which is none) */
          if (cut > 0)
            {
              room[cut - 1] = '\0';
              position = room;
            }
        }
      else if (n - first >= 2)
        {
          char *kept = parts[first];

          name = name_block = g_strjoinv (" ", parts + first);
          /* Cut the vector for the join only. */
          parts[first] = NULL;
          position = position_block = g_strjoinv (" ", parts);
          parts[first] = kept;
        }
      else if (in_room)
        position = memcpy (room, rest, rest_len + 1);
      else
        position = position_block = g_strdup (rest);
    }

  if (name != NULL)
    {
      g_strstrip (name);
      /* a name is a few capitalised words */
      if (strchr (name, ' ') == NULL || g_utf8_strlen (name, -1) > 40)
        name = NULL;
    }
  if (position != NULL)
    {
      g_strstrip (position);
      if (*position == '\0')
        position = NULL;
    }
  if (name == NULL && position == NULL)
    return NULL;
  /* the blocks are taken, what was cut on the stack is copied */
  person = _directive_person_new_take (name != NULL && name == name_block ? g_steal_pointer (&name_block) : g_strdup (name),
                                       position != NULL && position == position_block ? g_steal_pointer (&position_block)
                                                                                      : g_strdup (position),
                                       honorific);

  return person;
}

static char *
trim_position (char *position)
{
  static const char *const tails[] = { " đã", " đ&", " da", NULL };
  gsize n;

  if (position == NULL)
    return NULL;
  g_strstrip (position);
  n = strlen (position);
  for (guint i = 0; tails[i]; i++)
    if (g_str_has_suffix (position, tails[i]))
      position[n - strlen (tails[i])] = '\0';
  g_strstrip (position);

  return position;
}

/* Whether an attendee item names bodies, not a person: "đại diện lãnh đạo
 * ...", "lãnh đạo ...", "đại biểu ...", "các ...". */
static gboolean
names_bodies (const char *item)
{
  static const char *const openings[] = { "dai dien", "lanh dao", "dai bieu", "cac ", "thu truong", NULL };
  char fold[_DIRECTIVE_TEXT_FOLD_PREFIX_ROOM (24)];
  gsize n = 0;

  while (item[n] != '\0' && n < 24)
    n++;
  /* (cut at a character's start) */
  while (n > 0 && ((guchar) item[n] & 0xC0) == 0x80)
    n--;
  _directive_text_fold_prefix (item, n, fold, sizeof fold);
  for (guint k = 0; openings[k] != NULL; k++)
    if (g_str_has_prefix (fold, openings[k]))
      return TRUE;
  return FALSE;
}

static void
read_attendees (Span             *s,
                guint             at,
                DirectiveMeeting *meeting)
{
  gsize start, end;
  g_autofree char *list = NULL;
  g_autofree char **items = NULL;
  const char *honorific = NULL;
  const char *colon;
  char *c;

  /* after "có" / "gồm" / ":" */
  start = wend (s, at + 1);
  for (guint i = at + 2; i < at + 7 && i < s->words->len; i++)
    {
      DirectiveWord *w = SW (s, i);

      /* "đại diện", "đại biểu" are the attendees, one letter from "dự" */
      if (w->end - w->start == 3 && memcmp (s->fold + w->start, "dai", 3) == 0)
        break;
      if (_directive_word_is (s->fold, w->start, w->end, "co")
          || _directive_word_is (s->fold, w->start, w->end, "gom")
          || _directive_word_is (s->fold, w->start, w->end, "hop")
          || _directive_word_is (s->fold, w->start, w->end, "cuoc")
          || _directive_word_is (s->fold, w->start, w->end, "du"))
        start = wend (s, i);
      else
        break;
    }
  /* up to the end of the sentence */
  end = start + strlen (s->text + start);
  /* (from dot to dot by strchr()) */
  for (const char *dot = strchr (s->text + start, '.'); dot != NULL; dot = strchr (dot + 1, '.'))
    {
      gsize d = dot - s->text;

      if ((dot[1] == ' ' || dot[1] == '\0') && d > 0 && dot[-1] != '.' && !(d >= 2 && dot[-2] == ' '))
        {
          end = d;
          break;
        }
    }
  list = g_strndup (s->text + start, end - start);
  g_strstrip (list);
  if (g_str_has_prefix (list, "các đồng chí"))
    {
      honorific = "đồng chí";
      memmove (list, list + strlen ("các đồng chí"), strlen (list) - strlen ("các đồng chí") + 1);
    }
  else
    {
      /* as OCR reads it ("cdc dong chi:"): "các đồng chí" labelling the list,
       * its colon after it (an "ông" after "có:" is the first item's) */
      const char *after = list;
      const char *named = NULL;

      if (list[0] != ':')
        honorific_at (list, &after, &named);
      if (named != NULL && g_str_equal (named, "đồng chí") && memchr (list, ':', after - list) != NULL)
        {
          honorific = named;
          memmove (list, after, strlen (after) + 1);
        }
    }
  colon = strchr (list, ':');
  if (colon != NULL && colon - list < 24)
    memmove (list, colon + 1, strlen (colon + 1) + 1);
  g_strstrip (list);

  /* "ông A - X, ông B - Y, bà C - Z và lãnh đạo ... cùng dự": one separator for all */
  {
    GString *split = g_string_new (NULL);
    gsize *offs = NULL, fl = 0;
    g_autofree char *f2 = NULL;
    gsize copied = 0;

    /* (a list cut by ';' already is not folded) */
    if (strchr (list, ';') == NULL)
      f2 = _directive_text_fold_with_offsets (list, -1, &offs, &fl);
    if (f2 != NULL)
      for (gsize i = 0; i + 4 < fl; i++)
        {
          const char *f = f2 + i;

          if ((f[0] == ',' && f[1] == ' ' && (g_str_has_prefix (f + 2, "ong ") || g_str_has_prefix (f + 2, "ba ")
                                             || g_str_has_prefix (f + 2, "dong chi ")))
              || (f[0] == ' ' && (g_str_has_prefix (f + 1, "va lanh dao") || g_str_has_prefix (f + 1, "va dai dien"))))
            {
              gsize o = offs[i];

              g_string_append_len (split, list + copied, o - copied);
              g_string_append_c (split, ';');
              copied = o + 1;
              if (f[0] == ' ')
                copied = offs[i + 1 + 3];   /* drop "và " */
            }
        }
    g_string_append (split, list + copied);
    g_free (offs);
    g_free (list);
    list = g_string_free (split, FALSE);
  }

  /* (the list is ours: cut in place) */
  items = split_in_place (list, ';');
  for (guint i = 0; items[i] != NULL; i++)
    {
      char buf[CLEAN_ROOM];
      g_autofree char *heap = NULL;
      char *item = clean_in_room (items[i], strlen (items[i]), buf, &heap);
      g_autoptr(DirectivePerson) person = NULL;
      gboolean cung_du = FALSE;
      gsize n;

      if (item == NULL)
        continue;
      n = strlen (item);
      while (n > 0 && strchr (".,;", item[n - 1]) != NULL)
        item[--n] = '\0';
      /* "... cùng dự": a fold ends in u, or in what a rule makes one of (w,
       * the i or r of "ii", "ir"). Only the last two runs are folded: the fold
       * of a text cut after a space ends the whole fold, after the space's. */
      if (_directive_text_may_end_in (item, n, "uwir"))
        {
          /* (folded in the honorifics' room, which is free until they are looked for) */
          HonorificRoom *room = honorific_room_get ();
          const char *tail = item + n;
          guint spaces = 0;
          char *fold;
          gsize fold_len;

          while (tail > item && (tail[-1] != ' ' || ++spaces < 2))
            tail--;
          _directive_fold_room_fold (&room->fold, tail, item + n - tail, &fold, &fold_len);
          /* (the space before the runs is the one "cung" follows) */
          cung_du = (fold_len >= 8 && memcmp (fold + fold_len - 8, " cung du", 8) == 0)
                    || (tail > item && fold_len == 7 && memcmp (fold, "cung du", 7) == 0);
          _directive_fold_room_trim (&room->fold);
        }
      if (cung_du)
        {
          char *cut = g_strrstr (item, " ");
          *cut = '\0';
          n = cut - item;
          cut = g_strrstr (item, " ");
          if (cut)
            {
              *cut = '\0';
              n = cut - item;
            }
        }
      {
        const char *after = item;
        const char *named = NULL;

        honorific_at (item, &after, &named);
        /* "đại diện lãnh đạo Công an thành phố, ...": bodies, though the
         * list's honorific is "các đồng chí" */
        if (named == NULL && honorific != NULL && names_bodies (item))
          ;
        /* (the item is clean text unless it ends in a space: its honorific is known) */
        else if ((named != NULL || honorific != NULL) && n > 0 && item[n - 1] != ' ')
          person = read_person_after (after, named != NULL ? named : honorific);
        else if (named != NULL || honorific != NULL)
          person = read_person (item, n, honorific);
      }
      if (person != NULL)
        ;
      else
        {
          /* "Trịnh Văn Lực, Giám đốc ..." without an honorific: a name first */
          const char *sep = strstr (item, " - ");

          if (sep != NULL && is_name_word (item, n))
            person = read_person (item, n, NULL);
        }
      if (person == NULL || directive_person_get_name (person) == NULL)
        {
          g_clear_object (&person);
          person = directive_person_new_group (item);
        }
      directive_meeting_add_attendee (meeting, person);
    }

  c = NULL;
  (void) c;
}

/* The end of the sentence from byte @from: its full stop, or the text's end. */
static gsize
sentence_end (Span  *s,
              gsize  from)
{
  /* (from dot to dot by strchr()) */
  for (const char *dot = strchr (s->text + from, '.'); dot != NULL; dot = strchr (dot + 1, '.'))
    if (dot[1] == ' ' || dot[1] == '\0')
      return dot - s->text;
  return from + strlen (s->text + from);
}

/* The chair written in bytes [@from, @to), set on @meeting: (transfer full) (nullable). */
static DirectivePerson *
read_chair (Span             *s,
            gsize             from,
            gsize             to,
            DirectiveMeeting *meeting)
{
  DirectivePerson *chair = read_person (s->text + from, to - from, NULL);

  if (chair != NULL)
    {
      g_autofree char *pos = g_strdup (directive_person_get_position (chair));

      directive_person_set_position (chair, trim_position (pos));
      directive_meeting_set_chair (meeting, chair);
    }
  return chair;
}

/* Whether word @i opens a venue ("Phòng họp B", "Hội trường UBND tỉnh", "trụ
 * sở Sở Tài chính"), not a place the topic is about ("tại các khu công
 * nghiệp"): after a topic, only such a "tại" ends it. */
static gboolean
venue_at (Span *s,
          guint i)
{
  static const char *const openers[] = {
    /* ("phong" is also "Phòng họp") */
    "hoi truong", "tru so", "van phong", "trung tam hoi nghi", "nha khach",
    "ubnd", "uy ban", "so", "phong", NULL,
  };

  if (i >= s->words->len)
    return FALSE;
  for (guint k = 0; openers[k] != NULL; k++)
    if (_directive_words_match (s->fold, s->words, i, openers[k]))
      return TRUE;
  return FALSE;
}

static gboolean
person_cue (Span *s,
            guint i)
{
  static const char *const cues[] = {
    "dong chi", "ong", "ba", "pho chu tich", "chu tich", "giam doc", "pho giam doc", "bi thu",
    "lanh dao", "truong ban", "chanh van phong", "thu truong", NULL
  };
  char c = s->fold[SW (s, i)->start];

  /* (the first-letter test of _directive_words_match() before each call) */
  for (guint k = 0; cues[k] != NULL; k++)
    if (starts_as (c, cues[k][0]) && _directive_words_match (s->fold, s->words, i, cues[k]))
      return TRUE;
  return FALSE;
}

/* Without a meeting, the official in whose name the document directs, named in
 * its opening: "..., Chủ tịch UBND tỉnh Hà Minh Khang có ý kiến chỉ đạo như sau:".
 * @scratch: an array to cut the opening's words into, a few at a time, and
 * @span_words, for the opening's, which keeps its room from one document
 * to the next. */
static void
read_directing_official (DirectiveParse      *p,
                         DirectiveConclusion *conclusion,
                         GArray              *scratch,
                         GArray              *span_words)
{
  static const char *const verbs[] = { "co y kien", "chi dao", "ket luan", "yeu cau", "chi thi", NULL };
  static const char *const titles[] = { "pho chu tich", "chu tich", "pho giam doc", "giam doc", NULL };
  /* (their second words' first letters) */
  static const char title_second[] = { 'c', 't', 'g', 'd' };
  guint last = G_MAXUINT;
  Span s;

  /* the opening paragraph, up to the line that ends in ":" */
  for (guint i = p->header_end, seen = 0; i < p->closing_start && seen < 8; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);

      if (line->blank)
        continue;
      if (_directive_line_is_item (line))
        break;
      seen++;
      last = i;
      if (line->len > 0 && line->text[line->len - 1] == ':')
        break;
    }
  /* (made of the lines' folds, which the body's parse shares) */
  if (last != G_MAXUINT)
    {
      /* (its words cut as the walk reaches them: it stops at the first title
       * with a verb after it, most often on the opening's first line) */
      g_array_set_size (span_words, 0);
      span_init_lines (&s, p, p->header_end, last, span_words, 0, TRUE);
    }
  else
    span_init (&s, "");

  for (guint i = 0;; i++)
    {
      char c, next;
      guint t;

      /* (a title's words, and the verb's up to 14 words on) */
      span_words_ensure (&s, i + 16, scratch);
      if (i + 1 >= s.words->len)
        break;
      c = s.fold[SW (&s, i)->start];
      next = s.fold[SW (&s, i + 1)->start];

      /* (no title starts but with a p, a c or a g) */
      if ((starts_table[(guchar) c] & (letter_bits['p'] | letter_bits['c'] | letter_bits['g'])) == 0)
        continue;
      /* (the first-letter test of _directive_words_match(), without the call per
       * title, and the second word's: every title has two words or more) */
      for (t = 0; titles[t] != NULL; t++)
        if (starts_as (c, titles[t][0]) && starts_as (next, title_second[t])
            && _directive_words_match (s.fold, s.words, i, titles[t]))
          break;
      if (titles[t] == NULL)
        continue;
      for (guint j = i + 2; j < s.words->len && j < i + 14; j++)
        for (guint v = 0; verbs[v] != NULL; v++)
          /* (the first-letter test of _directive_words_match() before the call) */
          if (starts_as (s.fold[SW (&s, j)->start], verbs[v][0])
              && _directive_words_match (s.fold, s.words, j, verbs[v]))
            {
              gsize from = wstart (&s, i);
              g_autoptr(DirectivePerson) person = read_person (s.text + from, wstart (&s, j) - from, NULL);

              if (person != NULL && directive_person_get_name (person) != NULL)
                directive_conclusion_set_by (conclusion, person);
              span_clear (&s);
              return;
            }
    }
  span_clear (&s);
}


/* Whether "kết luận" or "như sau" is among the folded @words. */
static gboolean
concludes (const char *fold,
           GArray     *words)
{
  /* (the second word's first letter too: "nhu sau" would be tried at every n;
   * both phrases in one walk, the first letters' bits loaded once a word) */
  guint16 next = words->len > 0 ? starts_table[(guchar) fold[g_array_index (words, DirectiveWord, 0).start]] : 0;

  for (guint i = 0; i + 1 < words->len; i++)
    {
      guint16 here = next;

      next = starts_table[(guchar) fold[g_array_index (words, DirectiveWord, i + 1).start]];
      if ((here & letter_bits['k']) && (next & letter_bits['l'])
          && _directive_words_match (fold, words, i, "ket luan"))
        return TRUE;
      if ((here & letter_bits['n']) && (next & letter_bits['s'])
          && _directive_words_match (fold, words, i, "nhu sau"))
        return TRUE;
    }
  return FALSE;
}

/* The arrays the stage cuts the words of its lines into, kept per thread from
 * one document to the next: a larger one than this many words is made again. */
#define MEETING_ROOM_WORDS 4096

typedef struct
{
  GArray  *words;        /* a line's */
  GArray  *span_words;   /* the meeting paragraph's */
  gboolean words_grown;  /* words had room made for more than the bound */
} MeetingRoom;

static void
meeting_room_free (gpointer data)
{
  MeetingRoom *room = data;

  g_array_unref (room->words);
  g_array_unref (room->span_words);
  g_free (room);
}

static GPrivate meeting_room = G_PRIVATE_INIT (meeting_room_free);

/* The thread's room, emptied. */
static MeetingRoom *
meeting_room_get (void)
{
  MeetingRoom *room = g_private_get (&meeting_room);

  if (room == NULL)
    {
      room = g_new0 (MeetingRoom, 1);
      g_private_set (&meeting_room, room);
    }
  /* (a room the last document grew past the bound is made again) */
  if (room->words == NULL || room->words_grown)
    {
      room->words_grown = FALSE;
      g_clear_pointer (&room->words, g_array_unref);
      room->words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));
    }
  if (room->span_words == NULL || room->span_words->len > MEETING_ROOM_WORDS)
    {
      g_clear_pointer (&room->span_words, g_array_unref);
      room->span_words = g_array_sized_new (FALSE, FALSE, sizeof (DirectiveWord), 256);
    }
  g_array_set_size (room->words, 0);
  g_array_set_size (room->span_words, 0);
  return room;
}

void
_directive_parse_meeting (DirectiveParse      *p,
                          DirectiveConclusion *conclusion)
{
  guint start = p->header_end;
  guint first = G_MAXUINT, last = G_MAXUINT;
  Span s;
  g_autoptr(DirectiveMeeting) meeting = NULL;
  g_autoptr(DirectivePerson) chair = NULL;
  int at_date = -1, at_tai = -1, at_chu_tri = -1, at_tham_du = -1;
  guint conclude_line = G_MAXUINT;
  MeetingRoom *room = meeting_room_get ();
  /* (one array for the words of each line in turn) */
  GArray *words = room->words;
  GArray *span_words = room->span_words;
  gsize span_fold = 0;   /* the length of their joined folds */
  guint covered = 0;

  p->body_start = start;
  starts_table_ensure ();

  /* The meeting paragraph starts with its date, within the first lines of the body. */
  for (guint i = start, seen = 0; i < p->closing_start && seen < 4; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);

      if (line->blank)
        continue;
      seen++;
      /* ("ngày" within the first three words) */
      _directive_fold_first_words (_directive_line_fold (line), _directive_line_fold_len (line), words, 3);
      for (guint k = 0; k < 3 && k < words->len; k++)
        if (starts_as (_directive_line_fold (line)[g_array_index (words, DirectiveWord, k).start], 'n')
            && _directive_words_match (_directive_line_fold (line), words, k, "ngay"))
          {
            first = i;
            break;
          }
      if (first != G_MAXUINT)
        break;
    }
  if (first == G_MAXUINT)
    {
      read_directing_official (p, conclusion, words, span_words);
      return;
    }

  /* ... up to the line that ends "kết luận như sau:" (the words of the lines
   * kept for the span's, laid out as span_init_lines() joins the lines: a
   * space between the folds of those not blank) */
  for (guint i = first; i < p->closing_start && i < first + 30; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);

      _directive_fold_first_words (_directive_line_fold (line), _directive_line_fold_len (line), words, G_MAXUINT);
      /* (the room made for a line's words is for half its fold's bytes) */
      if (_directive_line_fold_len (line) / 2 + 1 > MEETING_ROOM_WORDS)
        room->words_grown = TRUE;
      if (!line->blank)
        {
          gsize shift = span_fold > 0 ? span_fold + 1 : 0;

          append_words_shifted (span_words, words, shift);
          span_fold = shift + _directive_line_fold_len (line);
        }
      if (concludes (_directive_line_fold (line), words))
        {
          covered = i;
          /* the sentence may end on the next line */
          last = i;
          if (strchr (line->text, ':') == NULL && i + 1 < p->closing_start
              && strchr (_directive_parse_line (p, i + 1)->text, ':') != NULL)
            last = i + 1;
          conclude_line = last;
          break;
        }
    }
  if (conclude_line == G_MAXUINT)
    {
      read_directing_official (p, conclusion, words, span_words);
      return;
    }

  span_init_lines (&s, p, first, last, span_words, covered, FALSE);

  for (guint i = 0; i < s.words->len; i++)
    {
      /* (the first-letter test of _directive_words_match() before the call) */
      char c = s.fold[SW (&s, i)->start];

      if (at_date < 0 && starts_as (c, 'n') && _directive_words_match (s.fold, s.words, i, "ngay"))
        at_date = i;
      /* (after the chair, only a "tại" a venue follows: words as short as
       * "trì", "thị" are one letter from it) */
      else if (at_tai < 0 && at_date >= 0 && starts_as (c, 't') && _directive_words_match (s.fold, s.words, i, "tai")
               && (at_chu_tri < 0 || (i > (guint) at_chu_tri + 1 && venue_at (&s, i + 1))))
        at_tai = i;
      /* (the chair may come before the venue: "Ngày ..., đồng chí X chủ trì
       * cuộc họp ... tại Phòng họp B") */
      else if (at_chu_tri < 0 && at_date >= 0 && starts_as (c, 'c') && i + 1 < s.words->len
               && ((starts_as (s.fold[SW (&s, i + 1)->start], 't')
                    && _directive_words_match (s.fold, s.words, i, "chu tri"))
                   || damaged_chu_tri (&s, i)))
        at_chu_tri = i;
      else if (at_tham_du < 0 && at_chu_tri >= 0 && i + 1 < s.words->len
               /* (the second word's first letter too: d, or h) */
               && ((starts_as (c, 't') && starts_as (s.fold[SW (&s, i + 1)->start], 'd')
                    && _directive_words_match (s.fold, s.words, i, "tham du"))
                   || (starts_as (c, 'c') && starts_as (s.fold[SW (&s, i + 1)->start], 'd')
                       && _directive_words_match (s.fold, s.words, i, "cung du"))
                   || (starts_as (c, 'd') && starts_as (s.fold[SW (&s, i + 1)->start], 'h')
                       && _directive_words_match (s.fold, s.words, i, "du hop"))))
        {
          /* "Tham dự có", "Cùng dự có", "Dự họp có": the last cue, each found
           * after the one before, so the words after it are no cue */
          at_tham_du = i;
          break;
        }
    }

  meeting = directive_meeting_new ();
  if (at_date >= 0)
    {
      g_autoptr(DirectiveDate) date = _directive_parse_date_at (s.fold, s.words, at_date, 0, FALSE, NULL);

      if (date != NULL)
        {
          directive_meeting_set_date (meeting, date);
          p->meeting_date = directive_date_copy (date);
        }
    }
  if (at_tai >= 0 && at_chu_tri > at_tai)
    {
      /* venue: comma-separated segments after "tại" up to the chair's */
      gsize venue_end = wstart (&s, at_tai + 1);
      gsize chair_start;
      char buf[CLEAN_ROOM];
      g_autofree char *heap = NULL;
      const char *venue;

      for (guint i = at_tai + 1; i < (guint) at_chu_tri; i++)
        {
          gsize ws = wstart (&s, i);
          gboolean after_comma = FALSE;

          for (gsize k = ws; k > 0 && (s.text[k - 1] == ' ' || s.text[k - 1] == ','); k--)
            if (s.text[k - 1] == ',')
              after_comma = TRUE;
          if (after_comma && person_cue (&s, i))
            break;
          venue_end = wend (&s, i);
        }
      venue = clean_in_room (s.text + wstart (&s, at_tai + 1), venue_end - wstart (&s, at_tai + 1), buf, &heap);
      directive_meeting_set_venue (meeting, venue);

      chair_start = venue_end;
      while (s.text[chair_start] == ',' || s.text[chair_start] == ' ')
        chair_start++;
      chair = read_chair (&s, chair_start, wstart (&s, at_chu_tri), meeting);
    }
  if (at_chu_tri >= 0 && (at_tai < 0 || at_tai > at_chu_tri))
    {
      /* the chair first, after the date and its comma; the venue, if any,
       * after the topic */
      gsize date_start = wstart (&s, at_date);
      const char *comma = memchr (s.text + date_start, ',', wstart (&s, at_chu_tri) - date_start);

      if (comma != NULL)
        {
          gsize chair_start = comma + 1 - s.text;

          while (s.text[chair_start] == ' ')
            chair_start++;
          chair = read_chair (&s, chair_start, wstart (&s, at_chu_tri), meeting);
        }
      if (at_tai >= 0)
        {
          gsize vs = wstart (&s, at_tai + 1);
          char buf[CLEAN_ROOM];
          g_autofree char *heap = NULL;
          const char *venue = clean_in_room (s.text + vs, sentence_end (&s, vs) - vs, buf, &heap);

          directive_meeting_set_venue (meeting, venue);
        }
    }
  if (at_chu_tri >= 0)
    {
      /* topic: after "chủ trì cuộc họp" to the end of the sentence, or to
       * the venue after it */
      guint i = at_chu_tri + 2;
      gsize ts, te;
      char buf[CLEAN_ROOM];
      g_autofree char *heap = NULL;
      const char *topic;

      while (i < s.words->len && (_directive_words_match (s.fold, s.words, i, "cuoc hop")
                                  || _directive_words_match (s.fold, s.words, i, "buoi")))
        i += _directive_words_match (s.fold, s.words, i, "buoi") ? 1 : 2;
      if (i < s.words->len && _directive_words_match (s.fold, s.words, i, "giao ban"))
        i += 2;
      ts = wstart (&s, i);
      te = sentence_end (&s, ts);
      if (at_tai > at_chu_tri)
        {
          gsize tai = wstart (&s, at_tai);

          /* (the "tại" and the comma or space before it) */
          while (tai > ts && (s.text[tai - 1] == ' ' || s.text[tai - 1] == ','))
            tai--;
          te = MIN (te, tai);
        }
      topic = clean_in_room (s.text + ts, te - ts, buf, &heap);
      directive_meeting_set_topic (meeting, topic);
    }
  if (at_tham_du >= 0)
    read_attendees (&s, at_tham_du, meeting);

  directive_conclusion_set_meeting (conclusion, meeting);
  if (chair != NULL)
    {
      g_autoptr(DirectivePerson) by = directive_person_new (directive_person_get_name (chair),
                                                            directive_person_get_position (chair));

      directive_person_set_honorific (by, directive_person_get_honorific (chair));
      directive_conclusion_set_by (conclusion, by);
    }
  span_clear (&s);

  p->body_start = conclude_line + 1;
}
