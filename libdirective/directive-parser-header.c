/* directive-parser-header.c: the two-column header of a document
 *
 *   ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   TỈNH BÌNH DƯƠNG                   Độc lập - Tự do - Hạnh phúc
 *   Số: 286/TB-UBND               Bình Dương, ngày 17 tháng 6 năm 2022
 *                                THÔNG BÁO
 *          Kết luận của ...  (subject)
 *
 * OCR output loses the columns (one space between them) and mangles the words,
 * so each thing is found by folded, OCR-tolerant matching.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-catalogue-private.h"
#include "directive-memo-private.h"
#include "directive-parser-private.h"
#include "directive-places-private.h"
#include "directive-recipient.h"
#include "directive-text-private.h"

#define HEADER_LINES 16

/* Byte offset in the fold where the national motto column starts, or the length. */
static gsize
motto_start (DirectiveLine *line,
             GArray        *words)
{
  _directive_fold_first_words (_directive_line_fold (line), _directive_line_fold_len (line), words, G_MAXUINT);
  for (guint i = 0; i + 1 < words->len; i++)
    {
      DirectiveWord *w = &g_array_index (words, DirectiveWord, i);
      char c = _directive_line_fold (line)[w->start];
      /* (the next word's too: no word matches unless its first letter may, and
       * "doc lap" is tried at every vowel, which is confusable with a d) */
      char next = _directive_line_fold (line)[g_array_index (words, DirectiveWord, i + 1).start];

      /* (the first-letter test of _directive_words_match(), once for the three) */
      if ((c == 'c' || _directive_text_letters_confusable (c, 'c'))
          && _directive_text_letters_confusable (next, 'h')
          && _directive_words_match (_directive_line_fold (line), words, i, "cong hoa"))
        return w->start;
      if ((c == 'd' || _directive_text_letters_confusable (c, 'd'))
          && _directive_text_letters_confusable (next, 'l')
          && _directive_words_match (_directive_line_fold (line), words, i, "doc lap"))
        return w->start;
      if ((c == 'x' || _directive_text_letters_confusable (c, 'x'))
          && _directive_text_letters_confusable (next, 'h')
          && _directive_words_match (_directive_line_fold (line), words, i, "xa hoi chu nghia"))
        return w->start;
      /* "DOc jap - Tudo - Hanh phic": the motto's start damaged past reading,
       * its end is read; it starts at the "độc" a few words before */
      if ((c == 'h' || _directive_text_letters_confusable (c, 'h'))
          && _directive_text_letters_confusable (next, 'p')
          && _directive_words_match (_directive_line_fold (line), words, i, "hanh phuc"))
        for (guint k = i > 4 ? i - 4 : 0; k < i; k++)
          if (_directive_words_match (_directive_line_fold (line), words, k, "doc"))
            return g_array_index (words, DirectiveWord, k).start;
    }

  return _directive_line_fold_len (line);
}

/* The left column of a header or footer line, in bytes of line->text; @words
 * is room for the line's words. */
static gsize
left_column_end (DirectiveLine *line,
                 GArray        *words)
{
  const char *t = line->text;
  gsize n = line->len;
  gsize i = line->indent;
  const char *gap;
  gsize motto;

  /* (the first run of three spaces: one that ends the line leaves none after it) */
  gap = strstr (t + i, "   ");
  if (gap != NULL)
    {
      gsize j = i = gap - t;

      while (j < n && t[j] == ' ')
        j++;
      if (j < n)
        return i;
    }
  motto = motto_start (line, words);
  if (motto < _directive_line_fold_len (line))
    {
      gsize end = _directive_line_offsets (line)[motto];

      /* OCR's column rule: "UY BAN NHAN DAN — CONG HOA" */
      while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '-' || (guchar) t[end - 1] >= 0x80))
        {
          if ((guchar) t[end - 1] >= 0x80)
            {
              const char *prev = g_utf8_find_prev_char (t, t + end);

              if (prev == NULL || g_utf8_get_char (prev) != 0x2014)
                break;
              end = prev - t;
            }
          else
            end--;
        }
      return end;
    }

  return n;
}

/* The lines whose left column is kept: a header is shorter (the ones after
 * it, rarely asked for, are worked out again). */
#define LEFT_COLUMNS_KEPT 64

/* left_column_end() of the header's lines, each worked out once: the issuer,
 * the subject and the urgency all read the left column. */
typedef struct
{
  gsize   ends[LEFT_COLUMNS_KEPT];   /* G_MAXSIZE: not yet */
  guint   n;
  GArray *words;    /* room for a line's words (DirectiveWord), for all the header's tests */
} LeftColumns;

static void
left_columns_init (LeftColumns *columns,
                   guint        n)
{
  columns->n = MIN (n, LEFT_COLUMNS_KEPT);
  /* (room for the words of most lines: not grown line after line) */
  columns->words = g_array_sized_new (FALSE, FALSE, sizeof (DirectiveWord), 64);
  for (guint i = 0; i < columns->n; i++)
    columns->ends[i] = G_MAXSIZE;
}

static gsize
left_column_end_at (DirectiveParse *p,
                    LeftColumns    *columns,
                    guint           index)
{
  DirectiveLine *line = _directive_parse_line (p, index);

  if (index >= columns->n)
    return left_column_end (line, columns->words);
  if (columns->ends[index] == G_MAXSIZE)
    columns->ends[index] = left_column_end (line, columns->words);
  return columns->ends[index];
}

static gboolean
is_rule (const char *text)
{
  gboolean any = FALSE;

  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (u == ' ')
        continue;
      if (u != '-' && u != '_' && u != '=' && u != 0x2014 && u != 0x2013 && u != '*' && u != '.')
        return FALSE;
      any = TRUE;
    }

  return any;
}

/* "Số:" (also "S6:", "$6:", "Sé:", "S86:") at the start of a folded line: the offset after the colon. */
static int
number_label_end (DirectiveLine *line)
{
  char first = _directive_text_first_folded (line->text);
  const char *f;
  guint i = 0;

  /* Not folding a line that cannot start so: no folding rule makes an s, a $ or a 5
   * of anything else. */
  if (first != 's' && first != '$' && first != '5')
    return -1;
  f = _directive_line_fold (line);
  if (f[0] != 's' && f[0] != '$' && f[0] != '5')
    return -1;
  i = 1;
  while (i < 3 && f[i] != '\0' && strchr ("o068edau", f[i]) != NULL)
    i++;
  if (i == 1)
    return -1;
  if (f[i] == ' ')
    i++;
  if (f[i] != ':' && f[i] != ';')
    return -1;

  return i + 1;
}

static const struct {
  const char *words;
  DirectiveDocumentKind kind;
  const char *code;
} kinds[] = {
  { "thong bao", DIRECTIVE_DOCUMENT_KIND_NOTICE, "TB" },
  { "chi thi", DIRECTIVE_DOCUMENT_KIND_DIRECTIVE, "CT" },
  { "ke hoach", DIRECTIVE_DOCUMENT_KIND_PLAN, "KH" },
  { "cong van", DIRECTIVE_DOCUMENT_KIND_OFFICIAL_LETTER, NULL },
  { "quyet dinh", DIRECTIVE_DOCUMENT_KIND_DECISION, "QĐ" },
  { "bao cao", DIRECTIVE_DOCUMENT_KIND_REPORT, "BC" },
  { "to trinh", DIRECTIVE_DOCUMENT_KIND_SUBMISSION, "TTr" },
  { "bien ban", DIRECTIVE_DOCUMENT_KIND_MINUTES, "BB" },
  { "giay moi", DIRECTIVE_DOCUMENT_KIND_INVITATION, "GM" },
};

/* (@words: room for the line's words, as for the tests below) */
static int
kind_of_line (DirectiveLine *line,
              GArray        *words)
{
  char first = _directive_text_first_folded (line->text);

  /* Not folding a line no kind can start: a letter or digit that is none of
   * their first letters (t, c, k, q, b, g), none confusable with one (i, e, o)
   * and none a folding rule makes one of (0, 6 are read as o). */
  if (first == '\0' || (g_ascii_isalnum (first) && strchr ("tckqbg" "ieo" "06", first) == NULL))
    return -1;
  /* (a third word is enough to refuse the line) */
  _directive_fold_first_words (_directive_line_fold (line), _directive_line_fold_len (line), words, 3);
  if (words->len != 2)
    return -1;
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (_directive_words_match (_directive_line_fold (line), words, 0, kinds[k].words))
      return k;

  return -1;
}

/* The kinds' codes folded, made once (in place: nothing kept on the heap). */
static char kind_codes[G_N_ELEMENTS (kinds)][8];

static void
kind_codes_ensure (void)
{
  static gsize made;

  if (g_once_init_enter (&made))
    {
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (kinds[k].code != NULL)
          {
            g_autofree char *fold = _directive_text_fold (kinds[k].code, -1);

            g_assert (strlen (fold) < sizeof kind_codes[k]);
            strcpy (kind_codes[k], fold);
          }
      g_once_init_leave (&made, 1);
    }
}

static int
kind_of_code (const char *code)
{
  gsize n = strlen (code);
  /* (on the stack for a code as short as a kind's) */
  char room[_DIRECTIVE_TEXT_FOLD_PREFIX_ROOM (16)];
  g_autofree char *heap = NULL;
  const char *fold;

  if (n <= 16)
    {
      _directive_text_fold_prefix (code, n, room, sizeof room);
      fold = room;
    }
  else
    fold = heap = _directive_text_fold (code, n);

  kind_codes_ensure ();
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (kinds[k].code != NULL && strcmp (kind_codes[k], fold) == 0)
      return k;

  return -1;
}

