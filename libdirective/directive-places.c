/* directive-places.c: the built-in gazetteer of provinces and districts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-memo-private.h"
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
  guint *by_key;               /* open addressing on key_hash(): the first place with a key, its index + 1, or 0 */
  guint by_key_mask;           /* the number of slots - 1 */
  guint *next_same_key;        /* place index → the next place with its key, or G_MAXUINT */
  GPtrArray *fuzzy;            /* provinces and district-level cities: matched with OCR damage */
  GHashTable *districts_of;    /* pre-2025 province name → GPtrArray of its districts */
  GHashTable *reorganised;     /* 2025 province name → its DirectivePlace */
  GStringChunk *strings;       /* the names; held here so that it stays reachable */
  char **keys;                 /* the keys, from compact_keys(): held here too */
} Gazetteer;

static const char * const district_levels[] = { "thành phố", "thị xã", "quận", "huyện", NULL };

/* The index of the keys: GHashTable's own cost more than the lookups and the
 * load that use it (djb2, as g_str_hash()). */
static inline guint
key_hash (const char *key)
{
  guint h = 5381;

  for (; *key != '\0'; key++)
    h = h * 33 + (guchar) *key;
  return h;
}

/* The folded letters and digits of @text: "Hòa Vang" → "hoavang". */
static char *
compact_key (const char *text,
             gssize      len)
{
  char *key = _directive_text_fold (text, len);
  char *out = key;

  /* The key is never longer than the fold: kept in place. */
  for (const char *c = key; *c != '\0'; c++)
    if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
      *out++ = *c;
  *out = '\0';

  return key;
}

typedef struct
{
  char *name, *level, *province;
  guint kind;
  gboolean reorganised;
  GStrv merged_from;
} RawPlace;

/* compact_key() of each place's name, in one fold of them all rather than one
 * fold each (an allocation and a free each cost as much as the folding): the
 * names joined with '|', which no name holds and no folding rule reads as a
 * letter or makes of one, and which keeps apart what a rule reads on either
 * side of it as the end of the text would. The keys lie in the block returned
 * (free it alone), or NULL if a name holds a '|'. */
static char **
compact_keys (GArray *raw)
{
  g_autofree char *all = NULL;
  g_autofree char *fold = NULL;
  char **keys;
  char *out;
  const char *c;
  gsize fold_len = 0;
  gsize total = 0;

  for (guint i = 0; i < raw->len; i++)
    total += strlen (g_array_index (raw, RawPlace, i).name) + 1;
  out = all = g_malloc (total + 1);
  for (guint i = 0; i < raw->len; i++)
    {
      for (c = g_array_index (raw, RawPlace, i).name; *c != '\0'; c++)
        {
          if (*c == '|')
            return NULL;
          *out++ = *c;
        }
      *out++ = '|';
    }
  *out = '\0';
  fold = _directive_text_fold (all, total);
  /* (the keys are never longer than the fold: they follow the pointers) */
  fold_len = strlen (fold);
  keys = g_malloc ((raw->len + 1) * sizeof (char *) + fold_len + 1);
  out = (char *) (keys + raw->len + 1);
  c = fold;
  for (guint i = 0; i < raw->len; i++)
    {
      keys[i] = out;
      for (; *c != '\0' && *c != '|'; c++)
        if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
          *out++ = *c;
      *out++ = '\0';
      /* (never: each name's fold ends at its own '|', unless a character of
       * a name folds to one) */
      if (*c != '|')
        {
          g_free (keys);
          return NULL;
        }
      c++;
    }
  if (*c != '\0')
    {
      g_free (keys);
      return NULL;
    }
  keys[raw->len] = NULL;

  return keys;
}

/* ------------------------------------------------------------------ reading */

/* The gazetteer's JSON is read by hand: it is only objects, arrays and strings,
 * and building json-glib's tree for it cost more than all the rest of the load. */
typedef struct
{
  const char *at;
  const char *end;
  GString    *buf;      /* room for a string with escapes */
  const char *str;      /* the last string read: in the data, or in buf; not NUL-terminated */
  gsize       len;
  GPtrArray  *districts;  /* room for a province's lists, kept from one to the next */
  GPtrArray  *merged;
} Reader;

