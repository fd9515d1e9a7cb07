/* directive-parser-roles.c: who leads, who cooperates, whom to report to
 *
 * The agencies of a task's text come from the catalogue; their role comes from
 * the words around them:
 *   - a list of agencies opening the item ("Giao Sở X chủ trì", "Sở X, Sở Y tăng
 *     cường", "Sở X:", "Đề nghị Kho bạc ...") leads; so does a list just before
 *     "chủ trì";
 *   - a list after "phối hợp (với)" cooperates;
 *   - the first agency after "trình", "báo cáo", "đề xuất", "tham mưu" in the same
 *     clause is reported to; a bare "tham mưu" advises the People's Committee;
 *   - any other agency is only the object of the action ("chỉ đạo Báo, Đài").
 * A task that names no lead inherits the enclosing item's, or the list's addressee.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-catalogue-private.h"
#include "directive-model-private.h"
#include "directive-parser-private.h"
#include "directive-text-private.h"

typedef struct
{
  guint                   first_word;   /* words covered: [first_word, last_word] */
  guint                   last_word;
  const DirectiveMention *mention;
  DirectiveAgency        *agency;       /* registered, once a role takes it (take()) */
} Found;

typedef struct
{
  DirectiveParse *p;
  GArray      *mentions;  /* DirectiveMention, which found point to */
  GArray      *into;      /* the array the mentions go into, if given */
  const char  *text;      /* the caller's DirectiveFoldedText */
  const char  *fold;
  const gsize *offsets;
  gsize        fold_len;
  GArray      *words;
  Found       *found;
  guint        n_found;
  int         *mention_at; /* per word: index into found, or -1 */
  DirectiveWordSetCache *verbs;   /* the thread's, fetched once */
  DirectiveWordSetCache *seconds;
  /* most texts fit here, on the caller's stack, with no allocation */
  Found        found_buf[32];
  int          mention_at_buf[256];
} Roles;

#define RW(r, i) (&g_array_index ((r)->words, DirectiveWord, (i)))
#define RF(r, i) (&(r)->found[(i)])

/* "Ban Quản lý dự án huyện": a name ending in a district's level, without the
 * district's name. */
static gboolean
ends_with_level (const char *name)
{
  return g_str_has_suffix (name, " huyện") || g_str_has_suffix (name, " quận")
         || g_str_has_suffix (name, " thị xã") || g_str_has_suffix (name, " thành phố");
}

/* Units named after the body issuing the notice. In a district's notice, its
 * offices: "Phòng Tài chính - Kế hoạch (huyện)" is "Phòng Tài chính - Kế hoạch
 * huyện Gò Dầu"; in a department's, "Thanh tra Sở" is "Thanh tra Sở Xây dựng".
 * Both go under that body. @known: the catalogue named the agency. */
void
_directive_name_local_unit (DirectiveParse  *p,
                            DirectiveAgency *agency,
                            gboolean         known)
{
  const char *name = directive_agency_get_name (agency);
  const char *issuer_name;
  g_autofree char *full = NULL;

  /* a district's office the catalogue knows, or any body written with the level */
  if (p->district != NULL && name != NULL
      && ((known && g_str_has_prefix (name, "Phòng ")) || ends_with_level (name)))
    {
      const char *district_name = directive_agency_get_name (p->district);
      const char *place;
      gsize keep = strlen (name);

      if (!g_str_has_prefix (district_name, "Ủy ban nhân dân "))
        return;
      place = district_name + strlen ("Ủy ban nhân dân ");
      /* already placed, or a province's ("Phòng Cảnh sát giao thông Công an tỉnh") */
      if (strstr (name, place) != NULL || strstr (name, " tỉnh") != NULL)
        return;
      /* the level written after the name, OCR-damaged or not ("huyén"): one
       * word or two, dropped for the district's own */
      {
        const char *last = strrchr (name, ' ');
        const char *last2 = last != NULL && last > name ? g_strrstr_len (name, last - name, " ") : NULL;
        g_autofree char *fold1 = last != NULL ? _directive_text_fold (last + 1, -1) : NULL;
        g_autofree char *fold2 = last2 != NULL ? _directive_text_fold (last2 + 1, -1) : NULL;

        if (fold1 != NULL && (g_str_equal (fold1, "huyen") || g_str_equal (fold1, "quan")))
          keep = last - name;
        else if (fold2 != NULL && (g_str_equal (fold2, "thi xa") || g_str_equal (fold2, "thanh pho")))
          keep = last2 - name;
      }
      full = g_strdup_printf ("%.*s %s", (int) keep, name, place);
      directive_agency_set_name (agency, full);
      directive_agency_set_parent (agency, p->district, NULL);
      return;
    }

  if (p->issuer == NULL || directive_agency_get_kind (p->issuer) != DIRECTIVE_AGENCY_KIND_DEPARTMENT
      || name == NULL || !g_str_has_suffix (name, " Sở"))
    return;
  issuer_name = directive_agency_get_name (p->issuer);
  if (issuer_name == NULL || !g_str_has_prefix (issuer_name, "Sở "))
    return;
  full = g_strconcat (name, issuer_name + strlen ("Sở"), NULL);
  directive_agency_set_short_name (agency, name);
  directive_agency_set_name (agency, full);
  directive_agency_set_parent (agency, p->issuer, NULL);
}

/* The agency of a found mention, when a role takes it: registered for the
 * document from then on. Made only then: an agency a text only names ("chỉ
 * đạo Báo, Đài") is not the document's. */
static DirectiveAgency *
take (DirectiveParse *p,
      Found          *f)
{
  const DirectiveMention *mention = f->mention;
  g_autoptr(DirectiveAgency) agency = NULL;

  if (f->agency != NULL)
    return f->agency;
  /* The same entry gives the same agency all through a document (the
   * settings it depends on are read before the tasks). */
  for (guint k = 0; mention->entry != NULL && k < p->n_taken; k++)
    if (p->taken[k].entry == mention->entry)
      return f->agency = p->taken[k].agency;
  if (mention->entry != NULL)
    {
      /* A department named again: the agency registered under its id is the
       * one _directive_parse_register() would give, without making another. */
      g_autofree char *owned = NULL;
      const char *id = _directive_catalogue_instance_id (mention->entry, p->level, &owned);

      f->agency = g_hash_table_lookup (p->agencies, id);
    }
  if (f->agency == NULL)
    {
      agency = mention->entry
        ? _directive_catalogue_instantiate (p->catalogue, mention->entry, p->locality, p->level)
        : _directive_mention_to_agency (mention, p->locality);
      _directive_name_local_unit (p, agency, mention->entry != NULL);
      f->agency = _directive_parse_register (p, agency);
    }
  if (mention->entry != NULL && f->agency != NULL && p->n_taken < G_N_ELEMENTS (p->taken))
    {
      p->taken[p->n_taken].entry = mention->entry;
      p->taken[p->n_taken++].agency = f->agency;
    }

  return f->agency;
}

