/* directive-catalogue.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "directive-catalogue-private.h"
#include "directive-collection.h"
#include "directive-enum-types.h"
#include "directive-error.h"
#include "directive-model-private.h"
#include "directive-parser-private.h"
#include "directive-places-private.h"
#include "directive-resources.h"
#include "directive-text-private.h"

/**
 * DirectiveCatalogue:
 *
 * A list of known agencies with the names and abbreviations documents use
 * for them, and the matching that finds them in text, OCR output included.
 *
 * The built-in catalogue, [func@Directive.Catalogue.get_default], holds the
 * bodies of a Vietnamese province or centrally-governed city: the People's
 * Committee and its office, every department (Sở) under its pre-2025 and
 * 2025 names, the police and military command, the state treasury, tax,
 * social insurance, market surveillance and customs offices, the provincial
 * newspaper and broadcaster, telecommunication and power companies, the
 * Party and Front bodies, the ministries, the offices (Phòng) of a district's
 * People's Committee, and generic groups such as "UBND các huyện, thành phố"
 * or "các đơn vị liên quan". A body followed by "các huyện, thị xã, thành phố",
 * "cấp huyện" or "cùng cấp" is read as one group named after the body
 * ("Công an các huyện, thị xã, thành phố").
 *
 * Catalogue data is a directive/1 file (`"format": "directive/1"`, with
 * `"notices": []`) whose agencies may carry one more key, `aliases`, a list of
 * the other ways the agency is written:
 *
 * ```json
 * {
 *   "id": "so-tttt",
 *   "name": "Sở Thông tin và Truyền thông",
 *   "short_name": "Sở TT&TT",
 *   "kind": "department",
 *   "parent": "ubnd-tinh",
 *   "aliases": ["Sở TTTT", "STTTT", "Sở Thông tin - Truyền thông"]
 * }
 * ```
 *
 * A name, short name or alias that depends on where the document comes from
 * is a template: `{province}` stands for the province or city ("Đồng Nai")
 * and `{level}` for "tỉnh" or "thành phố", as in
 * `"Ủy ban nhân dân {level} {province}"`. In an alias, `{level}` matches
 * either word and `{province}` the document's locality. The name, short name
 * and aliases are all matched; case, diacritics and the damage OCR does to
 * Vietnamese ("Sé Tai chinh", "S& Thong tin va Truyén théng") are forgiven,
 * except that a short abbreviation must be written in capitals.
 *
 * A catalogue is read-only once built: it may be shared between threads
 * while nothing is added to it.
 */

typedef enum {
  TOKEN_WORD,
  TOKEN_LEVEL,
  TOKEN_PROVINCE,
} TokenKind;

typedef struct
{
  char *word;          /* folded, without '&' */
  guint len;           /* strlen (word) */
  guint id;            /* the same for the same word and strictness, in the index */
  TokenKind kind;
  gboolean strict;     /* an abbreviation: little damage allowed */
  gboolean capitals;   /* a short abbreviation: the text must be in capitals */
  gboolean comma;      /* a comma stands before it */
  gboolean capital;    /* written with a capital first letter */
  guint joined[2];     /* its length with the next word's and the next two's, 0 when not all words */
  char *joined_word[2]; /* those words run together, when joined[] is not 0 */
  guint joined_id[2];  /* ... numbered after the word ids: alias_join_matches() is remembered with them */
} AliasToken;

typedef struct
{
  DirectiveAgency *entry;  /* owned by the catalogue's list */
  GArray *tokens;          /* AliasToken */
  guint head;              /* leading tokens that are the "Sở" head, 0 when none */
} Alias;

/* Words the matcher looks for by themselves, numbered with the alias words so
 * that a scan remembers how a text word compared with them too. */
typedef enum {
  PROBE_CAC,
  PROBE_SO,
  PROBE_VA,
  PROBE_TINH,
  PROBE_THANHPHO,
  PROBE_THANH,
  PROBE_PHO,
  PROBE_HUYEN,
  PROBE_QUAN,
  PROBE_THI,
  PROBE_XA,
  N_PROBES
} Probe;

static const struct
{
  const char *word;
  gboolean strict;
} probes[N_PROBES] = {
  [PROBE_CAC] = { "cac", FALSE },
  [PROBE_SO] = { "so", FALSE },
  [PROBE_VA] = { "va", FALSE },
  [PROBE_TINH] = { "tinh", TRUE },
  [PROBE_THANHPHO] = { "thanhpho", FALSE },
  [PROBE_THANH] = { "thanh", FALSE },
  [PROBE_PHO] = { "pho", FALSE },
  [PROBE_HUYEN] = { "huyen", FALSE },
  [PROBE_QUAN] = { "quan", FALSE },
  [PROBE_THI] = { "thi", FALSE },
  [PROBE_XA] = { "xa", FALSE },
};

/* The lists of phrases match_any() looks for: see PhraseList. */
#define N_PHRASE_LISTS 3

/* In a word's row for the phrase lists: a byte for each (0 not yet, 1 no phrase's
 * first word is the word, 2 some), then for each which ones, a bit a phrase. */
#define PHRASE_ROW_BYTES (N_PHRASE_LISTS * 9)

/* At the end of a word's row: for each of the buckets of its first character
 * (with a capital or not, with the head entries or not), which of the bucket's
 * word ids (BucketKeys:ids, when there are 64 at most) the word matches, then
 * a bit for each of the four that says it is known. */
#define ROW_MATCH_BYTES (4 * 8 + 1)

/* In that last byte, past the four: whether lead_is_quiet() is known for the
 * word, and its answer. */
#define ROW_QUIET_KNOWN (1 << 4)
#define ROW_QUIET (1 << 5)

/* Text tokens are folded words of letters and digits: a bucket per first character. */
#define N_FIRST_CHARS 36

enum {
  ENTRY_HEAD = 1 << 0,      /* try the alias from its head: only in a list of departments */
  ENTRY_WORD = 1 << 1,      /* the alias word tried first is a word (not a placeholder) */
  ENTRY_CAPITALS = 1 << 2,  /* ... that asks for a token in capitals */
  ENTRY_JOIN = 1 << 3,      /* ... whose first letter allows the joins with the bucket's */
  ENTRY_JOIN_LENGTHS = 1 << 4, /* ... and join1, join2 are all the alias joins word_may_join() tries */
};

/* The alias words from an entry's own whose matching find_mentions()
 * remembers, for the next entry that starts with the same words: a class of
 * 16 bits for each in IndexEntry:prefix. */
#define MATCH_TRACE_DEPTH 4
#define MATCH_CLASS_MAX G_MAXUINT16

/* An alias that may match from a token with the bucket's first character, and
 * what the quick test before trying it needs: see may_try(). */
typedef struct
{
  guint alias;             /* index in the aliases */
  guint n_tokens;          /* the alias's tokens, without going through its array */
  const AliasToken *tokens; /* (a cache miss less at each entry tried), and the one it is tried from: */
  guint from;              /* 0, or its head when ENTRY_HEAD */
  guint id;                /* the word's id */
  guint8 flags;
  guint8 len;              /* the word's length */
  guint8 join1, join2;     /* its length joined with the next alias word, and the next two; 0 for none */
  char second;             /* the first letter of the next alias word when match_from()
                            * also asks the next token for it; 0 otherwise */
  guint8 provinces;        /* the {province} placeholders from the word on, and the most */
  guint16 span;            /* tokens the others may take: a match ends before start + span
                            * + provinces * the most a {province} takes */
  /* The classes of its first 1, 2, ... alias words from its own, 16 bits
   * each from the lowest: the same when match_from() goes through them alike
   * (entry_prefixes()), 0 past the alias. */
  guint64 prefix;
} IndexEntry;

/* The most text tokens match_from() takes for an alias word (a join of three),
 * for a {level} (match_level()), and for a {province} without a locality (match_province()). */
#define WORD_SPAN 3
#define LEVEL_SPAN 2
#define PROVINCE_SPAN 4

typedef struct
{
  guint len;
  guint pos;
} LengthKey;

/* Entries of one word id that ask the same first letter of the next token
 * (entry_second()), 0 for those that ask none, and then have the same next
 * alias word. */
typedef struct
{
  char second;
  guint second_id;         /* the next alias word's id, when second is not 0 */
  guint second_len;        /* ... its length */
  guint64 joined_lens;     /* a bit for each of its joined lengths in the entries, the 63rd for 63 and more */
  guint start, end;        /* in BucketKeys:id_entries */
  guint letter_end;        /* the first group past those of the same letter (of the word id) */
} SecondGroup;

/* What find_mentions() asks of a token before it marks an entry by a join
 * length (BucketKeys:join_lengths): with all the joins known (ENTRY_JOIN_LENGTHS)
 * the entry gets past the first test by that length only when the token is the
 * word or those alias words run together (alias_join_matches()); a join of
 * text tokens is marked by the word's length. */
typedef struct
{
  const AliasToken *expected;  /* the entry's word, NULL to mark the entry unasked */
  guint id;                    /* its id */
  guint extra;                 /* the words joined after it */
  guint joined_id;             /* the id of those words run together */
  /* Past the tests of the same length that ask the same (the same id and
   * joined_id, or none): they come one after the other, and are answered
   * together. */
  guint run_end;
} JoinTest;

/* A join length's key with its test, to sort them together. */
typedef struct
{
  LengthKey key;
  JoinTest test;
} KeyedJoinTest;

/* By length, then the tests that ask nothing, then by what they ask, then position. */
static int
keyed_join_test_compare (gconstpointer a,
                         gconstpointer b)
{
  const KeyedJoinTest *x = a, *y = b;

  if (x->key.len != y->key.len)
    return x->key.len < y->key.len ? -1 : 1;
  if ((x->test.expected != NULL) != (y->test.expected != NULL))
    return x->test.expected == NULL ? -1 : 1;
  if (x->test.expected != NULL && x->test.id != y->test.id)
    return x->test.id < y->test.id ? -1 : 1;
  if (x->test.expected != NULL && x->test.joined_id != y->test.joined_id)
    return x->test.joined_id < y->test.joined_id ? -1 : 1;
  return x->key.pos < y->key.pos ? -1 : x->key.pos > y->key.pos;
}

/* Where in a bucket the entries are that get past find_mentions()'s first test
 * at a token: those whose word the token matches, those that may match by a join
 * of the token's length, and those that do not start with a word. The rest need
 * not be visited. */
typedef struct
{
  guint n_ids;
  guint *ids;              /* the distinct word ids of the ENTRY_WORD entries */
  guint8 *id_capitals;     /* ... whether the word asks for a token in capitals */
  guint *id_groups;        /* n_ids + 1: where each id's groups are in groups */
  guint64 *id_letters;     /* n_ids: the letters its groups ask (letter_bit()) */
  guint *id_plain;         /* n_ids: its group that asks none, G_MAXUINT for none */
  /* At id_groups[i] + the letter's rank among id_letters[i] (letter_rank()):
   * the first group of each letter id i asks, but for the ids that ask one of
   * the 63rd bit (letters without their own). */
  guint *letter_first;
  SecondGroup *groups;
  guint *id_entries;       /* positions of the entries by id and group, ascending for each */
  GArray *others;          /* guint: positions of the entries without ENTRY_WORD */
  GArray *join_lengths;    /* LengthKey: the ENTRY_JOIN entries by join1 and by join2 */
  JoinTest *join_tests;    /* for each of those */
  GArray *word_lengths;    /* LengthKey: the ENTRY_JOIN entries by their word's length */
  guint *join_starts;      /* where each length's keys start in join_lengths, up to the longest + 1 */
  guint *word_starts;
  guint join_longest, word_longest;
} BucketKeys;

struct _DirectiveCatalogue
{
  GObject parent_instance;

  GListStore *agencies;
  GPtrArray *aliases;        /* Alias */
  GHashTable *alias_texts;   /* DirectiveAgency → GStrv, as given */

  /* The aliases that may match from a text token, by the token's first character
   * and whether it starts with a capital: (alias index << 1 | from the head), in
   * alias order. Rebuilt after each change, so that it is read-only while the
   * catalogue is. */
  GArray *index[N_FIRST_CHARS][2][2];   /* [first character][capital][with the head entries] */
  BucketKeys *keys[N_FIRST_CHARS][2][2];
  guint longest_bucket;
  guint8 plain_chars[256];   /* a token starting with this small character, outside a list, tries no alias
                              * and cannot be "các" (not "c" nor one OCR confuses with it) */
  guint n_word_ids;          /* distinct (word, strict) of the aliases */
  guint n_row_ids;           /* those, the distinct joined words, the phrase lists (PHRASE_ROW_BYTES), then
                              * the word's bucket matches (ROW_MATCH_BYTES) */
  GPtrArray *id_words;       /* AliasToken with each id (owned by the aliases or probe_tokens) */
  guint generation;          /* the index's, unique among all catalogues' indexes */
  GArray *probe_tokens;      /* AliasToken for the probes no alias has */
  guint probe_ids[N_PROBES];
  guint batch;               /* > 0 while adding many agencies: rebuild once at the end */
  guint trace_depth;         /* the alias words a MatchTrace remembers: 0 when the entries' prefixes are not all known */
};

G_DEFINE_FINAL_TYPE (DirectiveCatalogue, directive_catalogue, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AGENCIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void catalogue_rebuild_index (DirectiveCatalogue *self);
static void bucket_keys_free (gpointer data);

static void
alias_token_clear (gpointer data)
{
  AliasToken *token = data;

  g_free (token->word);
  g_free (token->joined_word[0]);
  g_free (token->joined_word[1]);
}

static void
alias_free (gpointer data)
{
  Alias *alias = data;

  g_array_unref (alias->tokens);
  g_free (alias);
}

static void
directive_catalogue_finalize (GObject *object)
{
  DirectiveCatalogue *self = DIRECTIVE_CATALOGUE (object);

  g_clear_pointer (&self->aliases, g_ptr_array_unref);
  g_clear_pointer (&self->alias_texts, g_hash_table_unref);
  for (guint c = 0; c < N_FIRST_CHARS; c++)
    for (guint u = 0; u < 2; u++)
      {
        g_clear_pointer (&self->index[c][u][0], g_array_unref);
        g_clear_pointer (&self->index[c][u][1], g_array_unref);
        g_clear_pointer (&self->keys[c][u][0], bucket_keys_free);
        g_clear_pointer (&self->keys[c][u][1], bucket_keys_free);
      }
  g_clear_pointer (&self->id_words, g_ptr_array_unref);
  g_clear_pointer (&self->probe_tokens, g_array_unref);
  g_clear_object (&self->agencies);

  G_OBJECT_CLASS (directive_catalogue_parent_class)->finalize (object);
}

static void
directive_catalogue_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DirectiveCatalogue *self = DIRECTIVE_CATALOGUE (object);

  switch (prop_id)
    {
    case PROP_AGENCIES:
      g_value_set_object (value, self->agencies);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_catalogue_class_init (DirectiveCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = directive_catalogue_finalize;
  object_class->get_property = directive_catalogue_get_property;

  /**
   * DirectiveCatalogue:agencies:
   *
   * The agencies of the catalogue, a list of [class@Directive.Agency], in the
   * order they were added. Names may hold the `{province}` and `{level}`
   * placeholders.
   */
  properties[PROP_AGENCIES] =
    g_param_spec_object ("agencies", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_catalogue_init (DirectiveCatalogue *self)
{
  self->agencies = g_list_store_new (DIRECTIVE_TYPE_AGENCY);
  self->aliases = g_ptr_array_new_with_free_func (alias_free);
  self->alias_texts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_strfreev);
  catalogue_rebuild_index (self);
}

/**
 * directive_catalogue_new:
 *
 * Creates an empty catalogue.
 *
 * Returns: (transfer full): a new #DirectiveCatalogue
 */
DirectiveCatalogue *
directive_catalogue_new (void)
{
  return g_object_new (DIRECTIVE_TYPE_CATALOGUE, NULL);
}

/* ------------------------------------------------------------------ aliases */

static gboolean
is_token_char (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&';
}

/* Whether the letters of @word (UTF-8) are all capitals and there are at least two. */
static gboolean
is_abbreviation (const char *word,
                 gsize       len)
{
  guint letters = 0;

  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          if (!g_unichar_isupper (c))
            return FALSE;
          letters++;
        }
    }

  return letters >= 2;
}

static void
alias_add_word (GArray     *tokens,
                const char *original,
                gsize       len,
                gboolean    comma)
{
  g_autofree char *folded = _directive_text_fold (original, len);
  GString *word = g_string_new (NULL);
  AliasToken token = { 0 };

  for (const char *p = folded; *p != '\0'; p++)
    if (*p != '&' && is_token_char (*p))
      g_string_append_c (word, *p);

  if (word->len == 0)
    {
      g_string_free (word, TRUE);
      return;
    }

  token.kind = TOKEN_WORD;
  token.strict = is_abbreviation (original, len);
  token.capitals = token.strict && word->len <= 3;
  token.capital = g_unichar_isupper (g_utf8_get_char (original));
  token.comma = comma;
  token.len = word->len;
  token.word = g_string_free (word, FALSE);
  g_array_append_val (tokens, token);
}

/* Splits an alias into tokens: words are runs of letters, digits and '&';
 * "{level}" and "{province}" become placeholders. */
static GArray *
alias_tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (AliasToken));
  const char *p = text;
  gboolean comma = FALSE;

  g_array_set_clear_func (tokens, alias_token_clear);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '{')
        {
          const char *close = strchr (p, '}');
          AliasToken token = { 0 };

          if (close == NULL)
            break;
          if (strncmp (p, "{level}", 7) == 0)
            token.kind = TOKEN_LEVEL;
          else if (strncmp (p, "{province}", 10) == 0)
            token.kind = TOKEN_PROVINCE;
          else
            {
              p = close + 1;
              continue;
            }
          token.comma = comma;
          g_array_append_val (tokens, token);
          comma = FALSE;
          p = close + 1;
        }
      else if (g_unichar_isalnum (c) || c == '&')
        {
          const char *start = p;

          while (*p != '\0')
            {
              gunichar d = g_utf8_get_char (p);

              if (!(g_unichar_isalnum (d) || d == '&' || g_unichar_ismark (d)))
                break;
              p = g_utf8_next_char (p);
            }
          alias_add_word (tokens, start, p - start, comma);
          comma = FALSE;
        }
      else
        {
          if (c == ',')
            comma = TRUE;
          p = g_utf8_next_char (p);
        }
    }

  return tokens;
}

static void
catalogue_add_alias (DirectiveCatalogue *self,
                     DirectiveAgency    *entry,
                     const char         *text)
{
  Alias *alias;
  GArray *tokens;

  if (text == NULL || *text == '\0')
    return;

  tokens = alias_tokenize (text);
  if (tokens->len == 0)
    {
      g_array_unref (tokens);
      return;
    }

  /* The lengths match_from() compares a token with when alias words run together. */
  for (guint j = 0; j < tokens->len; j++)
    {
      AliasToken *t = &g_array_index (tokens, AliasToken, j);
      guint len = t->len;

      for (guint extra = 1; extra <= 2 && t->kind == TOKEN_WORD && j + extra < tokens->len; extra++)
        {
          const AliasToken *next = &g_array_index (tokens, AliasToken, j + extra);

          if (next->kind != TOKEN_WORD)
            break;
          len += next->len;
          t->joined[extra - 1] = len;
          t->joined_word[extra - 1] = extra == 1 ? g_strconcat (t->word, next->word, NULL)
                                                 : g_strconcat (t->joined_word[0], next->word, NULL);
        }
    }

  alias = g_new0 (Alias, 1);
  alias->entry = entry;
  alias->tokens = tokens;
  if (tokens->len > 1 && directive_agency_get_kind (entry) == DIRECTIVE_AGENCY_KIND_DEPARTMENT
      && g_strcmp0 (g_array_index (tokens, AliasToken, 0).word, "so") == 0)
    alias->head = 1;
  g_ptr_array_add (self->aliases, alias);
}

static inline int
first_char_index (char c)
{
  if (c >= 'a' && c <= 'z')
    return c - 'a';
  if (c >= '0' && c <= '9')
    return 26 + (c - '0');
  return -1;
}

static inline gboolean first_letters_compatible (char a, char b);

/* Whether alias token @expected, the first one tried, may match a text token
 * starting with @c (with a capital when @upper): what match_from() asks of
 * either way it can match. */
static gboolean
may_start_at (const AliasToken *expected,
              gboolean          alias_start,
              char              c,
              gboolean          upper)
{
  if (expected->kind != TOKEN_WORD)
    return TRUE;
  /* Names start with a capital, and OCR keeps it. */
  if (alias_start && expected->capital && !upper)
    return FALSE;
  return _directive_text_letters_confusable (c, expected->word[0])
         || first_letters_compatible (c, expected->word[0]);
}

static gint index_generations;

static void
bucket_keys_free (gpointer data)
{
  BucketKeys *keys = data;

  g_free (keys->ids);
  g_free (keys->id_capitals);
  g_free (keys->id_groups);
  g_free (keys->id_letters);
  g_free (keys->id_plain);
  g_free (keys->letter_first);
  g_free (keys->groups);
  g_free (keys->id_entries);
  g_array_unref (keys->others);
  g_array_unref (keys->join_lengths);
  g_free (keys->join_tests);
  g_array_unref (keys->word_lengths);
  g_free (keys->join_starts);
  g_free (keys->word_starts);
  g_free (keys);
}

/* Sorts @keys (LengthKey, in position order) by length, then
 * position; returns where each length's keys start, up to *@longest + 1. */
static guint *
length_keys_sort (GArray *keys,
                  guint  *longest)
{
  LengthKey *key = (LengthKey *) (gpointer) keys->data;
  g_autofree LengthKey *sorted = g_new (LengthKey, keys->len + 1);
  g_autofree guint *start = NULL;
  guint *starts;

  *longest = 0;
  for (guint i = 0; i < keys->len; i++)
    *longest = MAX (*longest, key[i].len);
  start = g_new0 (guint, *longest + 2);
  for (guint i = 0; i < keys->len; i++)
    start[key[i].len + 1]++;
  for (guint l = 0; l <= *longest; l++)
    start[l + 1] += start[l];
  starts = g_memdup2 (start, (*longest + 2) * sizeof (guint));
  for (guint i = 0; i < keys->len; i++)
    sorted[start[key[i].len]++] = key[i];
  if (keys->len > 0)
    memcpy (key, sorted, keys->len * sizeof (LengthKey));

  return starts;
}

/* The letter the entry asks of the next token unless it matches by a join,
 * or 0 when it may get further without. */
static char
entry_second (const IndexEntry *entry)
{
  if ((entry->flags & (ENTRY_WORD | ENTRY_JOIN_LENGTHS)) != (ENTRY_WORD | ENTRY_JOIN_LENGTHS))
    return 0;
  return entry->second;
}

/* The id of the alias word after the entry's when it asks for its letter. */
static guint
entry_second_id (const IndexEntry *entry)
{
  if (entry_second (entry) == 0)
    return 0;
  return entry->tokens[entry->from + 1].id;
}

/* A bit for letter @c: first_char_index(), the 63rd for the others. */
static inline guint64
letter_bit (char c)
{
  int index = first_char_index (c);

  return G_GUINT64_CONSTANT (1) << (index >= 0 ? index : 63);
}