/* The bytes by what the reader makes of them, one test each: */
enum {
  PLAIN = 1 << 0,   /* in a string, taken as it is: ASCII, no control, quote or backslash */
  SPACE = 1 << 1,   /* JSON's whitespace */
};

static const guint8 byte_class[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  3, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static void
skip_space (Reader *r)
{
  while (r->at < r->end && (byte_class[(guchar) *r->at] & SPACE) != 0)
    r->at++;
}

/* Whether the next thing is @c: then steps over it. */
static gboolean
take (Reader *r,
      char    c)
{
  skip_space (r);
  if (r->at < r->end && *r->at == c)
    {
      r->at++;
      return TRUE;
    }
  return FALSE;
}

static gboolean
read_hex4 (Reader   *r,
           gunichar *u)
{
  *u = 0;
  for (guint i = 0; i < 4; i++, r->at++)
    {
      if (r->at >= r->end || !g_ascii_isxdigit (*r->at))
        return FALSE;
      *u = *u * 16 + g_ascii_xdigit_value (*r->at);
    }
  return TRUE;
}

/* The length of the valid UTF-8 character at @s, which is no ASCII, or 0: what
 * g_utf8_validate() accepts (no overlong form, no surrogate, nothing past U+10FFFF). */
static guint
utf8_char_length (const guchar *s,
                  const guchar *end)
{
  guint n;

  if (s[0] < 0xc2)
    return 0;
  n = s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : s[0] < 0xf5 ? 4 : 0;
  if (n == 0 || end - s < n)
    return 0;
  for (guint i = 1; i < n; i++)
    if ((s[i] & 0xc0) != 0x80)
      return 0;
  if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0)
      || (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))
    return 0;
  return n;
}

/* A JSON string into r->str and r->len: the data itself unless it has escapes.
 * Outside strings the reader takes ASCII only, so checking the characters of the
 * strings checks the whole of the data is UTF-8. */
static gboolean
read_string (Reader *r)
{
  const char *start;
  gboolean escaped = FALSE;

  if (!take (r, '"'))
    return FALSE;
  start = r->at;
  while (r->at < r->end && *r->at != '"')
    {
      const char *run = r->at;
      gunichar u;

      for (;;)
        {
          guint n;

          /* (a run of plain ASCII: no control, quote or backslash) */
          while (r->at < r->end && (byte_class[(guchar) *r->at] & PLAIN) != 0)
            r->at++;
          if (r->at >= r->end || (guchar) *r->at < 0x80)
            break;
          n = utf8_char_length ((const guchar *) r->at, (const guchar *) r->end);
          if (n == 0)
            return FALSE;
          r->at += n;
        }
      if (r->at < r->end && (guchar) *r->at < 0x20)
        return FALSE;
      if (escaped)
        g_string_append_len (r->buf, run, r->at - run);
      if (r->at >= r->end || *r->at == '"')
        break;
      /* an escape: the string is made in buf from here on */
      if (!escaped)
        {
          g_string_truncate (r->buf, 0);
          g_string_append_len (r->buf, start, r->at - start);
          escaped = TRUE;
        }
      if (++r->at >= r->end)
        return FALSE;
      switch (*r->at++)
        {
        case '"': g_string_append_c (r->buf, '"'); break;
        case '\\': g_string_append_c (r->buf, '\\'); break;
        case '/': g_string_append_c (r->buf, '/'); break;
        case 'b': g_string_append_c (r->buf, '\b'); break;
        case 'f': g_string_append_c (r->buf, '\f'); break;
        case 'n': g_string_append_c (r->buf, '\n'); break;
        case 'r': g_string_append_c (r->buf, '\r'); break;
        case 't': g_string_append_c (r->buf, '\t'); break;
        case 'u':
          if (!read_hex4 (r, &u))
            return FALSE;
          if (u >= 0xd800 && u < 0xdc00)
            {
              gunichar low;

              if (r->end - r->at < 2 || r->at[0] != '\\' || r->at[1] != 'u')
                return FALSE;
              r->at += 2;
              if (!read_hex4 (r, &low) || low < 0xdc00 || low >= 0xe000)
                return FALSE;
              u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
            }
          else if (u >= 0xdc00 && u < 0xe000)
            return FALSE;
          g_string_append_unichar (r->buf, u);
          break;
        default:
          return FALSE;
        }
    }
  if (r->at >= r->end)
    return FALSE;
  if (escaped)
    r->str = r->buf->str, r->len = r->buf->len;
  else
    r->str = start, r->len = r->at - start;
  r->at++;
  return TRUE;
}