/* The most mentions whose array is kept for the next task. */
#define MENTIONS_KEEP 64

/* @into (nullable): an array of mentions to fill, which roles_clear() gives back. */
static void
roles_init (DirectiveParse            *p,
            Roles                     *r,
            const DirectiveFoldedText *text,
            GArray                    *into)
{
  GArray *mentions;

  r->p = p;
  r->text = text->text;
  r->fold = text->fold;
  r->offsets = text->offsets;
  r->fold_len = text->fold_len;
  r->words = text->words;
  r->verbs = NULL;
  r->seconds = NULL;
  r->into = into;
  r->mention_at = r->words->len + 1 <= G_N_ELEMENTS (r->mention_at_buf)
                  ? r->mention_at_buf : g_new (int, r->words->len + 1);
  /* -1 in every byte is -1 */
  memset (r->mention_at, 0xff, (r->words->len + 1) * sizeof (int));

  /* The text is folded already: the catalogue reads the same fold. */
  mentions = r->mentions = _directive_catalogue_find_mentions_words (p->catalogue, text->text, r->fold, r->offsets,
                                                                     r->fold_len, r->words, p->locality, into);
  /* at most one found per mention */
  r->n_found = 0;
  r->found = mentions == NULL || mentions->len <= G_N_ELEMENTS (r->found_buf)
             ? r->found_buf : g_new (Found, mentions->len);
  {
    const DirectiveWord *words = (const DirectiveWord *) (gpointer) r->words->data;
    guint n_words = r->words->len;
    const gsize *offsets = r->offsets;
    /* the last mention's first word and start: a mention starting no earlier
     * has its words from there on */
    guint from = 0;
    gsize from_start = 0;

    for (guint m = 0; mentions != NULL && m < mentions->len; m++)
      {
        DirectiveMention *mention = &g_array_index (mentions, DirectiveMention, m);
        Found f = { G_MAXUINT, 0, mention, NULL };
        guint lo = mention->start >= from_start ? from : 0, hi = n_words;
        guint i;

        /* The words within the mention: the words and their offsets are in
         * order, so those are the run from the first starting at or after the
         * mention's start, found by halving, to the last ending by its end. */
        while (lo < hi)
          {
            guint mid = lo + (hi - lo) / 2;

            if (offsets[words[mid].start] < mention->start)
              lo = mid + 1;
            else
              hi = mid;
          }
        from = lo;
        from_start = mention->start;
        /* (marked as they are passed: none is when the run is empty) */
        for (i = lo; i < n_words && offsets[words[i].end] <= mention->end; i++)
          r->mention_at[i] = r->n_found;
        if (i == lo)
          continue;
        f.first_word = lo;
        f.last_word = i - 1;
        r->found[r->n_found++] = f;
      }
  }
}

/* The array of mentions goes to @keep (nullable), emptied, when it is small. */
static void
roles_clear (Roles   *r,
             GArray **keep)
{
  GArray *mentions = r->mentions != NULL ? r->mentions : r->into;

  if (keep != NULL && mentions != NULL && mentions->len <= MENTIONS_KEEP)
    {
      g_array_set_size (mentions, 0);
      *keep = mentions;
    }
  else if (mentions != NULL)
    g_array_unref (mentions);
  r->mentions = r->into = NULL;
  if (r->found != r->found_buf)
    g_free (r->found);
  if (r->mention_at != r->mention_at_buf)
    g_free (r->mention_at);
}

/* The punctuation between words i and i + 1 (folded). Inline: @chars is a
 * literal, and the tests of its few characters unroll (as strchr() would, a
 * NUL is among them). */
static inline gboolean
gap_has (Roles      *r,
         guint       i,
         const char *chars)
{
  gsize s = RW (r, i)->end;
  gsize e = i + 1 < r->words->len ? RW (r, i + 1)->start : r->fold_len;

  for (gsize k = s; k < e; k++)
    {
      char c = r->fold[k];

      if (c == ' ')
        continue;
      if (c == '\0')
        return TRUE;
      for (const char *q = chars; *q != '\0'; q++)
        if (c == *q)
          return TRUE;
    }
  return FALSE;
}

/* @m: the length of @phrase's first word. */
static inline gboolean
word_is_m (Roles      *r,
           guint       i,
           const char *phrase,
           gsize       m)
{
  gsize n;

  if (i >= r->words->len)
    return FALSE;
  /* What _directive_words_match() refuses first, without the call: a first word
   * more than two letters longer or shorter than the phrase's, or whose first
   * letter is neither its nor one OCR confuses with it. */
  n = RW (r, i)->end - RW (r, i)->start;
  return n + 2 >= m && n <= m + 2
         && _directive_text_letters_confusable (r->fold[RW (r, i)->start], phrase[0])
         && _directive_words_match (r->fold, r->words, i, phrase);
}

static inline gboolean
word_is (Roles      *r,
         guint       i,
         const char *phrase)
{
  /* (the phrases are mostly literals: their first word's length is known at
   * compile time) */
  const char *space = strchr (phrase, ' ');

  return word_is_m (r, i, phrase, space != NULL ? (gsize) (space - phrase) : strlen (phrase));
}

/* A list of agencies starting at word @i ("Sở X, Sở Y và Đài Z (Đài PTTH)"):
 * appended to @out; returns the word after it. */