/* How many of @letters come before @bit (one of them). */
static inline guint
letter_rank (guint64 letters,
             guint64 bit)
{
  /* Counted inline: without the POPCNT instruction __builtin_popcountll()
   * is a call. */
  letters &= bit - 1;
  letters -= (letters >> 1) & G_GUINT64_CONSTANT (0x5555555555555555);
  letters = (letters & G_GUINT64_CONSTANT (0x3333333333333333)) + ((letters >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  letters = (letters + (letters >> 4)) & G_GUINT64_CONSTANT (0x0f0f0f0f0f0f0f0f);
  return (guint) ((letters * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
}

/* For each ASCII character, the letter_bit()s of the letters
 * _directive_text_letters_confusable() with it, and the 63rd (the letters
 * without their own, told apart by the groups themselves). Filled before the
 * first index is built (confusable_letters_init()): read-only after. */
static guint64 confusable_letters[128];

static void
confusable_letters_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint a = 0; a < 128; a++)
        {
          confusable_letters[a] = G_GUINT64_CONSTANT (1) << 63;
          for (guint b = 1; b < 128; b++)
            if (first_char_index ((char) b) >= 0 && _directive_text_letters_confusable ((char) a, (char) b))
              confusable_letters[a] |= letter_bit ((char) b);
        }
      g_once_init_leave (&initialized, 1);
    }
}

static BucketKeys *
bucket_keys_new (GArray *bucket,
                 guint   n_word_ids)
{
  BucketKeys *keys = g_new0 (BucketKeys, 1);
  g_autofree guint *slot = g_new (guint, n_word_ids);   /* id → its place in keys->ids */
  g_autofree gboolean *done = NULL;
  g_autofree guint *by_id = NULL;
  g_autofree guint *id_start = NULL;
  g_autofree guint *filled = NULL;
  guint n_groups = 0, n_entries = 0;

  for (guint i = 0; i < n_word_ids; i++)
    slot[i] = G_MAXUINT;
  keys->others = g_array_new (FALSE, FALSE, sizeof (guint));
  keys->join_lengths = g_array_new (FALSE, FALSE, sizeof (LengthKey));
  keys->word_lengths = g_array_new (FALSE, FALSE, sizeof (LengthKey));
  for (guint e = 0; e < bucket->len; e++)
    {
      const IndexEntry *entry = &g_array_index (bucket, IndexEntry, e);

      if ((entry->flags & ENTRY_WORD) == 0)
        {
          g_array_append_val (keys->others, e);
          continue;
        }
      if (slot[entry->id] == G_MAXUINT)
        slot[entry->id] = keys->n_ids++;
      if (entry->flags & ENTRY_JOIN)
        {
          LengthKey key = { entry->len, e };

          g_array_append_val (keys->word_lengths, key);
          key.len = entry->join1;
          if (key.len != 0)
            g_array_append_val (keys->join_lengths, key);
          key.len = entry->join2;
          if (key.len != 0)
            g_array_append_val (keys->join_lengths, key);
        }
    }
  keys->join_starts = length_keys_sort (keys->join_lengths, &keys->join_longest);
  keys->word_starts = length_keys_sort (keys->word_lengths, &keys->word_longest);
  keys->join_tests = g_new0 (JoinTest, keys->join_lengths->len + 1);
  for (guint i = 0; i < keys->join_lengths->len; i++)
    {
      const LengthKey *key = &g_array_index (keys->join_lengths, LengthKey, i);
      const IndexEntry *entry = &g_array_index (bucket, IndexEntry, key->pos);

      if (entry->flags & ENTRY_JOIN_LENGTHS)
        {
          keys->join_tests[i].expected = &entry->tokens[entry->from];
          keys->join_tests[i].id = entry->id;
          keys->join_tests[i].extra = key->len == entry->join1 ? 1 : 2;
          keys->join_tests[i].joined_id = entry->tokens[entry->from].joined_id[keys->join_tests[i].extra - 1];
        }
    }
  /* The tests of a length that ask the same, together: whether the token is
   * the word or the joined words depends on the ids alone, and many aliases
   * share them ("các sở"). */
  if (keys->join_lengths->len > 0)
    {
      guint n = keys->join_lengths->len;
      LengthKey *lkeys = (LengthKey *) (gpointer) keys->join_lengths->data;
      g_autofree KeyedJoinTest *keyed = g_new (KeyedJoinTest, n);

      for (guint i = 0; i < n; i++)
        {
          keyed[i].key = lkeys[i];
          keyed[i].test = keys->join_tests[i];
        }
      qsort (keyed, n, sizeof (KeyedJoinTest), keyed_join_test_compare);
      for (guint i = n; i-- > 0;)
        {
          const JoinTest *t = &keyed[i].test, *u = &keyed[i + 1].test;

          lkeys[i] = keyed[i].key;
          keys->join_tests[i] = *t;
          keys->join_tests[i].run_end =
            i + 1 < n && keyed[i].key.len == keyed[i + 1].key.len
            && (t->expected == NULL ? u->expected == NULL
                                    : u->expected != NULL && t->id == u->id && t->joined_id == u->joined_id)
            ? keys->join_tests[i + 1].run_end : i + 1;
        }
    }

  keys->ids = g_new (guint, keys->n_ids);
  keys->id_capitals = g_new0 (guint8, keys->n_ids);
  keys->id_groups = g_new0 (guint, keys->n_ids + 1);
  keys->id_letters = g_new0 (guint64, keys->n_ids);
  confusable_letters_init ();
  keys->id_plain = g_new (guint, keys->n_ids);
  keys->letter_first = g_new (guint, bucket->len + 1);
  keys->id_entries = g_new (guint, bucket->len + 1);
  keys->groups = g_new (SecondGroup, bucket->len + 1);
  done = g_new0 (gboolean, bucket->len + 1);
  for (guint e = 0; e < bucket->len; e++)
    {
      const IndexEntry *entry = &g_array_index (bucket, IndexEntry, e);

      if (entry->flags & ENTRY_WORD)
        {
          keys->ids[slot[entry->id]] = entry->id;
          keys->id_capitals[slot[entry->id]] = (entry->flags & ENTRY_CAPITALS) != 0;
        }
    }
  /* Each id's entries in bucket order... */
  by_id = g_new (guint, bucket->len + 1);
  id_start = g_new0 (guint, keys->n_ids + 1);
  for (guint e = 0; e < bucket->len; e++)
    if (g_array_index (bucket, IndexEntry, e).flags & ENTRY_WORD)
      id_start[slot[g_array_index (bucket, IndexEntry, e).id] + 1]++;
  for (guint i = 0; i < keys->n_ids; i++)
    id_start[i + 1] += id_start[i];
  filled = g_new0 (guint, keys->n_ids);
  for (guint e = 0; e < bucket->len; e++)
    if (g_array_index (bucket, IndexEntry, e).flags & ENTRY_WORD)
      {
        guint i = slot[g_array_index (bucket, IndexEntry, e).id];

        by_id[id_start[i] + filled[i]++] = e;
      }
  /* ... and in groups by second letter, in the order they come. */
  for (guint i = 0; i < keys->n_ids; i++)
    {
      keys->id_groups[i] = n_groups;
      keys->id_plain[i] = G_MAXUINT;
      for (guint a = id_start[i]; a < id_start[i + 1]; a++)
        {
          char second;
          guint first_group = n_groups;

          if (done[by_id[a]])
            continue;
          second = entry_second (&g_array_index (bucket, IndexEntry, by_id[a]));
          /* The groups of a letter one after the other, one for each next word. */
          for (guint f = a; f < id_start[i + 1]; f++)
            {
              SecondGroup *group = &keys->groups[n_groups];

              if (done[by_id[f]] || entry_second (&g_array_index (bucket, IndexEntry, by_id[f])) != second)
                continue;
              group->second = second;
              group->second_id = entry_second_id (&g_array_index (bucket, IndexEntry, by_id[f]));
              group->second_len = 0;
              group->joined_lens = 0;
              group->start = n_entries;
              for (guint b = f; b < id_start[i + 1]; b++)
                {
                  const IndexEntry *entry = &g_array_index (bucket, IndexEntry, by_id[b]);

                  if (done[by_id[b]] || entry_second (entry) != second || entry_second_id (entry) != group->second_id)
                    continue;
                  if (second != 0)
                    {
                      const AliasToken *next = &entry->tokens[entry->from + 1];

                      group->second_len = next->len;
                      for (guint x = 0; x < 2; x++)
                        if (next->joined[x] != 0)
                          group->joined_lens |= G_GUINT64_CONSTANT (1) << MIN (next->joined[x], 63);
                    }
                  keys->id_entries[n_entries++] = by_id[b];
                  done[by_id[b]] = TRUE;
                }
              group->end = n_entries;
              if (second != 0)
                keys->id_letters[i] |= letter_bit (second);
              else
                keys->id_plain[i] = n_groups;
              n_groups++;
            }
          for (guint g = first_group; g < n_groups; g++)
            keys->groups[g].letter_end = n_groups;
        }
      /* Each letter's first group, now that all the letters are known. */
      if (!(keys->id_letters[i] >> 63))
        for (guint g = keys->id_groups[i]; g < n_groups; g = keys->groups[g].letter_end)
          if (keys->groups[g].second != 0)
            keys->letter_first[keys->id_groups[i]
                               + letter_rank (keys->id_letters[i], letter_bit (keys->groups[g].second))] = g;
    }
  keys->id_groups[keys->n_ids] = n_groups;

  return keys;
}

/* What match_from() and find_mentions() see of @alias: two aliases with the
 * same key match the same text the same way. */
static char *
alias_key (const Alias *alias)
{
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%u", alias->head);
  for (guint t = 0; t < alias->tokens->len; t++)
    {
      const AliasToken *token = &g_array_index (alias->tokens, AliasToken, t);

      g_string_append_printf (key, "|%d%d%d%d%d%s", token->kind, token->strict, token->capitals, token->comma,
                              token->capital, token->word != NULL ? token->word : "");
    }

  return g_string_free (key, FALSE);
}

/* An alias word after a class of the words before it (IndexEntry:prefix):
 * what match_from() reads of it on its way through. */
typedef struct
{
  guint32 parent;          /* the class of the words before, 0 for none */
  guint32 kind, id;
  guint32 joined[2];
  guint32 flags;           /* comma, capitals, capital, the alias's first word */
} PrefixKey;

static guint
prefix_key_hash (gconstpointer data)
{
  const PrefixKey *key = data;
  guint h = key->parent;

  h = h * 31 + key->kind;
  h = h * 31 + key->id;
  h = h * 31 + key->joined[0];
  h = h * 31 + key->joined[1];
  return h * 31 + key->flags;
}

static gboolean
prefix_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const PrefixKey *x = a, *y = b;

  return x->parent == y->parent && x->kind == y->kind && x->id == y->id && x->joined[0] == y->joined[0]
         && x->joined[1] == y->joined[1] && x->flags == y->flags;
}

/* IndexEntry:prefix for alias words @t from @from, of @n, with the classes
 * of @classes (PrefixKey → class, from 1); 0 once there are too many. */
static guint64
entry_prefixes (GHashTable       *classes,
                const AliasToken *t,
                guint             n,
                guint             from)
{
  guint32 parent = 0;
  guint64 prefix = 0;

  for (guint d = 0; d < MATCH_TRACE_DEPTH && from + d < n; d++)
    {
      guint r = from + d;
      PrefixKey key = { 0 };
      gpointer class;

      key.parent = parent;
      key.kind = t[r].kind;
      key.flags = (t[r].comma ? 1 : 0) | (r == 0 ? 8 : 0);
      if (t[r].kind == TOKEN_WORD)
        {
          key.id = t[r].id;
          key.joined[0] = t[r].joined[0];
          key.joined[1] = t[r].joined[1];
          key.flags |= (t[r].capitals ? 2 : 0) | (t[r].capital ? 4 : 0);
        }
      if (!g_hash_table_lookup_extended (classes, &key, NULL, &class))
        {
          if (g_hash_table_size (classes) >= MATCH_CLASS_MAX)
            return 0;
          class = GUINT_TO_POINTER (g_hash_table_size (classes) + 1);
          g_hash_table_insert (classes, g_memdup2 (&key, sizeof key), class);
        }
      parent = GPOINTER_TO_UINT (class);
      prefix |= (guint64) parent << (16 * d);
    }

  return prefix;
}

static void
catalogue_rebuild_index (DirectiveCatalogue *self)
{
  static const char first_chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GHashTable) keys = NULL;
  g_autoptr(GHashTable) classes = NULL;
  g_autofree gboolean *copy = NULL;

  if (self->batch > 0)
    return;

  /* A new numbering of the words: the threads' word memos must not read it with the old one. */
  self->generation = (guint) g_atomic_int_add (&index_generations, 1) + 1;

  /* Number the words, so that a scan can remember how a text word compared with one. */
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_clear_pointer (&self->id_words, g_ptr_array_unref);
  self->id_words = g_ptr_array_new ();
  for (guint i = 0; i < self->aliases->len; i++)
    {
      Alias *alias = g_ptr_array_index (self->aliases, i);

      for (guint t = 0; t < alias->tokens->len; t++)
        {
          AliasToken *token = &g_array_index (alias->tokens, AliasToken, t);
          char *key;
          gpointer id;

          if (token->kind != TOKEN_WORD)
            continue;
          key = g_strdup_printf ("%c%s", token->strict ? 's' : 'n', token->word);
          if (!g_hash_table_lookup_extended (ids, key, NULL, &id))
            {
              id = GUINT_TO_POINTER (g_hash_table_size (ids));
              g_hash_table_insert (ids, key, id);
              g_ptr_array_add (self->id_words, token);
            }
          else
            g_free (key);
          token->id = GPOINTER_TO_UINT (id);
        }
    }
  /* The probes, with the alias words' ids when they have them. */
  g_clear_pointer (&self->probe_tokens, g_array_unref);
  self->probe_tokens = g_array_sized_new (FALSE, TRUE, sizeof (AliasToken), N_PROBES);
  g_array_set_clear_func (self->probe_tokens, alias_token_clear);
  for (guint p = 0; p < N_PROBES; p++)
    {
      char *key = g_strdup_printf ("%c%s", probes[p].strict ? 's' : 'n', probes[p].word);
      gpointer id;

      if (!g_hash_table_lookup_extended (ids, key, NULL, &id))
        {
          AliasToken token = { 0 };

          token.word = g_strdup (probes[p].word);
          token.len = strlen (token.word);
          token.kind = TOKEN_WORD;
          token.strict = probes[p].strict;
          token.id = g_hash_table_size (ids);
          id = GUINT_TO_POINTER (token.id);
          g_hash_table_insert (ids, key, id);
          g_array_append_val (self->probe_tokens, token);
          g_ptr_array_add (self->id_words, NULL);
        }
      else
        g_free (key);
      self->probe_ids[p] = GPOINTER_TO_UINT (id);
    }
  /* Pointed to once the array no longer moves. */
  for (guint t = 0; t < self->probe_tokens->len; t++)
    {
      AliasToken *token = &g_array_index (self->probe_tokens, AliasToken, t);

      g_ptr_array_index (self->id_words, token->id) = token;
    }
  self->n_word_ids = g_hash_table_size (ids);
  /* The joined words, numbered after them: a word row remembers alias_join_matches() too. */
  g_hash_table_remove_all (ids);
  for (guint i = 0; i < self->aliases->len; i++)
    {
      Alias *alias = g_ptr_array_index (self->aliases, i);

      for (guint t = 0; t < alias->tokens->len; t++)
        {
          AliasToken *token = &g_array_index (alias->tokens, AliasToken, t);

          for (guint extra = 0; extra < 2; extra++)
            {
              gpointer id;

              if (token->joined_word[extra] == NULL)
                continue;
              if (!g_hash_table_lookup_extended (ids, token->joined_word[extra], NULL, &id))
                {
                  id = GUINT_TO_POINTER (self->n_word_ids + g_hash_table_size (ids));
                  g_hash_table_insert (ids, g_strdup (token->joined_word[extra]), id);
                }
              token->joined_id[extra] = GPOINTER_TO_UINT (id);
            }
        }
    }
  self->n_row_ids = self->n_word_ids + g_hash_table_size (ids) + PHRASE_ROW_BYTES + ROW_MATCH_BYTES;

  /* An alias the same as an earlier one (a name that is also the short name)
   * ends where the earlier one does, and the first longest match wins: it is
   * left out of the index. */
  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  copy = g_new0 (gboolean, self->aliases->len + 1);
  for (guint i = 0; i < self->aliases->len; i++)
    {
      char *key = alias_key (g_ptr_array_index (self->aliases, i));

      if (g_hash_table_contains (keys, key))
        {
          copy[i] = TRUE;
          g_free (key);
        }
      else
        g_hash_table_add (keys, key);
    }

  classes = g_hash_table_new_full (prefix_key_hash, prefix_key_equal, g_free, NULL);
  self->longest_bucket = 0;
  for (guint c = 0; c < N_FIRST_CHARS; c++)
    for (guint u = 0; u < 2; u++)
      {
        GArray *bucket = g_array_new (FALSE, FALSE, sizeof (IndexEntry));

        for (guint i = 0; i < self->aliases->len; i++)
          {
            Alias *alias = g_ptr_array_index (self->aliases, i);

            if (copy[i])
              continue;
            for (guint from_head = 0; from_head < 2; from_head++)
              {
                guint j = from_head ? alias->head : 0;
                const AliasToken *t = (const AliasToken *) (gpointer) alias->tokens->data;
                IndexEntry entry = { 0 };

                if (from_head && (alias->head == 0 || alias->tokens->len <= alias->head))
                  continue;
                if (!may_start_at (&t[j], !from_head, first_chars[c], u))
                  continue;
                entry.alias = i;
                /* So that the tests before a match need not go through the alias. */
                entry.tokens = t;
                entry.n_tokens = alias->tokens->len;
                entry.from = j;
                entry.flags = from_head ? ENTRY_HEAD : 0;
                entry.prefix = entry_prefixes (classes, t, entry.n_tokens, j);
                for (guint r = j; r < alias->tokens->len; r++)
                  if (t[r].kind == TOKEN_PROVINCE)
                    entry.provinces++;
                  else
                    entry.span += t[r].kind == TOKEN_LEVEL ? LEVEL_SPAN : WORD_SPAN;
                /* Long words take the long way (the fields are bytes). */
                if (t[j].kind == TOKEN_WORD && j + 1 < alias->tokens->len && t[j + 1].kind == TOKEN_WORD)
                  entry.second = t[j + 1].word[0];
                if (t[j].kind == TOKEN_WORD && t[j].len < 80)
                  {
                    entry.flags |= ENTRY_WORD;
                    entry.id = t[j].id;
                    entry.len = t[j].len;
                    if (t[j].capitals)
                      entry.flags |= ENTRY_CAPITALS;
                    if (first_letters_compatible (first_chars[c], t[j].word[0])
                        && _directive_text_letters_confusable (first_chars[c], t[j].word[0]))
                      entry.flags |= ENTRY_JOIN;
                    entry.flags |= ENTRY_JOIN_LENGTHS;
                    if (j + 1 < alias->tokens->len && t[j + 1].kind == TOKEN_WORD && t[j + 1].len < 80)
                      {
                        entry.join1 = t[j].len + t[j + 1].len;
                        if (j + 2 < alias->tokens->len && t[j + 2].kind == TOKEN_WORD && t[j + 2].len < 80)
                          entry.join2 = entry.join1 + t[j + 2].len;
                        else if (j + 2 < alias->tokens->len && t[j + 2].kind == TOKEN_WORD)
                          entry.flags &= ~ENTRY_JOIN_LENGTHS;
                      }
                    else if (j + 1 < alias->tokens->len && t[j + 1].kind == TOKEN_WORD)
                      entry.flags &= ~ENTRY_JOIN_LENGTHS;
                  }
                g_array_append_val (bucket, entry);
              }
          }
        /* Outside a list of departments the head entries are never tried: a
         * bucket without them too. */
        g_clear_pointer (&self->index[c][u][0], g_array_unref);
        g_clear_pointer (&self->index[c][u][1], g_array_unref);
        self->index[c][u][1] = bucket;
        self->index[c][u][0] = g_array_new (FALSE, FALSE, sizeof (IndexEntry));
        for (guint e = 0; e < bucket->len; e++)
          if ((g_array_index (bucket, IndexEntry, e).flags & ENTRY_HEAD) == 0)
            g_array_append_val (self->index[c][u][0], g_array_index (bucket, IndexEntry, e));
        for (guint h = 0; h < 2; h++)
          {
            g_clear_pointer (&self->keys[c][u][h], bucket_keys_free);
            self->keys[c][u][h] = bucket_keys_new (self->index[c][u][h], self->n_word_ids);
            self->longest_bucket = MAX (self->longest_bucket, self->index[c][u][h]->len);
          }
      }
  /* Too many classes: some entries have none, and no match is remembered. */
  self->trace_depth = g_hash_table_size (classes) < MATCH_CLASS_MAX ? MATCH_TRACE_DEPTH : 0;
  memset (self->plain_chars, 0, sizeof self->plain_chars);
  for (guint c = 0; c < N_FIRST_CHARS; c++)
    if (self->index[c][0][0]->len == 0 && !_directive_text_letters_confusable (first_chars[c], 'c'))
      self->plain_chars[(guchar) first_chars[c]] = 1;
}

static void
catalogue_remove_entry (DirectiveCatalogue *self,
                        DirectiveAgency    *entry)
{
  guint position;

  for (guint i = self->aliases->len; i > 0; i--)
    {
      Alias *alias = g_ptr_array_index (self->aliases, i - 1);

      if (alias->entry == entry)
        g_ptr_array_remove_index (self->aliases, i - 1);
    }
  g_hash_table_remove (self->alias_texts, entry);
  if (g_list_store_find (self->agencies, entry, &position))
    g_list_store_remove (self->agencies, position);
}

static DirectiveAgency *
catalogue_find_id (DirectiveCatalogue *self,
                   const char         *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agencies));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (G_LIST_MODEL (self->agencies), i);

      if (g_strcmp0 (directive_agency_get_id (agency), id) == 0)
        return agency;
    }

  return NULL;
}

/**
 * directive_catalogue_add_agency:
 * @self: a #DirectiveCatalogue
 * @agency: the agency to add; its name, short name and @aliases may hold the
 *   `{province}` and `{level}` placeholders
 * @aliases: (nullable) (array zero-terminated=1): other ways the agency is
 *   written, or %NULL
 *
 * Adds @agency to the catalogue. An agency with the same id as one already
 * there replaces it, so that a user's catalogue can correct the built-in one.
 */
void
directive_catalogue_add_agency (DirectiveCatalogue *self,
                                DirectiveAgency    *agency,
                                const char * const *aliases)
{
  DirectiveAgency *previous;

  g_return_if_fail (DIRECTIVE_IS_CATALOGUE (self));
  g_return_if_fail (DIRECTIVE_IS_AGENCY (agency));

  previous = catalogue_find_id (self, directive_agency_get_id (agency));
  if (previous == agency)
    return;
  if (previous != NULL)
    catalogue_remove_entry (self, previous);

  g_list_store_append (self->agencies, agency);
  g_hash_table_insert (self->alias_texts, agency, g_strdupv ((char **) aliases));

  catalogue_add_alias (self, agency, directive_agency_get_name (agency));
  catalogue_add_alias (self, agency, directive_agency_get_short_name (agency));
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    catalogue_add_alias (self, agency, aliases[i]);
  catalogue_rebuild_index (self);
}

/* The "aliases" of each agency in a directive/1 text, by id. */
static GHashTable *
read_aliases (const char  *data,
              gssize       length,
              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GHashTable *result = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  JsonNode *root;
  JsonArray *agencies;

  if (!json_parser_load_from_data (parser, data, length, error))
    {
      g_hash_table_unref (result);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return result;
  agencies = json_object_get_array_member (json_node_get_object (root), "agencies");
  if (agencies == NULL)
    return result;

  for (guint i = 0; i < json_array_get_length (agencies); i++)
    {
      JsonNode *node = json_array_get_element (agencies, i);
      JsonObject *object;
      JsonNode *aliases;
      const char *id;
      GPtrArray *strv;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      id = json_object_get_string_member_with_default (object, "id", NULL);
      aliases = json_object_get_member (object, "aliases");
      if (id == NULL || aliases == NULL || JSON_NODE_HOLDS_NULL (aliases))
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (aliases))
        {
          g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_WRONG_TYPE,
                       "agencies[%u].aliases: expected an array of strings", i);
          g_hash_table_unref (result);
          return NULL;
        }

      strv = g_ptr_array_new ();
      for (guint j = 0; j < json_array_get_length (json_node_get_array (aliases)); j++)
        {
          JsonNode *alias = json_array_get_element (json_node_get_array (aliases), j);

          if (!JSON_NODE_HOLDS_VALUE (alias) || json_node_get_value_type (alias) != G_TYPE_STRING)
            {
              g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_WRONG_TYPE,
                           "agencies[%u].aliases[%u]: expected a string", i, j);
              g_ptr_array_free (strv, TRUE);
              g_hash_table_unref (result);
              return NULL;
            }
          g_ptr_array_add (strv, json_node_dup_string (alias));
        }
      g_ptr_array_add (strv, NULL);
      g_hash_table_replace (result, g_strdup (id), g_ptr_array_free (strv, FALSE));
    }

  return result;
}