/* Whether the last string read is @s. */
static gboolean
string_is (const Reader *r,
           const char   *s)
{
  return strlen (s) == r->len && memcmp (r->str, s, r->len) == 0;
}

/* Steps over any JSON value. */
static gboolean
skip_value (Reader *r,
            guint   depth)
{
  skip_space (r);
  if (r->at >= r->end || depth > 64)
    return FALSE;
  if (*r->at == '"')
    return read_string (r);
  if (*r->at == '[' || *r->at == '{')
    {
      char close = *r->at == '[' ? ']' : '}';
      gboolean object = *r->at == '{';

      r->at++;
      if (take (r, close))
        return TRUE;
      do
        {
          if (object && (!read_string (r) || !take (r, ':')))
            return FALSE;
          if (!skip_value (r, depth + 1))
            return FALSE;
        }
      while (take (r, ','));
      return take (r, close);
    }
  /* a number, true, false or null */
  if (!(g_ascii_isalnum (*r->at) || *r->at == '-'))
    return FALSE;
  while (r->at < r->end && (g_ascii_isalnum (*r->at) || *r->at == '-' || *r->at == '+' || *r->at == '.'))
    r->at++;
  return TRUE;
}

/* An array of strings, each added to @strings: NULL (not a string) for anything else. */
static gboolean
read_string_array (Reader       *r,
                   GStringChunk *strings,
                   GPtrArray    *out)
{
  if (!take (r, '['))
    return skip_value (r, 1);
  if (take (r, ']'))
    return TRUE;
  do
    {
      skip_space (r);
      if (r->at < r->end && *r->at == '"')
        {
          if (!read_string (r))
            return FALSE;
          /* (names are many and compared by content: no de-duplication) */
          g_ptr_array_add (out, g_string_chunk_insert_len (strings, r->str, r->len));
        }
      else if (skip_value (r, 1))
        g_ptr_array_add (out, NULL);
      else
        return FALSE;
    }
  while (take (r, ','));
  return take (r, ']');
}

/* One province object: its place, then its districts, appended to @raw. FALSE
 * when it lacks a name or level or a district lacks its level word. */