/* ---------------------------------------------------------------- issuer */

/* The header's phrases (a committee's name, "Sở Y tế", "UBND các huyện")
 * recur from document to document: their mentions are kept per thread, a
 * bounded number of them, for one state of one catalogue (its index's
 * generation, which changes with every agency added). */
#define MENTION_MEMO_SIZE 256

typedef struct
{
  GHashTable *table;   /* key → GArray of DirectiveMention */
  guint generation;
} MentionMemo;

static void
mention_memo_free (gpointer data)
{
  MentionMemo *memo = data;

  g_hash_table_unref (memo->table);
  g_free (memo);
}

static GPrivate mention_memo = G_PRIVATE_INIT (mention_memo_free);

/* A key that fits is made here rather than allocated (most do). */
#define MENTION_KEY_ROOM 256

/* _directive_catalogue_find_mentions() of @text with the parse's locality. The
 * mentions are shared with the memo: read them, never change them. */
static GArray *
find_mentions (DirectiveParse *p,
               const char     *text)
{
  MentionMemo *memo;
  guint generation = _directive_catalogue_get_generation (p->catalogue);
  GArray *mentions;
  char room[MENTION_KEY_ROOM];
  char *key;
  gsize text_len = strlen (text);

  memo = g_private_get (&mention_memo);
  if (memo == NULL)
    {
      memo = g_new0 (MentionMemo, 1);
      memo->table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
      g_private_set (&mention_memo, memo);
    }
  /* (a mention points at the catalogue's agency: none is kept past a change) */
  if (memo->generation != generation)
    {
      g_hash_table_remove_all (memo->table);
      memo->generation = generation;
    }
  /* (the locality's length first: no text is taken for another; written by
   * hand, as printf() costs more than the lookup) */
  {
    char digits[24];
    guint d = sizeof digits;
    gsize locality_len = p->locality != NULL ? strlen (p->locality) : 0;
    gsize n = locality_len;
    gsize head, at = 0;

    do
      digits[--d] = '0' + n % 10;
    while ((n /= 10) > 0);
    head = p->locality != NULL ? sizeof digits - d + 1 + locality_len : 1;
    key = head + text_len < sizeof room ? room : g_malloc (head + text_len + 1);
    if (p->locality != NULL)
      {
        memcpy (key, digits + d, sizeof digits - d);
        at = sizeof digits - d;
        key[at++] = ':';
        memcpy (key + at, p->locality, locality_len);
        at += locality_len;
      }
    else
      key[at++] = '-';
    memcpy (key + at, text, text_len + 1);
  }
  mentions = g_hash_table_lookup (memo->table, key);
  if (mentions != NULL)
    {
      if (key != room)
        g_free (key);
      return g_array_ref (mentions);
    }
  mentions = _directive_catalogue_find_mentions (p->catalogue, text, -1, p->locality);
  if (mentions == NULL)
    {
      if (key != room)
        g_free (key);
      return NULL;
    }
  if (g_hash_table_size (memo->table) >= MENTION_MEMO_SIZE)
    g_hash_table_remove_all (memo->table);
  g_hash_table_insert (memo->table, key != room ? key : g_strdup (room), g_array_ref (mentions));

  return mentions;
}

/* The agency @m (nullable) names: the catalogue's, or one named as written. */
static DirectiveAgency *
mention_agency (DirectiveParse         *p,
                const DirectiveMention *m)
{
  if (m == NULL)
    return NULL;
  return m->entry != NULL ? _directive_catalogue_instantiate (p->catalogue, m->entry, p->locality, p->level)
                          : _directive_mention_to_agency (m, p->locality);
}

/* The first mention of @mentions (nullable), or NULL. */
static const DirectiveMention *
first_mention (GArray *mentions)
{
  return mentions != NULL && mentions->len > 0 ? &g_array_index (mentions, DirectiveMention, 0) : NULL;
}

static DirectiveAgency *
instantiate_text (DirectiveParse *p,
                  const char     *text)
{
  g_autoptr(GArray) mentions = find_mentions (p, text);

  return mention_agency (p, first_mention (mentions));
}

static DirectiveAgency *
committee_agency (DirectiveParse *p)
{
  static const char head[] = "Ủy ban nhân dân ";
  const char *level = p->level ? p->level : "tỉnh";
  const char *locality = p->locality ? p->locality : "";
  gsize level_len = strlen (level), locality_len = strlen (locality);
  /* (written on the stack: the name is looked up, and copied only when no
   * agency of the catalogue is found) */
  char room[256];
  g_autofree char *heap = NULL;
  char *text;
  DirectiveAgency *agency;

  if (sizeof head + level_len + 1 + locality_len <= sizeof room)
    {
      text = room;
      memcpy (text, head, sizeof head - 1);
      memcpy (text + sizeof head - 1, level, level_len);
      text[sizeof head - 1 + level_len] = ' ';
      memcpy (text + sizeof head + level_len, locality, locality_len + 1);
    }
  else
    text = heap = g_strconcat (head, level, " ", locality, NULL);
  agency = instantiate_text (p, text);

  if (agency == NULL)
    {
      g_autofree char *name = _directive_clean_text (text, -1);

      agency = directive_agency_new ("ubnd-tinh", name);
      directive_agency_set_kind (agency, DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE);
      directive_agency_set_locality (agency, p->locality);
    }

  return agency;
}

/* set_locality() with the gazetteer's name of @text already asked for:
 * @canonical (taken), or NULL when it has none. */
static void
set_locality_canonical (DirectiveParse *p,
                        const char     *text,
                        char           *canonical,
                        const char     *level)
{
  if (canonical == NULL)
    {
      g_autofree char *clean = _directive_clean_text (text, -1);
      g_autofree char *lower = clean ? g_utf8_strdown (clean, -1) : NULL;
      g_auto(GStrv) parts = lower ? g_strsplit (lower, " ", -1) : NULL;
      GString *s = g_string_new (NULL);

      for (guint i = 0; parts && parts[i]; i++)
        {
          if (s->len)
            g_string_append_c (s, ' ');
          g_string_append_unichar (s, g_unichar_toupper (g_utf8_get_char (parts[i])));
          g_string_append (s, g_utf8_next_char (parts[i]));
        }
      canonical = g_string_free (s, s->len == 0);
    }
  if (canonical == NULL)
    return;
  g_free (p->locality);
  p->locality = g_steal_pointer (&canonical);
  if (level != NULL)
    {
      g_free (p->level);
      p->level = g_strdup (level);
    }
}

static void
set_locality (DirectiveParse *p,
              const char     *text,
              const char     *level)
{
  set_locality_canonical (p, text, _directive_canonical_place (text), level);
}

/* In the folded issuer text: "uy ban nhan dan" or "ubnd", then "tinh X" or "thanh pho X".
 * Returns TRUE when the text names a People's Committee; sets the locality. */
static gboolean
read_committee (DirectiveParse            *p,
                const DirectiveFoldedText *folded)
{
  const char *text = folded->text;
  const char *fold = folded->fold;
  const gsize *offsets = folded->offsets;
  GArray *words = folded->words;
  /* (a prefix that outgrows it is too long to be within reach of the name:
   * an insertion costs 0.6 at least) */
  char compact[64];
  gsize compact_len = 0;
  gboolean committee = FALSE;
  guint i;

  /* OCR fuses the words: "UY BANNHANDAN" */
  for (i = 0; i < words->len && compact_len < 12; i++)
    {
      DirectiveWord *w = &g_array_index (words, DirectiveWord, i);

      if (compact_len + (w->end - w->start) >= sizeof compact)
        break;
      memcpy (compact + compact_len, fold + w->start, w->end - w->start);
      compact_len += w->end - w->start;
      compact[compact_len] = '\0';
      /* (the bounded test first: most prefixes are far) */
      if (strcmp (compact, "uybannhandan") == 0
          || (_directive_text_word_within (compact, compact_len, "uybannhandan", -1, 2.0)
              && _directive_text_word_distance (compact, compact_len, "uybannhandan", -1) <= 2.0)
          || strcmp (compact, "ubnd") == 0)
        {
          committee = TRUE;
          i++;
          break;
        }
    }

  if (committee && i < words->len)
    {
      DirectiveWord *w = &g_array_index (words, DirectiveWord, i);
      const char *level = NULL;
      guint rest = 0;

      /* "thanh" is within OCR's reach of "tinh": the longer phrase first,
       * unless the word is "tinh" as written ("TỈNH PHÚ THỌ" is no "thành phố") */
      if (w->end - w->start == 4 && memcmp (fold + w->start, "tinh", 4) == 0)
        level = "tỉnh", rest = i + 1;
      else if (_directive_words_match (fold, words, i, "thanh pho"))
        level = "thành phố", rest = i + 2;
      else if (_directive_word_is (fold, w->start, w->end, "tinh"))
        level = "tỉnh", rest = i + 1;
      else if (_directive_word_is (fold, w->start, w->end, "tp"))
        level = "thành phố", rest = i + 1;
      if (level != NULL && rest < words->len)
        {
          DirectiveWord *first = &g_array_index (words, DirectiveWord, rest);
          guint last_i = words->len - 1;
          DirectiveWord *last;
          g_autofree char *place = NULL;
          char *canonical = NULL;

          /* the longest run of words that is a known place: OCR may leave
           * the motto's column on the line ("TINH GIALAI Bdc lap - Tw do") */
          for (guint k = MIN (words->len, rest + 4); k > rest; k--)
            {
              gsize try_len = offsets[g_array_index (words, DirectiveWord, k - 1).end] - offsets[first->start];
              /* (on the stack for a place's few words) */
              char room[128];
              g_autofree char *heap = NULL;
              char *try = try_len < sizeof room ? room : (heap = g_malloc (try_len + 1));

              memcpy (try, text + offsets[first->start], try_len);
              try[try_len] = '\0';
              canonical = _directive_canonical_place (try);
              if (canonical != NULL)
                {
                  last_i = k - 1;
                  break;
                }
            }
          last = &g_array_index (words, DirectiveWord, last_i);
          place = g_strndup (text + offsets[first->start], offsets[last->end] - offsets[first->start]);
          /* (the run found is the place: its name is known already) */
          if (canonical != NULL)
            set_locality_canonical (p, place, canonical, level);
          else
            set_locality (p, place, level);
        }
    }

  return committee;
}

