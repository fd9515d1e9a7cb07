/* directive-places.c: the built-in gazetteer of provinces and districts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-places-private.h"
#include "directive-resources.h"
#include "directive-text-private.h"

/* The gazetteer is data/places.json in the library's GResource:
 *
 * ```json
 * {
 *   "format": "places/1",
 *   "provinces": [
 *     { "name": "Đà Nẵng", "level": "thành phố",
 *       "districts": ["quận Hải Châu", "huyện Hòa Vang", ...] },
 *     ...
 *   ],
 *   "provinces_2025": [
 *     { "name": "Đà Nẵng", "level": "thành phố", "merged_from": ["Đà Nẵng", "Quảng Nam"] },
 *     ...
 *   ]
 * }
 * ```
 *
 * "provinces" are the 63 provinces and centrally-run cities as they stood before
 * the 2025 reorganisation, "level" either "tỉnh" or "thành phố"; each district-level
 * unit is written as its level ("quận", "huyện", "thị xã" or "thành phố") followed
 * by its name with the usual diacritics, tone marks placed the way the catalogue
 * places them ("Hòa", "Thủy"). "provinces_2025" are the 34 units of the 2025
 * reorganisation, each naming the provinces it took in. Names are NFC.
 *
 * It is read once, on first use, and never changes afterwards: the places are
 * shared between threads without locking. */

#define PLACES_RESOURCE "/org/gnome/Directive/data/places.json"

typedef struct
{
  DirectivePlace *places;
  guint n_places;
  GHashTable *by_key;          /* key → GPtrArray of DirectivePlace * */
  GPtrArray *fuzzy;            /* provinces and district-level cities: matched with OCR damage */
  GHashTable *districts_of;    /* pre-2025 province name → GPtrArray of its districts */
  GHashTable *reorganised;     /* 2025 province name → its DirectivePlace */
  GStringChunk *strings;       /* the names; held here so that it stays reachable */
} Gazetteer;

static const char * const district_levels[] = { "thành phố", "thị xã", "quận", "huyện", NULL };

/* The folded letters and digits of @text: "Hòa Vang" → "hoavang". */
static char *
compact_key (const char *text,
             gssize      len)
{
  char *key = _directive_text_fold (text, len);
  char *out = key;

  /* Squeezed in place: the key is never longer than the fold. */
  for (const char *c = key; *c != '\0'; c++)
    if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
      *out++ = *c;
  *out = '\0';

  return key;
}

/* A small reader for the gazetteer's JSON, which strings it unescapes in place in
 * a copy of the data: json-glib built a node for every value only to have each
 * read once, most of the gazetteer's loading time. Any syntax error fails it. */
typedef struct
{
  char *p;
  char *end;
  gboolean failed;
} Reader;

static gboolean
reader_at (Reader *r,
           char    c)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
    r->p++;
  return !r->failed && r->p < r->end && *r->p == c;
}

/* Consumes @c if it comes next. */
static gboolean
reader_next (Reader *r,
             char    c)
{
  if (!reader_at (r, c))
    return FALSE;
  r->p++;
  return TRUE;
}

/* Consumes @c, or fails. */
static gboolean
reader_take (Reader *r,
             char    c)
{
  if (!reader_at (r, c))
    {
      r->failed = TRUE;
      return FALSE;
    }
  r->p++;
  return TRUE;
}

static int
hex_digits (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);

      if (d < 0)
        return -1;
      value = value * 16 + d;
    }
  return value;
}

/* A string, unescaped in place (never longer than written) and NUL-terminated. */
static char *
reader_string (Reader *r)
{
  char *start, *out;

  if (!reader_take (r, '"'))
    return NULL;
  start = out = r->p;
  while (r->p < r->end && *r->p != '"')
    {
      char c = *r->p++;
      int u;

      if ((guchar) c < 0x20 || (c == '\\' && r->p >= r->end))
        goto fail;
      if (c != '\\')
        {
          *out++ = c;
          continue;
        }
      switch ((c = *r->p++))
        {
        case '"': case '\\': case '/': *out++ = c; break;
        case 'b': *out++ = '\b'; break;
        case 'f': *out++ = '\f'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'u':
          if (r->end - r->p < 4 || (u = hex_digits (r->p)) < 0)
            goto fail;
          r->p += 4;
          if (u >= 0xd800 && u < 0xdc00)
            {
              int low;

              if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u'
                  || (low = hex_digits (r->p + 2)) < 0xdc00 || low >= 0xe000)
                goto fail;
              r->p += 6;
              u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
            }
          else if (u >= 0xdc00 && u < 0xe000)
            goto fail;
          out += g_unichar_to_utf8 (u, out);
          break;
        default:
          goto fail;
        }
    }
  if (r->p >= r->end)
    goto fail;
  r->p++;
  *out = '\0';
  return start;