static gboolean
read_province (Reader       *r,
               gboolean      reorganised,
               GArray       *raw,
               GStringChunk *strings,
               gboolean     *valid)
{
  const char *name = NULL, *level = NULL;
  GPtrArray *districts = r->districts;
  GPtrArray *merged = r->merged;
  gboolean has_districts = FALSE, has_merged = FALSE;
  RawPlace place = { 0 };

  g_ptr_array_set_size (districts, 0);
  g_ptr_array_set_size (merged, 0);
  *valid = FALSE;
  if (!take (r, '{'))
    return skip_value (r, 1);
  if (!take (r, '}'))
    do
      {
        char member = 0;

        if (!read_string (r) || !take (r, ':'))
          return FALSE;
        if (string_is (r, "name"))
          member = 'n';
        else if (string_is (r, "level"))
          member = 'l';
        else if (string_is (r, "districts"))
          member = 'd';
        else if (string_is (r, "merged_from"))
          member = 'm';
        skip_space (r);
        if ((member == 'n' || member == 'l') && r->at < r->end && *r->at == '"')
          {
            if (!read_string (r))
              return FALSE;
            *(member == 'n' ? &name : &level) = g_string_chunk_insert_len (strings, r->str, r->len);
          }
        else if (member == 'd' || member == 'm')
          {
            GPtrArray *list = member == 'd' ? districts : merged;

            g_ptr_array_set_size (list, 0);
            *(member == 'd' ? &has_districts : &has_merged) = TRUE;
            if (!read_string_array (r, strings, list))
              return FALSE;
          }
        else
          {
            if (member == 'n' || member == 'l')
              *(member == 'n' ? &name : &level) = NULL;
            if (!skip_value (r, 1))
              return FALSE;
          }
      }
    while (take (r, ','));
  if (!take (r, '}'))
    return FALSE;

  if (name == NULL || level == NULL)
    return TRUE;
  place.name = (char *) name;
  place.level = (char *) level;
  place.province = (char *) name;
  place.kind = DIRECTIVE_PLACE_PROVINCE;
  place.reorganised = reorganised;
  if (reorganised && has_merged)
    {
      place.merged_from = g_new0 (char *, merged->len + 1);
      for (guint i = 0; i < merged->len; i++)
        place.merged_from[i] = merged->pdata[i] != NULL ? merged->pdata[i] : (char *) "";
    }
  g_array_append_val (raw, place);

  for (guint i = 0; !reorganised && has_districts && i < districts->len; i++)
    {
      const char *text = districts->pdata[i];
      RawPlace district = { 0 };

      for (guint l = 0; text != NULL && district_levels[l] != NULL; l++)
        {
          gsize n;

          /* (most levels differ at the first letter) */
          if (text[0] != district_levels[l][0])
            continue;
          n = strlen (district_levels[l]);
          if (strncmp (text, district_levels[l], n) == 0 && text[n] == ' ')
            {
              district.level = (char *) district_levels[l];
              district.name = (char *) text + n + 1;
              break;
            }
        }
      if (district.name == NULL)
        return TRUE;
      district.province = (char *) name;
      district.kind = DIRECTIVE_PLACE_DISTRICT;
      if (g_str_equal (district.level, "thành phố"))
        district.kind |= DIRECTIVE_PLACE_CITY;
      g_array_append_val (raw, district);
    }

  *valid = TRUE;
  return TRUE;
}

/* A section of province objects; FALSE when it is not valid JSON. */
static gboolean
read_section (Reader       *r,
              const char   *section,
              gboolean      reorganised,
              GArray       *raw,
              GStringChunk *strings)
{
  guint i = 0;
  gboolean valid;

  if (!take (r, '['))
    return skip_value (r, 1);
  if (take (r, ']'))
    return TRUE;
  do
    {
      if (!read_province (r, reorganised, raw, strings, &valid))
        return FALSE;
      if (!valid)
        g_critical ("The built-in gazetteer has a bad entry: %s[%u]", section, i);
      i++;
    }
  while (take (r, ','));
  return take (r, ']');
}

/* Adds @value to the list of @key in @table; *@last is the list added to last,
 * and the key it is for: a province's districts follow one another, and need
 * no lookup each. */