/* The end of the national motto wrapped onto a line of its own by OCR ("NAM",
 * "VIỆT NAM", "Hạnh phúc"): no part of the issuer. */
static gboolean
is_motto_tail (const char *text)
{
  static const char *const mottos[] = { "cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc", NULL };
  g_autofree char *fold = NULL;
  GString *words;
  gboolean tail = FALSE;

  /* Not folding a line whose last letter is ASCII and no m or c, the mottos' last
   * letters: what comes after it is no letter, or one a folding rule makes (o, s,
   * l, a, u), and no rule makes an m or a c. */
  for (gsize n = strlen (text); n > 0; n--)
    {
      char c = g_ascii_tolower (text[n - 1]);

      if ((guchar) c >= 0x80)
        break;
      if (c >= 'a' && c <= 'z')
        {
          if (c != 'm' && c != 'c')
            return FALSE;
          break;
        }
    }
  fold = _directive_text_fold (text, -1);
  words = g_string_new (NULL);

  /* letters and single spaces only */
  for (const char *c = fold; *c != '\0'; c++)
    if (*c >= 'a' && *c <= 'z')
      g_string_append_c (words, *c);
    else if (words->len > 0 && words->str[words->len - 1] != ' ')
      g_string_append_c (words, ' ');
  while (words->len > 0 && words->str[words->len - 1] == ' ')
    g_string_truncate (words, words->len - 1);
  for (guint i = 0; mottos[i] != NULL && words->len > 0; i++)
    {
      gsize n = strlen (mottos[i]);

      if (words->len < n && strcmp (mottos[i] + n - words->len, words->str) == 0
          && mottos[i][n - words->len - 1] == ' ')
        tail = TRUE;
    }
  g_string_free (words, TRUE);

  return tail;
}

/* "UBND HUYỆN GÒ DẦU", "HUYỆN GÒ DẦU" (under "ỦY BAN NHÂN DÂN"), "UBND THÀNH PHỐ
 * BIÊN HÒA": a district-level committee, found in the gazetteer. Returns it
 * (a new agency) and sets the locality to its province when the header did
 * not name one, or named the district as if it were a province. */
static DirectiveAgency *
read_district_committee (DirectiveParse            *p,
                         const DirectiveFoldedText *folded)
{
  static const struct { const char *folded, *level, *id; } levels[] = {
    { "huyen", "huyện", "ubnd-huyen" },
    { "quan", "quận", "ubnd-quan" },
    { "thi xa", "thị xã", "ubnd-thi-xa" },
    { "thanh pho", "thành phố", "ubnd-thanh-pho" },
    { "tp", "thành phố", "ubnd-thanh-pho" },
  };
  const char *text = folded->text;
  const char *fold = folded->fold;
  const gsize *offsets = folded->offsets;
  GArray *words = folded->words;
  const DirectivePlace *place = NULL;
  DirectiveAgency *agency = NULL;
  guint i = 0;

  if (_directive_words_match (fold, words, 0, "ubnd"))
    i = 1;
  else if (_directive_words_match (fold, words, 0, "uy ban nhan dan"))
    i = 4;
  for (guint l = 0; l < G_N_ELEMENTS (levels) && place == NULL && i < words->len; l++)
    {
      guint rest = i + (strchr (levels[l].folded, ' ') ? 2 : 1);
      const char *province = p->locality;

      if (rest >= words->len || !_directive_words_match (fold, words, i, levels[l].folded))
        continue;
      /* the header may have read the district as a city-province */
      if (province != NULL && _directive_places_lookup (province, DIRECTIVE_PLACE_PROVINCE, NULL, NULL) == NULL)
        province = NULL;
      for (guint k = MIN (words->len, rest + 4); k > rest && place == NULL; k--)
        {
          DirectiveWord *first = &g_array_index (words, DirectiveWord, rest);
          DirectiveWord *last = &g_array_index (words, DirectiveWord, k - 1);
          gsize name_len = offsets[last->end] - offsets[first->start];
          /* (on the stack for a place's few words) */
          char room[128];
          g_autofree char *heap = NULL;
          char *name = name_len < sizeof room ? room : (heap = g_malloc (name_len + 1));
          const DirectivePlace *city;

          memcpy (name, text + offsets[first->start], name_len);
          name[name_len] = '\0';
          city = _directive_places_lookup (name, DIRECTIVE_PLACE_PROVINCE, NULL, NULL);

          /* "THÀNH PHỐ HẢI PHÒNG" is a province's committee ("THÀNH PHỐ BẮC NINH" not) */
          if (city != NULL && _directive_places_is_city (city->name))
            break;
          place = _directive_places_lookup (name, DIRECTIVE_PLACE_DISTRICT, levels[l].level, province);
        }
      if (place != NULL)
        {
          g_autofree char *full = g_strdup_printf ("Ủy ban nhân dân %s %s", place->level, place->name);
          g_autofree char *short_name = g_strdup_printf ("UBND %s", place->level);

          if (province == NULL || g_strcmp0 (p->locality, place->province) != 0)
            {
              g_free (p->locality);
              p->locality = g_strdup (place->province);
              g_free (p->level);
              p->level = g_strdup (_directive_is_city (place->province) ? "thành phố" : "tỉnh");
            }
          agency = directive_agency_new (levels[l].id, full);
          directive_agency_set_short_name (agency, short_name);
          directive_agency_set_kind (agency, DIRECTIVE_AGENCY_KIND_DISTRICT);
          directive_agency_set_locality (agency, p->locality);
        }
    }

  return agency;
}

/* An issuer's line recurs from document to document (the same offices issue):
 * its title case is kept per thread, a bounded number of them (a text longer
 * than a line's is not kept). */
#define TITLE_CASE_MEMO_SIZE 256
#define TITLE_CASE_KEPT_MAX 256

static GPrivate title_case_memo = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

/* _directive_title_case() of @text. */
static char *
title_case (const char *text)
{
  GHashTable *memo;
  const char *known;
  char *made;

  if (text == NULL || strlen (text) > TITLE_CASE_KEPT_MAX)
    return _directive_title_case (text);
  memo = _directive_memo_get (&title_case_memo, g_free);
  known = g_hash_table_lookup (memo, text);
  if (known != NULL)
    return g_strdup (known);
  made = _directive_title_case (text);
  _directive_memo_insert (memo, TITLE_CASE_MEMO_SIZE, g_strdup (text), g_strdup (made));
  return made;
}

/* @folded: the fold of @text, the clean left column of @line, read from the
 * line's own fold when @line has one already and the text is the line's
 * opening as written: no indent, no blanks to clean, a space or the end after
 * it, and the fold of it from its first to its last character (the fold of a
 * text cut at a space is the start of the whole fold: no folding rule looks
 * further than the next character). Its words are cut into a new array, the
 * rest is the line's: not NUL-terminated at its end. Returns whether it was. */
static gboolean
fold_from_line (DirectiveFoldedText *folded,
                const char          *text,
                DirectiveLine       *line)
{
  gsize len = strlen (text);
  const gsize *o;
  gsize k = 0;

  if (line->lazy_fold == NULL || line->indent != 0 || (line->text[len] != ' ' && line->text[len] != '\0')
      || memcmp (line->text, text, len) != 0)
    return FALSE;
  o = _directive_line_offsets (line);
  while (k < line->lazy_fold_len && o[k] < len)
    k++;
  if (k == 0 || o[0] != 0 || o[k] != len
      || o[k - 1] != (gsize) (g_utf8_find_prev_char (text, text + len) - text))
    return FALSE;
  folded->text = text;
  folded->fold = line->lazy_fold;
  folded->offsets = line->lazy_offsets;
  folded->fold_len = k;
  folded->words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));
  folded->block_size = 0;
  _directive_fold_first_words (folded->fold, k, folded->words, G_MAXUINT);
  return TRUE;
}

/* Issuer part @i (of the first three), folded when first asked for: read from
 * its line's fold (@lines[i]) if it can be, then @viewed[i]. */
static const DirectiveFoldedText *
issuer_part_folded (DirectiveFoldedText *folded,
                    GPtrArray           *parts,
                    DirectiveLine      **lines,
                    gboolean            *viewed,
                    guint                i)
{
  if (folded[i].text == NULL)
    {
      viewed[i] = fold_from_line (&folded[i], parts->pdata[i], lines[i]);
      if (!viewed[i])
        _directive_folded_text_init (&folded[i], parts->pdata[i]);
    }
  return &folded[i];
}

/* Whether the fold of @a's text, a space and @b's text is @a's and @b's joined
 * by a space: folding looks one character to each side at most, so across a
 * single space between two texts that start and end with a character that
 * folds to itself (the fold's first and last bytes come from the text's first
 * and last characters) it is. */