static guint
agency_list (Roles     *r,
             guint      i,
             GPtrArray *out)
{
  while (i < r->words->len && r->mention_at[i] >= 0)
    {
      Found *f = RF (r, r->mention_at[i]);
      guint next = f->last_word + 1;

      if (out != NULL && !g_ptr_array_find (out, take (r->p, f), NULL))
        g_ptr_array_add (out, f->agency);
      /* an abbreviation in parentheses is the same agency */
      if (next < r->words->len && r->mention_at[next] >= 0 && gap_has (r, f->last_word, "("))
        next = RF (r, r->mention_at[next])->last_word + 1;
      if (next >= r->words->len)
        return next;
      if (gap_has (r, next - 1, ";.:"))
        return next;
      if (word_is (r, next, "va") && r->mention_at[next + 1] >= 0)
        next++;
      else if (!gap_has (r, next - 1, ",") || r->mention_at[next] < 0)
        return next;
      i = next;
    }

  return i;
}

/* "UBND huyện" / "Ủy ban nhân dân huyện" with no name after it, at word @i:
 * in a district's notice, that district's committee. */
static gboolean
names_district_committee (Roles          *r,
                          DirectiveParse *p,
                          guint           i)
{
  const char *place;
  g_autofree char *level = NULL;
  guint after;

  if (!g_str_has_prefix (directive_agency_get_name (p->district), "Ủy ban nhân dân "))
    return FALSE;
  place = directive_agency_get_name (p->district) + strlen ("Ủy ban nhân dân ");
  level = g_str_has_prefix (place, "thị xã") ? g_strdup ("thi xa")
          : g_str_has_prefix (place, "thành phố") ? g_strdup ("thanh pho")
          : _directive_text_fold (place, strchr (place, ' ') ? strchr (place, ' ') - place : -1);
  if (word_is (r, i, "ubnd"))
    after = i + 1;
  else if (word_is (r, i, "uy ban nhan dan"))
    after = i + 4;
  else
    return FALSE;
  return word_is (r, after, level) && r->mention_at[after] < 0;
}

static void
add_unique (GPtrArray       *list,
            DirectiveAgency *agency)
{
  if (agency != NULL && !g_ptr_array_find (list, agency, NULL))
    g_ptr_array_add (list, agency);
}

/* Removes the agencies of @lead from @list, keeping the order. */
static void
drop_leads (GPtrArray *list,
            GPtrArray *lead)
{
  guint kept = 0;

  /* (most tasks name none to cooperate or to report to) */
  if (list->len == 0 || lead->len == 0)
    return;
  for (guint k = 0; k < list->len; k++)
    if (!g_ptr_array_find (lead, list->pdata[k], NULL))
      list->pdata[kept++] = list->pdata[k];
  g_ptr_array_set_size (list, kept);
}

/* with the number of their words and the length of the first, counted once
 * here rather than per task */
static const struct
{
  const char *phrase;
  guint       n_words;
  guint       first_len;
} openers[] = {
  { "giao", 1, 4 }, { "de nghi", 2, 2 }, { "yeu cau", 2, 3 }, { "dong y", 2, 4 }, { "chi dao", 2, 3 },
};

/* (the opener "chi dao", which an agency's heading makes its own) */
#define OPENER_CHI_DAO (G_N_ELEMENTS (openers) - 1)

/* (the parser's exact word tests, by shorter names) */
#define word_exactly_len _directive_word_exactly_len
#define word_exactly _directive_word_exactly

/* "gửi", as written or as OCR reads its "ử" ("giri", "gtri", "gti"): compared exactly,
 * "gia" (Gia Lai) and "qua" are one slip away */
static inline gboolean
is_gui_at (const char          *fold,
           const DirectiveWord *w)
{
  return word_exactly (fold, w, "gui") || word_exactly (fold, w, "giri") || word_exactly (fold, w, "gtri")
         || word_exactly (fold, w, "gti");
}

static gboolean
is_gui (Roles *r,
        guint  i)
{
  return is_gui_at (r->fold, RW (r, i));
}

/* Words repeat from task to task: which of a set's words a word is (OCR
 * damage allowed) is kept per thread, by the word, in a table of fixed size
 * where a word takes the place of another with the same hash. Only words that
 * need the costly comparison are kept: the others are refused at once. */
#define WORD_SET_SLOTS 2048   /* a power of two */
/* A set asked of most words (DirectiveWordSet.big) keeps more: in 2048 slots,
 * words of the same hash pushed each other out, and each came back to the
 * costly comparisons (8192 slots of 24 bytes: 192 KiB a thread, for one set). */
#define WORD_SET_SLOTS_BIG 8192
#define WORD_SET_WORD  15

/* A word of up to 15 letters as a key of 16 bytes: its letters, zeros, and its
 * length last (so that no word's key is an empty slot's), in two numbers. */
typedef struct
{
  guint64 q[2];
} WordSetKey;

typedef struct
{
  WordSetKey key;
  guint8     bits;
} WordSetSlot;

static inline guint64
load_le64 (const char *p)
{
  guint64 v;

  memcpy (&v, p, sizeof v);
  return GUINT64_FROM_LE (v);
}

static inline guint32
load_le32 (const char *p)
{
  guint32 v;

  memcpy (&v, p, sizeof v);
  return GUINT32_FROM_LE (v);
}

/* The key of @word, @n letters (1 to 15), read a few bytes at a time with
 * loads that overlap rather than byte by byte, and none past the word: byte k
 * of the key is in bits 8 k of q[k / 8], as on a little-endian machine. */
static inline void
word_set_key (WordSetKey *key,
              const char *word,
              gsize       n)
{
  guint64 lo, hi = 0;

  if (n >= 8)
    {
      lo = load_le64 (word);
      /* letters 8 to n - 1, at the bottom */
      hi = n > 8 ? load_le64 (word + n - 8) >> (8 * (16 - n)) : 0;
    }
  else if (n >= 4)
    lo = load_le32 (word) | ((guint64) load_le32 (word + n - 4) << (8 * (n - 4)));
  else
    lo = (guint64) (guchar) word[0] | ((guint64) (guchar) word[n / 2] << (8 * (n / 2)))
         | ((guint64) (guchar) word[n - 1] << (8 * (n - 1)));
  hi |= (guint64) n << 56;
  key->q[0] = lo;
  key->q[1] = hi;
}

struct _DirectiveWordSetCache
{
  const DirectiveWordSet *set;
  /* The words a word may be, from its first letter and from its length: what
   * _directive_word_is() refuses first (a first letter neither the word's nor
   * one OCR confuses with it, a length two letters off), one bit per word. */
  guint8      by_first[256];
  guint8      by_length[WORD_SET_WORD + 4];   /* the last for every longer word */
  guint       mask;    /* the number of slots, less one */
  WordSetSlot slots[];
};