static void
ptr_array_table_add (GHashTable  *table,
                     const char  *key,
                     gpointer     value,
                     guint        expected,
                     GPtrArray  **last,
                     const char **last_key)
{
  GPtrArray *list = *last;

  if (list == NULL || *last_key != key)
    {
      list = g_hash_table_lookup (table, key);
      if (list == NULL)
        {
          list = g_ptr_array_sized_new (expected);
          g_hash_table_insert (table, (gpointer) key, list);
        }
      *last = list;
      *last_key = key;
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
  /* (room for the gazetteer as it stands: about 800 places) */
  g_autoptr(GArray) raw = g_array_sized_new (FALSE, TRUE, sizeof (RawPlace), 1024);
  g_autoptr(GPtrArray) districts_room = g_ptr_array_sized_new (64);
  g_autoptr(GPtrArray) merged_room = g_ptr_array_sized_new (8);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *sections[] = { "provinces", "provinces_2025" };
  const char *section_at[G_N_ELEMENTS (sections)] = { NULL, NULL };
  gboolean read[G_N_ELEMENTS (sections)] = { FALSE, FALSE };
  g_autoptr(GString) buf = g_string_new (NULL);
  Reader reader;
  gsize size = 0;
  const char *data;
  gboolean valid;
  GPtrArray *districts = NULL;
  const char *districts_province = NULL;
  char **keys = NULL;

  /* (a chain through next_same_key rather than an array per key: most keys name one place) */
  /* (no slot taken until the places are read: no key is found) */
  self->by_key = g_new0 (guint, 1);
  self->districts_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->reorganised = g_hash_table_new (g_str_hash, g_str_equal);
  /* (the provinces and cities: about 180) */
  self->fuzzy = g_ptr_array_sized_new (256);

  _directive_places_ensure_resource ();
  bytes = g_resource_lookup_data (_directive_get_resource (), PLACES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_critical ("The built-in gazetteer is missing: %s", error->message);
      return self;
    }
  data = g_bytes_get_data (bytes, &size);

  /* (no pass of its own to check the data is UTF-8: read_string() checks the
   * characters it steps over, and there are no others) */

  /* The root object. The sections are read in the order of sections[]: one
   * found before those ahead of it is read at the end. */
  reader = (Reader) { data, data + size, buf, NULL, 0, districts_room, merged_room };
  valid = take (&reader, '{');
  if (valid && !take (&reader, '}'))
    do
      {
        int section = -1;

        if (!read_string (&reader) || !take (&reader, ':'))
          {
            valid = FALSE;
            break;
          }
        skip_space (&reader);
        for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
          if (string_is (&reader, sections[s]))
            section = s;
        if (section >= 0 && (section == 0 || read[section - 1]))
          {
            valid = read_section (&reader, sections[section], section == 1, raw, strings);
            read[section] = TRUE;
          }
        else
          {
            if (section >= 0)
              section_at[section] = reader.at;
            valid = skip_value (&reader, 1);
          }
      }
    while (valid && take (&reader, ','));
  if (valid)
    valid = take (&reader, '}');
  skip_space (&reader);
  for (guint s = 0; valid && s < G_N_ELEMENTS (sections); s++)
    if (section_at[s] != NULL && !read[s])
      {
        reader.at = section_at[s];
        valid = read_section (&reader, sections[s], s == 1, raw, strings);
        reader.at = reader.end;
      }
  if (!valid || reader.at != reader.end)
    {
      g_critical ("The built-in gazetteer is not a valid JSON object");
      for (guint i = 0; i < raw->len; i++)
        g_free (g_array_index (raw, RawPlace, i).merged_from);
      return self;
    }

  /* The places never move once the indexes point into them. */
  self->n_places = raw->len;
  self->places = g_new0 (DirectivePlace, raw->len);
  self->next_same_key = g_new (guint, raw->len);
  /* (half full at most) */
  for (self->by_key_mask = 15; self->by_key_mask < 2 * raw->len; self->by_key_mask = self->by_key_mask * 2 + 1)
    ;
  g_free (self->by_key);
  self->by_key = g_new0 (guint, self->by_key_mask + 1);
  keys = self->keys = compact_keys (raw);
  for (guint i = 0; i < raw->len; i++)
    {
      RawPlace *r = &g_array_index (raw, RawPlace, i);
      DirectivePlace *place = &self->places[i];
      g_autofree char *own_key = keys == NULL ? compact_key (r->name, -1) : NULL;

      place->name = r->name;
      place->level = r->level;
      place->province = r->province;
      place->kind = r->kind;
      place->reorganised = r->reorganised;
      place->merged_from = (const char * const *) r->merged_from;
      place->key = keys != NULL ? keys[i] : g_string_chunk_insert (strings, own_key);

      self->next_same_key[i] = G_MAXUINT;
      {
        guint slot = key_hash (place->key) & self->by_key_mask;

        while (self->by_key[slot] != 0 && strcmp (self->places[self->by_key[slot] - 1].key, place->key) != 0)
          slot = (slot + 1) & self->by_key_mask;
        if (self->by_key[slot] == 0)
          self->by_key[slot] = i + 1;
        else
          {
            guint last = self->by_key[slot] - 1;

            /* (in the order of the gazetteer) */
            while (self->next_same_key[last] != G_MAXUINT)
              last = self->next_same_key[last];
            self->next_same_key[last] = i;
          }
      }
      if ((place->kind & (DIRECTIVE_PLACE_PROVINCE | DIRECTIVE_PLACE_CITY)) != 0)
        g_ptr_array_add (self->fuzzy, place);
      if ((place->kind & DIRECTIVE_PLACE_DISTRICT) != 0)
        {
          guint expected = 1;

          /* (room for the districts that follow under the same province) */
          if (districts == NULL || districts_province != place->province)
            while (i + expected < raw->len
                   && g_array_index (raw, RawPlace, i + expected).province == place->province
                   && (g_array_index (raw, RawPlace, i + expected).kind & DIRECTIVE_PLACE_DISTRICT) != 0)
              expected++;
          ptr_array_table_add (self->districts_of, place->province, place, expected, &districts, &districts_province);
        }
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

/* The index of the first place whose key is @key, or G_MAXUINT; the next ones
 * through next_same_key. */
static guint
first_with_key (const Gazetteer *gazetteer,
                const char      *key)
{
  guint slot = key_hash (key) & gazetteer->by_key_mask;

  for (; gazetteer->by_key[slot] != 0; slot = (slot + 1) & gazetteer->by_key_mask)
    if (strcmp (gazetteer->places[gazetteer->by_key[slot] - 1].key, key) == 0)
      return gazetteer->by_key[slot] - 1;
  return G_MAXUINT;
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

/* Every place of @kinds whose key is @key, at no distance. */
static void
consider_exact (Best       *best,
                guint       kinds,
                const char *key)
{
  const Gazetteer *gazetteer = best->gazetteer;

  for (guint i = first_with_key (gazetteer, key); i != G_MAXUINT; i = gazetteer->next_same_key[i])
    if (kind_wanted (&gazetteer->places[i], kinds))
      consider (best, &gazetteer->places[i], 0.0);
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
      double limit;

      if (!kind_wanted (place, kinds) || len + 3 < key_len || key_len + 3 < len)
        continue;
      /* Below the provinces, many more names lie close together ("Cộng hòa", "Đồng Hới"):
       * OCR damage there must leave the first letter. */
      if ((place->kind & DIRECTIVE_PLACE_PROVINCE) == 0 && place->key[0] != key[0])
        continue;
      /* (a place further than the best so far changes nothing) */
      limit = best->place != NULL ? MIN (best->distance, budget) : budget;
      /* (nor one whose length alone is too far: an insertion or a deletion costs
       * 0.6 at least, and the distance is counted in whole tenths) */
      if (6 * (len > key_len ? len - key_len : key_len - len) > (gsize) (limit * 10 + 1e-6))
        continue;
      if (!_directive_text_word_within (key, key_len, place->key, len, limit))
        continue;
      consider (best, place, _directive_text_word_distance (key, key_len, place->key, len));
    }
}

/* A text no place's key matches costs a walk of the fuzzy places, and the same
 * texts (a document's town, a committee's province) come again from document
 * to document: the walk's outcome is kept per thread, a bounded number of them.
 * The places it points at never move. */
#define FUZZY_MEMO_SIZE 256

static GPrivate fuzzy_memo = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

/* What the walk found: a place, or none. */
static const DirectivePlace no_place;

/* The memo's key: all that the walk depends on ('-' for a NULL level or province,
 * '+' before one given). */
static char *
fuzzy_memo_key (const char *key,
                guint       kinds,
                const char *level,
                const char *province)
{
  char digits[16];
  guint d = sizeof digits - 1;

  /* (written by hand: printf() costs more than the memo's lookup) */
  digits[d] = '\0';
  do
    digits[--d] = '0' + kinds % 10;
  while ((kinds /= 10) > 0);
  return g_strconcat (digits + d, level ? "+" : "-", level ? level : "", "\x1f",
                      province ? "+" : "-", province ? province : "", "\x1f", key, NULL);
}

const DirectivePlace *
_directive_places_lookup (const char *text,
                          guint       kinds,
                          const char *level,
                          const char *province)
{
  const Gazetteer *gazetteer = gazetteer_get ();
  g_autofree char *key = NULL;
  Best best = { gazetteer, level, province, NULL, 0.0, FALSE, FALSE, FALSE };
  gsize key_len;
  GHashTable *memo;
  char *memo_key;
  const DirectivePlace *found = NULL;

  if (text == NULL)
    return NULL;
  key = compact_key (text, -1);
  key_len = strlen (key);
  if (key_len == 0)
    return NULL;

  consider_exact (&best, kinds, key);
  if (best.place != NULL)
    return best.ambiguous ? NULL : best.place;

  memo = _directive_memo_get (&fuzzy_memo, NULL);
  memo_key = fuzzy_memo_key (key, kinds, level, province);
  found = g_hash_table_lookup (memo, memo_key);
  if (found != NULL)
    {
      g_free (memo_key);
      return found != &no_place ? found : NULL;
    }

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
  if (best.place != NULL && !best.ambiguous && best.distance <= (key_len <= 5 ? 1.0 : 0.25 * key_len))
    found = best.place;

  _directive_memo_insert (memo, FUZZY_MEMO_SIZE, memo_key, (gpointer) (found != NULL ? found : &no_place));

  return found;
}

const DirectivePlace *
_directive_places_lookup_own (const char *text,
                              guint       kinds,
                              const char *province)
{
  const Gazetteer *gazetteer = gazetteer_get ();
  g_autofree char *key = NULL;
  Best best = { gazetteer, NULL, province, NULL, 0.0, FALSE, FALSE, FALSE };

  if (text == NULL || province == NULL)
    return NULL;
  key = compact_key (text, -1);
  if (*key == '\0')
    return NULL;
  consider_exact (&best, kinds, key);

  return best.place != NULL && !best.elsewhere && !best.ambiguous ? best.place : NULL;
}

gboolean
_directive_places_is_city (const char *locality)
{
  const Gazetteer *gazetteer = gazetteer_get ();
  g_autofree char *key = NULL;

  if (locality == NULL)
    return FALSE;
  key = compact_key (locality, -1);
  for (guint i = first_with_key (gazetteer, key); i != G_MAXUINT; i = gazetteer->next_same_key[i])
    {
      const DirectivePlace *place = &gazetteer->places[i];

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
  guint first = first_with_key (gazetteer, key);
  g_autofree char *written = NULL;

  if (first == G_MAXUINT)
    return FALSE;
  /* (a spelling as the gazetteer has it needs no tone marks compared) */
  for (guint i = first; i != G_MAXUINT; i = gazetteer->next_same_key[i])
    if (g_str_equal (text, gazetteer->places[i].name))
      return TRUE;
  written = tone_neutral (text);
  for (guint i = first; i != G_MAXUINT; i = gazetteer->next_same_key[i])
    {
      g_autofree char *known = tone_neutral (gazetteer->places[i].name);

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
  /* Written in place: a word takes a letter and what parts it from the next at
   * least, and appending one by one cost more than the cutting. */
  GArray *words = g_array_sized_new (FALSE, FALSE, sizeof (Word), fold_len / 2 + 1);
  Word *out = (Word *) (gpointer) words->data;
  guint n = 0;
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
          /* (most words start with ASCII: no need to ask GLib) */
          if ((guchar) name[w.ostart] < 0x80)
            w.upper = g_ascii_isupper (name[w.ostart]) || g_ascii_isdigit (name[w.ostart]);
          else
            {
              first = g_utf8_get_char (name + w.ostart);
              w.upper = g_unichar_isupper (first) || g_unichar_isdigit (first);
            }
          out[n++] = w;
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
  g_array_set_size (words, n);

  return words;
}

static char *
respell (const char *name,
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
          /* (the place's own spelling first: no tone marks to compare) */
          if (!g_str_equal (written, place->name) && !is_known_spelling (gazetteer, written, key))
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

/* The names respelled are those of agencies outside the catalogue, which recur
 * from document to document: what respell() made of them is kept per thread, a
 * bounded number of them. The gazetteer never changes: nothing kept goes stale. */
#define RESPELL_MEMO_SIZE 256

/* A key longer than this is not kept. */
#define RESPELL_KEY_MAX 256

static GPrivate respell_memo = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

char *
_directive_places_respell (const char *name,
                           const char *province)
{
  GHashTable *memo;
  char key[RESPELL_KEY_MAX];
  char *found;

  if (name == NULL || *name == '\0')
    return NULL;
  if (!_directive_memo_key (key, sizeof key, 'r', province, name))
    return respell (name, province);

  memo = _directive_memo_get_strings (&respell_memo);
  if (_directive_memo_find_string (memo, key, &found))
    return found;

  found = respell (name, province);
  _directive_memo_keep_string (memo, RESPELL_MEMO_SIZE, key, found);

  return found;
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