/**
 * directive_catalogue_add_from_data:
 * @self: a #DirectiveCatalogue
 * @data: (array length=length) (element-type guint8): a directive/1 document
 * @length: the length of @data in bytes, or -1 when it is NUL-terminated
 * @error: return location for a #GError
 *
 * Adds the agencies of a directive/1 document, with the `aliases` each may
 * carry (see [class@Directive.Catalogue]). Its notices are ignored. Nothing is
 * added when the document is not valid.
 *
 * Returns: %TRUE on success, %FALSE with @error set in the
 *   %DIRECTIVE_ERROR domain otherwise
 */
gboolean
directive_catalogue_add_from_data (DirectiveCatalogue  *self,
                                   const char          *data,
                                   gssize               length,
                                   GError             **error)
{
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(GHashTable) aliases = NULL;
  GListModel *agencies;

  g_return_val_if_fail (DIRECTIVE_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  collection = directive_collection_new ();
  if (!directive_collection_load_from_data (collection, data != NULL ? data : "", length, error))
    return FALSE;

  aliases = read_aliases (data, length, error);
  if (aliases == NULL)
    return FALSE;

  agencies = directive_collection_get_agencies (collection);
  self->batch++;
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);

      directive_catalogue_add_agency (self, agency,
                                      g_hash_table_lookup (aliases, directive_agency_get_id (agency)));
    }
  self->batch--;
  catalogue_rebuild_index (self);

  return TRUE;
}

/**
 * directive_catalogue_add_from_file:
 * @self: a #DirectiveCatalogue
 * @path: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Adds the agencies of a directive/1 file, as
 * [method@Directive.Catalogue.add_from_data] does.
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean
directive_catalogue_add_from_file (DirectiveCatalogue  *self,
                                   const char          *path,
                                   GError             **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DIRECTIVE_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_FAILED,
                   "%s: %s", path, local_error->message);
      return FALSE;
    }

  if (!directive_catalogue_add_from_data (self, contents, length, &local_error))
    {
      g_set_error (error, DIRECTIVE_ERROR, local_error->domain == DIRECTIVE_ERROR ? local_error->code : DIRECTIVE_ERROR_INVALID_JSON,
                   "%s: %s", path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * directive_catalogue_get_agencies:
 * @self: a #DirectiveCatalogue
 *
 * Gets the agencies of the catalogue.
 *
 * Returns: (transfer none): a list of [class@Directive.Agency]
 */
GListModel *
directive_catalogue_get_agencies (DirectiveCatalogue *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_CATALOGUE (self), NULL);

  return G_LIST_MODEL (self->agencies);
}

static DirectiveCatalogue *
load_builtin (void)
{
  DirectiveCatalogue *self = directive_catalogue_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  const char *data;

  /* Registered here, on first use, rather than by a constructor at library load. */
  _directive_places_ensure_resource ();
  bytes = g_resource_lookup_data (_directive_get_resource (), "/org/gnome/Directive/data/catalogue.json",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_critical ("The built-in agency catalogue is missing: %s", error->message);
      return self;
    }

  data = g_bytes_get_data (bytes, &size);
  if (!directive_catalogue_add_from_data (self, data, size, &error))
    g_critical ("The built-in agency catalogue is not valid: %s", error->message);

  return self;
}

/**
 * directive_catalogue_get_default:
 *
 * Gets the built-in catalogue, read the first time it is asked for. It is
 * shared: do not add to it; use [ctor@Directive.Catalogue.new_default] for a
 * catalogue to extend. It may be used from several threads at once.
 *
 * Returns: (transfer none): the built-in #DirectiveCatalogue
 */
DirectiveCatalogue *
directive_catalogue_get_default (void)
{
  static gsize initialized = 0;
  static DirectiveCatalogue *builtin = NULL;

  if (g_once_init_enter (&initialized))
    {
      builtin = load_builtin ();
      g_once_init_leave (&initialized, 1);
    }

  return builtin;
}

/**
 * directive_catalogue_new_default:
 *
 * Creates a catalogue holding a copy of the built-in one, to extend with
 * [method@Directive.Catalogue.add_from_file] or
 * [method@Directive.Catalogue.add_agency].
 *
 * Returns: (transfer full): a new #DirectiveCatalogue
 */
DirectiveCatalogue *
directive_catalogue_new_default (void)
{
  DirectiveCatalogue *builtin = directive_catalogue_get_default ();
  DirectiveCatalogue *self = directive_catalogue_new ();
  GListModel *agencies = G_LIST_MODEL (builtin->agencies);
  g_autoptr(GHashTable) copies = g_hash_table_new (NULL, NULL);

  self->batch++;
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);
      g_autoptr(DirectiveAgency) copy = directive_agency_new (directive_agency_get_id (agency),
                                                              directive_agency_get_name (agency));

      directive_agency_set_short_name (copy, directive_agency_get_short_name (agency));
      directive_agency_set_kind (copy, directive_agency_get_kind (agency));
      directive_agency_set_locality (copy, directive_agency_get_locality (agency));
      directive_agency_set_ceased_on (copy, directive_agency_get_ceased_on (agency));
      g_hash_table_insert (copies, agency, copy);
      directive_catalogue_add_agency (self, copy,
                                      g_hash_table_lookup (builtin->alias_texts, agency));
    }
  self->batch--;
  catalogue_rebuild_index (self);

  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);
      DirectiveAgency *parent = directive_agency_get_parent (agency);

      DirectiveAgency *successor = directive_agency_get_successor (agency);

      if (parent != NULL && g_hash_table_contains (copies, parent))
        directive_agency_set_parent (g_hash_table_lookup (copies, agency),
                                     g_hash_table_lookup (copies, parent), NULL);
      if (successor != NULL && g_hash_table_contains (copies, successor))
        directive_agency_set_successor (g_hash_table_lookup (copies, agency),
                                        g_hash_table_lookup (copies, successor), NULL);
    }

  return self;
}

/* ------------------------------------------------------------------ text */

typedef struct
{
  gsize ostart, oend;      /* in the original text */
  const char *word;        /* folded, without '&' (in the scan's words) */
  guint len;               /* strlen (word) */
  guint32 hash;            /* of the word (word_hash()): its place in the memo, worked out with its row */
  char sep;                /* the strongest punctuation before it: 0 at the start, ' ', ',', ';' ... */
  gboolean upper_first;    /* the original starts with a capital */
  gboolean all_upper;      /* the original's letters are all capitals */
  gint8 heads;             /* match_any (heads, TRUE) here, -1 until asked */
  guint joined[2];         /* len with the next token's and the next two's, 0 past the end */
  guint8 *same;            /* the word's row of Scan:memo, NULL until asked */
} TextToken;

typedef struct
{
  guint32 hash;
  guint32 len;
  guint8 *row;             /* NULL for an empty slot; the word follows the row */
} RowSlot;

/* How text words compared with each alias word, by the word's id: a row per
 * word, 0 not yet, 1 no, 2 yes. Per thread and for one index of one catalogue
 * (its generation); real text repeats its words, within a text and across texts. */
typedef struct
{
  guint generation;        /* the index the rows are for, 0 for none */
  guint n_row_ids;
  guint limit;             /* most rows held */
  guint busy;              /* scans using the rows: they are not cleared under them */
  guint n_rows;
  guint mask;              /* the slots, a power of two at least twice the limit, less one */
  RowSlot *slots;          /* open addressing by the word's hash */
} WordMemo;

/* About the memory the rows of a thread may take. */
#define WORD_MEMO_BYTES (1 << 20)

/* Room past each word of a scan and of a row, so that words_equal() may read eight bytes at a time. */
#define WORD_PADDING 8

/* A text_join_matches() answer: of tokens from @k on and alias word @id. */
typedef struct
{
  guint k, id;
  guint8 result;           /* 0 none, 1 no, 2 yes */
} TextJoin;

typedef struct _SpareScan SpareScan;

typedef struct
{
  const char *text;
  SpareScan *spare;        /* the thread's, when lent to the scan */
  SpareScan *thread;       /* the thread's, lent or not: its memos */
  GArray *tokens;          /* TextToken: its length the room, TOKEN_HEADROOM then n_tokens of them made */
  TextToken *token_data;   /* its tokens past the headroom, once made: a load less at each token */
  guint n_tokens;
  guint tokens_size;       /* the most tokens' room it was given, with the headroom */
  char *words;             /* the tokens' words, each NUL-terminated */
  /* The tokens that are not plain (find_mentions() steps over the others), in
   * order, when the scan was asked for them. */
  guint *leads;
  guint n_leads;
  GPtrArray *locality;     /* folded words of the locality, or NULL: the thread's (locality_words()) */
  gboolean in_province;    /* the locality is a province's: "thành phố" is a city in it */
  /* The rows of TextToken:same, when the scan has them (a catalogue's scan):
   * the thread's memo, and rows of the scan's own when it is full or in use
   * for another index. */
  WordMemo *memo;
  GPtrArray *own_rows;
  guint n_row_ids;         /* a row's length */
  /* The last text_join_matches() of each length: the aliases that start
   * with the same word ask it one after the other. */
  TextJoin text_joins[2];
  DirectiveCatalogue *catalogue;   /* whose word ids the rows have, NULL without rows */
} Scan;

/* How strongly a character parts the words around it: 0 not at all (a space), 3 most. */
static const guint8 separator_ranks[256] = {
  [';'] = 3, [':'] = 3, ['('] = 3, [')'] = 3, ['.'] = 3, ['!'] = 3, ['?'] = 3, ['"'] = 3, ['['] = 3, [']'] = 3,
  [','] = 2,
  ['-'] = 1, ['/'] = 1, ['+'] = 1,
};

static inline int
separator_rank (char c)
{
  return separator_ranks[(guchar) c];
}

enum {
  CASE_UPPER = 1 << 0,     /* g_unichar_isupper() */
  CASE_LOWER = 1 << 1,     /* g_unichar_islower() */
};

/* g_unichar_isupper() and g_unichar_islower() of U+0000 to U+1FFF, where
 * Vietnamese letters are (Latin-1, Latin Extended, Latin Extended Additional). */
#define CASE_TABLE_SIZE 0x2000
static guint8 case_table[CASE_TABLE_SIZE];

static const guint8 *
case_table_get (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (gunichar u = 0; u < CASE_TABLE_SIZE; u++)
        case_table[u] = (g_unichar_isupper (u) ? CASE_UPPER : 0) | (g_unichar_islower (u) ? CASE_LOWER : 0);
      g_once_init_leave (&initialized, 1);
    }

  return case_table;
}

/* The case of the character at @p, before @end, as CASE_UPPER | CASE_LOWER;
 * sets *@length to its length, 0 when it is not valid UTF-8. */
static inline guint
char_case (const guint8 *table,
           const char   *p,
           const char   *end,
           gsize        *length)
{
  const guchar *q = (const guchar *) p;
  gunichar u;

  /* Two bytes, or three from U+1000 to U+1FFF: the table's, from the bytes. */
  if (q[0] >= 0xc2 && q[0] <= 0xdf && end - p >= 2 && (q[1] & 0xc0) == 0x80)
    {
      *length = 2;
      return table[((q[0] & 0x1f) << 6) | (q[1] & 0x3f)];
    }
  if (q[0] == 0xe1 && end - p >= 3 && (q[1] & 0xc0) == 0x80 && (q[2] & 0xc0) == 0x80)
    {
      *length = 3;
      return table[0x1000 | ((q[1] & 0x3f) << 6) | (q[2] & 0x3f)];
    }
  u = g_utf8_get_char_validated (p, end - p);
  if (u == (gunichar) -1 || u == (gunichar) -2)
    {
      *length = 0;
      return 0;
    }
  *length = g_utf8_skip[*q];
  return (g_unichar_isupper (u) ? CASE_UPPER : 0) | (g_unichar_islower (u) ? CASE_LOWER : 0);
}

/* A thread's token array and room for the words, lent to one scan at a time:
 * they are kept while they stay small. With them, the thread's memos a scan
 * uses: one g_private_get() a scan rather than one for each. */
#define SPARE_TOKENS_MAX 1024
#define SPARE_WORDS_MAX 16384

struct _SpareScan
{
  GArray *tokens;          /* TextToken, or NULL */
  char *words;
  gsize words_size;
  guint *leads;
  guint leads_size;
  gboolean lent;
  WordMemo *memo;          /* the rows (scan_use_memo()), or NULL */
  gpointer localities;     /* LocalityWords (locality_words()), or NULL */
};

static void word_memo_free (gpointer data);
static void locality_words_free (gpointer data);

static void
spare_scan_free (gpointer data)
{
  SpareScan *spare = data;

  g_clear_pointer (&spare->tokens, g_array_unref);
  g_free (spare->words);
  g_free (spare->leads);
  g_clear_pointer (&spare->memo, word_memo_free);
  g_clear_pointer (&spare->localities, locality_words_free);
  g_free (spare);
}

static GPrivate spare_scan = G_PRIVATE_INIT (spare_scan_free);
/* The thread's states below are read through a _Thread_local pointer set
 * beside each GPrivate: g_private_get() is a call, and pthread_getspecific()
 * another, at each scan; the GPrivate frees the state with the thread. */
static _Thread_local SpareScan *spare_scan_tls;

/* Letters and digits of a fold, and '&': the characters of a token. */
static const guint8 token_chars[256] = {
  ['&'] = 1,
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
  ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
  ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* The hash of a word of @len bytes with WORD_PADDING more to read: eight
 * bytes at a time, the bytes past @len masked off. */
static inline guint32
word_hash (const char *word,
           guint       len)
{
  guint64 h = len, x;
  guint c = 0;

  for (; c + 8 <= len; c += 8)
    {
      memcpy (&x, word + c, 8);
      h = (h ^ x) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
      h ^= h >> 32;
    }
  if (c < len)
    {
      memcpy (&x, word + c, 8);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      x &= (G_GUINT64_CONSTANT (1) << (8 * (len - c))) - 1;
#else
      x >>= 64 - 8 * (len - c);
#endif
      h = (h ^ x) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
      h ^= h >> 32;
    }

  return (guint32) h;
}

/* Room in a scan's token array before its first token: the joins of the two
 * tokens before each are set there too for the first two, without asking. */
#define TOKEN_HEADROOM 2

/* Sets @token, after TOKEN_HEADROOM others or tokens, to the token of folded
 * [@fstart, @i), @len bytes of it its word (in @words at @fstart), and the
 * joins of the two before it. */
static G_ALWAYS_INLINE inline void
scan_set_token (TextToken    *token,
                const char   *text,
                const gsize  *offsets,
                char         *words,
                gsize         fstart,
                gsize         i,
                gsize         len,
                char          sep,
                const guint8 *table)
{
  guint seen = 0;    /* CASE_UPPER, CASE_LOWER of the letters */
  const char *p, *end;

  words[fstart + len] = '\0';
  token->ostart = offsets[fstart];
  token->oend = offsets[i];
  token->word = words + fstart;
  token->len = len;
  token->sep = sep;
  token->heads = -1;
  token->same = NULL;
  /* The joins' lengths, 0 past the end: the token's own until the next ones
   * come. Those of the headroom are not read. */
  token->joined[0] = token->joined[1] = 0;
  token[-1].joined[0] = token[-1].len + len;
  token[-2].joined[1] = token[-2].joined[0] + len;

  p = text + token->ostart;
  end = text + token->oend;
  token->upper_first = FALSE;
  token->all_upper = FALSE;
  if (p >= end || *p == '\0')
    return;
  /* The first character, apart: most words start with a small letter, which
   * settles both. ASCII from the table too (GLib's answer there is A-Z and a-z). */
  if ((guchar) *p < 0x80)
    seen = table[(guchar) *p];
  else
    {
      gsize length;

      seen = char_case (table, p, end, &length);
      if (length == 0)
        return;
      p += length - 1;
    }
  p++;
  /* "$6" and "5ở" stand for "Sở": a first character that is not a
   * lowercase letter counts as a capital. */
  if (seen & CASE_LOWER)
    return;
  token->upper_first = TRUE;
  /* Once a lowercase letter was seen the word is not in capitals: the rest
   * tells nothing more. */
  while (p < end && !(seen & CASE_LOWER))
    {
      gsize length = 1;
      guint flags;

      if (*p == '\0')
        break;
      if ((guchar) *p < 0x80)
        flags = table[(guchar) *p];
      else
        {
          flags = char_case (table, p, end, &length);
          if (length == 0)
            break;
        }
      /* A character is never both. */
      seen |= flags;
      p += length;
    }
  token->all_upper = (seen & CASE_UPPER) && !(seen & CASE_LOWER);
}

/* Adds the token of folded [@fstart, @i), @len bytes of it its word (in @words at
 * @fstart), to @tokens (grown when full), after @n of them. */
static G_ALWAYS_INLINE inline void
scan_add_token (Scan         *scan,
                GArray       *tokens,
                guint        *n,
                const char   *text,
                const gsize  *offsets,
                char         *words,
                gsize         fstart,
                gsize         i,
                gsize         len,
                char          sep,
                const guint8 *table)
{
  if (*n + TOKEN_HEADROOM == tokens->len)
    {
      g_array_set_size (tokens, 2 * tokens->len);
      scan->tokens_size = tokens->len;
    }
  scan_set_token (&g_array_index (tokens, TextToken, TOKEN_HEADROOM + *n), text, offsets, words, fstart, i, len, sep,
                  table);
  (*n)++;
}

/* Adds token @k to the leads, grown when full. */
static inline void
scan_add_lead (guint **leads,
               guint  *n_leads,
               guint  *size,
               guint   k)
{
  if (G_UNLIKELY (*n_leads == *size))
    {
      *size *= 2;
      *leads = g_renew (guint, *leads, *size);
    }
  (*leads)[(*n_leads)++] = k;
}

/* Whether the token just added is a lead: not plain by @plain (a catalogue's
 * plain_chars), that is with a capital or a first character some alias has. */
#define IS_LEAD(token, plain) ((token)->upper_first || !(plain)[(guchar) (token)->word[0]])

/* Cuts @text into tokens, from its fold (_directive_text_fold_with_offsets()),
 * and its words as _directive_fold_words() cut them when @cut is not NULL.
 * With @plain (a catalogue's plain_chars) it notes the leads as it goes,
 * while each token is at hand. */
static void
scan_tokenize_folded (Scan         *scan,
                      const char   *text,
                      const char   *folded,
                      const gsize  *offsets,
                      gsize         folded_len,
                      GArray       *cut,
                      const guint8 *plain)
{
  GArray *tokens;
  char *words;
  guint *leads = NULL;
  guint n_leads = 0, leads_size = 0;
  SpareScan *spare;
  char sep = 0;
  gsize i = 0;
  guint n = 0;
  const guint8 *table = case_table_get ();

  /* The words are the fold's own bytes, copied once: each ends where a
   * character that is no token's stands, which becomes its NUL, and a word
   * without its '&' is shorter than its place. The tokens are written in
   * place, the array grown when full (its length is their room); the
   * thread's spare ones, when no other scan has them, save making them. */
  spare = spare_scan_tls;
  if (spare == NULL)
    {
      spare = g_new0 (SpareScan, 1);
      g_private_set (&spare_scan, spare);
      spare_scan_tls = spare;
    }
  scan->thread = spare;
  if (!spare->lent)
    {
      spare->lent = TRUE;
      scan->spare = spare;
      if (spare->tokens == NULL)
        spare->tokens = g_array_sized_new (FALSE, FALSE, sizeof (TextToken), TOKEN_HEADROOM + folded_len / 4 + 1);
      tokens = spare->tokens;
      if (folded_len + 1 + WORD_PADDING <= SPARE_WORDS_MAX && spare->words == NULL)
        {
          spare->words = g_malloc (SPARE_WORDS_MAX);
          spare->words_size = SPARE_WORDS_MAX;
        }
      words = folded_len + 1 + WORD_PADDING <= spare->words_size ? spare->words
                                                                  : g_malloc (folded_len + 1 + WORD_PADDING);
      if (plain != NULL)
        {
          if (spare->leads == NULL)
            {
              spare->leads_size = SPARE_TOKENS_MAX / 4;
              spare->leads = g_new (guint, spare->leads_size);
            }
          leads = spare->leads;
          leads_size = spare->leads_size;
        }
    }
  else
    {
      tokens = g_array_sized_new (FALSE, FALSE, sizeof (TextToken), TOKEN_HEADROOM + folded_len / 4 + 1);
      words = g_malloc (folded_len + 1 + WORD_PADDING);
      if (plain != NULL)
        {
          leads_size = 64;
          leads = g_new (guint, leads_size);
        }
    }
  /* The array's length is the room for tokens (scan:n_tokens is their number):
   * the thread's spare one keeps the room it had, without a call to set it again. */
  if (tokens->len < TOKEN_HEADROOM + folded_len / 4 + 1)
    g_array_set_size (tokens, TOKEN_HEADROOM + folded_len / 4 + 1);
  scan->tokens_size = tokens->len;
  /* The headroom's joins are written from what it has there: defined. */
  g_array_index (tokens, TextToken, TOKEN_HEADROOM - 1).len = 0;
  g_array_index (tokens, TextToken, TOKEN_HEADROOM - 2).joined[0] = 0;
  memcpy (words, folded, folded_len);
  memset (words + folded_len, 0, 1 + WORD_PADDING);

  /* Without an '&' the tokens are the words (letters and digits) already cut:
   * only the separators between them are left to read. A catalogue's scan
   * (with @plain, the only one with @cut): its leads are noted without asking
   * for @plain at each. */
  if (cut != NULL && plain != NULL && memchr (folded, '&', folded_len) == NULL)
    {
      const DirectiveWord *w = (const DirectiveWord *) (gpointer) cut->data;
      guint n_cut = cut->len;   /* not read again after each word's NUL */
      TextToken *data;

      /* A token a word: room for all at once, and none asked at each. */
      if (TOKEN_HEADROOM + n_cut > tokens->len)
        {
          g_array_set_size (tokens, TOKEN_HEADROOM + n_cut);
          scan->tokens_size = tokens->len;
        }
      data = (TextToken *) (gpointer) tokens->data + TOKEN_HEADROOM;

      for (guint c = 0; c < n_cut; c++)
        {
          /* Most words are parted by a single space, which changes nothing. */
          if (!(w[c].start == i + 1 && folded[i] == ' '))
            {
              int rank = separator_rank (sep);

              for (; i < w[c].start; i++)
                if (separator_rank (folded[i]) > rank)
                  {
                    sep = folded[i];
                    rank = separator_rank (sep);
                  }
            }
          i = w[c].end;
          scan_set_token (&data[c], text, offsets, words, w[c].start, i, i - w[c].start, sep, table);
          if (IS_LEAD (&data[c], plain))
            scan_add_lead (&leads, &n_leads, &leads_size, c);
          sep = ' ';
        }
      n = n_cut;
      i = folded_len;
    }

  while (i < folded_len)
    {
      char c = folded[i];

      if (token_chars[(guchar) c] && !(c == '&' && (i + 1 >= folded_len || !token_chars[(guchar) folded[i + 1]])))
        {
          gsize fstart = i;
          gsize len;
          gboolean amp = FALSE;

          while (i < folded_len && token_chars[(guchar) folded[i]])
            {
              amp |= folded[i] == '&';
              i++;
            }
          len = i - fstart;
          if (G_UNLIKELY (amp))
            {
              len = 0;
              for (gsize f = fstart; f < i; f++)
                if (folded[f] != '&')
                  words[fstart + len++] = folded[f];
              if (len == 0)
                {
                  sep = ' ';
                  continue;
                }
            }
          scan_add_token (scan, tokens, &n, text, offsets, words, fstart, i, len, sep, table);
          if (plain != NULL && IS_LEAD (&g_array_index (tokens, TextToken, TOKEN_HEADROOM + n - 1), plain))
            scan_add_lead (&leads, &n_leads, &leads_size, n - 1);
          sep = ' ';
        }
      else
        {
          if (separator_rank (c) > separator_rank (sep))
            sep = c;
          i++;
        }
    }

  scan->text = text;
  scan->tokens = tokens;
  scan->token_data = (TextToken *) (gpointer) tokens->data + TOKEN_HEADROOM;
  scan->n_tokens = n;
  scan->words = words;
  scan->leads = leads;
  scan->n_leads = n_leads;
  if (scan->spare != NULL && plain != NULL)
    {
      spare->leads = leads;
      spare->leads_size = leads_size;
    }
}

#undef IS_LEAD

static void
scan_tokenize (Scan         *scan,
               const char   *text,
               gsize         length,
               const guint8 *plain)
{
  g_autofree gsize *offsets = NULL;
  gsize folded_len = 0;
  g_autofree char *folded = _directive_text_fold_with_offsets (text, length, &offsets, &folded_len);

  scan_tokenize_folded (scan, text, folded, offsets, folded_len, NULL, plain);
}

/* Drops the rows; @limit (0 to leave the slots as they are) is the new limit. */
static void
word_memo_reset (WordMemo *memo,
                 guint     limit)
{
  if (memo->n_rows > 0)
    for (guint i = 0; i <= memo->mask; i++)
      g_free (memo->slots[i].row);
  memo->n_rows = 0;
  if (limit > 0 && limit != memo->limit)
    {
      guint size = 16;

      while (size < 2 * limit)
        size *= 2;
      g_free (memo->slots);
      memo->slots = g_new (RowSlot, size);
      memo->mask = size - 1;
      memo->limit = limit;
    }
  if (memo->slots != NULL)
    memset (memo->slots, 0, (memo->mask + 1) * sizeof (RowSlot));
}

static void
word_memo_free (gpointer data)
{
  WordMemo *memo = data;

  word_memo_reset (memo, 0);
  g_free (memo->slots);
  g_free (memo);
}

/* Gives @scan the rows for @self's index. */
static void
scan_use_memo (Scan               *scan,
               DirectiveCatalogue *self)
{
  WordMemo *memo = scan->thread->memo;

  scan->n_row_ids = self->n_row_ids;
  scan->catalogue = self;
  if (memo == NULL)
    memo = scan->thread->memo = g_new0 (WordMemo, 1);
  if (memo->busy == 0
      && (memo->generation != self->generation || memo->n_rows >= memo->limit))
    {
      word_memo_reset (memo, MAX (256, WORD_MEMO_BYTES / (self->n_row_ids + 16)));
      memo->generation = self->generation;
      memo->n_row_ids = self->n_row_ids;
    }
  if (memo->generation == self->generation)
    {
      scan->memo = memo;
      memo->busy++;
    }
}

static void
scan_clear (Scan *scan)
{
  if (scan->memo != NULL)
    scan->memo->busy--;
  scan->memo = NULL;
  g_clear_pointer (&scan->own_rows, g_ptr_array_unref);
  if (scan->spare != NULL)
    {
      /* Given back; an array that grew big is not kept. */
      if (scan->tokens_size > SPARE_TOKENS_MAX)
        g_clear_pointer (&scan->spare->tokens, g_array_unref);
      scan->tokens = NULL;
      if (scan->words == scan->spare->words)
        scan->words = NULL;
      if (scan->leads == scan->spare->leads)
        {
          if (scan->spare->leads_size > SPARE_TOKENS_MAX)
            {
              g_clear_pointer (&scan->spare->leads, g_free);
              scan->spare->leads_size = 0;
            }
          scan->leads = NULL;
        }
      scan->spare->lent = FALSE;
      scan->spare = NULL;
    }
  g_clear_pointer (&scan->tokens, g_array_unref);
  g_clear_pointer (&scan->words, g_free);
  g_clear_pointer (&scan->leads, g_free);
  scan->locality = NULL;
}

static GPtrArray *
split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folded = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return words;
  folded = _directive_text_fold (text, -1);
  parts = g_strsplit_set (folded, " -,.", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));

  return words;
}