typedef DirectiveWordSetCache WordSetCache;

/* Each set's memo for this thread, read without a call (g_private_get() is
 * one and pthread_getspecific() another, asked thousands of times a pass):
 * the set's GPrivate frees it with the thread. */
static _Thread_local WordSetCache *word_set_caches[DIRECTIVE_WORD_SETS];

DirectiveWordSetCache *
_directive_word_set_cache (const DirectiveWordSet *set)
{
  WordSetCache *cache = word_set_caches[set->slot];

  if (G_UNLIKELY (cache == NULL))
    {
      gsize n_slots = set->big ? WORD_SET_SLOTS_BIG : WORD_SET_SLOTS;

      cache = g_malloc0 (sizeof (WordSetCache) + n_slots * sizeof (WordSetSlot));
      cache->set = set;
      cache->mask = n_slots - 1;
      for (guint k = 0; set->words[k] != NULL; k++)
        {
          gsize len = strlen (set->words[k]);

          /* (longer words would need more lengths than the table has) */
          g_assert (k < 8 && len <= WORD_SET_WORD);
          for (guint c = 0; c < 256; c++)
            if (_directive_text_letters_confusable ((char) c, set->words[k][0]))
              cache->by_first[c] |= 1u << k;
          for (gsize n = 1; n < G_N_ELEMENTS (cache->by_length); n++)
            {
              /* (the last slot stands for every longer length: it is as far as any) */
              gsize m = n < G_N_ELEMENTS (cache->by_length) - 1 ? n : G_MAXSIZE / 2;

              if (m + 2 >= len && m <= len + 2)
                cache->by_length[n] |= 1u << k;
            }
        }
      g_private_set (set->cache, cache);
      word_set_caches[set->slot] = cache;
    }

  return cache;
}

/* The words of the set word [start, end) of @fold is, when the memo has them
 * or cannot: the rest is word_set_fill()'s, kept out of line so that this
 * inlines in a loop over words. */
static guint word_set_fill (WordSetCache *cache,
                            const char   *fold,
                            guint         start,
                            guint         end,
                            guint         maybe,
                            WordSetSlot  *slot,
                            WordSetKey   *key);

static G_ALWAYS_INLINE inline guint
word_set_match_inline (WordSetCache *cache,
                       const char   *fold,
                       guint         start,
                       guint         end)
{
  const char *word = fold + start;
  gsize n = end - start;
  WordSetSlot *slot;
  WordSetKey key;
  guint64 h;
  guint maybe;

  if (n == 0)
    return 0;
  maybe = cache->by_first[(guchar) word[0]]
          & cache->by_length[MIN (n, G_N_ELEMENTS (cache->by_length) - 1)];
  if (maybe == 0)
    return 0;
  if (n > WORD_SET_WORD)
    return word_set_fill (cache, fold, start, end, maybe, NULL, NULL);

  word_set_key (&key, word, n);
  h = (key.q[0] ^ (key.q[1] * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15))) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  slot = &cache->slots[(h >> 40) & cache->mask];
  if (G_LIKELY (slot->key.q[0] == key.q[0] && slot->key.q[1] == key.q[1]))
    return slot->bits;
  return word_set_fill (cache, fold, start, end, maybe, slot, &key);
}

/* The words of the set word [start, end) of @fold may be by its first letter
 * and its length: what word_set_match_inline() asks first, with no key made. */
static inline guint
word_set_maybe (const WordSetCache *cache,
                const char         *fold,
                guint               start,
                guint               end)
{
  return cache->by_first[(guchar) fold[start]] & cache->by_length[MIN (end - start, G_N_ELEMENTS (cache->by_length) - 1)];
}

/* @maybe: the words the first letter and the length leave; @slot, @key: where
 * the answer is kept, or NULL for a word too long to keep. */
static G_NO_INLINE guint
word_set_fill (WordSetCache *cache,
               const char   *fold,
               guint         start,
               guint         end,
               guint         maybe,
               WordSetSlot  *slot,
               WordSetKey   *key)
{
  guint bits = 0;

  for (guint k = 0; cache->set->words[k] != NULL; k++)
    if ((maybe & (1u << k)) && _directive_word_is (fold, start, end, cache->set->words[k]))
      bits |= 1u << k;

  if (slot != NULL)
    {
      slot->key = *key;
      slot->bits = bits;
    }
  return bits;
}

guint
_directive_word_set_match_in (DirectiveWordSetCache *cache,
                              const char            *fold,
                              guint                  start,
                              guint                  end)
{
  return word_set_match_inline (cache, fold, start, end);
}

guint
_directive_word_set_match (const DirectiveWordSet *set,
                           const char             *fold,
                           guint                   start,
                           guint                   end)
{
  return _directive_word_set_match_in (_directive_word_set_cache (set), fold, start, end);
}

/* The first words of the verbs the task's words are read for, one bit each. */
enum
{
  VERB_CHU  = 1 << 0,   /* chủ trì */
  VERB_PHOI = 1 << 1,   /* phối hợp */
  VERB_BAO  = 1 << 2,   /* báo cáo */
  VERB_DE   = 1 << 3,   /* đề xuất */
  VERB_KIEN = 1 << 4,   /* kiến nghị */
  VERB_THAM = 1 << 5,   /* tham mưu */
};

static const char *const verb_words[] = { "chu", "phoi", "bao", "de", "kien", "tham", NULL };

static GPrivate verb_cache = G_PRIVATE_INIT (g_free);

static const DirectiveWordSet verb_set = { &verb_cache, verb_words, TRUE, DIRECTIVE_WORD_SET_VERBS };

/* The VERB_ bits of the verbs whose first word word @i is (_directive_word_is()).
 * In line: asked of most of a task's words. */
static G_ALWAYS_INLINE inline guint
verbs_at (Roles *r,
          guint  i)
{
  if (r->verbs == NULL)
    r->verbs = _directive_word_set_cache (&verb_set);
  return word_set_match_inline (r->verbs, r->fold, RW (r, i)->start, RW (r, i)->end);
}

/* Their second words, in the same order: a verb's two words are read each from
 * its memo, as _directive_words_match() would read them. */
static const char *const verb_seconds[] = { "tri", "hop", "cao", "xuat", "nghi", "muu", NULL };