static gboolean
folds_join (const DirectiveFoldedText *a,
            const DirectiveFoldedText *b)
{
  const DirectiveFoldedText *parts[] = { a, b };

  for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
    {
      const DirectiveFoldedText *f = parts[k];
      gsize length = strlen (f->text);

      if (f->fold_len == 0 || f->offsets[0] != 0
          || f->offsets[f->fold_len - 1] != (gsize) (g_utf8_find_prev_char (f->text, f->text + length) - f->text))
        return FALSE;
    }
  return TRUE;
}

/* The longest fold joined in place: a longer one is made by folding. */
#define JOINED_FOLD_MAX 256

/* @joined: the fold of @text, @a's text, a space and @b's, made of @a's and
 * @b's (folds_join() them first), its offsets in @offsets (room for
 * JOINED_FOLD_MAX + 1), its fold in @fold (as much), its words in @words. */
static void
join_folds (DirectiveFoldedText       *joined,
            const char                *text,
            const DirectiveFoldedText *a,
            const DirectiveFoldedText *b,
            gsize                     *offsets,
            char                      *fold,
            GArray                    *words)
{
  gsize shift = a->fold_len + 1;
  gsize text_shift = strlen (a->text) + 1;

  memcpy (fold, a->fold, a->fold_len);
  fold[a->fold_len] = ' ';
  memcpy (fold + shift, b->fold, b->fold_len);
  fold[shift + b->fold_len] = '\0';
  memcpy (offsets, a->offsets, a->fold_len * sizeof (gsize));
  offsets[a->fold_len] = text_shift - 1;
  for (gsize k = 0; k <= b->fold_len; k++)
    offsets[shift + k] = b->offsets[k] + text_shift;
  /* (a space is no letter: the words of the whole are the parts' words) */
  g_array_set_size (words, 0);
  g_array_append_vals (words, a->words->data, a->words->len);
  g_array_append_vals (words, b->words->data, b->words->len);
  for (guint k = a->words->len; k < words->len; k++)
    {
      DirectiveWord *w = &g_array_index (words, DirectiveWord, k);

      w->start += shift;
      w->end += shift;
    }
  joined->text = text;
  joined->fold = fold;
  joined->offsets = offsets;
  joined->fold_len = shift + b->fold_len;
  joined->words = words;
  joined->block_size = 0;
}

/* Whether line @l goes on with a Công văn's subject so far though it opens
 * with a capital ("... ý kiến chỉ đạo của Phó" / "Chủ tịch UBND tỉnh về ..."):
 * the subject stopped mid-phrase, on a word no subject ends with, and the
 * line is no urgency in capitals ("KHẨN"). */
static gboolean
goes_on_subject (GString       *subject,
                 DirectiveLine *l)
{
  static const char *const open_words[] = {
    "cua", "ve", "va", "cac", "tai", "cho", "voi", "pho", "tren", "theo", "nam", NULL
  };
  const char *last;
  g_autofree char *fold = NULL;
  gboolean small = FALSE;

  if (subject->len == 0 || strchr (".:;", subject->str[subject->len - 1]) != NULL)
    return FALSE;
  for (const char *c = l->text + l->indent; *c != '\0'; c = g_utf8_next_char (c))
    if (g_unichar_islower (g_utf8_get_char (c)))
      {
        small = TRUE;
        break;
      }
  if (!small)
    return FALSE;
  last = strrchr (subject->str, ' ');
  fold = _directive_text_fold (last != NULL ? last + 1 : subject->str, -1);
  for (guint k = 0; open_words[k] != NULL; k++)
    if (g_str_equal (fold, open_words[k]))
      return TRUE;
  return FALSE;
}

/* Whether a header line goes on with the name above it: "VÀ DU LỊCH", "& ĐÀO TẠO". */
static gboolean
continues_name (const char *part)
{
  while (*part == ' ')
    part++;
  if (*part == '&')
    return TRUE;
  return (part[0] == 'V' || part[0] == 'v') && (part[1] == 'A' || part[1] == 'a' || g_str_has_prefix (part + 1, "À")
                                                || g_str_has_prefix (part + 1, "à"))
         && (part[1] == 'A' || part[1] == 'a' ? part[2] == ' ' : part[3] == ' ');
}

/* The issuer named by the part @at of the left column, or by it and the next
 * when its name runs over two lines ("SỞ TÀI NGUYÊN VÀ" / "MÔI TRƯỜNG"): the
 * two together when only they name a known agency. */
static DirectiveAgency *
instantiate_parts (DirectiveParse *p,
                   GPtrArray      *parts,
                   guint           at)
{
  g_autofree char *sub = title_case (parts->pdata[at]);
  g_autoptr(GArray) mentions = find_mentions (p, sub);
  const DirectiveMention *m = first_mention (mentions);
  /* "SỞ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH": the next line goes on with "và" */
  gboolean goes_on = at + 1 < parts->len && continues_name (parts->pdata[at + 1]);

  if ((m == NULL || m->entry == NULL || goes_on) && at + 1 < parts->len)
    {
      g_autofree char *two = g_strconcat (parts->pdata[at], " ", parts->pdata[at + 1], NULL);
      g_autofree char *titled = title_case (two);
      g_autoptr(GArray) both = find_mentions (p, titled);
      const DirectiveMention *known = first_mention (both);

      if (known != NULL && known->entry != NULL)
        return mention_agency (p, known);
    }

  return mention_agency (p, m);
}

/* The initials of a department's name, capitals without diacritics ("Sở Kế
 * hoạch và Đầu tư": "SKHDT"), as its documents' symbols write it; %FALSE when
 * they do not fit in @out. */
static gboolean
name_initials (const char *name,
               char       *out,
               gsize       size)
{
  gsize n = 0;
  gboolean at_word = TRUE;

  for (const char *c = name; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (u == ' ' || u == '-' || u == ',')
        {
          at_word = TRUE;
          continue;
        }
      if (!at_word)
        continue;
      at_word = FALSE;
      /* "và" joins, it is no initial */
      if (g_str_has_prefix (c, "và ") || g_str_has_prefix (c, "{"))
        continue;
      if (n + 1 >= size)
        return FALSE;
      out[n++] = u == 0x0110 || u == 0x0111 ? 'D' : g_ascii_toupper (u < 0x80 ? (char) u : '?');
    }
  out[n] = '\0';
  return n > 1;
}

/* The catalogue's department whose initials are the code of @symbol before
 * its dash ("SCT-QLTM": Sở Công Thương), made for the document; %NULL for
 * none or more than one ("SNV" is both Nội vụ and Ngoại vụ). */
static DirectiveAgency *
department_of_symbol (DirectiveParse *p,
                      const char     *symbol,
                      guint           line)
{
  GListModel *entries = directive_catalogue_get_agencies (p->catalogue);
  const char *dash = strchr (symbol, '-');
  char code[16];
  gsize len = dash != NULL ? (gsize) (dash - symbol) : strlen (symbol);
  DirectiveAgency *found = NULL;
  guint n = g_list_model_get_n_items (entries);

  if (len < 3 || len >= sizeof code || (symbol[0] != 'S' && symbol[0] != 's'))
    return NULL;
  /* as the initials are written: capitals, Đ as D */
  for (gsize k = 0, o = 0; k <= len; k++)
    {
      if (k == len)
        {
          code[o] = '\0';
          break;
        }
      if ((guchar) symbol[k] == 0xC4 && k + 1 < len && ((guchar) symbol[k + 1] == 0x90 || (guchar) symbol[k + 1] == 0x91))
        {
          code[o++] = 'D';
          k++;
        }
      else
        code[o++] = g_ascii_toupper (symbol[k]);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveAgency) entry = g_list_model_get_item (entries, i);
      const char *name = directive_agency_get_name (entry);
      char initials[16];

      if (directive_agency_get_kind (entry) != DIRECTIVE_AGENCY_KIND_DEPARTMENT || name == NULL
          || !g_str_has_prefix (name, "Sở ") || !name_initials (name, initials, sizeof initials)
          || strcmp (initials, code) != 0)
        continue;
      if (found != NULL && found != entry)
        return NULL;
      found = entry;
    }
  if (found == NULL)
    return NULL;
  _directive_parse_diagnose (p, line, DIRECTIVE_SEVERITY_INFO, "the issuer \"%s\" was read from the symbol \"%s\"",
                             directive_agency_get_name (found), symbol);
  return _directive_catalogue_instantiate (p->catalogue, found, p->locality, p->level);
}