/* split_words() of the localities a thread asked about last, the latest
 * first: a parse asks with the same one for every text it scans, and a
 * thread's documents come from a few provinces. Room for as many as the
 * country has (63 provinces): with fewer, documents of more provinces than
 * the room, in turn, had each of their parses split its locality again. */
#define N_LOCALITY_WORDS 64

typedef struct
{
  char *locality[N_LOCALITY_WORDS];
  GPtrArray *words[N_LOCALITY_WORDS];
  gboolean in_province[N_LOCALITY_WORDS];   /* a province's, not a city's */
} LocalityWords;

static void
locality_words_free (gpointer data)
{
  LocalityWords *last = data;

  for (guint i = 0; i < N_LOCALITY_WORDS; i++)
    {
      g_free (last->locality[i]);
      g_clear_pointer (&last->words[i], g_ptr_array_unref);
    }
  g_free (last);
}

/* Puts the words of @locality, new, in the last place of @last (the
 * oldest goes): the rare case of locality_words(), out of its way. */
static G_GNUC_NO_INLINE void
locality_words_add (LocalityWords *last,
                    const char    *locality)
{
  guint i = N_LOCALITY_WORDS - 1;

  g_free (last->locality[i]);
  g_clear_pointer (&last->words[i], g_ptr_array_unref);
  last->locality[i] = g_strdup (locality);
  last->words[i] = split_words (locality);
  last->in_province[i] = _directive_places_lookup (locality, DIRECTIVE_PLACE_PROVINCE, NULL, NULL) != NULL
                         && !_directive_places_is_city (locality);
}

/* split_words (@locality), @thread's (its SpareScan keeps them), read-only.
 * Not a reference: only a scan's start asks, and an array goes only once
 * N_LOCALITY_WORDS others were asked since, so it outlives the scan.
 * *@in_province: whether it is a province that is not a city. */
static GPtrArray *
locality_words (SpareScan  *thread,
                const char *locality,
                gboolean   *in_province)
{
  LocalityWords *last = thread->localities;
  char *found_locality;
  GPtrArray *found_words;
  gboolean found_in_province;
  guint i;

  if (G_UNLIKELY (last == NULL))
    last = thread->localities = g_new0 (LocalityWords, 1);
  for (i = 0; i < N_LOCALITY_WORDS && last->locality[i] != NULL; i++)
    if (g_str_equal (last->locality[i], locality))
      break;
  if (G_UNLIKELY (i == N_LOCALITY_WORDS || last->locality[i] == NULL))
    {
      i = N_LOCALITY_WORDS - 1;
      locality_words_add (last, locality);
    }
  found_locality = last->locality[i];
  found_words = last->words[i];
  found_in_province = last->in_province[i];
  /* Most often the latest already: nothing to move. */
  for (; i > 0; i--)
    {
      last->locality[i] = last->locality[i - 1];
      last->words[i] = last->words[i - 1];
      last->in_province[i] = last->in_province[i - 1];
    }
  last->locality[0] = found_locality;
  last->words[0] = found_words;
  last->in_province[0] = found_in_province;
  *in_province = found_in_province;

  return found_words;
}

static inline TextToken *
scan_token (const Scan *scan,
            guint       k)
{
  return &scan->token_data[k];
}

/* Whether @token's word is the literal @lit: by its length first, and
 * compared inline rather than by a strcmp() call. */
#define TOKEN_IS(token, lit) \
  ((token)->len == sizeof (lit) - 1 && memcmp ((token)->word, (lit), sizeof (lit) - 1) == 0)

/* Whether a match may run on from token @k - 1 into token @k. */
static inline gboolean
joins (const Scan *scan,
       guint       k,
       gboolean    comma_allowed)
{
  TextToken *token = scan_token (scan, k);
  TextToken *previous;

  if (k == 0)
    return FALSE;
  if (token->sep == ',')
    return comma_allowed;
  if (token->sep == '.')
    {
      /* "TP. Hồ Chí Minh": a dot after a short abbreviation does not end a name. */
      previous = scan_token (scan, k - 1);
      return previous->len <= 3 && previous->all_upper;
    }
  return separator_rank (token->sep) < 3;
}

static gboolean
word_at (const Scan *scan,
         guint       k,
         const char *word)
{
  return k < scan->n_tokens
         && _directive_text_word_matches_len (scan_token (scan, k)->word, scan_token (scan, k)->len,
                                              word, strlen (word), FALSE);
}

static inline gboolean word_is (const Scan *scan, guint k, Probe probe);

/* Matches "tỉnh" / "thành phố" / "TP" at @k; returns the tokens used, 0 if none.
 * In a province's text "thành phố" is one of its cities ("Công an thành phố"
 * in Bảo Lộc's letter is the city's), not the province. */
static guint
match_level (const Scan *scan,
             guint       k)
{
  TextToken *token;

  if (k >= scan->n_tokens)
    return 0;
  token = scan_token (scan, k);
  if (word_is (scan, k, PROBE_TINH))
    return 1;
  if (scan->in_province)
    return 0;
  if (TOKEN_IS (token, "tp") || word_is (scan, k, PROBE_THANHPHO))
    return 1;
  if (word_is (scan, k, PROBE_THANH) && k + 1 < scan->n_tokens && joins (scan, k + 1, FALSE)
      && word_is (scan, k + 1, PROBE_PHO))
    return 2;
  return 0;
}

/* Matches the locality's words at @k; without a locality, one to four
 * words in capitals. Returns the tokens used, 0 if none. */
static guint
match_province (const Scan *scan,
                guint       k)
{
  guint n = 0;

  if (scan->locality != NULL && scan->locality->len > 0)
    {
      for (guint i = 0; i < scan->locality->len; i++)
        {
          if (k + i >= scan->n_tokens || (i > 0 && !joins (scan, k + i, FALSE))
              || !_directive_text_word_matches (scan_token (scan, k + i)->word, scan_token (scan, k + i)->len,
                                                g_ptr_array_index (scan->locality, i), FALSE))
            return 0;
        }
      return scan->locality->len;
    }

  /* Words in capitals throughout belong to a heading, not to a place name. */
  while (k + n < scan->n_tokens && n < 4 && scan_token (scan, k + n)->upper_first
         && !(scan_token (scan, k + n)->all_upper && scan_token (scan, k + n)->len > 1)
         && (n == 0 || joins (scan, k + n, FALSE)))
    n++;

  return n;
}

static inline gboolean
first_letters_compatible (char a,
                          char b)
{
  /* Classes of letters OCR confuses: vowels and d; i, l, 1, t; o, 0. */
  static const guint8 classes[128] = {
    ['a'] = 1, ['e'] = 1, ['i'] = 1 | 2, ['o'] = 1 | 4, ['u'] = 1, ['y'] = 1, ['d'] = 1,
    ['l'] = 2, ['1'] = 2, ['t'] = 2, ['0'] = 4,
  };

  if (a == b)
    return TRUE;
  if ((guchar) a >= 128 || (guchar) b >= 128)
    return FALSE;
  return (classes[(guchar) a] & classes[(guchar) b]) != 0;
}

/* Whether words @a and @b, of @len bytes and WORD_PADDING more to read, are the same:
 * eight bytes at a time, the bytes past @len masked off. */
static inline gboolean
words_equal (const char *a,
             const char *b,
             guint       len)
{
  guint64 x, y;
  guint c = 0;

  for (; c + 8 <= len; c += 8)
    {
      memcpy (&x, a + c, 8);
      memcpy (&y, b + c, 8);
      if (x != y)
        return FALSE;
    }
  if (c == len)
    return TRUE;
  memcpy (&x, a + c, 8);
  memcpy (&y, b + c, 8);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return ((x ^ y) & ((G_GUINT64_CONSTANT (1) << (8 * (len - c))) - 1)) == 0;
#else
  return ((x ^ y) >> (64 - 8 * (len - c))) == 0;
#endif
}

static guint8 *scan_row_find (const Scan *scan, TextToken *token);

/* The row of token @k's word, made when first asked. */
static inline guint8 *
scan_row (const Scan *scan,
          guint       k)
{
  TextToken *token = scan_token (scan, k);

  if (token->same != NULL)
    return token->same;
  return scan_row_find (scan, token);
}

/* The new row of @token's word, not in the memo: in the memo's empty slot
 * @i when the memo has room, or the scan's own. Apart from scan_row_find(),
 * whose finding the row, most often, then needs fewer registers kept. */
static G_GNUC_NO_INLINE guint8 *
scan_row_make (const Scan *scan,
               TextToken  *token,
               guint       i)
{
  WordMemo *memo = scan->memo;
  guint8 *row;

  if (memo != NULL && memo->n_rows < memo->limit)
    {
      row = g_malloc0 (scan->n_row_ids + token->len + WORD_PADDING);
      memcpy (row + scan->n_row_ids, token->word, token->len + 1);
      memo->slots[i].hash = token->hash;
      memo->slots[i].len = token->len;
      memo->slots[i].row = row;
      memo->n_rows++;
      return token->same = row;
    }
  row = g_new0 (guint8, scan->n_row_ids);
  /* Made when first needed: most scans have room in the memo. */
  if (scan->own_rows == NULL)
    ((Scan *) scan)->own_rows = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (scan->own_rows, row);

  return token->same = row;
}

/* The row of @token's word in @memo (rows of @n_row_ids), or NULL with *@i
 * the empty slot where it goes; sets the token's hash. A word of at most
 * eight bytes, most, is compared as the eight bytes it hashed: a row's word
 * has zeros past it. */
static G_ALWAYS_INLINE inline guint8 *
word_memo_find (const WordMemo *memo,
                guint           n_row_ids,
                TextToken      *token,
                guint          *i)
{
  guint len = token->len;
  guint32 hash;

  if (len <= 8)
    {
      guint64 x, h;

      memcpy (&x, token->word, 8);
      if (len < 8)
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
        x &= (G_GUINT64_CONSTANT (1) << (8 * len)) - 1;
#else
        x >>= 64 - 8 * len;
#endif
      /* word_hash()'s */
      h = (len ^ x) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
      hash = token->hash = (guint32) (h ^ (h >> 32));
      for (*i = hash & memo->mask; memo->slots[*i].row != NULL; *i = (*i + 1) & memo->mask)
        if (memo->slots[*i].hash == hash && memo->slots[*i].len == len)
          {
            guint64 y;

            memcpy (&y, memo->slots[*i].row + n_row_ids, 8);
#if G_BYTE_ORDER != G_LITTLE_ENDIAN
            y >>= 64 - 8 * len;
#endif
            if (x == y)
              return memo->slots[*i].row;
          }
      return NULL;
    }
  hash = token->hash = word_hash (token->word, len);
  for (*i = hash & memo->mask; memo->slots[*i].row != NULL; *i = (*i + 1) & memo->mask)
    if (memo->slots[*i].hash == hash && memo->slots[*i].len == len
        && words_equal ((const char *) memo->slots[*i].row + n_row_ids, token->word, len))
      return memo->slots[*i].row;
  return NULL;
}

static guint8 *
scan_row_find (const Scan *scan,
               TextToken  *token)
{
  WordMemo *memo = scan->memo;
  guint i = 0;

  if (memo != NULL)
    {
      guint8 *row = word_memo_find (memo, scan->n_row_ids, token, &i);

      if (row != NULL)
        return token->same = row;
    }
  /* Not there: a new row. */
  return scan_row_make (scan, token, i);
}

/* The rows of the tokens that are not plain (the leads), from the memo, at once: each is
 * asked about (word_is() "các" at least), and a loop finds them for less than
 * the calls would. A plain token is stepped over unasked, but for a few within
 * a match: it gets its row (and its hash) when asked. */
static void
scan_fill_rows (Scan *scan)
{
  WordMemo *memo = scan->memo;

  if (memo == NULL)
    return;
  for (guint l = 0; l < scan->n_leads; l++)
    {
      TextToken *token = &scan->token_data[scan->leads[l]];
      guint i;

      token->same = word_memo_find (memo, scan->n_row_ids, token, &i);
      if (token->same == NULL && memo->n_rows < memo->limit)
        scan_row_make (scan, token, i);
    }
}

/* _directive_text_word_matches() of token @k and alias word @expected, worked out once per word. */
static gboolean
token_word_matches (const Scan       *scan,
                    guint             k,
                    const AliasToken *expected)
{
  TextToken *token = scan_token (scan, k);
  guint8 *row;

  if (scan->catalogue == NULL)
    return _directive_text_word_matches_len (token->word, token->len, expected->word, expected->len,
                                             expected->strict);
  /* A token without its row yet (no lead) is most often asked here: the
   * memo is looked at inline, without scan_row_find()'s call. */
  row = token->same;
  if (row == NULL)
    {
      guint i = 0;

      if (scan->memo != NULL && (row = word_memo_find (scan->memo, scan->n_row_ids, token, &i)) != NULL)
        token->same = row;
      else
        row = scan_row_make (scan, token, i);
    }
  if (row[expected->id] == 0)
    row[expected->id] = _directive_text_word_matches_len (token->word, token->len, expected->word,
                                                          expected->len, expected->strict) ? 2 : 1;
  return row[expected->id] == 2;
}

/* The same by the word's id. */
static inline gboolean
token_word_matches_id (const Scan         *scan,
                       guint               k,
                       guint               id,
                       DirectiveCatalogue *self)
{
  guint8 *row = scan_token (scan, k)->same;

  if (row != NULL && row[id] != 0)
    return row[id] == 2;
  return token_word_matches (scan, k, g_ptr_array_index (self->id_words, id));
}

/* word_at() for a probe word, remembered with the alias words when the scan can. */
static inline gboolean
word_is (const Scan *scan,
         guint       k,
         Probe       probe)
{
  if (k >= scan->n_tokens)
    return FALSE;
  if (scan->catalogue == NULL)
    return _directive_text_word_matches_len (scan_token (scan, k)->word, scan_token (scan, k)->len,
                                             probes[probe].word, strlen (probes[probe].word),
                                             probes[probe].strict);
  return token_word_matches_id (scan, k, scan->catalogue->probe_ids[probe], scan->catalogue);
}

/* Inline: most questions end at the remembered answer. */
static G_ALWAYS_INLINE inline gboolean
token_matches (const Scan       *scan,
               guint             k,
               const AliasToken *expected,
               gboolean          first)
{
  TextToken *token = scan_token (scan, k);

  if (expected->capitals && !token->all_upper)
    return FALSE;
  /* Names start with a capital, and OCR keeps it: "tỉnh đón" is not "Tỉnh đoàn". */
  if (first && expected->capital && !token->upper_first)
    return FALSE;
  /* Known already, most of the time: without the call. */
  if (token->same != NULL && token->same[expected->id] != 0)
    return token->same[expected->id] == 2;
  return token_word_matches (scan, k, expected);
}

/* Whether alias word @j can match at text token @k by a join (of text words or of
 * alias words) of the same length, starting with a letter OCR confuses with the
 * word's, as match_from() tries them: only between compatible first letters, and
 * compared strictly. FALSE means match_from() can go on there only by the word itself. */
static inline gboolean
word_may_join (const Scan       *scan,
               const AliasToken *tokens,
               guint             j,
               guint             k)
{
  const AliasToken *expected = &tokens[j];
  const TextToken *token = scan_token (scan, k);

  if (!first_letters_compatible (token->word[0], expected->word[0])
      || (j == 0 && expected->capital && !token->upper_first)
      || !_directive_text_letters_confusable (token->word[0], expected->word[0]))
    return FALSE;
  /* The joins' lengths are 0 when there is nothing to join, and no word is empty. */
  return token->len == expected->joined[0] || token->len == expected->joined[1]
         || expected->len == token->joined[0] || expected->len == token->joined[1];
}

/* The strictest budget of _directive_text_word_matches_len(), in tenths. */
#define STRICT_BUDGET10 5

/* Whether text tokens [@k, @k + @extra], @expected's length together, are alias
 * word @expected, compared strictly, where joins() lets a match run on across
 * them. Of the same length, compared letter by letter: token by token, without
 * joining them; the first letters first, where most part. */
static G_GNUC_NO_INLINE gboolean
text_join_work (const Scan       *scan,
                guint             k,
                guint             extra,
                const AliasToken *expected)
{
  int cost = 0;
  guint at = 0;
  TextJoin *last = (TextJoin *) &scan->text_joins[extra - 1];

  last->k = k;
  last->id = expected->id;
  last->result = 1;

  for (guint e = 1; e <= extra; e++)
    if (!joins (scan, k + e, FALSE))
      return FALSE;
  if (expected->capitals && !scan_token (scan, k)->all_upper)
    return FALSE;
  if (!_directive_text_letters_confusable (scan_token (scan, k)->word[0], expected->word[0]))
    return FALSE;

  for (guint e = 0; e <= extra && cost <= STRICT_BUDGET10; e++)
    {
      const TextToken *part = scan_token (scan, k + e);

      cost += _directive_text_substitution_cost10 (part->word, expected->word + at, part->len,
                                                   STRICT_BUDGET10 - cost);
      at += part->len;
    }

  if (cost <= STRICT_BUDGET10)
    last->result = 2;
  return cost <= STRICT_BUDGET10;
}

/* text_join_work(), whose last answer of each length is asked again most of
 * the time: that is looked at inline, without the call and its registers. */
static inline gboolean
text_join_matches (const Scan       *scan,
                   guint             k,
                   guint             extra,
                   const AliasToken *expected)
{
  const TextJoin *last = &scan->text_joins[extra - 1];

  if (last->result != 0 && last->k == k && last->id == expected->id)
    return last->result == 2;
  return text_join_work (scan, k, extra, expected);
}

/* Whether token @k is alias words [@j, @j + @extra] run together (@extra of
 * expected->joined[], the token's length), compared strictly. */
static inline gboolean
alias_join_matches (const Scan       *scan,
                    guint             k,
                    guint             extra,
                    const AliasToken *expected)
{
  const TextToken *token = scan_token (scan, k);
  guint8 *row;
  guint id = expected->joined_id[extra - 1];

#define ALIAS_JOIN_MATCHES() \
  (_directive_text_letters_confusable (token->word[0], expected->joined_word[extra - 1][0]) \
   && _directive_text_substitution_cost10 (token->word, expected->joined_word[extra - 1], token->len, \
                                           STRICT_BUDGET10) <= STRICT_BUDGET10)
  if (scan->catalogue == NULL)
    return ALIAS_JOIN_MATCHES ();
  /* The same word and joined word answer the same: many aliases share the
   * joined word ("các sở" of "Các sở, ban, ngành"), text repeats its words. */
  row = scan_row (scan, k);
  if (row[id] == 0)
    row[id] = ALIAS_JOIN_MATCHES () ? 2 : 1;
#undef ALIAS_JOIN_MATCHES
  return row[id] == 2;
}

/* Whether match_from() may go on from alias word @expected at token @k by a
 * join (the tests it makes before going on), @expected being no word the
 * token matches by itself. */
static gboolean
join_may_match (const Scan       *scan,
                guint             k,
                const AliasToken *expected)
{
  const TextToken *token = scan_token (scan, k);

  for (guint extra = 1; extra <= 2; extra++)
    if ((token->joined[extra - 1] == expected->len && text_join_matches (scan, k, extra, expected))
        || (expected->joined[extra - 1] == token->len && alias_join_matches (scan, k, extra, expected)))
      return TRUE;

  return FALSE;
}

/* Where a match_from() from an entry's first word went without a turn it
 * could come back to: the text token after each of its first alias words.
 * The next entry that starts with words of the same class (IndexEntry:prefix)
 * at the same token goes the same way through them, and goes on from there. */
typedef struct
{
  guint64 prefix;          /* IndexEntry:prefix of the entry whose match it was */
  guint depth;             /* the words gone through, at most limit; 0 from an entry's first word */
  guint limit;             /* the most noted: MATCH_TRACE_DEPTH, or 0 for a match not to note */
  guint k[MATCH_TRACE_DEPTH + 1];   /* the token after each, k[0] the start */
} MatchTrace;

/* How many of @entry's first words @trace went through as @entry would. */
static inline guint
match_trace_depth (const MatchTrace *trace,
                   const IndexEntry *entry)
{
  /* The classes of a prefix are alike up to the first that is not. */
  guint64 differ = entry->prefix ^ trace->prefix;
  guint d = differ == 0 ? MATCH_TRACE_DEPTH : _directive_lowest_bit (differ) / 16;

  return MIN (d, trace->depth);
}

/* Notes in @trace that match_from() went on to token @k past one more alias word. */
static inline void
match_trace_step (MatchTrace *trace,
                  guint       k)
{
  if (trace->depth < trace->limit)
    trace->k[++trace->depth] = k;
}

/* Matches alias tokens [@j, end) from text token @k on; returns the end token or 0.
 * Where a word can only match by itself (no join of its length), or a
 * placeholder, there is nothing to come back to: the match goes on in the
 * loop, and calls itself only where a join may be tried next. Those steps
 * are noted in @trace, which has the words before @j: none at an entry's
 * first word (the match's first, where nothing comes before), all it may
 * for a match that goes on from another, whose steps are not noted. */