fail:
  r->failed = TRUE;
  return NULL;
}

static void
reader_skip_value (Reader *r)
{
  if (reader_at (r, '"'))
    reader_string (r);
  else if (reader_at (r, '[') || reader_at (r, '{'))
    {
      char close = *r->p == '[' ? ']' : '}';

      r->p++;
      if (reader_next (r, close))
        return;
      do
        {
          if (close == '}' && (reader_string (r) == NULL || !reader_take (r, ':')))
            return;
          reader_skip_value (r);
        }
      while (!r->failed && reader_next (r, ','));
      reader_take (r, close);
    }
  else
    {
      /* a number, true, false or null */
      const char *from = r->p;

      while (r->p < r->end && (g_ascii_isalnum (*r->p) || *r->p == '-' || *r->p == '+' || *r->p == '.'))
        r->p++;
      if (r->p == from)
        r->failed = TRUE;
    }
}

/* An array of strings, into @strings (emptied, or made if NULL). */
static void
reader_strings (Reader     *r,
                GPtrArray **strings)
{
  if (*strings != NULL)
    g_ptr_array_set_size (*strings, 0);
  else
    *strings = g_ptr_array_new ();
  if (!reader_take (r, '[') || reader_next (r, ']'))
    return;
  do
    {
      char *s = reader_string (r);

      if (s == NULL)
        return;
      g_ptr_array_add (*strings, s);
    }
  while (reader_next (r, ','));
  reader_take (r, ']');
}

typedef struct
{
  char *name, *level, *province;
  guint kind;
  gboolean reorganised;
  GStrv merged_from;
} RawPlace;

/* One entry of "provinces" or "provinces_2025": FALSE if it lacks a name or a
 * level, or a district is not written as a level and a name. */
static gboolean
add_province (const char   *name,
              const char   *level,
              GPtrArray    *districts,
              GPtrArray    *merged_from,
              gboolean      reorganised,
              GArray       *raw,
              GStringChunk *strings)
{
  const char *province;
  RawPlace place = { 0 };

  if (name == NULL || level == NULL)
    return FALSE;
  /* Names are copied as they are (no pointer is compared); only the few
   * level words are worth sharing. */
  province = g_string_chunk_insert (strings, name);
  place.name = (char *) province;
  place.level = g_string_chunk_insert_const (strings, level);
  place.province = (char *) province;
  place.kind = DIRECTIVE_PLACE_PROVINCE;
  place.reorganised = reorganised;

  if (reorganised && merged_from != NULL)
    {
      place.merged_from = g_new0 (char *, merged_from->len + 1);
      for (guint i = 0; i < merged_from->len; i++)
        place.merged_from[i] = g_string_chunk_insert_const (strings, merged_from->pdata[i]);
    }
  g_array_append_val (raw, place);

  for (guint i = 0; !reorganised && districts != NULL && i < districts->len; i++)
    {
      const char *text = districts->pdata[i];
      RawPlace district = { 0 };

      for (guint l = 0; district_levels[l] != NULL; l++)
        {
          gsize n = strlen (district_levels[l]);

          if (strncmp (text, district_levels[l], n) == 0 && text[n] == ' ')
            {
              district.level = (char *) district_levels[l];  /* static */
              district.name = g_string_chunk_insert (strings, text + n + 1);
              break;
            }
        }
      if (district.name == NULL)
        return FALSE;
      district.province = (char *) province;
      district.kind = DIRECTIVE_PLACE_DISTRICT;
      if (g_str_equal (district.level, "thành phố"))
        district.kind |= DIRECTIVE_PLACE_CITY;
      g_array_append_val (raw, district);
    }

  return TRUE;
}