static void
read_issuer (DirectiveParse *p,
             LeftColumns    *columns,
             guint           number_line,
             const char     *symbol)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_full (16, g_free);
  DirectiveAgency *committee = NULL;
  DirectiveAgency *issuer = NULL;
  g_autoptr(DirectiveAgency) district = NULL;
  guint district_line = 0;
  guint committee_lines = 0;
  /* the first parts folded once: the committee and the district read them both */
  DirectiveFoldedText folded[3] = { { 0 } };
  DirectiveLine *part_lines[3] = { NULL };
  gboolean viewed[3] = { FALSE };

  for (guint i = 0; i < number_line; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);
      gsize end;
      g_autofree char *left = NULL;

      if (line->blank)
        continue;
      end = left_column_end_at (p, columns, i);
      left = _directive_clean_text (line->text, end);
      if (left == NULL || is_rule (left) || is_motto_tail (left))
        continue;
      if (parts->len < G_N_ELEMENTS (part_lines))
        part_lines[parts->len] = line;
      g_ptr_array_add (parts, g_steal_pointer (&left));
    }

  if (parts->len > 0 && read_committee (p, issuer_part_folded (folded, parts, part_lines, viewed, 0)))
    {
      /* "UBND TỈNH X" (+ "SỞ Y TẾ"), or "ỦY BAN NHÂN DÂN" + "TỈNH X" */
      if (p->level != NULL)
        committee_lines = 1;
      else if (parts->len > 1)
        {
          g_autofree char *two = g_strconcat (parts->pdata[0], " ", parts->pdata[1], NULL);
          DirectiveFoldedText both;
          /* (the second part is folded for the district's test after, mostly) */
          const DirectiveFoldedText *first = issuer_part_folded (folded, parts, part_lines, viewed, 0);
          const DirectiveFoldedText *second = issuer_part_folded (folded, parts, part_lines, viewed, 1);
          gsize offsets[JOINED_FOLD_MAX + 1];
          char fold[JOINED_FOLD_MAX + 1];
          gboolean joined = first->fold_len + 1 + second->fold_len <= JOINED_FOLD_MAX
                            && folds_join (first, second);

          /* the parts' folds joined rather than the two folded again */
          if (joined)
            join_folds (&both, two, first, second, offsets, fold, columns->words);
          else
            _directive_folded_text_init (&both, two);
          if (read_committee (p, &both) && p->level != NULL)
            committee_lines = 2;
          else
            committee_lines = 1;
          if (!joined)
            _directive_folded_text_clear (&both);
        }
      else
        committee_lines = 1;
    }

  /* A district's committee on the line after the province's, or under
   * "ỦY BAN NHÂN DÂN" in place of the province */
  for (guint i = 0; i < parts->len && i < 3 && district == NULL; i++)
    {
      char first = _directive_text_first_folded (parts->pdata[i]);

      /* Not folding a part that cannot name one: its first word is "ubnd" or
       * "uy" (a u, or a letter confusable with one: a vowel, d, n; w folds to
       * one), or a level (h, q, t, or one confusable: n, g, i); 0, 6 and 4 may
       * be read as o and a. */
      if (first == '\0' || (g_ascii_isalnum (first) && strchr ("uaeioydnw" "hqgt" "046", first) == NULL))
        continue;
      district = read_district_committee (p, issuer_part_folded (folded, parts, part_lines, viewed, i));
      district_line = i;
    }
  for (guint i = 0; i < G_N_ELEMENTS (folded); i++)
    if (viewed[i])
      g_array_unref (folded[i].words);
    else if (folded[i].text != NULL)
      _directive_folded_text_clear (&folded[i]);

  if (p->locality == NULL && symbol != NULL)
    _directive_parse_diagnose (p, number_line + 1, DIRECTIVE_SEVERITY_INFO,
                               "the issuer's locality was not found in the header");
  if (p->level == NULL)
    p->level = g_strdup (_directive_is_city (p->locality) ? "thành phố" : "tỉnh");

  {
    /* The parse keeps its own reference. */
    g_autoptr(DirectiveAgency) made = committee_agency (p);

    committee = _directive_parse_register (p, made);
  }
  p->committee = committee;

  if (district != NULL)
    {
      directive_agency_set_parent (district, committee, NULL);
      p->district = _directive_parse_register (p, district);
      /* a unit of the district's under its line ("PHÒNG TÀI CHÍNH - KẾ HOẠCH") */
      if (district_line + 1 < parts->len)
        {
          issuer = instantiate_parts (p, parts, district_line + 1);
          /* named as the district's offices are in its tasks */
          if (issuer != NULL)
            _directive_name_local_unit (p, issuer, TRUE);
          if (issuer != NULL && directive_agency_get_parent (issuer) == NULL)
            directive_agency_set_parent (issuer, p->district, NULL);
        }
      if (issuer == NULL)
        issuer = g_object_ref (p->district);
    }
  else if (committee_lines > 0 && committee_lines < parts->len)
    {
      g_autofree char *sub = title_case (parts->pdata[committee_lines]);
      g_autofree char *fold = _directive_text_fold (sub, -1);

      if (g_str_has_prefix (fold, "van phong") && strlen (fold) <= 10)
        {
          g_autofree char *text = g_strdup_printf ("Văn phòng UBND %s", p->level);
          issuer = instantiate_text (p, text);
        }
      else
        issuer = instantiate_parts (p, parts, committee_lines);
    }
  else if (committee_lines == 0 && parts->len > 0)
    {
      g_autofree char *all = NULL;
      g_autofree char *titled = NULL;

      /* g_strjoinv() needs the terminating NULL before it walks the array. */
      g_ptr_array_add (parts, NULL);
      all = g_strjoinv (" ", (char **) parts->pdata);
      g_ptr_array_remove_index (parts, parts->len - 1);
      titled = title_case (all);
      issuer = instantiate_text (p, titled);
    }
  else if (committee_lines == 0 && symbol != NULL)
    {
      /* No issuer lines (a scan cut off at the top): the symbol's last part says who. */
      const char *dash = strrchr (symbol, '-');
      const char *code = dash ? dash + 1 : symbol;

      if (g_ascii_strcasecmp (code, "VP") == 0)
        {
          g_autofree char *text = g_strdup_printf ("Văn phòng UBND %s", p->level);
          issuer = instantiate_text (p, text);
        }
      _directive_parse_diagnose (p, number_line + 1, DIRECTIVE_SEVERITY_INFO,
                                 "no issuer lines: the issuer was inferred from the symbol");
    }

  /* The issuer's line past reading ("s0) CONG THUONG"): a department's
   * symbol says which ("1254/SCT-QLTM") */
  if (issuer == NULL && district == NULL && committee_lines > 0 && committee_lines < parts->len && symbol != NULL)
    issuer = department_of_symbol (p, symbol, number_line + 1);

  if (issuer != NULL)
    {
      if (directive_agency_get_parent (issuer) == NULL
          && directive_agency_get_kind (issuer) != DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE)
        directive_agency_set_parent (issuer, committee, NULL);
      p->issuer = _directive_parse_register (p, issuer);
      g_object_unref (issuer);
    }
  else
    p->issuer = committee;
  directive_notice_set_issuer (p->notice, p->issuer);
}

/* ---------------------------------------------------------------- date line */

static DirectiveDate *
read_issued_on (const char *fold,
                gsize       len,
                GArray     *words)
{
  int year = -1, month = -1, day = -1;

  _directive_fold_first_words (fold, len, words, G_MAXUINT);
  for (guint i = 0; i < words->len; i++)
    {
      DirectiveWord *w = &g_array_index (words, DirectiveWord, i);

      if (i + 1 < words->len)
        {
          DirectiveWord *y = &g_array_index (words, DirectiveWord, i + 1);
          int value = 0;

          /* A year is four digits: anything longer is not one (and must not overflow).
           * (The year before the word: most words have none after them, and the
           * word's test is the dearer.) */
          for (guint k = y->start; k < y->end && y->end - y->start == 4; k++)
            value = (fold[k] >= '0' && fold[k] <= '9' && value >= 0) ? value * 10 + fold[k] - '0' : -1;
          if (value >= 1945 && value <= 2100 && y->end - y->start == 4
              && _directive_word_is (fold, w->start, w->end, "nam"))
            {
              year = value;
              /* the number before "năm" is the month when "tháng" (or a fused word) precedes it */
              if (i >= 2)
                {
                  DirectiveWord *m = &g_array_index (words, DirectiveWord, i - 1);
                  DirectiveWord *t = &g_array_index (words, DirectiveWord, i - 2);
                  int mv = 0;

                  for (guint k = m->start; k < m->end; k++)
                    {
                      /* Only a day or a month is wanted: a long run of digits is neither. */
                      if (fold[k] < '0' || fold[k] > '9' || mv > 31)
                        {
                          mv = -1;
                          break;
                        }
                      mv = mv * 10 + fold[k] - '0';
                    }
                  if (mv >= 1 && mv <= 12 && !(fold[t->start] >= '0' && fold[t->start] <= '9')
                      && !_directive_word_is (fold, t->start, t->end, "ngay"))
                    month = mv;
                  /* day: "ngày D tháng M" */
                  if (month > 0 && i >= 4 && _directive_word_is (fold, t->start, t->end, "thang"))
                    {
                      DirectiveWord *d = &g_array_index (words, DirectiveWord, i - 3);
                      DirectiveWord *n = &g_array_index (words, DirectiveWord, i - 4);
                      int dv = 0;

                      for (guint k = d->start; k < d->end; k++)
                        {
                        /* Only a day or a month is wanted: a long run of digits is neither. */
                        if (fold[k] < '0' || fold[k] > '9' || dv > 31)
                          {
                            dv = -1;
                            break;
                          }
                        dv = dv * 10 + fold[k] - '0';
                      }
                      if (dv >= 1 && dv <= 31 && _directive_word_is (fold, n->start, n->end, "ngay"))
                        day = dv;
                    }
                }
              break;
            }
        }
      if (_directive_word_is (fold, w->start, w->end, "ngay"))
        {
          guint next;
          DirectiveDate *date = _directive_parse_date_at (fold, words, i, 0, FALSE, &next);

          if (date != NULL && directive_date_get_year (date) > 0)
            return date;
          g_clear_pointer (&date, directive_date_free);
        }
    }

  if (year < 0)
    return NULL;
  if (day > 0 && !directive_date_is_valid_ymd (year, month, day))
    day = -1;

  return directive_date_new (year, month > 0 ? month : 0, month > 0 && day > 0 ? day : 0, NULL);
}