static GPrivate verb_second_cache = G_PRIVATE_INIT (g_free);

static const DirectiveWordSet verb_second_set = { &verb_second_cache, verb_seconds, FALSE,
                                                   DIRECTIVE_WORD_SET_VERB_SECONDS };

/* The VERB_ bits of the verbs whose second word word @i + 1 is: out of line,
 * as few words start a verb. */
static G_NO_INLINE guint
verb_seconds_at (Roles *r,
                 guint  i)
{
  if (i + 1 >= r->words->len)
    return 0;
  if (r->seconds == NULL)
    r->seconds = _directive_word_set_cache (&verb_second_set);
  return word_set_match_inline (r->seconds, r->fold, RW (r, i + 1)->start, RW (r, i + 1)->end);
}

/* The VERB_ bits of the verbs at word @i, both words read once for all the
 * verbs the caller asks about. */
static G_ALWAYS_INLINE inline guint
verbs_whole_at (Roles *r,
                guint  i)
{
  guint verb = verbs_at (r, i);

  return verb != 0 ? verb & verb_seconds_at (r, i) : 0;
}

/* Whether the verb of bit @bit is at word @i; @verb: verbs_whole_at() @i. */
static inline gboolean
verb_is (Roles *r,
         guint  i,
         guint  verb,
         guint  bit)
{
  return (verb & bit) != 0;
}

/* @verb: verbs_whole_at() @i. (In line: its first tests are settled by
 * the caller's @verb, and out of line it cost a call a word.) */
static G_ALWAYS_INLINE inline gboolean
is_report_verb (Roles *r,
                guint  i,
                guint  verb,
                guint *len,
                gboolean *advise)
{
  *advise = FALSE;
  if (verb_is (r, i, verb, VERB_BAO))
    {
      *len = 2;
      return !(i > 0 && word_is (r, i - 1, "xet"));
    }
  if (verb_is (r, i, verb, VERB_DE) || verb_is (r, i, verb, VERB_KIEN))
    {
      *len = 2;
      return TRUE;
    }
  /* "tổng hợp, gửi Sở X": what is sent up is a report */
  if (is_gui (r, i) && !(i > 0 && word_is (r, i - 1, "kinh")))
    {
      *len = 1;
      return TRUE;
    }
  if (verb_is (r, i, verb, VERB_THAM))
    {
      *len = 2;
      *advise = TRUE;
      return TRUE;
    }
  if (RW (r, i)->end - RW (r, i)->start == 5 && memcmp (r->fold + RW (r, i)->start, "trinh", 5) == 0)
    {
      static const char *const compounds[] = {
        "chuong", "quy", "lo", "toan", "qua", "hanh", "cong", "giao", "lich", "tien", "phuong", NULL
      };

      *len = 1;
      if (i > 0)
        for (guint k = 0; compounds[k] != NULL; k++)
          {
            DirectiveWord *w = RW (r, i - 1);

            if (w->end - w->start == strlen (compounds[k])
                && memcmp (r->fold + w->start, compounds[k], w->end - w->start) == 0)
              return FALSE;
          }
      return TRUE;
    }

  return FALSE;
}

/* "giao" exactly: "giải" (giải ngân) is one slip from it */
static gboolean
is_giao (Roles *r,
         guint  i)
{
  const DirectiveWord *w = RW (r, i);

  return w->end - w->start == 4 && memcmp (r->fold + w->start, "giao", 4) == 0;
}

/* "Sở" alone at word @i, written with its capital */
static gboolean
is_bare_department (Roles *r,
                    guint  i)
{
  const DirectiveWord *w = RW (r, i);

  const char *next;

  if (w->end - w->start != 2 || memcmp (r->fold + w->start, "so", 2) != 0 || r->text[r->offsets[w->start]] != 'S')
    return FALSE;
  /* not a department's name after it ("Sở Y tế" the catalogue would know) */
  if (i + 1 >= r->words->len || gap_has (r, i, ".,;:()"))
    return TRUE;
  next = r->text + r->offsets[RW (r, i + 1)->start];
  return !g_unichar_isupper (g_utf8_get_char_validated (next, -1));
}

/* "chưa" (not yet: "chưa xử lý"), a word of its own one slip from "của" */
static gboolean
is_chua (Roles *r,
         guint  i)
{
  const DirectiveWord *w = RW (r, i);

  return w->end - w->start == 4 && memcmp (r->fold + w->start, "chua", 4) == 0;
}

static gboolean
is_role_verb (Roles *r,
              guint  i)
{
  guint verb = verbs_whole_at (r, i);

  return verb_is (r, i, verb, VERB_PHOI) || verb_is (r, i, verb, VERB_CHU) || word_is (r, i, "chi dao")
         || word_is (r, i, "huong dan") || (word_is (r, i, "cua") && !is_chua (r, i)) || is_giao (r, i);
}

/* The verbs word @w and the next may be, by their first letters and lengths
 * (word_set_maybe(), the memos' first test): a verb is its bit in both. */
static inline guint
verb_pair_maybe (const char          *fold,
                 const DirectiveWord *w,
                 const WordSetCache  *verbs,
                 const WordSetCache  *seconds)
{
  return word_set_maybe (verbs, fold, w->start, w->end) & word_set_maybe (seconds, fold, w[1].start, w[1].end);
}

/* The first word from @i on that may act in _directive_parse_roles(), or
 * @n_words: "gửi" (is_gui()), "giao", "trình" (as written: is_giao(),
 * is_report_verb()), or a verb's first word whose next word may be its second
 * (verb_pair_maybe()). The first letters of the acting words are the verbs'
 * and 'g' ("trình" starts as "tham mưu"): a word it passes by does nothing
 * there. Out of line, with its few values in registers: it goes over most of
 * a task's words. @maybe: set to verb_pair_maybe() of the word found (0 with
 * no next word). */