static guint
match_from (const Scan       *scan,
            const AliasToken *alias,
            guint             n_alias,
            guint             j,
            guint             k,
            MatchTrace       *trace)
{
  guint n_tokens = scan->n_tokens;
  gboolean first = trace->depth == 0;

  for (;; first = FALSE)
    {
      const AliasToken *expected;
      const TextToken *token;
      gboolean single, joinable;
      guint used;
      MatchTrace none;

      if (j == n_alias)
        return k;
      if (k >= n_tokens)
        return 0;

      expected = &alias[j];
      if (!first && !joins (scan, k, expected->comma))
        return 0;

      switch (expected->kind)
        {
        case TOKEN_LEVEL:
          used = match_level (scan, k);
          if (used == 0)
            return 0;
          j++;
          k += used;
          match_trace_step (trace, k);
          continue;
        case TOKEN_PROVINCE:
          used = match_province (scan, k);
          if (used == 0)
            return 0;
          j++;
          k += used;
          match_trace_step (trace, k);
          continue;
        case TOKEN_WORD:
        default:
          break;
        }

      single = token_matches (scan, k, expected, j == 0);

      /* Words split or run together: "PT-TH" for "PTTH", "BANNHANDAN" for "ban nhân dân".
       * A join is tried only at its own length (below): most of the time there is none. */
      token = scan_token (scan, k);
      joinable = !((token->joined[0] != expected->len && token->joined[1] != expected->len
                    && expected->joined[0] != token->len && expected->joined[1] != token->len)
                   || !first_letters_compatible (token->word[0], expected->word[0])
                   || (j == 0 && expected->capital && !token->upper_first));

      if (!joinable)
        {
          if (!single)
            return 0;
          /* At the alias's last word the match ends here. */
          if (j + 1 == n_alias)
            return k + 1;
          j++;
          k++;
          match_trace_step (trace, k);
          continue;
        }

      /* What comes of a turn is not noted. */
      none.depth = none.limit = MATCH_TRACE_DEPTH;
      if (single)
        {
          guint end = j + 1 == n_alias ? k + 1 : match_from (scan, alias, n_alias, j + 1, k + 1, &none);

          if (end > 0)
            return end;
        }

      for (guint extra = 1; extra <= 2; extra++)
        {
          guint end;

          /* Several text tokens for one alias word. A strict match keeps the length,
           * so only a join of the alias word's length is worth making. */
          if (token->joined[extra - 1] == expected->len
              && text_join_matches (scan, k, extra, expected))
            {
              end = match_from (scan, alias, n_alias, j + 1, k + extra + 1, &none);
              if (end > 0)
                return end;
            }

          /* Several alias words for one text token. */
          if (expected->joined[extra - 1] == token->len
              && alias_join_matches (scan, k, extra, expected))
            {
              end = match_from (scan, alias, n_alias, j + extra + 1, k + 1, &none);
              if (end > 0)
                return end;
            }
        }

      return 0;
    }
}

/* After a match ending at @end: a following "tỉnh Đồng Nai", "Đồng Nai" is part of it. */
static guint
extend_locality (const Scan *scan,
                 guint       end)
{
  guint level;
  guint province;

  if (scan->locality == NULL || end >= scan->n_tokens || !joins (scan, end, FALSE))
    return end;

  level = match_level (scan, end);
  if (level > 0 && end + level < scan->n_tokens && joins (scan, end + level, FALSE))
    {
      province = match_province (scan, end + level);
      if (province > 0)
        return end + level + province;
    }
  /* The capital first: the word after a name most often has none. */
  if (scan_token (scan, end)->upper_first && (province = match_province (scan, end)) > 0)
    return end + province;

  /* "Phòng Tài nguyên và Môi trường huyện, Phòng ...": the district's own
   * office, its level without a name after it, is part of the mention */
  if (level == 0)
    {
      if (word_is (scan, end, PROBE_HUYEN) || word_is (scan, end, PROBE_QUAN))
        level = 1;
      else if (word_is (scan, end, PROBE_THI) && end + 1 < scan->n_tokens && joins (scan, end + 1, FALSE)
               && word_is (scan, end + 1, PROBE_XA))
        level = 2;
    }
  if (level > 0 && (end + level >= scan->n_tokens || !joins (scan, end + level, FALSE)
                    || !scan_token (scan, end + level)->upper_first))
    return end + level;

  return end;
}

static const char * const heads[] = {
  "so", "ban", "trung tam", "cong ty", "tong cong ty", "cuc", "chi cuc", "tong cuc", "phong",
  "benh vien", "dai", "bao", "vien", "truong", "hoi", "lien doan", "van phong", "ngan hang", "quy",
  "doi", "hoi dong", "bo", "cang vu", "kho bac", "chi nhanh", "tap doan", "hop tac xa", "to",
  "dang uy", "ubnd", "uy ban nhan dan", "uy ban", "cong an", "thanh tra", "bao hiem xa hoi", "hiep hoi",
  NULL
};

static const char * const committee_heads[] = {
  "ubnd", "uy ban nhan dan", "cong an", "hoi dong nhan dan", "hdnd", "trung tam y te", NULL
};

static const char * const district_levels[] = {
  "huyen", "quan", "thi xa", "thanh pho", "tp", "xa", "phuong", "thi tran", "tinh", NULL
};

static const char * const stop_words[] = {
  "chu", "phoi", "thuc", "tham", "khan", "bao", "to", "theo", "de", "truoc", "trong", "tai", "ve",
  "cho", "la", "da", "dang", "se", "can", "phai", "co", "duoc", "nghien", "tang", "kiem", "huong",
  "chi", "ra", "trien", "tiep", "lam", "khong", "nhu", "cung", "voi", "cua", "nam", "ngay", "thang",
  "trinh", "xem", "giao", "dam", "duy", "cap", "hoan", "dong", "ket", "yeu", "va", "hoac",
  "den", "tren", "duoi", "sau", "khi", "neu", "thi", "ma", "nay", "do", "cac", "nhung", "mot", "ca",
  "quyet", "ban", "bo", "sua", "doi", "lap", "gui", "nop", "tong", "hop",
  NULL
};

/* Whether @token is the first word of @phrase, of the token's length, as
 * match_phrase() compares them: the word alone tells. */
static inline gboolean
phrase_first_word_matches (const TextToken *token,
                           const char      *phrase)
{
  guint len = token->len;

  /* A short first word must be exact ("Hòa" is not "Hội"), but for "Sở", which OCR
   * reads as "Sé", "Sd" or "S&" more often than not. */
  if (len <= 3 && !(len == 2 && memcmp (phrase, "so", 2) == 0))
    return memcmp (token->word, phrase, len) == 0;
  return _directive_text_word_matches_len (token->word, token->len, phrase, len, TRUE);
}

/* Matches a phrase of space-separated folded words at @k, the first with a
 * capital when @capital; returns the tokens used, 0 if none. */
static guint match_phrase_words (const Scan *scan, guint k, guint n, const char *word);

static guint
match_phrase (const Scan *scan,
              guint       k,
              const char *phrase,
              gboolean    capital)
{
  gsize first_len = 0;

  /* The first word is compared exactly or strictly: either way its first letter
   * is the token's or one OCR confuses with it, and its length is the token's. */
  if (k >= scan->n_tokens || !_directive_text_letters_confusable (scan_token (scan, k)->word[0], phrase[0]))
    return 0;
  while (phrase[first_len] != ' ' && phrase[first_len] != '\0')
    first_len++;
  if (scan_token (scan, k)->len != first_len)
    return 0;

  if (capital && !scan_token (scan, k)->upper_first)
    return 0;
  /* Word by word, each up to its space: a phrase longer than the tokens left
   * fails at the first word past them. */
  return match_phrase_words (scan, k, 0, phrase);
}

/* match_phrase() from its word @n on, @word, the rest of the phrase. */
static guint
match_phrase_words (const Scan *scan,
                    guint       k,
                    guint       n,
                    const char *word)
{
  for (;; n++)
    {
      TextToken *token;
      gsize len = 0;

      while (word[len] != ' ' && word[len] != '\0')
        len++;
      if (k + n >= scan->n_tokens || (n > 0 && !joins (scan, k + n, FALSE)))
        return 0;
      token = scan_token (scan, k + n);
      if (n == 0 ? !phrase_first_word_matches (token, word)
                 : !_directive_text_word_matches_len (token->word, token->len, word, len, TRUE))
        return 0;
      if (word[len] == '\0')
        return n + 1;
      word += len + 1;
    }
}

/* A list of phrases for match_any(), with what match_phrase() first asks of
 * each worked out once: a bit per phrase. */
typedef struct
{
  const char * const *phrases;   /* at most 64 */
  guint slot;                    /* its place among the phrase lists of a word row */
  gsize ready;
  guint64 by_first[128];         /* the phrases whose first letter OCR may confuse with the character */
  guint8 first_len[64];          /* the length of each one's first word */
} PhraseList;

static PhraseList heads_list = { heads, 0, 0, { 0 }, { 0 } };
static PhraseList committee_heads_list = { committee_heads, 1, 0, { 0 }, { 0 } };
static PhraseList district_levels_list = { district_levels, 2, 0, { 0 }, { 0 } };

static const PhraseList *
phrase_list_get (PhraseList *list)
{
  if (g_once_init_enter (&list->ready))
    {
      for (guint i = 0; list->phrases[i] != NULL; i++)
        {
          g_assert (i < 64);
          list->first_len[i] = strcspn (list->phrases[i], " ");
          for (guint c = 1; c < 128; c++)
            if (_directive_text_letters_confusable ((char) c, list->phrases[i][0]))
              list->by_first[c] |= G_GUINT64_CONSTANT (1) << i;
        }
      g_once_init_leave (&list->ready, 1);
    }

  return list;
}

static G_GNUC_NO_INLINE guint
match_any_work (const Scan *scan,
                guint       k,
                PhraseList *list,
                gboolean    capital)
{
  const PhraseList *phrases = phrase_list_get (list);
  const TextToken *token;
  guint best = 0;

  /* Every phrase asks for the capital first. */
  if (capital && (k >= scan->n_tokens || !scan_token (scan, k)->upper_first))
    return 0;
  if (k >= scan->n_tokens)
    return 0;
  token = scan_token (scan, k);
  if ((guchar) token->word[0] >= 128)
    return 0;
  /* Which phrases' first word is the token's, remembered for the word: most
   * words start none, and need not go through the phrases again; the others
   * go on from the second word of those only. */
  if (scan->catalogue != NULL)
    {
      guint8 *row = scan_row (scan, k);
      guint id = scan->n_row_ids - ROW_MATCH_BYTES - PHRASE_ROW_BYTES + phrases->slot;
      guint8 *at = row + scan->n_row_ids - ROW_MATCH_BYTES - PHRASE_ROW_BYTES + N_PHRASE_LISTS + 8 * phrases->slot;
      guint64 first = 0;

      if (row[id] == 0)
        {
          for (guint64 bits = phrases->by_first[(guchar) token->word[0]]; bits != 0; bits &= bits - 1)
            {
              guint i = _directive_lowest_bit (bits);

              if (phrases->first_len[i] == token->len && phrase_first_word_matches (token, phrases->phrases[i]))
                first |= G_GUINT64_CONSTANT (1) << i;
            }
          memcpy (at, &first, 8);
          row[id] = first != 0 ? 2 : 1;
        }
      if (row[id] == 1)
        return 0;
      memcpy (&first, at, 8);
      for (; first != 0; first &= first - 1)
        {
          guint i = _directive_lowest_bit (first);
          const char *rest = phrases->phrases[i] + phrases->first_len[i];

          best = MAX (best, *rest == '\0' ? 1 : match_phrase_words (scan, k, 1, rest + 1));
        }
      return best;
    }
  /* match_phrase()'s first tests, without the call. */
  for (guint64 bits = phrases->by_first[(guchar) token->word[0]]; bits != 0; bits &= bits - 1)
    {
      guint i = _directive_lowest_bit (bits);

      if (phrases->first_len[i] == token->len)
        best = MAX (best, match_phrase (scan, k, phrases->phrases[i], capital));
    }

  return best;
}

/* The longest phrase of @list at token @k (with a capital when @capital).
 * Inline, what ends most questions: a word its row knows starts none. */
static inline guint
match_any (const Scan *scan,
           guint       k,
           PhraseList *list,
           gboolean    capital)
{
  const TextToken *token;

  if (k >= scan->n_tokens)
    return 0;
  token = scan_token (scan, k);
  if (capital && !token->upper_first)
    return 0;
  if (scan->catalogue != NULL && token->same != NULL
      && token->same[scan->n_row_ids - ROW_MATCH_BYTES - PHRASE_ROW_BYTES + list->slot] == 1)
    return 0;
  return match_any_work (scan, k, list, capital);
}

/* match_any (@scan, @k, heads, TRUE), asked often at the same place: once per token. */
static inline guint
match_heads (const Scan *scan,
             guint       k)
{
  TextToken *token;

  if (k >= scan->n_tokens)
    return 0;
  token = scan_token (scan, k);
  /* Every head asks for the capital first: most tokens have none, and are
   * answered without the call. */
  if (token->heads < 0)
    token->heads = token->upper_first ? (gint8) match_any (scan, k, &heads_list, TRUE) : 0;
  return (guint) token->heads;
}

/* The stop words' bytes (none is longer than eight) as a number, in a table
 * a probe or two finds them in: match_unknown() asks at each word of a name,
 * which is most often none of them, and a walk through the list compared the
 * word with each. A word's number tells its length: no word has a NUL. */
#define STOP_WORD_SLOTS 256

static guint64
word_bits (const char *word,
           gsize       len)
{
  guint64 x = 0;

  memcpy (&x, word, len);

  return x;
}

static guint
stop_word_slot (guint64 bits)
{
  return (guint) ((bits * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 56);
}

static const guint64 *
stop_word_table (void)
{
  static guint64 table[STOP_WORD_SLOTS];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; stop_words[i] != NULL; i++)
        {
          guint64 bits = word_bits (stop_words[i], strlen (stop_words[i]));
          guint slot = stop_word_slot (bits);

          g_assert (strlen (stop_words[i]) <= 8);
          while (table[slot] != 0)
            slot = (slot + 1) % STOP_WORD_SLOTS;
          table[slot] = bits;
        }
      g_once_init_leave (&initialized, 1);
    }

  return table;
}

/* Whether @token's word is one of stop_words. */
static gboolean
is_stop_word (const TextToken *token)
{
  const guint64 *table = stop_word_table ();
  guint64 bits;

  if (token->len > 8)
    return FALSE;
  bits = word_bits (token->word, token->len);
  for (guint slot = stop_word_slot (bits); table[slot] != 0; slot = (slot + 1) % STOP_WORD_SLOTS)
    if (table[slot] == bits)
      return TRUE;

  return FALSE;
}

/* Whether token @k is "đô" as written (Đ or đ, then ô or Ô). */
static gboolean
written_do (const Scan *scan,
            guint       k)
{
  const guchar *o = (const guchar *) scan->text + scan_token (scan, k)->ostart;

  return o[0] == 0xC4 && (o[1] == 0x91 || o[1] == 0x90) && o[2] == 0xC3 && (o[3] == 0xB4 || o[3] == 0x94);
}

/* Words of agency names that fold to a stop word ("triển" of "triển khai",
 * "tăng" of "tăng cường", "tại", "đồng", "cần", "bố"), told apart by the word
 * beside them: "Phát triển", "Hạ tầng", "Tài chính", "Tài nguyên", "Lao động",
 * "Tổ chức cán bộ", "Cao đẳng". */
static gboolean
stop_word_in_name (const Scan *scan,
                   guint       k)
{
  static const struct { const char *before, *word, *after; } compounds[] = {
    { "phat", "trien", NULL },
    { "ha", "tang", NULL },
    { "lao", "dong", NULL },
    { "bat", "dong", NULL },
    { "hoat", "dong", NULL },
    { "chuc", "can", NULL },
    { "can", "bo", NULL },
    { "cao", "dang", NULL },
    { NULL, "tai", "chinh" },
    { NULL, "tai", "nguyen" },
    { NULL, "giao", "thong" },
  };
  const char *word = scan_token (scan, k)->word;

  /* The level "thị xã" or "thị trấn" a name ends with, written with its
   * diacritics: "thi xa" in OCR output may be "thì xa" (the name it would
   * end is left as it was) */
  if (TOKEN_IS (scan_token (scan, k), "thi") && k + 1 < scan->n_tokens && joins (scan, k + 1, FALSE)
      && (TOKEN_IS (scan_token (scan, k + 1), "xa") || TOKEN_IS (scan_token (scan, k + 1), "tran"))
      && g_ascii_strncasecmp (scan->text + scan_token (scan, k)->ostart, "th\xe1\xbb\x8b", 5) == 0)
    return TRUE;
  /* "đô thị" ("Đội Kiểm tra quy tắc đô thị"), not "do" (because) nor "thì": as written */
  if (TOKEN_IS (scan_token (scan, k), "do"))
    return written_do (scan, k);
  if (TOKEN_IS (scan_token (scan, k), "thi") && k > 0 && joins (scan, k, FALSE)
      && TOKEN_IS (scan_token (scan, k - 1), "do") && written_do (scan, k - 1)
      && g_ascii_strncasecmp (scan->text + scan_token (scan, k)->ostart, "th\xe1\xbb\x8b", 5) == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (compounds); i++)
    {
      if (!g_str_equal (word, compounds[i].word))
        continue;
      if (compounds[i].before != NULL && k > 0 && joins (scan, k, FALSE)
          && g_str_equal (scan_token (scan, k - 1)->word, compounds[i].before))
        return TRUE;
      if (compounds[i].after != NULL && k + 1 < scan->n_tokens && joins (scan, k + 1, FALSE)
          && g_str_equal (scan_token (scan, k + 1)->word, compounds[i].after))
        return TRUE;
    }
  return FALSE;
}

/* Whether the head at @k is a word of the name it is in: "Tổ" of "Mặt trận
 * Tổ quốc" starts no team ("Tổ công tác"); a head right before the province
 * names no body of its own ("Bệnh viện Đa khoa Trung tâm An Giang"). */
static gboolean
head_in_name (const Scan *scan,
              guint       k)
{
  guint head;

  if (TOKEN_IS (scan_token (scan, k), "to") && k + 1 < scan->n_tokens && joins (scan, k + 1, FALSE)
      && TOKEN_IS (scan_token (scan, k + 1), "quoc"))
    return TRUE;
  head = match_heads (scan, k);
  return scan->locality != NULL && head > 0 && k + head < scan->n_tokens && joins (scan, k + head, FALSE)
         && match_province (scan, k + head) > 0;
}

/* Whether the @level tokens at @k are a district's level as written:
 * "huyện", "quận", "thị xã", "thành phố". */
static gboolean
names_district_level (const Scan *scan,
                      guint       k,
                      guint       level)
{
  const TextToken *token = scan_token (scan, k);

  if (level == 1)
    return TOKEN_IS (token, "huyen") || TOKEN_IS (token, "quan");
  return level == 2 && k + 1 < scan->n_tokens
         && ((TOKEN_IS (token, "thi") && TOKEN_IS (scan_token (scan, k + 1), "xa"))
             || (TOKEN_IS (token, "thanh") && TOKEN_IS (scan_token (scan, k + 1), "pho")));
}

/* An agency-like phrase not in the catalogue at @k ("Sở Quy hoạch - Kiến trúc",
 * "UBND huyện Hòa Vang"); returns its end token, or 0. */
static guint
match_unknown (const Scan *scan,
               guint       k)
{
  guint head = match_heads (scan, k);
  guint end;
  guint words = 0;

  if (head == 0 || k + head >= scan->n_tokens || !joins (scan, k + head, FALSE))
    return 0;
  /* A heading in capitals ("VĂN PHÒNG", "CỘNG HÒA XÃ HỘI") names no agency. */
  if (scan_token (scan, k)->all_upper && scan_token (scan, k)->len > 1
      && match_phrase (scan, k, "ubnd", FALSE) == 0)
    return 0;
  end = k + head;

  /* "UBND huyện Hòa Vang", "Công an thành phố Biên Hòa" */
  {
    guint level = match_any (scan, end, &district_levels_list, FALSE);

    gboolean committee = match_any (scan, k, &committee_heads_list, FALSE) > 0;

    if (committee && level > 0 && end + level < scan->n_tokens && joins (scan, end + level, FALSE)
        && scan_token (scan, end + level)->upper_first)
      {
        end += level;
        while (end < scan->n_tokens && words < 4 && joins (scan, end, FALSE)
               && scan_token (scan, end)->upper_first
               && (words == 0 || match_heads (scan, end) == 0))
          {
            end++;
            words++;
          }
        return end;
      }
    /* "Công an huyện", "Công an thành phố" with no name after: the district's
     * own, which a district's notice names after it (the committee itself is
     * the parser's to read) */
    if (committee && level > 0 && names_district_level (scan, end, level)
        && (end + level >= scan->n_tokens || !joins (scan, end + level, FALSE)
            || !scan_token (scan, end + level)->upper_first)
        && match_phrase (scan, k, "ubnd", FALSE) == 0 && match_phrase (scan, k, "uy ban nhan dan", FALSE) == 0)
      return end + level;
  }

  if (!scan_token (scan, end)->upper_first || scan_token (scan, end)->sep == ',')
    return 0;


  while (end < scan->n_tokens && words < 10 && joins (scan, end, FALSE))
    {
      TextToken *token = scan_token (scan, end);
      guint level;

      if (words > 0 && token->upper_first && match_heads (scan, end) > 0 && !head_in_name (scan, end))
        break;
      if (!token->upper_first && is_stop_word (token) && !(words > 0 && stop_word_in_name (scan, end)))
        {
          /* "và" goes on in a name only before a capital: "Xúc tiến và Hỗ trợ". */
          if (TOKEN_IS (token, "va") && end + 1 < scan->n_tokens
              && joins (scan, end + 1, FALSE) && scan_token (scan, end + 1)->upper_first
              && match_heads (scan, end + 1) == 0)
            {
              end++;
              words++;
              continue;
            }
          break;
        }

      /* "Công ty Cổ phần Thoát nước Đà Nẵng": the locality ends the name */
      if (words > 0 && token->upper_first && scan->locality != NULL)
        {
          guint province = match_province (scan, end);

          if (province > 0)
            {
              end += province;
              break;
            }
        }

      /* "... tỉnh Quảng Ninh" ends the name; "Xã hội" does not. */
      level = words > 0 ? match_any (scan, end, &district_levels_list, FALSE) : 0;
      if (level > 0 && TOKEN_IS (token, "xa") && end + 1 < scan->n_tokens
          && TOKEN_IS (scan_token (scan, end + 1), "hoi"))
        level = 0;
      /* nor does "Quân sự" ("quận") */
      if (level > 0 && TOKEN_IS (token, "quan") && end + 1 < scan->n_tokens
          && TOKEN_IS (scan_token (scan, end + 1), "su"))
        level = 0;
      if (level > 0)
        {
          guint province = end + level < scan->n_tokens && joins (scan, end + level, FALSE)
                           ? match_province (scan, end + level) : 0;

          if (province > 0 && scan_token (scan, end + level)->upper_first)
            end += level + province;
          else
            {
              /* "... huyện Gò Dầu": a district's name, a few capitalised words */
              guint place = 0;

              end += level;
              while (end < scan->n_tokens && place < 3 && joins (scan, end, FALSE)
                     && scan_token (scan, end)->upper_first && match_heads (scan, end) == 0)
                end++, place++;
            }
          break;
        }

      end++;
      words++;
    }

  /* "Thanh tra Sở", "Văn phòng Sở": a unit of the department issuing the notice */
  if (end == k + head + 1 && TOKEN_IS (scan_token (scan, k + head), "so"))
    return end;

  /* A name in capitals throughout is a person's ("Trương Thị Hương Bình") or a
   * heading; an agency's name has lowercase words ("Sở Quy hoạch - Kiến trúc"). */
  for (guint i = k + head; i < end; i++)
    if (!scan_token (scan, i)->upper_first && !g_ascii_isdigit (scan_token (scan, i)->word[0]))
      return end;

  return 0;
}

/* Whether @text is what _directive_text_collapse_spaces() makes of it: valid, plainly NFC,
 * without whitespace but single spaces between words. FALSE means "maybe not".
 * One walk: the characters plainly-NFC text without other spaces may have are
 * U+0020 to U+007E, U+00A1 to U+02FF (two bytes, C2 A1 to CB BF), U+1E00 to U+1EFF
 * (E1 B8 80 to E1 BB BF) and U+20A0 to U+20CF (E2 82 A0 to E2 83 8F). */