static void
read_number_line (DirectiveParse *p,
                  guint           index,
                  GArray         *words,
                  char          **symbol_out,
                  char          **place_out)
{
  DirectiveLine *line = _directive_parse_line (p, index);
  int label = number_label_end (line);
  const char *t = line->text;
  const char *s, *e, *slash;
  g_autofree char *token = NULL;
  g_autofree char *number = NULL;
  g_autofree char *symbol = NULL;
  gsize rest_fold;
  const char *comma;
  g_autoptr(DirectiveDate) issued = NULL;

  s = t + _directive_line_offsets (line)[label];
  while (*s == ' ')
    s++;
  e = s;
  while (*e != '\0' && *e != ' ')
    e++;
  /* OCR: "123 /TB-UBND" */
  if (e[0] == ' ' && e[1] == '/')
    {
      e += 2;
      while (*e != '\0' && *e != ' ')
        e++;
    }
  token = g_strndup (s, e - s);
  slash = strchr (token, '/');
  if (slash != NULL)
    {
      g_autofree char *digits = g_strndup (token, slash - token);
      gboolean numeric = digits[0] != '\0';

      g_strstrip (digits);
      for (const char *c = digits; *c; c++)
        if (!g_ascii_isdigit (*c))
          numeric = FALSE;
      if (numeric)
        number = g_steal_pointer (&digits);
      else if (digits[0] != '\0')
        _directive_parse_diagnose (p, line->number, DIRECTIVE_SEVERITY_WARNING,
                                   "unreadable document number \"%s\"", digits);
      symbol = g_strdup (slash + 1);
    }
  else if (strchr (token, '-') != NULL)
    {
      symbol = g_strdup (token);
      _directive_parse_diagnose (p, line->number, DIRECTIVE_SEVERITY_WARNING,
                                 "no number before the symbol \"%s\"", token);
    }
  if (symbol != NULL)
    {
      /* trailing punctuation of OCR */
      gsize n = strlen (symbol);

      while (n > 0 && strchr (".,;:", symbol[n - 1]) != NULL)
        symbol[--n] = '\0';
    }
  directive_notice_set_number (p->notice, number);
  directive_notice_set_symbol (p->notice, symbol && *symbol ? symbol : NULL);

  /* Place and date: the rest of the line, "Bình Dương, ngày 17 tháng 6 năm 2022". */
  comma = strchr (e, ',');
  if (comma != NULL)
    {
      g_autofree char *place = _directive_clean_text (e, comma - e);

      if (place != NULL)
        {
          /* A town of the document's own province, written as it is named, before
           * a province or city elsewhere that OCR damage could have made of it:
           * "Phú Mỹ" (Bà Rịa - Vũng Tàu) is not "Phủ Lý" (Hà Nam). */
          g_autofree char *own = _directive_own_place (place, p->locality);
          g_autofree char *canonical = own == NULL ? _directive_canonical_place (place) : NULL;
          /* (a district's town, or the province after its level word: for the place alone) */
          g_autofree char *written = own != NULL ? g_steal_pointer (&own)
                                     : canonical == NULL ? _directive_canonical_place_line (place, p->locality) : NULL;

          directive_notice_set_place (p->notice, canonical ? canonical : written ? written : place);
          *place_out = g_steal_pointer (&place);
          if (p->locality == NULL && canonical != NULL)
            set_locality (p, canonical, NULL);
        }
    }
  rest_fold = 0;
  while (rest_fold < _directive_line_fold_len (line)
         && _directive_line_offsets (line)[rest_fold] < (gsize) (e - t))
    rest_fold++;
  issued = read_issued_on (_directive_line_fold (line) + rest_fold,
                           _directive_line_fold_len (line) - rest_fold, words);
  if (issued == NULL && index + 1 < p->lines->len)
    {
      DirectiveLine *next = _directive_parse_line (p, index + 1);

      issued = read_issued_on (_directive_line_fold (next), _directive_line_fold_len (next), words);
    }
  if (issued != NULL)
    {
      directive_notice_set_issued_on (p->notice, issued);
      if (directive_date_get_precision (issued) != DIRECTIVE_DATE_PRECISION_DAY)
        _directive_parse_diagnose (p, line->number, DIRECTIVE_SEVERITY_WARNING,
                                   "the date of issue is partly unreadable");
    }
  else
    _directive_parse_diagnose (p, line->number, DIRECTIVE_SEVERITY_WARNING,
                               "no date of issue found");

  *symbol_out = g_steal_pointer (&symbol);
}

/* A symbol's first part unreadable ("WHB-UBND" for "/TB-UBND"): the kind's code. */
static void
repair_symbol (DirectiveParse *p,
               int             kind)
{
  const char *symbol = directive_notice_get_symbol (p->notice);
  const char *dash;
  g_autofree char *first = NULL;
  g_autofree char *fixed = NULL;

  if (symbol == NULL || kind < 0 || kinds[kind].code == NULL)
    return;
  dash = strchr (symbol, '-');
  if (dash == NULL)
    return;
  first = g_strndup (symbol, dash - symbol);
  if (kind_of_code (first) >= 0 || strlen (first) > 4)
    return;
  if (_directive_text_word_distance (first, -1, kinds[kind].code, -1) > 2.0)
    return;
  fixed = g_strconcat (kinds[kind].code, dash, NULL);
  _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_WARNING,
                             "symbol \"%s\" read as \"%s\"", symbol, fixed);
  directive_notice_set_symbol (p->notice, fixed);
}

/* Symbol codes with a "Đ", which OCR reads as a "D" (English models) or
 * drops to "D" in a plain-ASCII scan: "SGDDT" is "SGDĐT". */
static const struct {
  const char *read;
  const char *code;
} symbol_codes_with_d[] = {
  { "QD", "QĐ" }, { "HDND", "HĐND" }, { "BCD", "BCĐ" }, { "GDDT", "GDĐT" }, { "SGDDT", "SGDĐT" },
  { "KHDT", "KHĐT" }, { "SKHDT", "SKHĐT" }, { "LDTBXH", "LĐTBXH" }, { "SLDTBXH", "SLĐTBXH" },
  { "LDLD", "LĐLĐ" }, { "DU", "ĐU" }, { "VPDDBQH", "VPĐĐBQH" },
};

/* The parts of the symbol that are such a code with "D" for "Đ", restored. */
static void
restore_symbol_d (DirectiveParse *p)
{
  const char *symbol = directive_notice_get_symbol (p->notice);
  g_autoptr(GString) fixed = NULL;
  const char *part;

  if (symbol == NULL)
    return;
  for (part = symbol; *part != '\0';)
    {
      const char *dash = strchr (part, '-');
      gsize len = dash != NULL ? (gsize) (dash - part) : strlen (part);
      const char *code = NULL;

      if (memchr (part, 'D', len) != NULL)
        for (guint k = 0; k < G_N_ELEMENTS (symbol_codes_with_d) && code == NULL; k++)
          if (strlen (symbol_codes_with_d[k].read) == len && memcmp (part, symbol_codes_with_d[k].read, len) == 0)
            code = symbol_codes_with_d[k].code;
      if (code != NULL && fixed == NULL)
        fixed = g_string_new_len (symbol, part - symbol);
      if (fixed != NULL)
        {
          if (code != NULL)
            g_string_append (fixed, code);
          else
            g_string_append_len (fixed, part, len);
          if (dash != NULL)
            g_string_append_c (fixed, '-');
        }
      if (dash == NULL)
        break;
      part = dash + 1;
    }
  if (fixed == NULL)
    return;
  _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_INFO, "symbol \"%s\" read as \"%s\"", symbol, fixed->str);
  directive_notice_set_symbol (p->notice, fixed->str);
}

/* The room may_be_urgency() and line_opening() fold in, kept per thread. */
typedef DirectiveFoldRoom UrgencyRoom;

static void
urgency_room_free (gpointer data)
{
  UrgencyRoom *room = data;

  g_free (room->block);
  g_free (room);
}

static GPrivate urgency_room = G_PRIVATE_INIT (urgency_room_free);

static UrgencyRoom *
urgency_room_get (void)
{
  UrgencyRoom *room = g_private_get (&urgency_room);

  if (room == NULL)
    {
      room = g_new0 (UrgencyRoom, 1);
      g_private_set (&urgency_room, room);
    }
  /* (line_opening()'s fold is read after it returns: the last one's room is
   * trimmed here) */
  _directive_fold_room_trim (room);
  return room;
}

/* The longest opening line_opening() folds in the room. */
#define OPENING_MAX 1024

/* The fold of @line's opening, its first @max words cut into @words: the
 * line's own fold when it has one, otherwise the fold of its first @max
 * space-separated runs only, made in the urgency's room (valid until it is
 * next used), or the line's whole fold when they hold fewer words. The fold of
 * a text cut at a space is the start of the whole fold (no folding rule looks
 * further than the next character): the words are the line's. */
static const char *
line_opening (DirectiveLine *line,
              GArray        *words,
              guint          max)
{
  const char *c = line->text;

  if (line->lazy_fold == NULL)
    {
      for (guint runs = 0; runs < max && *c != '\0'; runs++)
        {
          while (*c == ' ')
            c++;
          while (*c != '\0' && *c != ' ')
            c++;
        }
    }
  if (line->lazy_fold == NULL && *c != '\0' && c - line->text <= OPENING_MAX)
    {
      UrgencyRoom *room = urgency_room_get ();
      char *fold;
      gsize fold_len;

      _directive_fold_room_fold (room, line->text, c - line->text, &fold, &fold_len);
      _directive_fold_first_words (fold, fold_len, words, max);
      /* (a run may hold no word: a line with fewer in its opening is folded whole) */
      if (words->len == max)
        return fold;
    }
  _directive_fold_first_words (_directive_line_fold (line), _directive_line_fold_len (line), words, max);
  return _directive_line_fold (line);
}