/* The entries of one section, an array of objects, into @raw. */
static void
read_section (Reader       *r,
              const char   *section,
              gboolean      reorganised,
              GArray       *raw,
              GStringChunk *strings)
{
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(GPtrArray) merged_from = NULL;

  if (!reader_take (r, '[') || reader_next (r, ']'))
    return;
  for (guint i = 0; !r->failed; i++)
    {
      const char *name = NULL, *level = NULL;
      gboolean has_districts = FALSE, has_merged_from = FALSE;

      if (!reader_at (r, '{'))
        {
          /* not an object: reported, and the others still read */
          g_critical ("The built-in gazetteer has a bad entry: %s[%u]", section, i);
          reader_skip_value (r);
        }
      else
        {
          r->p++;
          if (!reader_at (r, '}'))
            do
              {
                const char *key = reader_string (r);

                if (key == NULL || !reader_take (r, ':'))
                  return;
                if (g_str_equal (key, "name"))
                  name = reader_string (r);
                else if (g_str_equal (key, "level"))
                  level = reader_string (r);
                else if (g_str_equal (key, "districts"))
                  {
                    reader_strings (r, &districts);
                    has_districts = TRUE;
                  }
                else if (g_str_equal (key, "merged_from"))
                  {
                    reader_strings (r, &merged_from);
                    has_merged_from = TRUE;
                  }
                else
                  reader_skip_value (r);
              }
            while (!r->failed && reader_next (r, ','));
          if (!reader_take (r, '}'))
            return;
          if (!add_province (name, level, has_districts ? districts : NULL,
                             has_merged_from ? merged_from : NULL, reorganised, raw, strings))
            g_critical ("The built-in gazetteer has a bad entry: %s[%u]", section, i);
        }
      if (!reader_next (r, ','))
        break;
    }
  reader_take (r, ']');
}

static void
ptr_array_table_add (GHashTable *table,
                     const char *key,
                     gpointer    value)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, (gpointer) key, list);
    }
  g_ptr_array_add (list, value);
}