/* The printable ASCII characters but the space, which is_collapsed() passes
 * over in a tight loop: most of a Vietnamese name's bytes. */
static const guint8 plain_ascii[256] = {
#define PLAIN8(c) [c] = 1, [c + 1] = 1, [c + 2] = 1, [c + 3] = 1, [c + 4] = 1, [c + 5] = 1, [c + 6] = 1, [c + 7] = 1
  [0x21] = 1, [0x22] = 1, [0x23] = 1, [0x24] = 1, [0x25] = 1, [0x26] = 1, [0x27] = 1,
  PLAIN8 (0x28), PLAIN8 (0x30), PLAIN8 (0x38), PLAIN8 (0x40), PLAIN8 (0x48), PLAIN8 (0x50),
  PLAIN8 (0x58), PLAIN8 (0x60), PLAIN8 (0x68), PLAIN8 (0x70),
  [0x78] = 1, [0x79] = 1, [0x7a] = 1, [0x7b] = 1, [0x7c] = 1, [0x7d] = 1, [0x7e] = 1,
#undef PLAIN8
};

static gboolean
is_collapsed (const char *text,
              gsize       len)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;

  if (len == 0 || p[0] == ' ' || p[len - 1] == ' ')
    return FALSE;
  while (p < end)
    {
      guchar b;
      gunichar c;

      while (plain_ascii[*p] && ++p < end)
        ;
      if (p == end)
        break;
      b = *p;
      if (b < 0x80)
        {
          /* Controls (NUL too); a space is never the last byte. */
          if (b < 0x20 || b == 0x7f || (b == ' ' && p[1] == ' '))
            return FALSE;
          p++;
        }
      else if (b >= 0xc2 && b <= 0xcb)
        {
          if (end - p < 2 || (p[1] & 0xc0) != 0x80 || (b == 0xc2 && p[1] <= 0xa0))
            return FALSE;
          p += 2;
        }
      else if (b == 0xe1 || b == 0xe2)
        {
          if (end - p < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
            return FALSE;
          c = ((gunichar) (b & 0x0f) << 12) | ((gunichar) (p[1] & 0x3f) << 6) | (p[2] & 0x3f);
          if (!((c >= 0x1e00 && c < 0x1f00) || (c >= 0x20a0 && c < 0x20d0)))
            return FALSE;
          p += 3;
        }
      else
        return FALSE;
    }

  return TRUE;
}

/* _directive_text_collapse_spaces(), without its work when there is none to do:
 * names and mentions are written that way. */
static char *
collapse_spaces (const char *text,
                 gssize      len)
{
  gsize length;

  if (text == NULL)
    return _directive_text_collapse_spaces (text, len);
  length = len < 0 ? strlen (text) : (gsize) len;
  if (is_collapsed (text, length))
    return g_strndup (text, length);

  return _directive_text_collapse_spaces (text, len);
}

static void
mention_clear (gpointer data)
{
  DirectiveMention *mention = data;

  g_free (mention->text);
}

/* @mentions, or a new array with room for @size when it is %NULL: a text
 * has a mention or two, each a reallocation for an array grown from nothing. */
static GArray *
mentions_ensure (GArray *mentions,
                 GArray *into,
                 guint   size)
{
  if (mentions == NULL && into != NULL)
    return into;
  if (mentions == NULL)
    {
      mentions = g_array_sized_new (FALSE, TRUE, sizeof (DirectiveMention), size);
      g_array_set_clear_func (mentions, mention_clear);
    }

  return mentions;
}

/* The mentions a scan found, gathered here and appended to their array a
 * few at once: g_array_append_val() was a call at each. */
#define N_FOUND_MENTIONS 8

typedef struct
{
  GArray *mentions;        /* made (or @into taken) at the first flush */
  GArray *into;            /* nullable */
  guint n;
  DirectiveMention items[N_FOUND_MENTIONS];
} FoundMentions;

/* Appends the gathered mentions to @found's array, made when there is none. */
static G_GNUC_NO_INLINE void
found_mentions_flush (FoundMentions *found)
{
  found->mentions = mentions_ensure (found->mentions, found->into, MAX (found->n, 4));
  g_array_append_vals (found->mentions, found->items, found->n);
  found->n = 0;
}

/* Adds the mention of tokens [@first, @end), with its text when @with_text;
 * returns it, valid until the next. */
static DirectiveMention *
add_mention (FoundMentions   *found,
             const Scan      *scan,
             guint            first,
             guint            end,
             DirectiveAgency *entry,
             gboolean         with_text)
{
  DirectiveMention *mention;

  if (G_UNLIKELY (found->n == N_FOUND_MENTIONS))
    found_mentions_flush (found);
  mention = &found->items[found->n++];
  mention->start = scan_token (scan, first)->ostart;
  mention->end = scan_token (scan, end - 1)->oend;
  mention->entry = entry;
  mention->text = with_text ? collapse_spaces (scan->text + mention->start, mention->end - mention->start) : NULL;
  mention->group = FALSE;

  return mention;
}

/* The two words of @phrase ("thi xa") at tokens @i and @i + 1: the first as
 * OCR may read it, the second exactly when it has two letters. */
static gboolean
tokens_match_phrase (const Scan *scan,
                               guint       i,
                               const char *phrase)
{
  const char *space = strchr (phrase, ' ');
  g_autofree char *first = g_strndup (phrase, space - phrase);

  return word_at (scan, i, first)
         && (strlen (space + 1) <= 2 ? g_str_equal (scan_token (scan, i + 1)->word, space + 1)
                                     : word_at (scan, i + 1, space + 1));
}

static void append_original (GString    *out,
                             const Scan *scan,
                             guint       from,
                             guint       to);

/* The next item of a list at token @i: @i after a comma, the token after
 * "và" (in small letters: "Văn Lãng" is an item, one letter from it);
 * G_MAXUINT when @i goes on no list. */
static guint
list_item_at (const Scan *scan,
              guint       i)
{
  if (!scan_token (scan, i)->upper_first && word_is (scan, i, PROBE_VA)
      && i + 1 < scan->n_tokens && joins (scan, i + 1, FALSE))
    return i + 1;
  return scan_token (scan, i)->sep == ',' ? i : G_MAXUINT;
}

/* The levels of local units a group names ("các huyện, thị xã, thành phố"). */
static const struct { const char *folded, *canonical; } units[] = {
  { "thi xa", "thị xã" }, { "thanh pho", "thành phố" }, { "thi tran", "thị trấn" },
  { "huyen", "huyện" }, { "quan", "quận" }, { "xa", "xã" }, { "phuong", "phường" },
  { "tx", "thị xã" }, { "tp", "thành phố" },
};

/* The tokens of the unit level at @i (0 for none), its index in *@unit. */
static guint
match_unit (const Scan *scan,
            guint       i,
            guint      *unit)
{
  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      const char *space = strchr (units[u].folded, ' ');

      *unit = u;
      /* two-letter words exactly; the others as OCR may read them ("huyén", "phd") */
      if (space == NULL && (strlen (units[u].folded) <= 2 ? g_str_equal (scan_token (scan, i)->word, units[u].folded)
                                                          : word_at (scan, i, units[u].folded)))
        return 1;
      if (space != NULL && i + 1 < scan->n_tokens && joins (scan, i + 1, FALSE)
          && tokens_match_phrase (scan, i, units[u].folded))
        return 2;
    }
  return 0;
}

static guint match_more_units (const Scan *scan,
                               guint       k,
                               GString    *out);

/* After an agency: "các huyện, thị xã, thành phố", "cấp huyện", "cùng cấp",
 * "tuyến huyện", the same body in every district (or commune). Returns the
 * token after it, or @k; appends it, respelled, to @out unless it is %NULL
 * (most of the time there is none: the name is made only for one). */
static guint
match_group_suffix (const Scan *scan,
                    guint       k,
                    GString    *out)
{
  guint used, u;

  if (k + 1 >= scan->n_tokens || !joins (scan, k, FALSE))
    return k;
  /* "cấp" and "các" are one OCR slip apart: these short words must be exact */
  if ((TOKEN_IS (scan_token (scan, k), "cap") || TOKEN_IS (scan_token (scan, k), "tuyen"))
      && joins (scan, k + 1, FALSE)
      && (TOKEN_IS (scan_token (scan, k + 1), "huyen") || TOKEN_IS (scan_token (scan, k + 1), "xa")
          || TOKEN_IS (scan_token (scan, k + 1), "tinh")))
    {
      const char *unit = scan_token (scan, k + 1)->word;

      if (out != NULL)
        g_string_append_printf (out, " %s %s", TOKEN_IS (scan_token (scan, k), "cap") ? "cấp" : "tuyến",
                                g_str_equal (unit, "huyen") ? "huyện" : g_str_equal (unit, "xa") ? "xã" : "tỉnh");
      return k + 2;
    }
  /* "cùng cấp", not "cung cấp" (to supply): the fold cannot tell them apart */
  if (TOKEN_IS (scan_token (scan, k), "cung") && joins (scan, k + 1, FALSE)
      && TOKEN_IS (scan_token (scan, k + 1), "cap")
      && g_ascii_strncasecmp (scan->text + scan_token (scan, k)->ostart, "c\xc3\xb9ng", 5) == 0)
    {
      if (out != NULL)
        g_string_append (out, " cùng cấp");
      return k + 2;
    }
  /* "các" as OCR reads it ("céc", "cdc"), but not "cấp" or "cáo" */
  if (!word_is (scan, k, PROBE_CAC) || TOKEN_IS (scan_token (scan, k), "cap")
      || TOKEN_IS (scan_token (scan, k), "cao"))
    return k;

  /* a unit, and more joined by commas or "và" */
  if (k + 1 >= scan->n_tokens || (used = match_unit (scan, k + 1, &u)) == 0)
    return k;
  if (out != NULL)
    {
      g_string_append (out, " các ");
      g_string_append (out, units[u].canonical);
    }
  return match_more_units (scan, k + 1 + used, out);
}

/* A group's mention over tokens [@first, @end), named @name (consumed). */
static void
add_group_mention (FoundMentions *found,
                   const Scan    *scan,
                   guint          first,
                   guint          end,
                   GString       *name)
{
  DirectiveMention *m = add_mention (found, scan, first, end, NULL, FALSE);

  m->text = g_string_free (name, FALSE);
  m->group = TRUE;
}

/* Whether the capitalised words at @k (up to three, @min_words at least) name
 * a place of @kinds in the gazetteer: a district ("Quy Nhơn", which starts
 * like "Quỹ ...", a head of agency names) or a province. */