static gboolean
starts_body (DirectiveLine *line,
             GArray        *words)
{
  static const char *const cues[] = {
    "ngay", "chieu ngay", "sang ngay", "can cu", "thuc hien", "kinh gui", "xet", "theo", "nham", NULL
  };
  char first = _directive_text_first_folded (line->text);
  const char *fold;

  /* Not folding a line no cue can start: a letter that is none of theirs (n, c, s,
   * t, k, x), none confusable with one (u, h, e, i) and none a folding rule changes
   * (w, i). No rule makes or changes another letter. */
  if (first >= 'a' && first <= 'z' && strchr ("ncstkx" "uhei" "w", first) == NULL)
    return FALSE;
  /* (no cue is longer than two words) */
  fold = line_opening (line, words, 2);
  /* "năm 2024 ..." goes on with a subject's year; it is within an OCR slip
   * of "nhằm" and "ngày" */
  if (words->len > 1)
    {
      const DirectiveWord *w0 = &g_array_index (words, DirectiveWord, 0);

      if (w0->end - w0->start == 3 && memcmp (fold + w0->start, "nam", 3) == 0
          && g_ascii_isdigit (fold[g_array_index (words, DirectiveWord, 1).start]))
        return FALSE;
    }
  for (guint i = 0; cues[i] != NULL; i++)
    if (_directive_words_match (fold, words, 0, cues[i]))
      return TRUE;
  return FALSE;
}

static gboolean
starts_lowercase (DirectiveLine *line)
{
  gunichar c = g_utf8_get_char (line->text + line->indent);

  return g_unichar_islower (c);
}

/* "Các ...", as written or as OCR reads it ("Céc", "Cdc"), but not "Cấp". */
static gboolean
opens_with_cac (const char *text)
{
  const char *space = strchr (text, ' ');
  g_autofree char *fold = space ? _directive_text_fold (text, space - text) : NULL;

  return fold != NULL && strcmp (fold, "cap") != 0 && strcmp (fold, "cao") != 0
         && _directive_text_word_matches (fold, strlen (fold), "cac", FALSE);
}

/* Whether an addressee item is finished ("Sở Y tế;"): one that is not goes on
 * on the next line, however OCR indented it. */
static gboolean
item_ended (const char *item)
{
  gsize n = strlen (item);

  while (n > 0 && item[n - 1] == ' ')
    n--;
  return n == 0 || strchr (";.:", item[n - 1]) != NULL;
}

/* "Kính gửi:" opening a line, also fused or damaged by OCR ("Kínhgửi:", "Kinh
 * gv:"): the index of its last word, or -1. */
static int
addressee_label (DirectiveLine *line,
                 GArray        *words)
{
  DirectiveWord *w0;
  gsize colon;

  if (words->len == 0)
    return -1;
  if (_directive_words_match (_directive_line_fold (line), words, 0, "kinh gui"))
    return 1;
  w0 = &g_array_index (words, DirectiveWord, 0);
  colon = words->len > 1 ? g_array_index (words, DirectiveWord, 1).end : w0->end;
  if (w0->start != 0 && _directive_line_fold (line)[w0->start - 1] != ' ')
    return -1;
  /* fused: "kinhgui:" */
  if (_directive_line_fold (line)[w0->end] == ':'
      && _directive_text_word_distance (_directive_line_fold (line) + w0->start,
                                        w0->end - w0->start, "kinhgui", -1) <= 1.5)
    return 0;
  /* "kinh" and a short word starting with g, then the colon */
  if (words->len > 1 && _directive_word_is (_directive_line_fold (line), w0->start, w0->end, "kinh")
      && _directive_line_fold (line)[g_array_index (words, DirectiveWord, 1).start] == 'g'
      && g_array_index (words, DirectiveWord, 1).end - g_array_index (words, DirectiveWord, 1).start <= 4
      && _directive_line_fold (line)[colon] == ':')
    return 1;

  return -1;
}

/* Whether the addressees go on past the blank line @j: a scan leaves blank
 * lines between the items, and an item that ends with ";" has one after it. */
static gboolean
list_goes_on (DirectiveParse *p,
              const char     *last,
              guint           j)
{
  gsize n = strlen (last);
  const DirectiveLine *next;

  while (n > 0 && last[n - 1] == ' ')
    n--;
  if (n == 0 || (last[n - 1] != ';' && last[n - 1] != ','))
    return FALSE;
  while (j < p->lines->len && _directive_parse_line (p, j)->blank)
    j++;
  if (j >= p->lines->len)
    return FALSE;
  next = _directive_parse_line (p, j);
  return next->text[next->indent] == '-' || next->text[next->indent] == '+';
}

static guint
read_addressees (DirectiveParse *p,
                 guint           from,
                 GArray         *words)
{
  for (guint i = from; i < p->lines->len && i < from + 6; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);
      char first = _directive_text_first_folded (line->text);
      int at;
      guint j;
      g_autoptr(GPtrArray) items = NULL;

      /* Not folding a line that cannot hold the label: unfused, its first word is
       * "kinh" (a k, confusable with no other letter), and fused it has a colon
       * (which only a colon folds to). A line with no letter, digit or other
       * character first has no first word; a letter a folding rule changes (w,
       * i) or a digit it may make one of is left to the fold. */
      if (strchr (line->text, ':') == NULL
          && (first == '\0'
              || (g_ascii_isalnum (first) && first != 'k' && strchr ("wi01456", first) == NULL)))
        continue;
      /* (the label is the first two words at most) */
      _directive_fold_first_words (_directive_line_fold (line), _directive_line_fold_len (line), words, 2);
      at = addressee_label (line, words);
      if (at < 0)
        continue;
      items = g_ptr_array_new_full (16, g_free);

      {
        DirectiveWord *w = &g_array_index (words, DirectiveWord, at);
        const char *rest = line->text + _directive_line_offsets (line)[w->end];

        while (*rest == ':' || *rest == ' ')
          rest++;
        if (*rest != '\0')
          g_ptr_array_add (items, g_strdup (rest));
      }
      for (j = i + 1; j < p->lines->len; j++)
        {
          DirectiveLine *next = _directive_parse_line (p, j);
          const char *t = next->text + next->indent;

          if (next->blank)
            {
              if (items->len > 0 && !list_goes_on (p, items->pdata[items->len - 1], j))
                break;
              continue;
            }
          if (*t == '-' || *t == '+' || items->len == 0)
            g_ptr_array_add (items, g_strdup (t));
          else if (items->len > 0 && (next->indent > 8 || !item_ended (items->pdata[items->len - 1])))
            {
              char *joined = g_strconcat (items->pdata[items->len - 1], " ", t, NULL);

              g_free (items->pdata[items->len - 1]);
              items->pdata[items->len - 1] = joined;
            }
          else
            break;
        }

      for (guint k = 0; k < items->len; k++)
        {
          char *item = items->pdata[k];
          g_autofree char *clean = NULL;
          g_autoptr(DirectiveRecipient) r = NULL;
          g_autoptr(GArray) mentions = NULL;
          gsize n;

          while (*item == '-' || *item == '+' || *item == ' ')
            item++;
          clean = _directive_clean_text (item, -1);
          if (clean == NULL)
            continue;
          n = strlen (clean);
          while (n > 0 && strchr (";.,", clean[n - 1]) != NULL)
            clean[--n] = '\0';
          r = directive_recipient_new (clean);
          mentions = find_mentions (p, clean);
          for (guint m = 0; mentions && m < mentions->len; m++)
            {
              DirectiveMention *mention = &g_array_index (mentions, DirectiveMention, m);
              g_autoptr(DirectiveAgency) a = mention->entry
                ? _directive_catalogue_instantiate (p->catalogue, mention->entry, p->locality, p->level)
                : _directive_mention_to_agency (mention, p->locality);
              DirectiveAgency *registered;

              /* a district's letter to its offices names them as its tasks do */
              _directive_name_local_unit (p, a, mention->entry != NULL);
              registered = _directive_parse_register (p, a);
              directive_recipient_add_agency (r, registered);
              g_ptr_array_add (p->default_lead, registered);
            }
          /* "Các trường trung học phổ thông trực thuộc Sở": a group as written */
          if ((mentions == NULL || mentions->len == 0) && opens_with_cac (clean)
              && strchr (clean, ' ') != NULL && strchr (strchr (clean, ' ') + 1, ' ') != NULL)
            {
              g_autofree char *id = _directive_text_slugify (clean);
              g_autoptr(DirectiveAgency) group = directive_agency_new (id, clean);
              DirectiveAgency *registered;

              directive_agency_set_kind (group, DIRECTIVE_AGENCY_KIND_GROUP);
              registered = _directive_parse_register (p, group);
              directive_recipient_add_agency (r, registered);
              g_ptr_array_add (p->default_lead, registered);
            }
          directive_notice_add_addressee (p->notice, r);
        }
      /* The addressees, all of them, are who the tasks that name no one are for. */

      return j;
    }

  return from;
}

/* _directive_text_may_end_in() of _directive_clean_text (@text, @n), which it
 * is when @text[0, n) is not all blanks, without the copy: the clean text ends
 * as @text does but for the blanks it trims (and the spaces it folds, which the
 * test steps over). Sets *@blank when it is all blanks. */