void
_directive_places_ensure_resource (void)
{
  static gsize registered;

  /* Registering twice would link the static resource to itself. */
  if (g_once_init_enter (&registered))
    {
      _directive_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

static Gazetteer *
gazetteer_load (void)
{
  Gazetteer *self = g_new0 (Gazetteer, 1);
  /* Never freed: the gazetteer lives as long as the process. */
  GStringChunk *strings = self->strings = g_string_chunk_new (4096);
  g_autoptr(GArray) raw = g_array_new (FALSE, TRUE, sizeof (RawPlace));
  g_autoptr(GArray) reorganised = g_array_new (FALSE, TRUE, sizeof (RawPlace));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize size = 0;
  gconstpointer data;
  Reader reader = { 0 };

  self->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->districts_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->reorganised = g_hash_table_new (g_str_hash, g_str_equal);
  self->fuzzy = g_ptr_array_new ();

  _directive_places_ensure_resource ();
  bytes = g_resource_lookup_data (_directive_get_resource (), PLACES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_critical ("The built-in gazetteer is missing: %s", error->message);
      return self;
    }
  /* A copy, which the reader unescapes in place */
  data = g_bytes_get_data (bytes, &size);
  text = g_memdup2 (data, size);
  reader.p = text;
  reader.end = text + size;

  /* "provinces" come before "provinces_2025" in the places, whatever the order in the file. */
  if (reader_take (&reader, '{') && !reader_at (&reader, '}'))
    do
      {
        const char *key = reader_string (&reader);

        if (key == NULL || !reader_take (&reader, ':'))
          break;
        if (g_str_equal (key, "provinces"))
          read_section (&reader, key, FALSE, raw, strings);
        else if (g_str_equal (key, "provinces_2025"))
          read_section (&reader, key, TRUE, reorganised, strings);
        else
          reader_skip_value (&reader);
      }
    while (!reader.failed && reader_next (&reader, ','));
  if (!reader.failed)
    reader_take (&reader, '}');
  if (!reader.failed)
    {
      while (reader.p < reader.end && g_ascii_isspace (*reader.p))
        reader.p++;
      reader.failed = reader.p != reader.end;
    }
  if (reader.failed)
    {
      g_critical ("The built-in gazetteer is not valid JSON (at byte %" G_GSIZE_FORMAT ")",
                  (gsize) (reader.p - text));
      for (guint i = 0; i < raw->len; i++)
        g_free (g_array_index (raw, RawPlace, i).merged_from);
      for (guint i = 0; i < reorganised->len; i++)
        g_free (g_array_index (reorganised, RawPlace, i).merged_from);
      return self;
    }
  g_array_append_vals (raw, reorganised->data, reorganised->len);

  /* The places never move once the indexes point into them. */
  self->n_places = raw->len;
  self->places = g_new0 (DirectivePlace, raw->len);
  for (guint i = 0; i < raw->len; i++)
    {
      RawPlace *r = &g_array_index (raw, RawPlace, i);
      DirectivePlace *place = &self->places[i];
      g_autofree char *key = compact_key (r->name, -1);

      place->name = r->name;
      place->level = r->level;
      place->province = r->province;
      place->kind = r->kind;
      place->reorganised = r->reorganised;
      place->merged_from = (const char * const *) r->merged_from;
      place->key = g_string_chunk_insert (strings, key);

      ptr_array_table_add (self->by_key, place->key, place);
      if ((place->kind & (DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY)) != 0)
        g_ptr_array_add (self->fuzzy, place);
      if ((place->kind & DIRECTIVE_PLACE_DISTRICT) != 0)
        ptr_array_table_add (self->districts_of, place->province, place);
      if (place->reorganised)
        g_hash_table_insert (self->reorganised, (gpointer) place->name, place);
    }

  return self;
}

static const Gazetteer *
gazetteer_get (void)
{
  static Gazetteer *gazetteer;

  if (g_once_init_enter (&gazetteer))
    g_once_init_leave (&gazetteer, gazetteer_load ());

  return gazetteer;
}

const DirectivePlace *
_directive_places_get_all (guint *n_places)
{
  const Gazetteer *gazetteer = gazetteer_get ();

  if (n_places != NULL)
    *n_places = gazetteer->n_places;
  return gazetteer->places;
}

/* Whether @place lies in @province: its own province, or one a 2025 unit of that name took in. */
static gboolean
in_province (const Gazetteer      *gazetteer,
             const DirectivePlace *place,
             const char           *province)
{
  const DirectivePlace *unit;

  if (province == NULL)
    return FALSE;
  if (g_str_equal (place->province, province))
    return TRUE;
  unit = g_hash_table_lookup (gazetteer->reorganised, province);
  for (guint i = 0; unit != NULL && unit->merged_from != NULL && unit->merged_from[i] != NULL; i++)
    if (g_str_equal (place->province, unit->merged_from[i]))
      return TRUE;
  return FALSE;
}

static gboolean
kind_wanted (const DirectivePlace *place,
             guint                 kinds)
{
  if ((place->kind & DIRECTIVE_PLACE_PROVINCE) != 0)
    return (kinds & DIRECTIVE_PLACE_PROVINCE) != 0;
  if ((kinds & DIRECTIVE_PLACE_DISTRICT) != 0)
    return TRUE;
  return (kinds & DIRECTIVE_PLACE_CITY) != 0 && (place->kind & DIRECTIVE_PLACE_CITY) != 0;
}

typedef struct
{
  const Gazetteer *gazetteer;
  const char *level;
  const char *province;
  const DirectivePlace *place;  /* the best so far */
  double distance;
  gboolean elsewhere;           /* the best is outside the province */
  gboolean other_level;         /* ... or at another level */
  gboolean ambiguous;           /* another place, spelled otherwise, is as good */
} Best;

static void
consider (Best                 *best,
          const DirectivePlace *place,
          double                distance)
{
  gboolean elsewhere = best->province != NULL && !in_province (best->gazetteer, place, best->province);
  gboolean other_level = best->level != NULL && g_strcmp0 (place->level, best->level) != 0;
  int order;

  if (best->place == NULL)
    order = -1;
  else if (distance != best->distance)
    order = distance < best->distance ? -1 : 1;
  else if (elsewhere != best->elsewhere)
    order = elsewhere ? 1 : -1;
  else if (other_level != best->other_level)
    order = other_level ? 1 : -1;
  else
    order = 0;

  if (order < 0)
    {
      best->place = place;
      best->distance = distance;
      best->elsewhere = elsewhere;
      best->other_level = other_level;
      best->ambiguous = FALSE;
    }
  else if (order == 0 && !g_str_equal (place->name, best->place->name))
    best->ambiguous = TRUE;
}

static void
consider_fuzzy (Best       *best,
                GPtrArray  *places,
                guint       kinds,
                const char *key,
                gsize       key_len)
{
  double budget = key_len <= 5 ? 1.0 : 0.25 * key_len;

  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      const DirectivePlace *place = g_ptr_array_index (places, i);
      gsize len = strlen (place->key);

      if (!kind_wanted (place, kinds) || len + 3 < key_len || key_len + 3 < len)
        continue;
      /* Below the provinces, many more names lie close together ("Cộng hòa", "Đồng Hới"):
       * OCR damage there must leave the first letter. */
      if ((place->kind & DIRECTIVE_PLACE_PROVINCE) == 0 && place->key[0] != key[0])
        continue;
      /* (a place further than the best so far changes nothing) */
      if (!_directive_text_word_within (key, key_len, place->key, len,
                                        best->place != NULL ? MIN (best->distance, budget) : budget))
        continue;
      consider (best, place, _directive_text_word_distance (key, key_len, place->key, len));
    }
}

const DirectivePlace *
_directive_places_lookup (const char *text,
                          guint       kinds,
                          const char *level,
                          const char *province)
{
  const Gazetteer *gazetteer = gazetteer_get ();
  g_autofree char *key = NULL;
  GPtrArray *exact;
  Best best = { gazetteer, level, province, NULL, 0.0, FALSE, FALSE, FALSE };
  gsize key_len;

  if (text == NULL)
    return NULL;
  key = compact_key (text, -1);
  key_len = strlen (key);
  if (key_len == 0)
    return NULL;

  exact = g_hash_table_lookup (gazetteer->by_key, key);
  for (guint i = 0; exact != NULL && i < exact->len; i++)
    if (kind_wanted (g_ptr_array_index (exact, i), kinds))
      consider (&best, g_ptr_array_index (exact, i), 0.0);

  if (best.place == NULL)
    {
      /* OCR damage: provinces and cities anywhere, other districts only in the document's province. */
      if ((kinds & (DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY | DIRECTIVE_PLACE_DISTRICT)) != 0)
        consider_fuzzy (&best, gazetteer->fuzzy, kinds, key, key_len);
      if ((kinds & DIRECTIVE_PLACE_DISTRICT) != 0 && province != NULL)
        {
          const DirectivePlace *unit = g_hash_table_lookup (gazetteer->reorganised, province);

          consider_fuzzy (&best, g_hash_table_lookup (gazetteer->districts_of, province), kinds, key, key_len);
          for (guint i = 0; unit != NULL && unit->merged_from != NULL && unit->merged_from[i] != NULL; i++)
            if (!g_str_equal (unit->merged_from[i], province))
              consider_fuzzy (&best, g_hash_table_lookup (gazetteer->districts_of, unit->merged_from[i]),
                              kinds, key, key_len);
        }
      if (best.place != NULL && best.distance > (key_len <= 5 ? 1.0 : 0.25 * key_len))
        return NULL;
    }

  return best.ambiguous ? NULL : best.place;
}

gboolean
_directive_places_is_city (const char *locality)
{
  const Gazetteer *gazetteer = gazetteer_get ();
  g_autofree char *key = NULL;
  GPtrArray *places;

  if (locality == NULL)
    return FALSE;
  key = compact_key (locality, -1);
  places = g_hash_table_lookup (gazetteer->by_key, key);
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      const DirectivePlace *place = g_ptr_array_index (places, i);

      if ((place->kind & DIRECTIVE_PLACE_PROVINCE) != 0 && g_str_equal (place->name, locality))
        return g_str_equal (place->level, "thành phố");
    }
  return FALSE;
}