static G_NO_INLINE guint
next_acting (const char          *fold,
             const DirectiveWord *words,
             guint                i,
             guint                n_words,
             const WordSetCache  *verbs,
             const WordSetCache  *seconds,
             guint               *maybe)
{
  const DirectiveWord *end = words + n_words;
  const guint8 *verb_firsts = verbs->by_first;
  const guint8 *second_firsts = seconds->by_first;

  /* (by pointer, and the two words' first letters before their lengths) */
  for (const DirectiveWord *w = words + i; w < end; w++)
    {
      char c = fold[w->start];
      guint firsts = verb_firsts[(guchar) c];

      if (firsts == 0)
        {
          /* (nor is it a verb's first word by its letter) */
          if (c == 'g' && (word_exactly (fold, w, "giao") || is_gui_at (fold, w)))
            {
              *maybe = 0;
              return w - words;
            }
          continue;
        }
      if (c == 't' && word_exactly (fold, w, "trinh"))
        {
          *maybe = w + 1 < end ? verb_pair_maybe (fold, w, verbs, seconds) : 0;
          return w - words;
        }
      if (w + 1 < end && (firsts & second_firsts[(guchar) fold[w[1].start]])
          && (*maybe = verb_pair_maybe (fold, w, verbs, seconds)) != 0)
        return w - words;
    }

  return n_words;
}

/* The three lists of a task's roles, kept per thread from task to task: the
 * task copies what they hold. Taken while in use; one grown past
 * ROLE_LISTS_KEEP is freed, not kept. */
#define ROLE_LISTS_KEEP 64

typedef struct
{
  GPtrArray *lists[3];
  GArray    *mentions;   /* the catalogue's scan's, emptied */
} RoleLists;

static void
role_lists_free (gpointer data)
{
  RoleLists *spare = data;

  for (guint k = 0; k < G_N_ELEMENTS (spare->lists); k++)
    g_clear_pointer (&spare->lists[k], g_ptr_array_unref);
  g_clear_pointer (&spare->mentions, g_array_unref);
  g_free (spare);
}

static GPrivate role_lists = G_PRIVATE_INIT (role_lists_free);
/* (read without a call, as the word sets' memos are) */
static _Thread_local RoleLists *role_lists_tls;

static GPtrArray *
role_list_take (RoleLists *spare,
                guint      k)
{
  GPtrArray *list = spare != NULL ? g_steal_pointer (&spare->lists[k]) : NULL;

  return list != NULL ? list : g_ptr_array_new ();
}

static void
role_list_give_back (RoleLists *spare,
                     guint      k,
                     GPtrArray *list)
{
  if (spare->lists[k] == NULL && list->len <= ROLE_LISTS_KEEP)
    {
      if (list->len > 0)
        g_ptr_array_set_size (list, 0);
      spare->lists[k] = list;
    }
  else
    g_ptr_array_unref (list);
}