static gboolean
clean_may_end_in (const char *text,
                  gsize       n,
                  const char *ends,
                  gboolean   *blank)
{
  char tail[16];
  const char *last;
  gsize m = n, k = n;

  /* (the clean text's end: what _directive_clean_text() trims) */
  while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\n' || text[m - 1] == '\t' || text[m - 1] == '\r'))
    m--;
  *blank = TRUE;
  for (gsize i = 0; i < m && *blank; i++)
    *blank = text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r';
  if (*blank)
    return FALSE;
  /* (the test's last character: before the ASCII spaces it trims) */
  while (k > 0 && g_ascii_isspace (text[k - 1]))
    k--;
  if (k == 0)
    return TRUE;
  last = g_utf8_find_prev_char (text, text + k);
  if (last == NULL || (gsize) (text + m - last) >= sizeof tail)
    {
      g_autofree char *clean = _directive_clean_text (text, n);

      return _directive_text_may_end_in (clean, strlen (clean), ends);
    }
  /* (the last character and what follows it up to the clean text's end, which
   * the test reads up to the NUL) */
  memcpy (tail, last, text + m - last);
  tail[text + m - last] = '\0';
  return _directive_text_may_end_in (tail, text + m - last, ends);
}

/* Whether the first run of @text (its blanks skipped, to the next blank) folds
 * to what an urgency's first word starts: the left column, cleaned, opens with
 * that run, or with the run up to a dash ending the column, and the fold of a
 * text cut at a blank or a dash starts as the whole's (no folding rule looks
 * further than the next character, and none at a blank or a dash). Without
 * this, the left column is not worked out (a line's motto is looked for in
 * all its words). */
static gboolean
may_be_urgency (const char *text)
{
  static const guint8 blank[256] = { [' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1 };
  UrgencyRoom *room;
  const char *s = text;
  const char *e;
  char *fold;
  gsize fold_len;
  gboolean may;

  while (blank[(guchar) *s])
    s++;
  /* (two ASCII letters fold as they are lowered, but for a w or the i of "ii"
   * and "ir", made a u: the second is the h of "th" and "kh" or the o of "ho") */
  if (g_ascii_isalpha (s[0]) && g_ascii_isalpha (s[1]) && g_ascii_tolower (s[1]) != 'h'
      && g_ascii_tolower (s[1]) != 'o')
    return FALSE;
  for (e = s; *e != '\0' && !blank[(guchar) *e]; e++)
    ;
  room = urgency_room_get ();
  _directive_fold_room_fold (room, s, e - s, &fold, &fold_len);
  may = (fold_len >= 6 && memcmp (fold, "thuong", 6) == 0) || (fold_len >= 4 && memcmp (fold, "khan", 4) == 0)
        || (fold_len >= 3 && memcmp (fold, "hoa", 3) == 0);
  _directive_fold_room_trim (room);
  return may;
}

static void
read_urgency (DirectiveParse *p,
              LeftColumns    *columns,
              guint           end)
{
  for (guint i = 0; i < end; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);
      char first = _directive_text_first_folded (line->text);
      g_autofree char *left = NULL;
      g_autofree char *fold = NULL;
      gsize left_end;
      gboolean blank;

      /* The left column starts the line: its fold starts as the line's would. No
       * folding rule makes a t, k or h, or makes one into something else. */
      if (first != 't' && first != 'k' && first != 'h')
        continue;
      if (!may_be_urgency (line->text))
        continue;
      left_end = left_column_end_at (p, columns, i);
      /* (the left column copied only when it may be one) */
      if (!clean_may_end_in (line->text, left_end, "nc", &blank) || blank)
        continue;
      left = _directive_clean_text (line->text, left_end);
      fold = _directive_text_fold (left, -1);
      if (strcmp (fold, "thuong khan") == 0)
        directive_notice_set_urgency (p->notice, DIRECTIVE_URGENCY_THUONG_KHAN);
      else if (strcmp (fold, "khan") == 0)
        directive_notice_set_urgency (p->notice, DIRECTIVE_URGENCY_KHAN);
      else if (strcmp (fold, "hoa toc") == 0)
        directive_notice_set_urgency (p->notice, DIRECTIVE_URGENCY_HOA_TOC);
    }
}

void
_directive_parse_header (DirectiveParse *p)
{
  guint n = MIN (p->lines->len, p->footer_start);
  int number_line = -1;
  int kind = -1;
  int kind_line = -1;
  g_autofree char *symbol = NULL;
  g_autofree char *place_written = NULL;
  GString *subject = g_string_new (NULL);
  LeftColumns columns;
  guint end;

  left_columns_init (&columns, n);
  for (guint i = 0; i < n && i < HEADER_LINES; i++)
    if (number_label_end (_directive_parse_line (p, i)) > 0)
      {
        number_line = i;
        break;
      }

  if (number_line >= 0)
    read_number_line (p, number_line, columns.words, &symbol, &place_written);
  else
    _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_WARNING, "no \"Số:\" line in the header");

  read_issuer (p, &columns, number_line >= 0 ? (guint) number_line : 0, symbol);

  /* A place the gazetteer could not settle alone ("Binh Phuc": Bình Phước or Vĩnh Phúc?)
   * may be settled by the issuer's province, known now. */
  if (p->locality != NULL && directive_notice_get_place (p->notice) != NULL)
    {
      /* (a town of that province, as written, first: see read_number_line()) */
      g_autofree char *own = _directive_own_place (place_written, p->locality);
      g_autofree char *place = own != NULL ? g_steal_pointer (&own)
                               : _directive_canonical_place_line (directive_notice_get_place (p->notice), p->locality);

      if (place != NULL)
        directive_notice_set_place (p->notice, place);
    }

  end = number_line >= 0 ? (guint) number_line + 1 : 0;

  /* The kind line, and the subject under it */
  for (guint i = end; i < n && i < end + 6; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);

      if (line->blank)
        continue;
      kind = kind_of_line (line, columns.words);
      if (kind >= 0)
        {
          kind_line = i;
          break;
        }
    }

  if (kind_line >= 0)
    {
      guint i = kind_line + 1;
      guint taken = 0;

      while (i < n && _directive_parse_line (p, i)->blank)
        i++;
      for (; i < n && taken < 6; i++)
        {
          DirectiveLine *line = _directive_parse_line (p, i);

          if (line->blank)
            {
              guint j = i + 1;

              while (j < n && _directive_parse_line (p, j)->blank)
                j++;
              if (j < n && starts_lowercase (_directive_parse_line (p, j)))
                continue;
              break;
            }
          if (is_rule (line->text))
            {
              i++;
              break;
            }
          if (taken > 0 && starts_body (line, columns.words))
            break;
          /* a notice with no subject goes straight to its items */
          if (_directive_line_is_item (line))
            break;
          if (subject->len)
            g_string_append_c (subject, ' ');
          g_string_append (subject, line->text + line->indent);
          taken++;
        }
      end = i;
    }
  else
    {
      /* A Công văn: "V/v ..." in the left column under the number */
      for (guint i = end; i < n && i < end + 3; i++)
        {
          DirectiveLine *line = _directive_parse_line (p, i);
          const char *fold = _directive_line_fold (line);

          const char *written = line->text + line->indent;
          /* as OCR reads it: "VA", "Viv", "V/y", "V/" */
          gboolean damaged = g_str_has_prefix (written, "VA ") || g_str_has_prefix (fold, "viv ")
                             || g_str_has_prefix (fold, "v/y ")
                             || (g_str_has_prefix (fold, "v/ ") && !g_str_has_prefix (fold, "v/ v "));

          if (g_str_has_prefix (fold, "v/v") || g_str_has_prefix (fold, "v/ v")
              || g_str_has_prefix (fold, "vv ") || damaged)
            {
              guint j;

              for (j = i; j < n; j++)
                {
                  DirectiveLine *l = _directive_parse_line (p, j);
                  g_autofree char *left = NULL;

                  if (l->blank || (j > i && (starts_body (l, columns.words)
                                             || (!starts_lowercase (l) && !goes_on_subject (subject, l)))))
                    break;
                  left = _directive_clean_text (l->text, left_column_end_at (p, &columns, j));
                  if (left == NULL)
                    break;
                  if (subject->len)
                    g_string_append_c (subject, ' ');
                  if (j == i && damaged && strchr (left, ' ') != NULL)
                    g_string_append_printf (subject, "V/v%s", strchr (left, ' '));
                  else
                    g_string_append (subject, left);
                }
              kind = 3;
              end = j;
              break;
            }
        }
    }

  if (kind < 0 && symbol != NULL)
    {
      const char *dash = strchr (symbol, '-');
      g_autofree char *code = dash ? g_strndup (symbol, dash - symbol) : NULL;

      kind = code ? kind_of_code (code) : -1;
      if (kind < 0)
        kind = 3;   /* "123/UBND-KGVX": a Công văn has no kind code */
      _directive_parse_diagnose (p, end, DIRECTIVE_SEVERITY_INFO,
                                 "no kind line: the kind was inferred from the symbol");
    }
  if (kind >= 0)
    directive_notice_set_kind (p->notice, kinds[kind].kind);
  else
    directive_notice_set_kind (p->notice, DIRECTIVE_DOCUMENT_KIND_OTHER);
  repair_symbol (p, kind);
  restore_symbol_d (p);

  if (subject->len > 0)
    {
      g_autofree char *clean = _directive_clean_text (subject->str, subject->len);

      directive_notice_set_subject (p->notice, clean);
    }
  g_string_free (subject, TRUE);

  /* (a Công văn may mark it under its subject, before "Kính gửi": a few lines
   * more, as the line must be the urgency alone) */
  read_urgency (p, &columns, MIN (end + 4, n));
  end = read_addressees (p, end, columns.words);
  g_array_unref (columns.words);

  p->header_end = MIN (end, n);
}