/* ------------------------------------------------------------------ respelling */

/* @text as its letters without tone marks, lowercase, and its tone marks in order: two
 * spellings that differ only in where a tone mark sits ("Hoà", "Hòa") give the same. */
static char *
tone_neutral (const char *text)
{
  g_autofree char *nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *letters = g_string_new (NULL);
  GString *tones = g_string_new (NULL);

  for (const char *p = nfd; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case 0x0300: case 0x0301: case 0x0303: case 0x0309: case 0x0323:
          g_string_append_unichar (tones, c);
          break;
        default:
          g_string_append_unichar (letters, g_unichar_tolower (c));
        }
    }
  g_string_append_c (letters, '|');
  g_string_append_len (letters, tones->str, tones->len);
  g_string_free (tones, TRUE);

  return g_string_free (letters, FALSE);
}

/* Whether @text is already the spelling of a place with its key. */
static gboolean
is_known_spelling (const Gazetteer *gazetteer,
                   const char      *text,
                   const char      *key)
{
  GPtrArray *places = g_hash_table_lookup (gazetteer->by_key, key);
  g_autofree char *written = NULL;

  if (places == NULL)
    return FALSE;
  written = tone_neutral (text);
  for (guint i = 0; i < places->len; i++)
    {
      g_autofree char *known = tone_neutral (((const DirectivePlace *) g_ptr_array_index (places, i))->name);

      if (g_str_equal (written, known))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  gsize ostart, oend;   /* in the name */
  const char *word;     /* folded (in the fold) */
  gsize len;
  char sep;             /* what stands before it: 0 at the start, ' ', '.', '\'', '-', ',', or '?' for anything else */
  gboolean upper;       /* starts with a capital or a digit */
  gboolean digits;      /* digits only */
} Word;

static gboolean
word_is (const Word *w,
         const char *folded)
{
  return w->len == strlen (folded) && memcmp (w->word, folded, w->len) == 0;
}

/* A level word at @words[i]: the words it takes, its canonical spelling and the kinds of place after it. */
static guint
match_level (const Word  *words,
             guint        n,
             guint        i,
             const char **level,
             guint       *kinds)
{
  if (word_is (&words[i], "huyen"))
    return *level = "huyện", *kinds = DIRECTIVE_PLACE_DISTRICT, 1;
  if (word_is (&words[i], "quan"))
    return *level = "quận", *kinds = DIRECTIVE_PLACE_DISTRICT, 1;
  if (word_is (&words[i], "tinh"))
    return *level = "tỉnh", *kinds = DIRECTIVE_PLACE_PROVINCE, 1;
  if (word_is (&words[i], "tp") || word_is (&words[i], "thanhpho"))
    return *level = "thành phố", *kinds = DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_DISTRICT, 1;
  if (i + 1 < n && words[i + 1].sep == ' ' && word_is (&words[i], "thanh") && word_is (&words[i + 1], "pho"))
    return *level = "thành phố", *kinds = DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_DISTRICT, 2;
  if (i + 1 < n && words[i + 1].sep == ' ' && word_is (&words[i], "thi") && word_is (&words[i + 1], "xa"))
    return *level = "thị xã", *kinds = DIRECTIVE_PLACE_DISTRICT, 2;
  /* "Chi cục Thuế khu vực Hòa Vang - Cẩm Lệ" */
  if (i + 1 < n && words[i + 1].sep == ' ' && word_is (&words[i], "khu") && word_is (&words[i + 1], "vuc"))
    return *level = NULL, *kinds = DIRECTIVE_PLACE_DISTRICT, 2;
  return 0;
}

static GArray *
split_words (const char  *name,
             const char  *fold,
             const gsize *offsets,
             gsize        fold_len)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));
  char sep = 0;
  gsize i = 0;

  while (i < fold_len)
    {
      char c = fold[i];

      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        {
          Word w = { 0 };
          gunichar first;

          w.word = fold + i;
          w.digits = TRUE;
          w.ostart = offsets[i];
          while (i < fold_len && ((fold[i] >= 'a' && fold[i] <= 'z') || (fold[i] >= '0' && fold[i] <= '9')))
            {
              if (fold[i] < '0' || fold[i] > '9')
                w.digits = FALSE;
              i++;
            }
          w.len = fold + i - w.word;
          w.oend = offsets[i];
          w.sep = sep;
          first = g_utf8_get_char (name + w.ostart);
          w.upper = g_unichar_isupper (first) || g_unichar_isdigit (first);
          g_array_append_val (words, w);
          sep = ' ';
          continue;
        }
      if (c == '.' && sep == ' ')
        sep = '.';
      else if (c == '\'' && sep == ' ')
        sep = '\'';
      else if (c == '-' && (sep == ' ' || sep == '.'))
        sep = '-';
      else if (c == ',' && sep != '?')
        sep = ',';
      else if (c != ' ')
        sep = '?';
      i++;
    }

  return words;
}