void
_directive_parse_roles (DirectiveParse            *p,
                        DirectiveTask             *task,
                        const DirectiveFoldedText *text,
                        GPtrArray                 *inherited,
                        GPtrArray                 *leads_out)
{
  Roles r;
  RoleLists *spare = role_lists_tls;
  GPtrArray *lead = role_list_take (spare, 0);
  GPtrArray *coop = role_list_take (spare, 1);
  GPtrArray *report = role_list_take (spare, 2);
  guint i = 0;

  roles_init (p, &r, text, spare != NULL ? g_steal_pointer (&spare->mentions) : NULL);

  /* an opening list of agencies leads (with no agency after a first or a
   * second word, no opener is asked about: most items open with none) */
  if (r.mention_at[MIN (1, r.words->len)] >= 0 || r.mention_at[MIN (2, r.words->len)] >= 0)
    for (guint k = 0; k < G_N_ELEMENTS (openers); k++)
      /* an agency after the opener first: most items open with none */
      if (r.mention_at[MIN (openers[k].n_words, r.words->len)] >= 0
          && word_is_m (&r, 0, openers[k].phrase, openers[k].first_len))
        {
          /* under an agency's heading, "Chỉ đạo X ..." is that agency directing X */
          if (k == OPENER_CHI_DAO && inherited != NULL && inherited->len > 0)
            {
              i = G_MAXUINT;
              break;
            }
          i = openers[k].n_words;
          break;
        }
  /* "Các Sở: Tài chính, Kế hoạch và Đầu tư ...": the departments listed lead */
  if (i == 0 && r.words->len > 2 && r.mention_at[0] < 0 && r.mention_at[2] >= 0
      && word_is (&r, 0, "cac") && word_is (&r, 1, "so"))
    i = 2;
  /* "Về kinh phí: Sở Tài chính cân đối ...": a topic's label before the lead */
  else if (i == 0 && r.words->len > 2 && r.mention_at[0] < 0 && word_is (&r, 0, "ve"))
    for (guint k = 1; k < 8 && k + 1 < r.words->len; k++)
      if (gap_has (&r, k, ":"))
        {
          if (r.mention_at[k + 1] >= 0)
            i = k + 1;
          break;
        }
  if (i != G_MAXUINT && r.mention_at[i] >= 0)
    {
      guint after = agency_list (&r, i, lead);

      /* "Sở X phối hợp ..." is still Sở X's task; "Báo, Đài" opening "chỉ đạo" is not */
      (void) after;
    }

  /* in locals, which the calls on &r do not make the loop read again */
  const char *fold = r.fold;
  const DirectiveWord *words = (const DirectiveWord *) (gpointer) r.words->data;
  guint n_words = r.words->len;
  const WordSetCache *seconds;

  r.verbs = _directive_word_set_cache (&verb_set);
  seconds = r.seconds = _directive_word_set_cache (&verb_second_set);
  for (i = 0; i < n_words; i++)
    {
      guint vlen;
      gboolean advise;
      guint verb;
      guint maybe;
      char first;

      i = next_acting (fold, words, i, n_words, r.verbs, seconds, &maybe);
      if (i >= n_words)
        break;
      first = fold[words[i].start];
      /* "Thống nhất chủ trương, giao Sở X làm chủ đầu tư": who is given the task
       * leads it (not "bàn giao", "được giao", "giao thông") */
      if (first == 'g' && lead->len == 0 && i > 0 && i + 1 < r.words->len && r.mention_at[i] < 0 && r.mention_at[i + 1] >= 0
          && RF (&r, r.mention_at[i + 1])->first_word == i + 1 && is_giao (&r, i)
          && !word_is (&r, i - 1, "ban") && !word_is (&r, i - 1, "duoc"))
        {
          agency_list (&r, i + 1, lead);
          continue;
        }
      /* verbs_whole_at(), with the word in hand */
      /* None with no word after it, or when no verb's two words may be these
       * two by their first letters and their lengths (next_acting()'s
       * @maybe): then neither memo is asked (a verb is its bit in both). */
      verb = 0;
      if (maybe != 0)
        {
          verb = word_set_match_inline (r.verbs, fold, words[i].start, words[i].end);
          if (verb != 0)
            verb &= verb_seconds_at (&r, i);
        }
      /* no verb's first word: only "gửi" and "trình" may still report */
      if (verb == 0 && first != 'g' && first != 't')
        continue;
      if (verb_is (&r, i, verb, VERB_CHU))
        {
          /* a plan's "Cơ quan chủ trì: Sở X; phối hợp: ..." */
          if (i + 2 < r.words->len && gap_has (&r, i + 1, ":") && r.mention_at[i + 2] >= 0)
            {
              agency_list (&r, i + 2, lead);
              i++;
              continue;
            }
          /* the list just before "chủ trì"; "Sở X (cơ quan thường trực Ban Y)
           * chủ trì" is Sở X's, Ban Y only describes it */
          guint last = i - 1;

          if (i > 0 && gap_has (&r, i - 1, ")"))
            {
              guint w = i - 1;

              while (w > 0 && !gap_has (&r, w - 1, "("))
                w--;
              if (w > 0)
                last = w - 1;
            }
          if (i > 0 && r.mention_at[last] >= 0)
            {
              guint s = RF (&r, r.mention_at[last])->first_word;

              while (s > 0 && r.mention_at[s - 1] >= 0)
                s = RF (&r, r.mention_at[s - 1])->first_word;
              agency_list (&r, s, lead);
            }
          /* "chủ trì, cùng (với) Sở Y ...": Sở Y cooperates */
          if (i + 3 < r.words->len && gap_has (&r, i + 1, ",") && word_is (&r, i + 2, "cung"))
            {
              guint c = i + 3;

              if (word_is (&r, c, "voi"))
                c++;
              if (c < r.words->len && r.mention_at[c] >= 0)
                agency_list (&r, c, coop);
            }
          i++;
          continue;
        }
      if (verb_is (&r, i, verb, VERB_PHOI))
        {
          guint s = i + 2;

          if (word_is (&r, s, "voi") || word_is (&r, s, "cung"))
            s++;
          /* "phối hợp chặt chẽ với Sở X": a word or two of manner before "với" */
          else if (s < r.words->len && r.mention_at[s] < 0)
            for (guint v = s + 1; v < s + 3 && v + 1 < r.words->len && !gap_has (&r, v - 1, ",;.:"); v++)
              if (word_is (&r, v, "voi") && r.mention_at[v + 1] >= 0)
                {
                  s = v + 1;
                  break;
                }
          if (!gap_has (&r, i + 1, ";."))
            {
              guint next = agency_list (&r, s, coop);

              /* a plan's "phối hợp: A; B; C." goes on past semicolons */
              while (gap_has (&r, i + 1, ":") && next < r.words->len && next > s && gap_has (&r, next - 1, ";")
                     && r.mention_at[next] >= 0)
                next = agency_list (&r, next, coop);
            }
          i++;
          continue;
        }
      if (is_report_verb (&r, i, verb, &vlen, &advise))
        {
          gboolean found = FALSE;

          /* "gửi Sở X ... để tổng hợp, báo cáo UBND tỉnh", "gửi Văn phòng UBND
           * tỉnh ... để trình UBND tỉnh": Sở X's report, not this task's */
          if (report->len > 0
              && ((i >= 3 && word_is (&r, i - 3, "de") && word_is (&r, i - 2, "tong hop"))
                  || (i >= 1 && word_is (&r, i - 1, "de"))))
            {
              i += vlen - 1;
              continue;
            }

          /* (past seven words, only "về"/"lên" lead on to whom: "báo cáo danh
           * sách các công trình vi phạm chưa xử lý về Phòng Quản lý đô thị") */
          for (guint j = i + vlen; j < r.words->len && j < i + vlen + 14; j++)
            {
              gboolean named;
              gboolean titled = FALSE;

              /* "báo cáo (Phó) Chủ tịch UBND tỉnh", "báo cáo kết quả cho Chủ tịch
               * UBND tỉnh": the Chairman answers for the committee */
              char tc = r.fold[RW (&r, j)->start];
              gboolean at_title = (_directive_text_letters_confusable (tc, 'c')
                                   || _directive_text_letters_confusable (tc, 'p'))
                                  && (j == i + vlen || word_is (&r, j - 1, "cho") || word_is (&r, j - 1, "ve")
                                      || word_is (&r, j - 1, "len"));

              if (at_title && word_is (&r, j, "pho chu tich") && j + 3 < r.words->len && r.mention_at[j + 3] >= 0)
                j += 3, titled = TRUE;
              else if (at_title && word_is (&r, j, "chu tich") && j + 2 < r.words->len && r.mention_at[j + 2] >= 0)
                j += 2, titled = TRUE;
              named = r.mention_at[j] >= 0;
              /* in a district's notice, "UBND huyện" with no name after it */
              gboolean district = !named && p->district != NULL && names_district_committee (&r, p, j);

              if (gap_has (&r, j - 1, ";.:"))
                break;
              /* right after the verb (or its title), or after a few words ending in "cho", "về" ... */
              if ((named || district) && j > i + vlen && !titled && !word_is (&r, j - 1, "cho") && !word_is (&r, j - 1, "ve")
                  && !word_is (&r, j - 1, "len") && !word_is (&r, j - 1, "den") && !word_is (&r, j - 1, "voi"))
                break;
              if ((named || district) && j >= i + vlen + 7 && !word_is (&r, j - 1, "ve") && !word_is (&r, j - 1, "len"))
                break;
              if (named)
                {
                  /* "báo cáo UBND tỉnh và Bộ Nội vụ" */
                  agency_list (&r, j, report);
                  found = TRUE;
                  break;
                }
              if (district)
                {
                  add_unique (report, p->district);
                  found = TRUE;
                  break;
                }
              /* A department's own notice: "gửi về Sở" is the department (as
               * written, a capital: "số" folds the same) */
              if ((j == i + vlen || word_is (&r, j - 1, "ve") || word_is (&r, j - 1, "cho"))
                  && r.mention_at[j] < 0 && is_bare_department (&r, j) && p->issuer != NULL
                  && directive_agency_get_kind (p->issuer) == DIRECTIVE_AGENCY_KIND_DEPARTMENT)
                {
                  add_unique (report, p->issuer);
                  found = TRUE;
                  break;
                }
              /* A department's own notice: "báo cáo Giám đốc Sở" is its director */
              if (j == i + vlen && word_is (&r, j, "giam doc") && word_is (&r, j + 2, "so")
                  && r.mention_at[j + 2] < 0 && p->issuer != NULL
                  && directive_agency_get_kind (p->issuer) == DIRECTIVE_AGENCY_KIND_DEPARTMENT)
                {
                  add_unique (report, p->issuer);
                  found = TRUE;
                  break;
                }
              if (is_role_verb (&r, j))
                break;
            }
          if (!found && advise && (p->district != NULL || p->committee != NULL))
            add_unique (report, p->district != NULL ? p->district : p->committee);
          i += vlen - 1;
        }
    }

  /* "Thống nhất với đề xuất của Sở X. Sở X tổ chức triển khai.": with no
   * lead at the start, an agency that starts a later sentence (not the
   * committee or the issuer, who speak) */
  if (lead->len == 0)
    for (guint w = 1; w < r.words->len; w++)
      if (r.mention_at[w] >= 0 && gap_has (&r, w - 1, ".") && RF (&r, r.mention_at[w])->first_word == w)
        {
          DirectiveAgency *a = take (p, RF (&r, r.mention_at[w]));

          if (a != NULL && a != p->committee && a != p->issuer && a != p->district)
            agency_list (&r, w, lead);
          break;
        }

  /* a lead neither cooperates nor is reported to; with none named, the
   * inherited lead, read where it is rather than copied */
  if (lead->len == 0 && inherited == p->default_lead)
    _directive_parse_default_lead (p);
  {
    GPtrArray *leads = lead->len == 0 && inherited != NULL ? inherited : lead;

    drop_leads (coop, leads);
    drop_leads (report, leads);
    _directive_task_add_read_agencies (task, leads, coop, report);
    /* the leads the task's sub-items inherit */
    if (leads_out != NULL)
      for (guint k = 0; k < leads->len; k++)
        g_ptr_array_add (leads_out, leads->pdata[k]);
  }

  if (spare == NULL)
    {
      spare = g_new0 (RoleLists, 1);
      g_private_set (&role_lists, spare);
      role_lists_tls = spare;
    }
  roles_clear (&r, &spare->mentions);
  role_list_give_back (spare, 0, lead);
  role_list_give_back (spare, 1, coop);
  role_list_give_back (spare, 2, report);
}