static gboolean
names_place (const Scan *scan,
             guint       k,
             guint       kinds,
             guint       min_words)
{
  g_autoptr(GString) name = g_string_new (NULL);

  for (guint i = k; i < k + 3 && i < scan->n_tokens && (i == k || joins (scan, i, FALSE))
                    && scan_token (scan, i)->upper_first; i++)
    {
      if (i > k)
        g_string_append_c (name, ' ');
      g_string_append (name, scan_token (scan, i)->word);
      if (i - k + 1 >= min_words && _directive_places_lookup (name->str, kinds, NULL, NULL) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* ", thị trấn" after a group ending in a level ("UBND các xã" of the
 * catalogue): more levels joined by commas or "và", appended to @out
 * (nullable) with their diacritics; the end, or @k. */
static guint
match_more_units (const Scan *scan,
                  guint       k,
                  GString    *out)
{
  guint i = k;

  while (i < scan->n_tokens)
    {
      guint next = list_item_at (scan, i);
      guint unit, used;

      if (next == G_MAXUINT)
        break;
      used = match_unit (scan, next, &unit);
      if (used == 0)
        break;
      if (out != NULL)
        g_string_append_printf (out, ", %s", units[unit].canonical);
      i = next + used;
    }
  return i;
}

/* "UBND các huyện Bắc Hà, Mường Khương, Bát Xát", "các quận: Đống Đa, Cầu
 * Giấy", "các huyện, thị xã Kiến Tường, thành phố Tân An": the units a group
 * ending in a level at @k names, each a capitalised name of two or three
 * words (or one the gazetteer knows), maybe after a level of its own, joined
 * by commas or "và"; the end of the last, or @k for none. */
static guint
match_named_units (const Scan *scan,
                   guint       k)
{
  const TextToken *level;
  guint end = k;
  guint i = k;

  if (k == 0 || k >= scan->n_tokens)
    return k;
  level = scan_token (scan, k - 1);
  if (!TOKEN_IS (level, "huyen") && !TOKEN_IS (level, "quan") && !TOKEN_IS (level, "xa")
      && !TOKEN_IS (level, "phuong") && !TOKEN_IS (level, "pho") && !TOKEN_IS (level, "tran"))
    return k;
  if (scan_token (scan, k)->sep != ' ' && scan_token (scan, k)->sep != ':')
    return k;
  while (i < scan->n_tokens)
    {
      guint w = 0;
      guint at;

      if (i > k)
        {
          guint next = list_item_at (scan, i);

          if (next == G_MAXUINT)
            break;
          i = next;
          /* "..., thành phố Tân An": the unit's own level */
          if (!scan_token (scan, i)->upper_first)
            {
              guint l = match_any (scan, i, &district_levels_list, FALSE);

              if (l > 0 && i + l < scan->n_tokens && joins (scan, i + l, FALSE))
                i += l;
            }
        }
      at = i;
      /* a body's head ("Sở", "UBND") starts no unit's name, unless a district is named so */
      if (match_heads (scan, at) > 0 && !names_place (scan, at, DIRECTIVE_PLACE_DISTRICT, 1))
        break;
      while (w < 3 && at + w < scan->n_tokens && (w == 0 || joins (scan, at + w, FALSE))
             && scan_token (scan, at + w)->upper_first)
        w++;
      /* (names of places have two words or more, or are known: a lone
       * capital is more often the next sentence's start, "... thành phố
       * Rà soát") */
      if (w == 0 || (w == 1 && !names_place (scan, at, DIRECTIVE_PLACE_DISTRICT, 1)))
        break;
      i = end = at + w;
    }

  return end;
}

/* Whether a catalogue match with a {level} runs on into a proper name that is
 * not the locality: "UBND thành phố Hạ Long" in Quảng Ninh is another body. */
static gboolean
names_other_place (const Scan *scan,
                   GArray     *alias,
                   guint       end)
{
  const AliasToken *last = &g_array_index (alias, AliasToken, alias->len - 1);
  TextToken *next;

  if (end >= scan->n_tokens || !joins (scan, end, FALSE))
    return FALSE;
  if (last->kind != TOKEN_LEVEL)
    {
      /* "UBND" then "thành phố Quy Nhơn": the level is in the text, not the alias */
      guint level = match_any (scan, end, &district_levels_list, FALSE);

      if (level == 0 || TOKEN_IS (scan_token (scan, end), "tinh"))
        return FALSE;
      end += level;
      if (end >= scan->n_tokens || !joins (scan, end, FALSE))
        return FALSE;
    }
  next = scan_token (scan, end);
  if (!next->upper_first || (match_heads (scan, end) > 0 && !names_place (scan, end, DIRECTIVE_PLACE_DISTRICT, 2)))
    return FALSE;
  if (scan->locality != NULL && match_province (scan, end) > 0)
    return FALSE;
  /* "Chủ tịch UBND tỉnh Lê Văn Tường": after "tỉnh", another province is one
   * the gazetteer knows; a person's name is none */
  if (end > 0 && TOKEN_IS (scan_token (scan, end - 1), "tinh") && !names_place (scan, end, DIRECTIVE_PLACE_PROVINCE, 1))
    return FALSE;
  return TRUE;
}

static inline void
mark_entry (guint64 *marks,
            guint    e)
{
  marks[e / 64] |= G_GUINT64_CONSTANT (1) << (e % 64);
}

/* Marks the entries of @keys (LengthKey, sorted, starting at @starts) with length @len. */
static inline void
mark_length (guint64      *marks,
             const GArray *keys,
             const guint  *starts,
             guint         longest,
             guint         len)
{
  const LengthKey *key = (const LengthKey *) (gpointer) keys->data;

  if (len > longest)
    return;
  for (guint i = starts[len]; i < starts[len + 1]; i++)
    mark_entry (marks, key[i].pos);
}

/* Marks the entries of @keys' join_lengths with the length of token @start
 * that may get past the first test (JoinTest): most are the joined words of
 * another alias, and the token is not. */
static G_ALWAYS_INLINE inline void
mark_joins (guint64            *marks,
            const BucketKeys   *keys,
            const Scan         *scan,
            guint               start,
            DirectiveCatalogue *self)
{
  const LengthKey *key = (const LengthKey *) (gpointer) keys->join_lengths->data;
  const guint8 *row = scan_token (scan, start)->same;   /* the answers known, without the calls */
  guint len = scan_token (scan, start)->len;

  if (len > keys->join_longest)
    return;
  for (guint i = keys->join_starts[len], end = keys->join_starts[len + 1]; i < end;)
    {
      const JoinTest *test = &keys->join_tests[i];
      guint run_end = test->run_end;

      if (test->expected == NULL
          || (row != NULL && (row[test->id] == 2 || row[test->joined_id] == 2))
          || ((row == NULL || row[test->id] == 0) && token_word_matches_id (scan, start, test->id, self))
          || ((row == NULL || row[test->joined_id] == 0)
              && alias_join_matches (scan, start, test->extra, test->expected)))
        for (; i < run_end; i++)
          mark_entry (marks, key[i].pos);
      else
        i = run_end;
    }
}

/* Whether a join of @token's length may stand for alias word @expected, or
 * @token for a join of alias words (what match_from() asks before it goes
 * another way than word by word): of the same length, and from first letters
 * OCR may take for each other. The lengths alone often agree by chance ("dự
 * án chấm" for "địa phương"). */
static inline gboolean
may_join_at (const TextToken  *token,
             const AliasToken *expected)
{
  return (token->joined[0] == expected->len || token->joined[1] == expected->len
          || expected->joined[0] == token->len || expected->joined[1] == token->len)
         && (expected->kind != TOKEN_WORD || first_letters_compatible (token->word[0], expected->word[0]));
}

/* For an entry whose word token @start is, and the next alias word the next
 * token: whether match_from() may get past the third alias word. Without a
 * join of the tokens' lengths it goes word by word, and the third token must
 * be the third word. Aliases that start alike ("Sở Tài chính", "Sở Tài
 * nguyên và Môi trường") part there. The joins of the first two words that
 * the entries of a group share (group_may_join()) are asked before. */
static inline gboolean
entry_may_go_on (const Scan       *scan,
                 const IndexEntry *entry,
                 guint             start,
                 const TextToken  *next,
                 gboolean          third)
{
  const AliasToken *t = &entry->tokens[entry->from];

  /* may_join_at (next - 1, &t[0]) and may_join_at (next, &t[1]) but for their
   * lengths without the third word, the group's. */
  if (entry->from + 2 >= entry->n_tokens || t[2].kind != TOKEN_WORD
      || t[0].joined[1] == next[-1].len || t[1].joined[0] == next->len || t[1].joined[1] == next->len)
    return TRUE;
  if (!third)
    return FALSE;
  if (may_join_at (next + 1, &t[2]) && join_may_match (scan, start + 2, &t[2]))
    return TRUE;
  if (!token_matches (scan, start + 2, &t[2], FALSE))
    return FALSE;
  /* The third word itself: the same for the fourth, at the fourth token.
   * Aliases that start with the same three words ("các cơ quan, đơn vị",
   * "các cơ quan liên quan") part there. */
  if (entry->from + 3 >= entry->n_tokens || t[3].kind != TOKEN_WORD)
    return TRUE;
  if (start + 3 >= scan->n_tokens || !joins (scan, start + 3, t[3].comma))
    return FALSE;
  /* There, what match_from() tries: the word, or a join of its length. */
  return token_matches (scan, start + 3, &t[3], FALSE)
         || (may_join_at (next + 2, &t[3]) && join_may_match (scan, start + 3, &t[3]));
}

/* Of entry_may_go_on() for the entries of a group, with its first two alias
 * words @t (the id's and the group's next word): what they share, the joins
 * of those two words and of the tokens at them, @next and the one before.
 * TRUE means each may. */
static inline gboolean
group_may_join (const AliasToken *t,
                const TextToken  *next)
{
  return next[-1].joined[0] == t[0].len || next[-1].joined[1] == t[0].len || t[0].joined[0] == next[-1].len
         || next->joined[0] == t[1].len || next->joined[1] == t[1].len;
}

/* Marks the entries of @group (of mark_id()) whose second letter the token
 * after @start, @next, can have. */
static inline void
mark_group (guint64            *marks,
            const BucketKeys   *keys,
            const SecondGroup  *group,
            const Scan         *scan,
            guint               start,
            const TextToken    *next,
            const IndexEntry   *entries,
            DirectiveCatalogue *self)
{
  gboolean third;

  /* Not the word, nor of a join's length (word_may_join()): nothing more to ask. */
  if (!token_word_matches_id (scan, start + 1, group->second_id, self))
    {
      if (!((group->joined_lens >> MIN (next->len, 63)) & 1)
          && group->second_len != next->joined[0] && group->second_len != next->joined[1])
        return;
      for (guint p = group->start; p < group->end; p++)
        {
          const IndexEntry *entry = &entries[keys->id_entries[p]];

          if (word_may_join (scan, entry->tokens, entry->from + 1, start + 1))
            mark_entry (marks, keys->id_entries[p]);
        }
      return;
    }
  /* The next word: those that may get past the third. @next is token
   * start + 1, and the tokens around it are read through it. */
  third = start + 2 < scan->n_tokens;
  if (group->start < group->end)
    {
      const IndexEntry *entry = &entries[keys->id_entries[group->start]];

      if (group_may_join (&entry->tokens[entry->from], next))
        {
          for (guint p = group->start; p < group->end; p++)
            mark_entry (marks, keys->id_entries[p]);
          return;
        }
    }
  for (guint p = group->start; p < group->end; p++)
    if (entry_may_go_on (scan, &entries[keys->id_entries[p]], start, next, third))
      mark_entry (marks, keys->id_entries[p]);
}

/* Marks the entries (@entries) of the bucket's word id @i (BucketKeys) whose
 * second letter the token after @start can have, and of those whose next
 * alias word it is not, the ones that may take it by a join: for the others
 * match_from() comes down to a join of the word itself, which is marked
 * by its lengths. Most "Sở ..." entries end here at a "Sở". */
static inline void
mark_id (guint64            *marks,
         const BucketKeys   *keys,
         guint               i,
         const Scan         *scan,
         guint               start,
         const IndexEntry   *entries,
         DirectiveCatalogue *self)
{
  const TextToken *next = start + 1 < scan->n_tokens ? scan_token (scan, start + 1) : NULL;
  guint64 letters = keys->id_letters[i];
  char letter = 0;
  gboolean confusable = FALSE;

  /* The group that asks no letter, if any, is marked. */
  if (keys->id_plain[i] != G_MAXUINT)
    for (guint p = keys->groups[keys->id_plain[i]].start; p < keys->groups[keys->id_plain[i]].end; p++)
      mark_entry (marks, keys->id_entries[p]);
  /* No letter the groups ask is the next token's or one confused with it (half
   * the calls): that was all. */
  if (next == NULL)
    return;
  if ((guchar) next->word[0] < 128 && !(letters >> 63))
    {
      /* Only the groups of the letters confused with the next token's: the
       * others were each visited to find that they are not. */
      for (guint64 want = letters & confusable_letters[(guchar) next->word[0]]; want != 0; want &= want - 1)
        {
          guint first = keys->letter_first[keys->id_groups[i] + letter_rank (letters, want & -want)];

          for (guint g = first; g < keys->groups[first].letter_end; g++)
            mark_group (marks, keys, &keys->groups[g], scan, start, next, entries, self);
        }
      return;
    }
  for (guint g = keys->id_groups[i]; g < keys->id_groups[i + 1]; g++)
    {
      const SecondGroup *group = &keys->groups[g];

      if (group->second == 0)
        continue;
      /* The groups of a letter come one after the other. */
      if (group->second != letter)
        {
          letter = group->second;
          confusable = _directive_text_letters_confusable (next->word[0], letter);
        }
      if (!confusable)
        {
          /* and none of the letter's groups */
          g = group->letter_end - 1;
          continue;
        }
      mark_group (marks, keys, group, scan, start, next, entries, self);
    }
}

/* Which of @keys' word ids token @start matches, a bit each (for at most
 * 64): worked out once per word, its row keeps them, so out of
 * find_mentions()' way. */
static G_GNUC_NO_INLINE guint64
ids_matched (const Scan         *scan,
             guint               start,
             const BucketKeys   *keys,
             DirectiveCatalogue *self)
{
  guint64 matched = 0;

  for (guint i = 0; i < keys->n_ids; i++)
    if (token_word_matches_id (scan, start, keys->ids[i], self))
      matched |= G_GUINT64_CONSTANT (1) << i;

  return matched;
}

/* mark_id() of each of @keys' word ids token @start matches, asked one by
 * one: for a bucket of more than 64 or a token without a row, rare. */
static G_GNUC_NO_INLINE void
mark_ids_matched (guint64            *marks,
                  const BucketKeys   *keys,
                  const Scan         *scan,
                  guint               start,
                  const IndexEntry   *entries,
                  DirectiveCatalogue *self)
{
  gboolean all_upper = scan_token (scan, start)->all_upper;

  for (guint i = 0; i < keys->n_ids; i++)
    if ((!keys->id_capitals[i] || all_upper) && token_word_matches_id (scan, start, keys->ids[i], self))
      mark_id (marks, keys, i, scan, start, entries, self);
}

/* Adds the group of tokens [@start, @group_end) named after @entry, whose
 * mention ends at @end, and what @suffix reads from there ("các huyện, thị
 * xã" after a body, ", thị trấn" after a group): rare, out of
 * find_mentions()' way. */
static G_GNUC_NO_INLINE void
add_entry_group (FoundMentions   *found,
                 const Scan      *scan,
                 guint            start,
                 guint            end,
                 guint            group_end,
                 DirectiveAgency *entry,
                 guint          (*suffix) (const Scan *scan,
                                           guint       k,
                                           GString    *out))
{
  const char *name = directive_agency_get_name (entry);
  const char *brace = strstr (name, " {");
  GString *group = g_string_new_len (name, brace ? brace - name : (gssize) strlen (name));

  suffix (scan, end, group);
  add_group_mention (found, scan, start, group_end, group);
}

/* Adds the group of tokens [@start, @end) named as written: rare, out of
 * find_mentions()' way. */
static G_GNUC_NO_INLINE void
add_written_group (FoundMentions *found,
                   const Scan    *scan,
                   guint          start,
                   guint          end)
{
  GString *group = g_string_new (NULL);

  append_original (group, scan, start, end);
  add_group_mention (found, scan, start, end, group);
}

/* Adds the group of tokens [@k, @group_end) whose body is the @head tokens
 * at @k: rare, out of find_mentions()' way. */
static G_GNUC_NO_INLINE void
add_head_group (FoundMentions *found,
                const Scan    *scan,
                guint          k,
                guint          head,
                guint          group_end)
{
  GString *group = g_string_new (NULL);

  append_original (group, scan, k, k + head);
  match_group_suffix (scan, k + head, group);
  add_group_mention (found, scan, k, group_end, group);
}

/* The mentions in @text. Without @entry_texts a catalogue entry's mention has
 * no text, and a text without mentions gives %NULL: a caller that finds a
 * mention's words by its offsets needs neither. @length, @text's, is read
 * only without @folded: with it the tokens come from the fold. */
/* Whether token @start, with a row and a small first letter, outside a list,
 * starts nothing whatever the tokens after it are, but for a join of the
 * lengths mark_length() looks at: no entry of its bucket without a word, none
 * whose word id it matches (without a capital, none asking for capitals is
 * marked), none its joins mark (mark_joins() into @marks, clear, left clear),
 * and not "các" ("các Sở"). It has no head either: every head asks for the
 * capital. All of it is the word's (its row's answers, its length and first
 * letter): worked out once per word and kept in its row. Most such leads, a
 * word that starts with "c" or "e" ("cho", "chuyển", "của"), are. */
static G_GNUC_NO_INLINE gboolean
lead_is_quiet (const Scan         *scan,
               guint               start,
               guint64            *marks,
               DirectiveCatalogue *self)
{
  const TextToken *first = scan_token (scan, start);
  guint8 *known = first->same + scan->n_row_ids - 1;
  int c = first_char_index (first->word[0]);
  GArray *bucket = self->index[c][0][0];
  const BucketKeys *keys = self->keys[c][0][0];
  gboolean quiet = !word_is (scan, start, PROBE_CAC);

  if (quiet && bucket->len > 0)
    {
      guint n_marks = (bucket->len + 63) / 64;
      guint8 *at = known - 4 * 8;
      guint64 matched;

      if (keys->others->len > 0 || keys->n_ids > 64)
        quiet = FALSE;
      else
        {
          if (!(*known & 1))
            {
              matched = ids_matched (scan, start, keys, self);
              memcpy (at, &matched, 8);
              *known |= 1;
            }
          else
            memcpy (&matched, at, 8);
          for (; matched != 0; matched &= matched - 1)
            if (!keys->id_capitals[_directive_lowest_bit (matched)])
              quiet = FALSE;
          if (quiet)
            {
              mark_joins (marks, keys, scan, start, self);
              for (guint w = 0; w < n_marks; w++)
                {
                  quiet &= marks[w] == 0;
                  marks[w] = 0;
                }
            }
        }
    }
  *known |= ROW_QUIET_KNOWN | (quiet ? ROW_QUIET : 0);

  return quiet;
}

/* Whether @keys (LengthKey, sorted, starting at @starts) have an entry of length @len. */
static inline gboolean
has_length (const guint *starts,
            guint        longest,
            guint        len)
{
  return len != 0 && len <= longest && starts[len] < starts[len + 1];
}

static GArray *
find_mentions (DirectiveCatalogue *self,
               const char         *text,
               gsize               length,
               const char         *folded,
               const gsize        *offsets,
               gsize               folded_len,
               GArray             *cut,
               const char         *locality,
               gboolean            entry_texts,
               GArray             *into)
{
  FoundMentions found;       /* its array made with the first mentions */
  Scan scan = { 0 };
  gboolean in_list = FALSE;
  guint k = 0;
  guint l = 0;             /* the first lead that may be at k or after */
  guint64 stack_marks[8] = { 0 };
  guint64 *marks;          /* a bit per entry of a bucket */
  guint province_span;     /* the most tokens a {province} takes */
  MatchTrace trace;        /* of the last match_from() at a lead */

  found.mentions = NULL;
  found.into = into;
  found.n = 0;
  if (folded != NULL)
    scan_tokenize_folded (&scan, text, folded, offsets, folded_len, cut, self->plain_chars);
  else
    scan_tokenize (&scan, text, length, self->plain_chars);
  scan.locality = locality != NULL && *locality != '\0' ? locality_words (scan.thread, locality, &scan.in_province)
                                                        : NULL;
  scan_use_memo (&scan, self);
  scan_fill_rows (&scan);
  province_span = scan.locality != NULL && scan.locality->len > 0 ? scan.locality->len : PROVINCE_SPAN;
  trace.prefix = 0;
  trace.limit = self->trace_depth;
  marks = self->longest_bucket <= 64 * G_N_ELEMENTS (stack_marks)
          ? stack_marks : g_new0 (guint64, (self->longest_bucket + 63) / 64);

  while (k < scan.n_tokens)
    {
      DirectiveAgency *best_entry = NULL;
      GArray *best_alias = NULL;
      guint best_end = 0;
      guint start = k;
      gboolean best_is_department = FALSE;
      TextToken *token;
      const TextToken *first;
      int c;
      guint u, h;

      /* Most tokens, outside a list, start with a small letter that starts no
       * alias, and are not "các" (whose first letter is "c" or one OCR confuses
       * with it): nothing starts there, and no head (it has a capital). The
       * scan noted the others, the leads, as it cut them: on to the next. */
      if (!in_list)
        {
          const guint *leads = scan.leads;   /* read once: the calls below keep it in memory */
          guint n_leads = scan.n_leads;

          while (l < n_leads && leads[l] < k)
            l++;
          if (l >= n_leads)
            break;
          start = k = leads[l];
        }
      token = scan_token (&scan, k);

      /* A list after a "Sở" head: "Sở Tài chính, Kế hoạch và Đầu tư", "các Sở: Tài chính, ...". */
      if (in_list && TOKEN_IS (token, "va") && (token->sep == ' ' || token->sep == ',')
          && k + 1 < scan.n_tokens)
        start = k + 1;
      else if (in_list && token->sep != ',' && token->sep != ':')
        in_list = FALSE;

      /* Only the aliases whose first word may match the token's, in alias order: the
       * first longest match wins. Most words outside a name start with a small
       * letter, and no alias does: their bucket is empty. */
      first = scan_token (&scan, start);
      c = first_char_index (first->word[0]);
      /* A lead with a small letter, outside a list, that starts nothing:
       * most of them, on to the next. What lead_is_quiet() leaves out, the
       * joins with the next tokens of an entry's word's length, is asked here. */
      if (!in_list && !first->upper_first && first->same != NULL)
        {
          guint8 quiet = first->same[scan.n_row_ids - 1];

          if (!(quiet & ROW_QUIET_KNOWN))
            quiet = lead_is_quiet (&scan, start, marks, self) ? ROW_QUIET : 0;
          if (quiet & ROW_QUIET)
            {
              const BucketKeys *keys = self->keys[c][0][0];

              if (!has_length (keys->word_starts, keys->word_longest, first->joined[0])
                  && !has_length (keys->word_starts, keys->word_longest, first->joined[1]))
                {
                  k++;
                  continue;
                }
            }
        }
      u = first->upper_first ? 1 : 0;
      h = in_list ? 1 : 0;
      if (self->index[c][u][h]->len > 0)
        {
          GArray *bucket = self->index[c][u][h];
          const BucketKeys *keys = self->keys[c][u][h];
          const IndexEntry *entries = (const IndexEntry *) (gpointer) bucket->data;
          guint two = first->joined[0], three = first->joined[1];   /* 0 past the end */
          guint n_marks = (bucket->len + 63) / 64;

          trace.depth = 0;
          trace.k[0] = start;

          /* The entries that may get past the first test below, marked: the
           * marks are clear, each word cleared when it is read below. */
          for (guint i = 0; i < keys->others->len; i++)
            mark_entry (marks, g_array_index (keys->others, guint, i));
          /* Of a word the token matches, the entries whose second letter the next
           * token can have; those that can match only by a join are marked by the
           * join lengths. */
          if (keys->n_ids <= 64 && first->same != NULL)
            {
              /* The word's matches among the bucket's ids, worked out once per word:
               * the bits set are few, the ids many. */
              guint8 *known = first->same + scan.n_row_ids - 1;
              guint8 *at = known - 4 * 8 + 8 * (u * 2 + h);
              guint64 matched = 0;

              if (!(*known & (1 << (u * 2 + h))))
                {
                  matched = ids_matched (&scan, start, keys, self);
                  memcpy (at, &matched, 8);
                  *known |= 1 << (u * 2 + h);
                }
              else
                memcpy (&matched, at, 8);
              for (; matched != 0; matched &= matched - 1)
                {
                  guint i = _directive_lowest_bit (matched);

                  if (!keys->id_capitals[i] || first->all_upper)
                    mark_id (marks, keys, i, &scan, start, entries, self);
                }
            }
          else
            mark_ids_matched (marks, keys, &scan, start, entries, self);
          mark_joins (marks, keys, &scan, start, self);
          if (two != 0)
            mark_length (marks, keys->word_lengths, keys->word_starts, keys->word_longest, two);
          if (three != 0)
            mark_length (marks, keys->word_lengths, keys->word_starts, keys->word_longest, three);

          for (guint w = 0; w < n_marks; w++)
            {
              guint64 bits = marks[w];

              marks[w] = 0;
              for (; bits != 0; bits &= bits - 1)
                {
                  guint e = w * 64 + _directive_lowest_bit (bits);
                  const IndexEntry *entry = &entries[e];
                  guint from_head = entry->flags & ENTRY_HEAD;
                  guint end;
                  int joinable;   /* ENTRY_JOINABLE(), -1 until worked out */

                  /* A head entry (from_head) is in the bucket with them only in a list. */
                  /* The first longest match wins: one that cannot end past the
                   * best so far need not be tried. */
                  if (best_end > 0
                      && MIN (scan.n_tokens, start + entry->span + entry->provinces * province_span) <= best_end)
                    continue;
                  /* What match_from() asks first, from what the entry knows: the word itself
                   * (the bucket has seen to the capital), or a join of the same length. */
                  /* word_may_join() from the entry (the bucket has seen to the first
                   * letter and the capital), when the entry knows every join length;
                   * worked out only when asked. */
#define ENTRY_JOINABLE(entry) \
                  (((entry)->flags & ENTRY_JOIN) \
                   && (((entry)->join1 != 0 && first->len == (entry)->join1) \
                       || ((entry)->join2 != 0 && first->len == (entry)->join2) \
                       || (two != 0 && (entry)->len == two) || (three != 0 && (entry)->len == three)))
                  joinable = -1;
                  if ((entry->flags & ENTRY_WORD)
                      && !(((entry->flags & ENTRY_CAPITALS) == 0 || first->all_upper)
                           && token_word_matches_id (&scan, start, entry->id, self)))
                    {
                      if (!(joinable = ENTRY_JOINABLE (entry)))
                        continue;
                      /* Not the word itself: match_from() can only go on by a join
                       * of the token's length; the first of its tests, the same here
                       * (remembered for the word) without the call. Most "các ..."
                       * aliases end here at a word of the join's length. */
                      if ((entry->flags & ENTRY_JOIN_LENGTHS)
                          && !join_may_match (&scan, start, &entry->tokens[entry->from]))
                        continue;
                    }
                  /* The next token cannot be the next alias word (its first letter is neither
                   * the word's nor one OCR confuses with it): match_from() comes down to
                   * the joins. Most "Sở ..." aliases end here at a "Sở". The others are
                   * tried: a test of the next words before would ask what match_from()
                   * asks, and most of them match on. */
                  if (entry->second != 0
                      && (start + 1 >= scan.n_tokens
                          || !_directive_text_letters_confusable (first[1].word[0], entry->second)))
                    {
                      if ((entry->flags & (ENTRY_WORD | ENTRY_JOIN_LENGTHS)) == (ENTRY_WORD | ENTRY_JOIN_LENGTHS)
                          ? !(joinable >= 0 ? joinable : ENTRY_JOINABLE (entry))
                          : !word_may_join (&scan, entry->tokens, entry->from, start))
                        continue;
#undef ENTRY_JOINABLE
                    }
                  /* The words this entry starts with as the last one tried did
                   * are gone through as that one was: on from there. */
                  {
                    guint d = match_trace_depth (&trace, entry);

                    trace.depth = d;
                    trace.prefix = entry->prefix;
                    end = match_from (&scan, entry->tokens, entry->n_tokens, entry->from + d, trace.k[d], &trace);
                  }
                  if (end > best_end)
                    {
                      Alias *alias = g_ptr_array_index (self->aliases, entry->alias);

                      best_end = end;
                      best_entry = alias->entry;
                      best_alias = alias->tokens;
                      best_is_department = from_head || alias->head > 0;
                    }
                }
            }
        }

      if (best_end > 0)
        {
          guint end = extend_locality (&scan, best_end);
          DirectiveAgencyKind kind;

          if (names_other_place (&scan, best_alias, end))
            {
              guint unknown = match_unknown (&scan, start);

              end = MAX (unknown, end + 1);
              best_entry = NULL;
            }
          if (best_entry != NULL
              && (kind = directive_agency_get_kind (best_entry)) == DIRECTIVE_AGENCY_KIND_GROUP)
            {
              /* a group of the districts that names the districts: named
               * as written; or more levels: named after the catalogue's */
              guint more = match_more_units (&scan, end, NULL);
              guint named_end = match_named_units (&scan, more);

              if (named_end > more)
                add_written_group (&found, &scan, start, named_end);
              else if (more > end)
                add_entry_group (&found, &scan, start, end, more, best_entry, match_more_units);
              if (named_end > end)
                {
                  in_list = FALSE;
                  k = named_end;
                  continue;
                }
            }
          else if (best_entry != NULL && kind != DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE)
            {
              /* "Công an các huyện, thị xã, thành phố": a group, named after the body */
              guint group_end = match_group_suffix (&scan, end, NULL);

              if (group_end > end)
                {
                  add_entry_group (&found, &scan, start, end, group_end, best_entry, match_group_suffix);
                  in_list = FALSE;
                  k = group_end;
                  continue;
                }
            }
          add_mention (&found, &scan, start, end, best_entry, best_entry == NULL || entry_texts);
          in_list = best_is_department;
          k = end;
          continue;
        }

      /* "các Sở:" / "các sở" heads a list of departments named without "Sở";
       * "cáo" and "cầu" are within an OCR slip of "các", but "báo cáo Sở X"
       * reports to one and "yêu cầu Sở X" asks one. */
      if (word_is (&scan, k, PROBE_CAC) && !TOKEN_IS (scan_token (&scan, k), "cao")
          && !TOKEN_IS (scan_token (&scan, k), "cau")
          && k + 1 < scan.n_tokens && joins (&scan, k + 1, FALSE)
          && word_is (&scan, k + 1, PROBE_SO))
        {
          in_list = TRUE;
          k += 2;
          if (k < scan.n_tokens && scan_token (&scan, k)->sep == ' ')
            {
              scan_token (&scan, k)->sep = ':';
              /* joins() there is another now. */
              memset (scan.text_joins, 0, sizeof scan.text_joins);
            }
          continue;
        }

      /* "Công an các huyện, thị xã": a body the catalogue knows only with a
       * level, in every district */
      if (!in_list && match_heads (&scan, k) > 0)
        {
          guint head = match_heads (&scan, k);
          guint group_end = match_group_suffix (&scan, k + head, NULL);

          if (group_end > k + head && scan_token (&scan, k)->upper_first)
            {
              add_head_group (&found, &scan, k, head, group_end);
              k = group_end;
              continue;
            }
        }

      {
        /* match_unknown() needs a head here: most tokens have none, known already. */
        guint end = in_list || match_heads (&scan, k) == 0 ? 0 : match_unknown (&scan, k);

        if (end > k)
          {
            add_mention (&found, &scan, k, end, NULL, TRUE);
            in_list = FALSE;
            k = end;
            continue;
          }
      }

      /* A list's next item that names no department ("Sở Tài nguyên và Môi
       * trường, UBND huyện Gio Linh") may still name a body: tried again
       * out of the list. */
      if (in_list && start == k)
        {
          in_list = FALSE;
          continue;
        }
      in_list = FALSE;
      k++;
    }

  if (marks != stack_marks)
    g_free (marks);
  scan_clear (&scan);

  if (found.n > 0)
    found_mentions_flush (&found);

  return found.mentions != NULL || !entry_texts ? found.mentions : mentions_ensure (NULL, NULL, 0);
}

guint
_directive_catalogue_get_generation (DirectiveCatalogue *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_CATALOGUE (self), 0);

  return self->generation;
}

GArray *
_directive_catalogue_find_mentions (DirectiveCatalogue *self,
                                    const char         *text,
                                    gssize              len,
                                    const char         *locality)
{
  g_return_val_if_fail (DIRECTIVE_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (text == NULL)
    text = "";

  return find_mentions (self, text, len < 0 ? strlen (text) : (gsize) len, NULL, NULL, 0, NULL, locality, TRUE, NULL);
}

GArray *
_directive_catalogue_find_mentions_folded (DirectiveCatalogue *self,
                                           const char         *text,
                                           const char         *folded,
                                           const gsize        *offsets,
                                           gsize               folded_len,
                                           const char         *locality)
{
  g_return_val_if_fail (DIRECTIVE_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (text != NULL && folded != NULL && offsets != NULL, NULL);

  return find_mentions (self, text, 0, folded, offsets, folded_len, NULL, locality, TRUE, NULL);
}

GArray *
_directive_catalogue_find_mentions_words (DirectiveCatalogue *self,
                                          const char         *text,
                                          const char         *folded,
                                          const gsize        *offsets,
                                          gsize               folded_len,
                                          GArray             *words,
                                          const char         *locality,
                                          GArray             *into)
{
  g_return_val_if_fail (DIRECTIVE_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (text != NULL && folded != NULL && offsets != NULL && words != NULL, NULL);

  return find_mentions (self, text, 0, folded, offsets, folded_len, words, locality, FALSE, into);
}

/**
 * directive_catalogue_lookup:
 * @self: a #DirectiveCatalogue
 * @text: a whole mention of an agency, as written: "Sở TT&TT", "UBND tỉnh",
 *   "Sé Tai chinh"
 *
 * Finds the agency @text names. The mention may be abbreviated or damaged by
 * OCR; it must name one agency and nothing more (a trailing province is
 * allowed).
 *
 * Returns: (transfer none) (nullable): the catalogue's agency, or %NULL when
 *   @text names none of them
 */
DirectiveAgency *
directive_catalogue_lookup (DirectiveCatalogue *self,
                            const char         *text)
{
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *collapsed = NULL;
  DirectiveMention *mention;

  g_return_val_if_fail (DIRECTIVE_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  collapsed = collapse_spaces (text, -1);
  mentions = find_mentions (self, collapsed, strlen (collapsed), NULL, NULL, 0, NULL, NULL, TRUE, NULL);
  if (mentions->len != 1)
    return NULL;

  mention = &g_array_index (mentions, DirectiveMention, 0);
  if (mention->entry == NULL || mention->start != 0)
    return NULL;
  /* Only punctuation may follow the mention. */
  for (const char *p = collapsed + mention->end; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return NULL;

  return mention->entry;
}

/* ------------------------------------------------------------------ agencies */

static char *
fill_template (const char *template,
               const char *locality,
               const char *level)
{
  g_autoptr(GString) out = NULL;

  if (template == NULL)
    return NULL;
  /* Most names have no placeholder: nothing to replace. */
  if (strchr (template, '{') == NULL)
    return collapse_spaces (template, -1);

  /* In one pass, into a buffer on the stack, when every brace of the template
   * opens a placeholder and the values have none (no replacement can then
   * make another placeholder, and the order of the replacements below does
   * not matter). */
  {
    const char *value = level != NULL && *level != '\0' ? level : "tỉnh";
    gsize place_len = locality != NULL ? strlen (locality) : 0;
    gsize level_len = strlen (value);
    char buf[512];
    gsize o = 0;
    const char *t;

    if (strpbrk (value, "{}") == NULL && (locality == NULL || strpbrk (locality, "{}") == NULL))
      {
        for (t = template; *t != '\0'; t++)
          {
            const char *add;
            gsize add_len;

            if (*t != '{')
              {
                if (o + 1 >= sizeof buf)
                  break;
                buf[o++] = *t;
                continue;
              }
            if (strncmp (t, "{province}", 10) == 0)
              {
                add = locality, add_len = place_len, t += 9;
                /* " {province}" goes as a whole when there is no province */
                if (add_len == 0 && o > 0 && t - 9 > template && t[-10] == ' ')
                  o--;
              }
            else if (strncmp (t, "{level}", 7) == 0)
              add = value, add_len = level_len, t += 6;
            else
              break;
            if (o + add_len + 1 >= sizeof buf)
              break;
            if (add_len > 0)
              memcpy (buf + o, add, add_len);
            o += add_len;
          }
        if (*t == '\0')
          return collapse_spaces (buf, o);
      }
  }

  out = g_string_new (template);
  if (locality != NULL && *locality != '\0')
    g_string_replace (out, "{province}", locality, 0);
  else
    {
      g_string_replace (out, " {province}", "", 0);
      g_string_replace (out, "{province}", "", 0);
    }
  g_string_replace (out, "{level}", level != NULL && *level != '\0' ? level : "tỉnh", 0);

  return collapse_spaces (out->str, out->len);
}

/* normalize_level_peek() of the levels a thread asked about last: a parse
 * asks with the same one for every agency, and documents have a few levels
 * between them ("tỉnh", "thành phố", ...): each was made again at each
 * change of document when only the last was kept. */
#define N_KNOWN_LEVELS 8

typedef struct
{
  char *level;             /* NULL for an empty entry */
  char *normalized;
  gboolean city;           /* normalized is "thành phố" */
} KnownLevel;

typedef struct
{
  guint last;              /* the entry found last, looked at first */
  guint next;              /* the entry a new level takes */
  KnownLevel levels[N_KNOWN_LEVELS];
} KnownLevels;

static void
known_levels_free (gpointer data)
{
  KnownLevels *known = data;

  for (guint i = 0; i < N_KNOWN_LEVELS; i++)
    {
      g_free (known->levels[i].level);
      g_free (known->levels[i].normalized);
    }
  g_free (known);
}

static GPrivate known_levels = G_PRIVATE_INIT (known_levels_free);
static _Thread_local KnownLevels *known_levels_tls;

/* @level as the names are filled with it: NFC, whitespace folded, lowercase;
 * the thread's, valid until N_KNOWN_LEVELS other levels were asked. *@city
 * tells whether it is "thành phố" (instance_id()). */
static const char *
normalize_level_peek (const char *level,
                      gboolean   *city)
{
  KnownLevels *known;
  KnownLevel *entry;
  g_autofree char *nfc_level = NULL;

  *city = FALSE;
  if (level == NULL)
    return NULL;
  known = known_levels_tls;
  if (known == NULL)
    {
      known = g_new0 (KnownLevels, 1);
      g_private_set (&known_levels, known);
      known_levels_tls = known;
    }
  entry = &known->levels[known->last];
  if (entry->level != NULL && g_str_equal (entry->level, level))
    {
      *city = entry->city;
      return entry->normalized;
    }
  for (guint i = 0; i < N_KNOWN_LEVELS && known->levels[i].level != NULL; i++)
    if (g_str_equal (known->levels[i].level, level))
      {
        known->last = i;
        *city = known->levels[i].city;
        return known->levels[i].normalized;
      }

  known->last = known->next;
  known->next = (known->next + 1) % N_KNOWN_LEVELS;
  entry = &known->levels[known->last];
  g_free (entry->level);
  g_free (entry->normalized);
  nfc_level = collapse_spaces (level, -1);
  entry->level = g_strdup (level);
  entry->normalized = g_utf8_strdown (nfc_level, -1);
  entry->city = g_str_equal (entry->normalized, "thành phố");
  *city = entry->city;

  return entry->normalized;
}

/* The id of @entry at a level that is "thành phố" when @city
 * (normalize_level_peek()): the entry's own, or one made in *@owned. */
static const char *
instance_id (DirectiveAgency  *entry,
             gboolean          city,
             char            **owned)
{
  const char *entry_id = directive_agency_get_id (entry);

  *owned = NULL;
  if (city && entry_id != NULL)
    {
      gsize len = strlen (entry_id);

      /* The stem and "-tp", made at once. */
      if (len >= 5 && memcmp (entry_id + len - 5, "-tinh", 5) == 0)
        {
          char *id = g_malloc (len - 5 + sizeof "-tp");

          memcpy (id, entry_id, len - 5);
          memcpy (id + len - 5, "-tp", sizeof "-tp");
          return *owned = id;
        }
    }

  return entry_id;
}

const char *
_directive_catalogue_instance_id (DirectiveAgency  *entry,
                                  const char       *level,
                                  char            **owned)
{
  gboolean city;

  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (entry), NULL);
  g_return_val_if_fail (owned != NULL, NULL);

  normalize_level_peek (level, &city);
  return instance_id (entry, city, owned);
}

/* The names a thread filled, with their locality and level: a parse
 * instantiates the same few agencies again and again, and documents come
 * from a few provinces. A pair of slots is chosen by where the template is
 * and by the locality, and a slot holds copies of what it was filled from: a
 * name changed since is filled anew. Two slots a place, the newest first:
 * with one, two names that came to the same place took it in turn, and how
 * often moved with where the templates were. */
#define N_FILLED_NAMES_BITS 10
#define N_FILLED_NAMES (1 << N_FILLED_NAMES_BITS)

typedef struct
{
  const char *at;                    /* where the template was: compared before the text */
  char *template;
  char *locality, *level;            /* as asked, nullable */
  guint64 serial;                    /* of the FilledNames locality and level they are, 0 for none */
  char *filled;
  gsize filled_len;                  /* strlen (filled): each instance copies it */
} FilledName;

typedef struct
{
  gboolean valid;
  char *locality, *level;            /* the last asked, nullable */
  char *nfc_locality, *nfc_level;    /* as the names are filled with them */
  gsize nfc_locality_len;            /* strlen (nfc_locality): each instance copies it */
  gboolean city;                     /* nfc_level is "thành phố" */
  guint hash;                        /* of the locality */
  /* Of the locality and level, one more at each change: a name filled with
   * this one needs no comparing of them. */
  guint64 serial;
  FilledName names[N_FILLED_NAMES];
} FilledNames;

static void
filled_name_clear (FilledName *name)
{
  g_clear_pointer (&name->template, g_free);
  g_clear_pointer (&name->locality, g_free);
  g_clear_pointer (&name->level, g_free);
  g_clear_pointer (&name->filled, g_free);
}

static void
filled_names_free (gpointer data)
{
  FilledNames *filled = data;

  for (guint i = 0; i < N_FILLED_NAMES; i++)
    filled_name_clear (&filled->names[i]);
  g_free (filled->locality);
  g_free (filled->level);
  g_free (filled->nfc_locality);
  g_free (filled->nfc_level);
  g_free (filled);
}

static GPrivate filled_names = G_PRIVATE_INIT (filled_names_free);
static _Thread_local FilledNames *filled_names_tls;

/* The thread's names, for @locality and @level from now on. */
static FilledNames *
filled_names_get (const char *locality,
                  const char *level)
{
  FilledNames *filled = filled_names_tls;

  if (filled == NULL)
    {
      filled = g_new0 (FilledNames, 1);
      g_private_set (&filled_names, filled);
      filled_names_tls = filled;
    }
  if (!filled->valid || g_strcmp0 (filled->locality, locality) != 0 || g_strcmp0 (filled->level, level) != 0)
    {
      g_free (filled->locality);
      g_free (filled->level);
      g_free (filled->nfc_locality);
      g_free (filled->nfc_level);
      filled->locality = g_strdup (locality);
      filled->level = g_strdup (level);
      filled->nfc_locality = locality != NULL ? collapse_spaces (locality, -1) : NULL;
      filled->nfc_locality_len = locality != NULL ? strlen (filled->nfc_locality) : 0;
      filled->nfc_level = g_strdup (normalize_level_peek (level, &filled->city));
      filled->serial++;
      filled->hash = locality != NULL ? g_str_hash (locality) : 0;
      filled->valid = TRUE;
    }

  return filled;
}

/* A copy of the @len bytes of @text (nullable), without its strlen(). */
static inline char *
copy_known (const char *text,
            gsize       len)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_malloc (len + 1);
  memcpy (copy, text, len + 1);

  return copy;
}

/* fill_template() of @template with @filled's locality and level, owned by
 * @filled: valid until the next call; *@len its length. */
static const char *
filled_name (FilledNames *filled,
             const char  *template,
             gsize       *len)
{
  FilledName *pair, *slot;
  guintptr where = (guintptr) template;

  *len = 0;
  if (template == NULL)
    return NULL;
  pair = &filled->names[(((where ^ filled->hash) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> (64 - N_FILLED_NAMES_BITS)) & ~1];
  for (guint w = 0; w < 2; w++)
    {
      slot = &pair[w];
      if (slot->at == template && slot->template != NULL && strcmp (slot->template, template) == 0
          && (slot->serial == filled->serial
              || (g_strcmp0 (slot->locality, filled->locality) == 0 && g_strcmp0 (slot->level, filled->level) == 0)))
        {
          slot->serial = filled->serial;
          *len = slot->filled_len;
          return slot->filled;
        }
    }

  /* The older goes, the newer moves to second. */
  filled_name_clear (&pair[1]);
  pair[1] = pair[0];
  slot = &pair[0];
  slot->at = template;
  slot->template = g_strdup (template);
  slot->locality = g_strdup (filled->locality);
  slot->level = g_strdup (filled->level);
  slot->serial = filled->serial;
  slot->filled = fill_template (template, filled->nfc_locality, filled->nfc_level);
  slot->filled_len = *len = strlen (slot->filled);

  return slot->filled;
}

/* _directive_catalogue_instantiate() with the thread's names for the
 * locality and level, which a successor shares. */
static DirectiveAgency *
instantiate_filled (FilledNames     *filled,
                    DirectiveAgency *entry)
{
  g_autofree char *owned_id = NULL;
  const char *id, *filled_text;
  char *name, *short_name;
  gsize len;
  DirectiveAgencyKind kind;
  DirectiveAgency *agency, *successor;

  id = instance_id (entry, filled->city, &owned_id);

  /* Each name is copied before the next is filled: it may take the same slot. */
  filled_text = filled_name (filled, directive_agency_get_name (entry), &len);
  name = copy_known (filled_text, len);
  filled_text = filled_name (filled, directive_agency_get_short_name (entry), &len);
  short_name = copy_known (filled_text, len);
  kind = directive_agency_get_kind (entry);
  agency = _directive_agency_new_take (owned_id != NULL ? g_steal_pointer (&owned_id) : g_strdup (id), name,
                                       short_name, kind,
                                       kind != DIRECTIVE_AGENCY_KIND_GROUP
                                       ? copy_known (filled->nfc_locality, filled->nfc_locality_len) : NULL,
                                       directive_agency_get_ceased_on (entry));

  /* A merged-away department names the one that took over, in the same
   * province (the catalogue refuses successor cycles, so this ends). */
  successor = directive_agency_get_successor (entry);
  if (successor != NULL)
    {
      g_autoptr(DirectiveAgency) instance = instantiate_filled (filled, successor);

      directive_agency_set_successor (agency, instance, NULL);
    }

  return agency;
}

DirectiveAgency *
_directive_catalogue_instantiate (DirectiveCatalogue *self,
                                  DirectiveAgency    *entry,
                                  const char         *locality,
                                  const char         *level)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (entry), NULL);

  return instantiate_filled (filled_names_get (locality, level), entry);
}

typedef struct
{
  const char *folded;
  const char *canonical;
  DirectiveAgencyKind kind;
} Canonical;

static const Canonical canonical_heads[] = {
  { "uy ban nhan dan", "Ủy ban nhân dân", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "ubnd", "Ủy ban nhân dân", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "tong cong ty", "Tổng công ty", DIRECTIVE_AGENCY_KIND_ENTERPRISE },
  { "cong ty", "Công ty", DIRECTIVE_AGENCY_KIND_ENTERPRISE },
  { "tap doan", "Tập đoàn", DIRECTIVE_AGENCY_KIND_ENTERPRISE },
  { "ngan hang", "Ngân hàng", DIRECTIVE_AGENCY_KIND_ENTERPRISE },
  { "trung tam", "Trung tâm", DIRECTIVE_AGENCY_KIND_OTHER },
  { "benh vien", "Bệnh viện", DIRECTIVE_AGENCY_KIND_OTHER },
  { "van phong", "Văn phòng", DIRECTIVE_AGENCY_KIND_OFFICE },
  { "chi cuc", "Chi cục", DIRECTIVE_AGENCY_KIND_OTHER },
  { "tong cuc", "Tổng cục", DIRECTIVE_AGENCY_KIND_OTHER },
  { "cong an", "Công an", DIRECTIVE_AGENCY_KIND_OTHER },
  { "lien doan", "Liên đoàn", DIRECTIVE_AGENCY_KIND_OTHER },
  { "hoi dong", "Hội đồng", DIRECTIVE_AGENCY_KIND_COUNCIL },
  { "dang uy", "Đảng ủy", DIRECTIVE_AGENCY_KIND_PARTY },
  { "so", "Sở", DIRECTIVE_AGENCY_KIND_DEPARTMENT },
  { "ban", "Ban", DIRECTIVE_AGENCY_KIND_DEPARTMENT },
  { "cuc", "Cục", DIRECTIVE_AGENCY_KIND_OTHER },
  { "phong", "Phòng", DIRECTIVE_AGENCY_KIND_OTHER },
  { "dai", "Đài", DIRECTIVE_AGENCY_KIND_PRESS },
  { "bao", "Báo", DIRECTIVE_AGENCY_KIND_PRESS },
  { "vien", "Viện", DIRECTIVE_AGENCY_KIND_OTHER },
  { "truong", "Trường", DIRECTIVE_AGENCY_KIND_OTHER },
  { "hoi", "Hội", DIRECTIVE_AGENCY_KIND_OTHER },
};

static const Canonical canonical_levels[] = {
  { "thanh pho", "thành phố", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "tp", "thành phố", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "thi xa", "thị xã", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "thi tran", "thị trấn", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "huyen", "huyện", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "quan", "quận", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "phuong", "phường", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "xa", "xã", DIRECTIVE_AGENCY_KIND_DISTRICT },
  { "tinh", "tỉnh", DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE },
};

/* Appends the original text of tokens [@from, @to) of @scan. */
static void
append_original (GString    *out,
                 const Scan *scan,
                 guint       from,
                 guint       to)
{
  g_autofree char *piece = NULL;
  gsize start, end;

  if (from >= to)
    return;
  start = scan_token (scan, from)->ostart;
  end = scan_token (scan, to - 1)->oend;
  if (out->len > 0)
    g_string_append_c (out, ' ');
  piece = collapse_spaces (scan->text + start, end - start);
  g_string_append (out, piece);
}

/* The agencies a thread named from mentions, by the mention's text and the
 * locality: the same few agencies outside the catalogue recur, within a
 * document and across a province's. */
#define N_NAMED_MENTIONS 64

typedef struct
{
  char *text;
  char *locality;          /* nullable */
  char *id;
  char *canonical;
  DirectiveAgencyKind kind;
} NamedMention;

static void
named_mentions_free (gpointer data)
{
  NamedMention *named = data;

  for (guint i = 0; i < N_NAMED_MENTIONS; i++)
    {
      g_free (named[i].text);
      g_free (named[i].locality);
      g_free (named[i].id);
      g_free (named[i].canonical);
    }
  g_free (named);
}

static GPrivate named_mentions = G_PRIVATE_INIT (named_mentions_free);

/* The thread's slot for @text and @locality: theirs when its text is set. */
static NamedMention *
named_mention_slot (const char *text,
                    const char *locality)
{
  NamedMention *named = g_private_get (&named_mentions);
  guint hash = g_str_hash (text) * 31 + (locality != NULL ? g_str_hash (locality) : 0);
  NamedMention *slot;

  if (named == NULL)
    {
      named = g_new0 (NamedMention, N_NAMED_MENTIONS);
      g_private_set (&named_mentions, named);
    }
  slot = &named[hash % N_NAMED_MENTIONS];
  if (slot->text != NULL && (strcmp (slot->text, text) != 0 || g_strcmp0 (slot->locality, locality) != 0))
    {
      g_clear_pointer (&slot->text, g_free);
      g_clear_pointer (&slot->locality, g_free);
      g_clear_pointer (&slot->id, g_free);
      g_clear_pointer (&slot->canonical, g_free);
    }

  return slot;
}

/* Whether @text has a letter only Vietnamese writes (đ, ă, â, ê, ô, ơ, ư, a
 * letter of U+1EA0-U+1EF9): the English model's OCR writes none, where a
 * clean name nearly always has one. */
static gboolean
has_vietnamese_letters (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u;

      if ((guchar) *c < 0x80)
        continue;
      u = g_utf8_get_char (c);
      if ((u >= 0x1EA0 && u <= 0x1EF9) || u == 0x0110 || u == 0x0111 || u == 0x0102 || u == 0x0103
          || u == 0x00C2 || u == 0x00E2 || u == 0x00CA || u == 0x00EA || u == 0x00D4 || u == 0x00F4
          || u == 0x01A0 || u == 0x01A1 || u == 0x01AF || u == 0x01B0)
        return TRUE;
    }
  return FALSE;
}

/* The fold of each two words running in the built-in catalogue's names
 * ("quan ly"), to their spelling there in small letters ("quản lý"), or ""
 * for a fold spelt more than one way: two words tell a spelling where one
 * does not ("dau" is "đầu" in "đầu tư", "dầu" in "xăng dầu"). Made once,
 * read-only after. */
static GHashTable *
name_vocabulary (void)
{
  static GHashTable *vocabulary;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      GListModel *entries = directive_catalogue_get_agencies (directive_catalogue_get_default ());
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(DirectiveAgency) entry = g_list_model_get_item (entries, i);
          g_autofree char *lower = g_utf8_strdown (directive_agency_get_name (entry), -1);
          g_auto(GStrv) words = g_strsplit (lower, " ", -1);

          for (guint w = 0; words[w] != NULL && words[w + 1] != NULL; w++)
            {
              g_autofree char *pair = NULL;
              char *fold;
              const char *known;

              /* (two words of a name: no placeholder, no punctuation) */
              if (strpbrk (words[w], "{,()-&") != NULL || strpbrk (words[w + 1], "{,()-&") != NULL
                  || words[w][0] == '\0' || words[w + 1][0] == '\0')
                continue;
              pair = g_strconcat (words[w], " ", words[w + 1], NULL);
              fold = _directive_text_fold (pair, -1);
              known = g_hash_table_lookup (table, fold);
              if (known == NULL)
                g_hash_table_insert (table, fold, g_steal_pointer (&pair));
              else
                {
                  if (*known != '\0' && strcmp (known, pair) != 0)
                    g_hash_table_insert (table, g_strdup (fold), g_strdup (""));
                  g_free (fold);
                }
            }
        }
      vocabulary = table;
      g_once_init_leave (&ready, 1);
    }

  return vocabulary;
}

/* Whether @word is written in plain ASCII letters only. */
static gboolean
plain_word (const char *word)
{
  if (*word == '\0')
    return FALSE;
  for (; *word != '\0'; word++)
    if (!g_ascii_isalpha (*word))
      return FALSE;
  return TRUE;
}

/* @word respelt @spelt (from name_vocabulary()), its capital kept. */
static char *
respell_word (const char *word,
              const char *spelt,
              gsize       len)
{
  g_autofree char *piece = g_strndup (spelt, len);
  char buf[8];
  gint n;

  if (!g_ascii_isupper (word[0]))
    return g_steal_pointer (&piece);
  n = g_unichar_to_utf8 (g_unichar_toupper (g_utf8_get_char (piece)), buf);
  buf[n] = '\0';
  return g_strconcat (buf, g_utf8_next_char (piece), NULL);
}

/* The spelling of the two plain words @a @b in the catalogue's names, or
 * %NULL (name_vocabulary()). */
static const char *
spelt_pair (GHashTable *vocabulary,
            const char *a,
            const char *b)
{
  g_autofree char *pair = NULL;
  const char *spelt;

  if (a == NULL || b == NULL || !plain_word (a) || !plain_word (b))
    return NULL;
  pair = g_strconcat (a, " ", b, NULL);
  for (char *c = pair; *c != '\0'; c++)
    *c = g_ascii_tolower (*c);
  spelt = g_hash_table_lookup (vocabulary, pair);
  return spelt != NULL && *spelt != '\0' ? spelt : NULL;
}

/* @name with each word written in plain letters respelt as the catalogue's
 * names spell it beside the word after it or the one before ("Quan ly" is
 * "Quản lý"), its capital kept; %NULL when none is. */
static char *
respell_words (const char *name)
{
  GHashTable *vocabulary = name_vocabulary ();
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  g_auto(GStrv) out = g_strdupv (words);
  gboolean changed = FALSE;

  for (guint w = 0; words[w] != NULL; w++)
    {
      const char *spelt;
      const char *space;
      char *word = NULL;

      if ((spelt = spelt_pair (vocabulary, words[w], words[w + 1])) != NULL)
        {
          space = strchr (spelt, ' ');
          word = respell_word (words[w], spelt, space - spelt);
        }
      else if (w > 0 && (spelt = spelt_pair (vocabulary, words[w - 1], words[w])) != NULL)
        {
          space = strchr (spelt, ' ');
          word = respell_word (words[w], space + 1, strlen (space + 1));
        }
      if (word == NULL || strcmp (word, words[w]) == 0)
        {
          g_free (word);
          continue;
        }
      g_free (out[w]);
      out[w] = word;
      changed = TRUE;
    }

  return changed ? g_strjoinv (" ", out) : NULL;
}

DirectiveAgency *
_directive_mention_to_agency (const DirectiveMention *mention,
                              const char             *locality)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *id = NULL;
  g_autofree char *canonical = NULL;
  DirectiveAgencyKind kind = DIRECTIVE_AGENCY_KIND_OTHER;
  DirectiveAgency *agency;
  NamedMention *named;
  Scan scan = { 0 };
  guint k = 0;
  gboolean committee = FALSE;

  g_return_val_if_fail (mention != NULL && mention->text != NULL, NULL);

  if (mention->group)
    {
      id = _directive_text_slugify (mention->text);
      agency = directive_agency_new (id, mention->text);
      directive_agency_set_kind (agency, DIRECTIVE_AGENCY_KIND_GROUP);
      return agency;
    }

  named = named_mention_slot (mention->text, locality);
  if (named->text != NULL)
    {
      agency = directive_agency_new (named->id, named->canonical);
      directive_agency_set_kind (agency, named->kind);
      directive_agency_set_locality (agency, locality);
      return agency;
    }

  scan_tokenize (&scan, mention->text, strlen (mention->text), NULL);
  scan.locality = locality != NULL && *locality != '\0' ? locality_words (scan.thread, locality, &scan.in_province)
                                                        : NULL;

  /* The head and a level word after it take their canonical spelling. */
  for (guint i = 0; i < G_N_ELEMENTS (canonical_heads); i++)
    {
      guint used = match_phrase (&scan, 0, canonical_heads[i].folded, FALSE);

      if (used > 0)
        {
          g_string_append (name, canonical_heads[i].canonical);
          kind = canonical_heads[i].kind;
          committee = i < 2;
          k = used;
          break;
        }
    }
  /* only a committee's level: after another head "Quản lý" is no "quận" */
  if (k > 0 && committee)
    {
      for (guint i = 0; i < G_N_ELEMENTS (canonical_levels); i++)
        {
          guint used = match_phrase (&scan, k, canonical_levels[i].folded, FALSE);

          if (used > 0)
            {
              g_string_append_printf (name, " %s", canonical_levels[i].canonical);
              if (committee)
                kind = canonical_levels[i].kind;
              k += used;
              break;
            }
        }
    }
  else if (k == 0)
    kind = DIRECTIVE_AGENCY_KIND_OTHER;

  while (k < scan.n_tokens)
    {
      guint province = scan.locality != NULL ? match_province (&scan, k) : 0;

      if (province > 0 && province == scan.n_tokens - k)
        {
          g_autofree char *place = collapse_spaces (locality, -1);

          g_string_append_printf (name, name->len > 0 ? " %s" : "%s", place);
          break;
        }
      append_original (name, &scan, k, scan.n_tokens);
      break;
    }

  /* Keep the punctuation between words as written ("Quy hoạch - Kiến trúc"): when
   * nothing was respelled the text is used as it stands. */
  if (name->len == 0 || g_str_equal (name->str, mention->text))
    canonical = collapse_spaces (mention->text, -1);
  else
    canonical = collapse_spaces (name->str, name->len);

  /* "huyện Hoa Vang" → "huyện Hòa Vang": places in the gazetteer's spelling. */
  {
    char *respelled = _directive_places_respell (canonical, locality);

    if (respelled != NULL)
      {
        g_free (canonical);
        canonical = respelled;
      }
  }

  /* "Phòng Quan ly thuong mai" → "Phòng Quản lý thương mại": a name OCR read
   * without Vietnamese letters, in the words of the catalogue's names */
  if (!has_vietnamese_letters (mention->text))
    {
      char *respelled = respell_words (canonical);

      if (respelled != NULL)
        {
          g_free (canonical);
          canonical = respelled;
        }
    }

  /* "Trung tâm Văn hóa - Điện ảnh tỉnh": the province's, named with it */
  if (locality != NULL && *locality != '\0' && !committee
      && (g_str_has_suffix (canonical, " tỉnh")
          || (g_str_has_suffix (canonical, " thành phố") && _directive_places_is_city (locality))))
    {
      g_autofree char *place = collapse_spaces (locality, -1);
      char *placed = g_strdup_printf ("%s %s", canonical, place);

      g_free (canonical);
      canonical = placed;
    }

  id = _directive_text_slugify (canonical);
  agency = directive_agency_new (id, canonical);
  directive_agency_set_kind (agency, kind);
  directive_agency_set_locality (agency, locality);

  named->text = g_strdup (mention->text);
  named->locality = g_strdup (locality);
  named->id = g_strdup (id);
  named->canonical = g_strdup (canonical);
  named->kind = kind;

  scan_clear (&scan);

  return agency;
}