char *
_directive_places_respell (const char *name,
                           const char *province)
{
  const Gazetteer *gazetteer;
  g_autofree gsize *offsets = NULL;
  g_autofree char *fold = NULL;
  g_autoptr(GArray) words = NULL;
  g_autoptr(GString) out = NULL;
  gsize fold_len = 0;
  gsize copied = 0;
  const Word *w;
  guint n;

  if (name == NULL || *name == '\0')
    return NULL;

  fold = _directive_text_fold_with_offsets (name, -1, &offsets, &fold_len);
  words = split_words (name, fold, offsets, fold_len);
  w = (const Word *) (gpointer) words->data;
  n = words->len;
  gazetteer = gazetteer_get ();

  for (guint i = 0; i < n;)
    {
      const char *level = NULL;
      guint kinds = 0;
      guint used = match_level (w, n, i, &level, &kinds);
      guint first, run = 0;
      gboolean found;

      if (used == 0)
        {
          i++;
          continue;
        }
      first = i + used;
      /* "huyện Hòa Vang", "TP. Hạ Long": capitalised words (or a number) up to the next level word */
      if (first >= n || !(w[first].sep == ' ' || w[first].sep == '.'))
        {
          i = first;
          continue;
        }
      while (first + run < n && run < 5)
        {
          const Word *next = &w[first + run];
          const char *l;
          guint k;

          if (run > 0 && next->sep != ' ' && next->sep != '-' && next->sep != '\'')
            break;
          if (!next->upper && !(run > 0 && next->sep == '\''))
            break;
          if (run > 0 && match_level (w, n, first + run, &l, &k) > 0)
            break;
          run++;
        }

    next_run:
      /* The longest run that is a place; a shorter one only when it folds to the place exactly. */
      found = FALSE;
      for (guint m = run; m > 0; m--)
        {
          gsize start = w[first].ostart, end = w[first + m - 1].oend;
          g_autofree char *written = g_strndup (name + start, end - start);
          g_autofree char *key = compact_key (written, -1);
          const DirectivePlace *place;

          if (w[first].digits && m == 1)
            break;
          place = _directive_places_lookup (written, kinds, level, province);
          if (place == NULL || (m < run && !g_str_equal (place->key, key)))
            continue;
          if (!is_known_spelling (gazetteer, written, key) && !g_str_equal (written, place->name))
            {
              if (out == NULL)
                out = g_string_new (NULL);
              g_string_append_len (out, name + copied, start - copied);
              g_string_append (out, place->name);
              copied = end;
            }
          run = m;
          found = TRUE;
          break;
        }
      /* "khu vực Hòa Vang - Cẩm Lệ", "các huyện Nhà Bè, Cần Giờ": the next place under the same level */
      if (found && first + run < n && (w[first + run].sep == '-' || w[first + run].sep == ',')
          && w[first + run].upper)
        {
          const char *l;
          guint k;

          first += run;
          run = 0;
          while (first + run < n && run < 5 && w[first + run].upper
                 && (run == 0 || w[first + run].sep == ' ' || w[first + run].sep == '\'')
                 && (run == 0 || match_level (w, n, first + run, &l, &k) == 0))
            run++;
          goto next_run;
        }
      i = first + MAX (run, 1);
    }

  if (out == NULL)
    return NULL;
  g_string_append (out, name + copied);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_directive_places_canonical_name (const char *text,
                                  guint       kinds,
                                  const char *province)
{
  g_autofree gsize *offsets = NULL;
  g_autofree char *fold = NULL;
  g_autoptr(GArray) words = NULL;
  const DirectivePlace *place;
  const char *level = NULL;
  guint level_kinds = 0;
  guint used;

  if (text == NULL)
    return NULL;
  fold = _directive_text_fold_with_offsets (text, -1, &offsets, NULL);
  words = split_words (text, fold, offsets, strlen (fold));
  used = words->len > 0 ? match_level ((const Word *) (gpointer) words->data, words->len, 0, &level, &level_kinds) : 0;

  if (used > 0 && level != NULL && used < words->len && (level_kinds & kinds) != 0)
    {
      const char *rest = text + g_array_index (words, Word, used).ostart;

      place = _directive_places_lookup (rest, level_kinds & kinds, level, province);
      if (place != NULL)
        {
          g_autofree char *head = g_utf8_substring (level, 0, 1);
          g_autofree char *upper = g_utf8_strup (head, -1);

          return g_strconcat (upper, g_utf8_offset_to_pointer (level, 1), " ", place->name, NULL);
        }
    }

  place = _directive_places_lookup (text, kinds, NULL, province);

  return place != NULL ? g_strdup (place->name) : NULL;
}