/* "thực hiện", its two words each read from a memo, as _directive_words_match()
 * reads them (_directive_word_is() of each). */
enum { WORD_THUC = 1 << 0, WORD_HIEN = 1 << 1 };

static const char *const carry_out_words[] = { "thuc", "hien", NULL };

static GPrivate carry_out_cache = G_PRIVATE_INIT (g_free);

static const DirectiveWordSet carry_out_set = { &carry_out_cache, carry_out_words, FALSE,
                                                 DIRECTIVE_WORD_SET_CARRY_OUT };

/* The summary's addressee as the default lead, once, when a task first
 * needs it: a summary whose tasks all name their leads is not scanned. */
void
_directive_parse_default_lead (DirectiveParse *p)
{
  g_autofree char *summary = g_steal_pointer (&p->lead_summary);
  g_autoptr(GPtrArray) addressee = NULL;

  if (summary == NULL)
    return;
  addressee = _directive_parse_subject_agencies (p, summary);
  if (addressee->len > 0)
    {
      g_ptr_array_set_size (p->default_lead, 0);
      for (guint k = 0; k < addressee->len; k++)
        g_ptr_array_add (p->default_lead, addressee->pdata[k]);
    }
}

GPtrArray *
_directive_parse_subject_agencies (DirectiveParse *p,
                                   const char     *text)
{
  Roles r;
  DirectiveFoldedText folded;
  GPtrArray *out = g_ptr_array_new ();
  const char *last = text;
  gsize n = strlen (text);

  /* the last sentence (a long summary has few full stops: memchr() goes from one to the next) */
  for (const char *dot = text; (dot = memchr (dot, '.', text + n - dot)) != NULL; dot++)
    if (dot + 1 < text + n && dot[1] == ' ')
      last = dot + 2;

  _directive_folded_text_init (&folded, last);
  /* Only an agency before a "thực hiện" is taken: a summary without one
   * needs no catalogue scan. */
  {
    gboolean acts = FALSE;
    DirectiveWordSetCache *memo = NULL;

    for (guint i = 1; i + 1 < folded.words->len && !acts; i++)
      {
        const DirectiveWord *w = &g_array_index (folded.words, DirectiveWord, i);

        /* what _directive_word_is() refuses first, without the memo: a word
         * of 2 to 6 letters, starting like "thuc" */
        if (w->end - w->start < 2 || w->end - w->start > 6
            || !_directive_text_letters_confusable (folded.fold[w->start], 't'))
          continue;
        if (memo == NULL)
          memo = _directive_word_set_cache (&carry_out_set);
        acts = (word_set_match_inline (memo, folded.fold, w->start, w->end) & WORD_THUC)
               && (word_set_match_inline (memo, folded.fold, w[1].start, w[1].end) & WORD_HIEN);
      }
    if (!acts)
      {
        _directive_folded_text_clear (&folded);
        return out;
      }
  }
  roles_init (p, &r, &folded, NULL);
  for (guint i = 0; i < r.words->len; i++)
    {
      guint j = i;

      if (r.mention_at[i] < 0)
        continue;
      j = RF (&r, r.mention_at[i])->last_word + 1;
      while (word_is (&r, j, "can") || word_is (&r, j, "tap trung") || word_is (&r, j, "tiep tuc"))
        j += word_is (&r, j, "can") ? 1 : 2;
      if (word_is (&r, j, "thuc hien"))
        {
          guint s = RF (&r, r.mention_at[i])->first_word;

          while (s > 0 && r.mention_at[s - 1] >= 0)
            s = RF (&r, r.mention_at[s - 1])->first_word;
          agency_list (&r, s, out);
          break;
        }
      i = j - 1;
    }
  roles_clear (&r, NULL);
  _directive_folded_text_clear (&folded);

  return out;
}
