/* directive-json-reader.c: reads directive/1 JSON into the model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "directive.h"
#include "directive-json-private.h"

/* A streaming reader: a small JSON lexer over the input that the reader
 * functions below consume directly, building the model without a tree in
 * between. json-glib's JsonNode is used only for the values of keys the format
 * does not define, which are kept as extras.
 *
 * It reads in two passes over the text:
 *
 *  1. scan_document() checks the syntax and nesting depth of the whole text
 *     without building anything, keeps the unknown top-level keys, and notes
 *     where the values of "format", "agencies" and "notices" start (the last
 *     one of each, as a JSON object keeps the last of duplicate keys). So every
 *     syntax error is reported before any error of meaning, as json-glib did.
 *  2. The format, then the agencies (their parents resolved once all are
 *     known), then the notices are read from those places, whatever their
 *     order in the file.
 *
 * Every lexer function checks the end of the input, even in pass 2, where the
 * text is known to be well formed. Nothing recurses deeper than the document
 * nests, which pass 1 bounds by max_depth.
 *
 * Errors of meaning name the JSON path of the value, with its line and column
 * after the message: "notices[0].issuer: no agency with id 'x' (line 9,
 * column 17)". The path is a stack of frames (a static key name or an array
 * index) and is rendered only when an error is reported.
 *
 * Duplicate keys: the last one wins, as in json-glib, whose earlier values
 * were dropped unread. Members are read in order, and each known key replaces
 * what an earlier one set; when a member's value is refused, the rest of the
 * object is looked through for a later member of the same key, which makes the
 * error moot (superseded()). */

typedef struct
{
  const char *key; /* a member name, or NULL for an array element */
  guint index;
} PathFrame;

typedef struct
{
  DirectiveAgency *agency;
  char *parent_id;
  const char *at;  /* the parent's value in the text */
  guint index;     /* of the agency in "agencies" */
  char *successor_id;
  const char *successor_at;
} PendingParent;

enum {
  ENUM_AGENCY_KIND,
  ENUM_DOCUMENT_KIND,
  ENUM_URGENCY,
  ENUM_RECURRENCE,
  ENUM_TASK_STATUS,
  ENUM_AUTHORITY_MODE,
  N_ENUMS
};

typedef struct
{
  const char *data;   /* the whole input */
  const char *end;
  const char *p;      /* the cursor */
  const char *key_at; /* the last member name read */
  guint max_depth;
  gsize max_string_length;
  gsize longest_string; /* in the text, escapes and all; set by pass 1 */
  guint max_subtask_depth;
  guint task_depth;   /* levels of task lists above the one being read */
  DirectiveCollection *collection;
  GError **error;

  GArray *path;       /* of PathFrame */
  GString *scratch;   /* the last string value read */
  GString *keybuf;    /* the last key read, when it had escapes */
  GPtrArray *items;   /* objects read for the lists being read, owned */
  GPtrArray *refs;    /* agencies read for the agency list being read, not owned */
  GArray *pending;    /* of PendingParent */
  GEnumClass *enums[N_ENUMS];
} Reader;

/* ---- Places and errors ---- */

static void
offset_to_line_column (const char *data,
                       const char *at,
                       guint      *line,
                       guint      *column)
{
  const char *line_start = data;
  const char *p = data;
  const char *nl;

  *line = 1;
  while ((nl = memchr (p, '\n', (gsize) (at - p))) != NULL)
    {
      (*line)++;
      p = line_start = nl + 1;
    }
  /* Columns count characters, not bytes: the text before @at is valid UTF-8. */
  *column = 1;
  for (p = line_start; p < at; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      (*column)++;
}

static void
path_push_key (Reader     *r,
               const char *key)
{
  PathFrame frame = { key, 0 };

  g_array_append_val (r->path, frame);
}

static void
path_push_index (Reader *r)
{
  PathFrame frame = { NULL, 0 };

  g_array_append_val (r->path, frame);
}

static inline void
path_set_index (Reader *r,
                guint   index)
{
  g_array_index (r->path, PathFrame, r->path->len - 1).index = index;
}

static inline void
path_pop (Reader *r)
{
  g_array_set_size (r->path, r->path->len - 1);
}

static char *
path_render (Reader *r)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < r->path->len; i++)
    {
      const PathFrame *frame = &g_array_index (r->path, PathFrame, i);

      if (frame->key == NULL)
        g_string_append_printf (s, "[%u]", frame->index);
      else
        {
          if (s->len > 0)
            g_string_append_c (s, '.');
          g_string_append (s, frame->key);
        }
    }
  if (s->len == 0)
    g_string_append (s, "(top level)");
  return g_string_free (s, FALSE);
}

/* An error of meaning about the value at @at: "path: message (line L, column C)". */
static gboolean G_GNUC_PRINTF (4, 5)
fail_at (Reader     *r,
         const char *at,
         int         code,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  guint line, column;
  va_list args;

  if (r->error == NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = path_render (r);
  offset_to_line_column (r->data, MIN (at, r->end), &line, &column);
  g_clear_error (r->error);
  g_set_error (r->error, DIRECTIVE_ERROR, code, "%s: %s (line %u, column %u)", path, message,
               line, column);
  return FALSE;
}

/* What is at @at, for messages: 'x', U+0009, or "the end of the document". */
static char *
describe_at (Reader     *r,
             const char *at)
{
  guchar c;

  if (at >= r->end)
    return g_strdup ("the end of the document");
  c = (guchar) *at;
  if (c < 0x20 || c == 0x7F)
    return g_strdup_printf ("U+%04X", c);
  if (c < 0x80)
    return g_strdup_printf ("'%c'", c);
  return g_strdup_printf ("'%.*s'", (int) MIN ((gsize) g_utf8_skip[c], (gsize) (r->end - at)), at);
}

/* A syntax error at @at: "line L, column C: not valid JSON: message". */
static gboolean G_GNUC_PRINTF (3, 4)
syntax_error (Reader     *r,
              const char *at,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  if (r->error == NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  offset_to_line_column (r->data, MIN (at, r->end), &line, &column);
  g_clear_error (r->error);
  g_set_error (r->error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_JSON,
               "line %u, column %u: not valid JSON: %s", line, column, message);
  return FALSE;
}

/* "expected X, found Y" at the cursor. */
static gboolean
syntax_expected (Reader     *r,
                 const char *expected)
{
  g_autofree char *found = describe_at (r, r->p);

  return syntax_error (r, r->p, "expected %s, found %s", expected, found);
}

static gboolean
too_deep (Reader     *r,
          const char *at)
{
  guint line, column;

  offset_to_line_column (r->data, at, &line, &column);
  g_clear_error (r->error);
  g_set_error (r->error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_DEEP,
               "line %u, column %u: the document nests deeper than %u levels",
               line, column, r->max_depth);
  return FALSE;
}

/* ---- Lexer ---- */

static inline void
skip_ws (Reader *r)
{
  const char *p = r->p;

  while (p < r->end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  r->p = p;
}

static inline gboolean
at_char (Reader *r,
         char    c)
{
  return r->p < r->end && *r->p == c;
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Four hex digits at @p (bounds checked by the caller); -1 if they are not. */
static int
read_hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = hex_digit (p[i]);

      if (d < 0)
        return -1;
      value = value << 4 | d;
    }
  return value;
}

/* Bytes that end the fast scan of a string: '"', '\\' and control characters. */
static const guint8 string_stop[256] = {
  [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
  [0x08] = 1, [0x09] = 1, [0x0A] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1, [0x0E] = 1, [0x0F] = 1,
  [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
  [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1,
  ['"'] = 1, ['\\'] = 1,
};

/* Reads the string at the cursor ('"'). Without escapes, *out and *len give it
 * in the input (not nul-terminated) and @buf is untouched; with escapes it is
 * decoded into @buf, which *out points to then. With @buf NULL the string is
 * only checked. */
static gboolean
lex_string (Reader      *r,
            GString     *buf,
            const char **out,
            gsize       *len)
{
  const char *start = r->p + 1;
  const char *p = start;
  const char *end = r->end;
  gboolean escaped = FALSE;

  for (;;)
    {
      const char *run = p;

      while (p < end && !string_stop[(guchar) *p])
        p++;
      if (p >= end)
        return syntax_error (r, r->p, "a string that does not end");

      if (escaped && buf != NULL)
        g_string_append_len (buf, run, p - run);

      if (*p == '"')
        break;
      if (*p != '\\')
        return syntax_error (r, p, "control character U+%04X in a string (write it as an escape)",
                             (guint) (guchar) *p);

      /* An escape. */
      if (!escaped)
        {
          escaped = TRUE;
          if (buf != NULL)
            {
              g_string_truncate (buf, 0);
              g_string_append_len (buf, start, p - start);
            }
        }
      if (p + 1 >= end)
        return syntax_error (r, r->p, "a string that does not end");
      switch (p[1])
        {
        case '"': case '\\': case '/':
          if (buf != NULL)
            g_string_append_c (buf, p[1]);
          p += 2;
          break;
        case 'b':
          if (buf != NULL)
            g_string_append_c (buf, '\b');
          p += 2;
          break;
        case 'f':
          if (buf != NULL)
            g_string_append_c (buf, '\f');
          p += 2;
          break;
        case 'n':
          if (buf != NULL)
            g_string_append_c (buf, '\n');
          p += 2;
          break;
        case 'r':
          if (buf != NULL)
            g_string_append_c (buf, '\r');
          p += 2;
          break;
        case 't':
          if (buf != NULL)
            g_string_append_c (buf, '\t');
          p += 2;
          break;
        case 'u':
          {
            int unit, low;
            gunichar c;

            if (end - p < 6 || (unit = read_hex4 (p + 2)) < 0)
              return syntax_error (r, p, "\\u must be followed by four hex digits");
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return syntax_error (r, p, "\\u%04X is the second half of a surrogate pair, "
                                   "without the first", (guint) unit);
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                if (end - p < 12 || p[6] != '\\' || p[7] != 'u' ||
                    (low = read_hex4 (p + 8)) < 0 || low < 0xDC00 || low > 0xDFFF)
                  return syntax_error (r, p, "\\u%04X is the first half of a surrogate pair, "
                                       "without the second", (guint) unit);
                c = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
                p += 12;
              }
            else
              {
                if (unit == 0)
                  return syntax_error (r, p, "\\u0000 (a nul character) cannot be read");
                c = (gunichar) unit;
                p += 6;
              }
            if (buf != NULL)
              g_string_append_unichar (buf, c);
          }
          break;
        default:
          {
            g_autofree char *found = describe_at (r, p + 1);

            return syntax_error (r, p, "unknown escape \\%s in a string",
                                 found[0] == '\'' ? found + 1 : found);
          }
        }
    }

  if ((gsize) (p - start) > r->longest_string)
    r->longest_string = (gsize) (p - start);
  if (escaped && buf != NULL)
    {
      *out = buf->str;
      *len = buf->len;
    }
  else if (out != NULL)
    {
      *out = start;
      *len = (gsize) (p - start);
    }
  r->p = p + 1;
  return TRUE;
}

/* Reads the string at the cursor into r->scratch, nul-terminated. */
static gboolean
lex_string_value (Reader      *r,
                  const char **out)
{
  const char *s;
  gsize len;

  if (!lex_string (r, r->scratch, &s, &len))
    return FALSE;
  if (s != r->scratch->str)
    {
      g_string_truncate (r->scratch, 0);
      g_string_append_len (r->scratch, s, len);
    }
  *out = r->scratch->str;
  return TRUE;
}

static double
parse_double (const char *start,
              const char *end)
{
  char small[64];
  g_autofree char *big = NULL;
  gsize len = (gsize) (end - start);
  char *text = small;

  if (len >= sizeof small)
    text = big = g_malloc (len + 1);
  memcpy (text, start, len);
  text[len] = '\0';
  return g_ascii_strtod (text, NULL);
}

static inline gboolean
is_digit (const char *p,
          const char *end)
{
  return p < end && *p >= '0' && *p <= '9';
}

/* Checks the number at the cursor and moves past it; *is_integer when it has
 * no fraction or exponent. */
static gboolean
lex_number (Reader   *r,
            gboolean *is_integer)
{
  const char *p = r->p;
  const char *end = r->end;

  *is_integer = TRUE;
  if (p < end && *p == '-')
    p++;
  if (!is_digit (p, end))
    return syntax_error (r, r->p, "a number must have digits");
  if (*p == '0')
    p++;
  else
    while (is_digit (p, end))
      p++;
  if (p < end && *p == '.')
    {
      *is_integer = FALSE;
      p++;
      if (!is_digit (p, end))
        return syntax_error (r, r->p, "a number needs digits after the decimal point");
      while (is_digit (p, end))
        p++;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      *is_integer = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (!is_digit (p, end))
        return syntax_error (r, r->p, "a number needs digits in its exponent");
      while (is_digit (p, end))
        p++;
    }
  if (p < end && (g_ascii_isalnum (*p) || *p == '.'))
    return syntax_error (r, r->p, "'%.*s' is not a number",
                         (int) MIN ((gsize) (p - r->p) + 1, 64), r->p);
  /* A number no double holds (1e400) would be written back as no JSON at all.
   * Only a long number or one with an exponent can be that large. */
  if ((!*is_integer || p - r->p > 300) && !isfinite (parse_double (r->p, p)))
    return syntax_error (r, r->p, "'%.*s%s' is too large a number", (int) MIN (p - r->p, 32), r->p,
                         p - r->p > 32 ? "..." : "");
  r->p = p;
  return TRUE;
}

/* The integer in [start, end), which lex_number() checked; FALSE if it does
 * not fit in 64 bits. */
static gboolean
parse_int64 (const char *start,
             const char *end,
             gint64     *out)
{
  gboolean negative = *start == '-';
  guint64 value = 0, limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;

  for (const char *p = start + negative; p < end; p++)
    {
      guint d = (guint) (*p - '0');

      if (value > (limit - d) / 10)
        return FALSE;
      value = value * 10 + d;
    }
  *out = negative ? (gint64) (0 - value) : (gint64) value;
  return TRUE;
}

/* true, false or null, whose first letter is at the cursor. */
static gboolean
lex_literal (Reader *r)
{
  static const char *const words[] = { "true", "false", "null" };
  const char *word = words[*r->p == 't' ? 0 : *r->p == 'f' ? 1 : 2];
  gsize len = strlen (word);
  const char *p = r->p;

  if ((gsize) (r->end - p) < len || memcmp (p, word, len) != 0 ||
      (p + len < r->end && g_ascii_isalnum (p[len])))
    {
      const char *q = p;

      while (q < r->end && q - p < 32 && g_ascii_isalnum (*q))
        q++;
      return syntax_error (r, p, "unexpected word '%.*s'", (int) (q - p), p);
    }
  r->p = p + len;
  return TRUE;
}

/* The kind of the value at the cursor, for "found ..." in messages. */
static const char *
value_name (Reader *r)
{
  if (r->p >= r->end)
    return "nothing";
  switch (*r->p)
    {
    case '{':
      return "an object";
    case '[':
      return "an array";
    case '"':
      return "a string";
    case 't':
    case 'f':
      return "a boolean";
    case 'n':
      return "null";
    default:
      {
        Reader probe = *r;
        gboolean is_integer;
        gint64 value;

        probe.error = NULL;
        if (lex_number (&probe, &is_integer) && is_integer && parse_int64 (r->p, probe.p, &value))
          return "an integer";
        return "a number";
      }
    }
}

/* ---- Pass 1: checking the syntax ---- */

/* Skips the value at the cursor, checking its syntax and that it does not nest
 * deeper than max_depth, given the @depth of the containers around it. No
 * recursion: the open containers are a stack of bytes. */
static gboolean
skip_value (Reader *r,
            guint   depth)
{
  guint8 small[64];
  g_autofree guint8 *big = NULL;
  guint8 *stack = small;
  gsize size = sizeof small, n = 0;
  gboolean is_integer;

  for (;;)
    {
      /* At a value. */
      skip_ws (r);
      if (r->p >= r->end)
        return syntax_expected (r, "a value");
      switch (*r->p)
        {
        case '{':
        case '[':
          if (depth + n + 1 > r->max_depth)
            return too_deep (r, r->p);
          if (n == size)
            {
              size *= 2;
              if (big == NULL)
                big = g_memdup2 (small, sizeof small);
              big = g_realloc (big, size);
              stack = big;
            }
          stack[n++] = (guint8) *r->p;
          r->p++;
          skip_ws (r);
          if (stack[n - 1] == '{')
            {
              if (at_char (r, '}'))
                {
                  r->p++;
                  n--;
                  break;
                }
              if (!at_char (r, '"'))
                return syntax_expected (r, "a member name (a string) or '}'");
              if (!lex_string (r, NULL, NULL, NULL))
                return FALSE;
              skip_ws (r);
              if (!at_char (r, ':'))
                return syntax_expected (r, "':' after a member name");
              r->p++;
            }
          else if (at_char (r, ']'))
            {
              r->p++;
              n--;
              break;
            }
          continue; /* to the first value inside */
        case '"':
          if (!lex_string (r, NULL, NULL, NULL))
            return FALSE;
          break;
        case 't':
        case 'f':
        case 'n':
          if (!lex_literal (r))
            return FALSE;
          break;
        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          if (!lex_number (r, &is_integer))
            return FALSE;
          break;
        default:
          return syntax_expected (r, "a value");
        }

      /* After a value: close what ends here, up to the next value. */
      for (;;)
        {
          if (n == 0)
            return TRUE;
          skip_ws (r);
          if (at_char (r, ','))
            {
              r->p++;
              if (stack[n - 1] == '{')
                {
                  skip_ws (r);
                  if (!at_char (r, '"'))
                    return syntax_expected (r, "a member name (a string)");
                  if (!lex_string (r, NULL, NULL, NULL))
                    return FALSE;
                  skip_ws (r);
                  if (!at_char (r, ':'))
                    return syntax_expected (r, "':' after a member name");
                  r->p++;
                }
              break;
            }
          if (at_char (r, stack[n - 1] == '{' ? '}' : ']'))
            {
              r->p++;
              n--;
              continue;
            }
          return syntax_expected (r, stack[n - 1] == '{' ? "',' or '}' after a member"
                                                        : "',' or ']' after an element");
        }
    }
}

/* ---- Objects and arrays ---- */

/* Reads a member name at the cursor. Names without escapes are not copied. */
static gboolean
lex_key (Reader      *r,
         const char **key,
         gsize       *len)
{
  return lex_string (r, r->keybuf, key, len);
}

/* Moves to the value of the next member of the object being read, just after
 * its '{' (*first) or after the value of a member. Returns 1 with the name in
 * @key, @len and the cursor on the value; 0 at the end of the object (its '}'
 * read); -1 on a syntax error. */
static int
next_member (Reader      *r,
             gboolean    *first,
             const char **key,
             gsize       *len)
{
  skip_ws (r);
  if (at_char (r, '}'))
    {
      r->p++;
      return 0;
    }
  if (!*first)
    {
      if (!at_char (r, ','))
        return syntax_expected (r, "',' or '}' after a member"), -1;
      r->p++;
      skip_ws (r);
    }
  *first = FALSE;
  if (!at_char (r, '"'))
    return syntax_expected (r, "a member name (a string)"), -1;
  r->key_at = r->p;
  if (!lex_key (r, key, len))
    return -1;
  skip_ws (r);
  if (!at_char (r, ':'))
    return syntax_expected (r, "':' after a member name"), -1;
  r->p++;
  skip_ws (r);
  if (r->p >= r->end)
    return syntax_expected (r, "a value"), -1;
  return 1;
}

/* The same for the elements of an array, just after its '['. */
static int
next_element (Reader   *r,
              gboolean *first)
{
  skip_ws (r);
  if (at_char (r, ']'))
    {
      r->p++;
      return 0;
    }
  if (!*first)
    {
      if (!at_char (r, ','))
        return syntax_expected (r, "',' or ']' after an element"), -1;
      r->p++;
      skip_ws (r);
    }
  *first = FALSE;
  if (r->p >= r->end)
    return syntax_expected (r, "a value"), -1;
  return 1;
}

/* Builds a JsonNode of the value at the cursor, for the extras. Recursion is
 * bounded by max_depth. */
static JsonNode *
build_node (Reader *r,
            guint   depth)
{
  JsonNode *node;
  const char *start = r->p;
  gboolean first = TRUE;
  int res;

  if (r->p >= r->end)
    {
        syntax_expected (r, "a value");
        return NULL;
      }
  switch (*r->p)
    {
    case '{':
      {
        JsonObject *object;
        const char *key;
        gsize len;

        if (depth + 1 > r->max_depth)
          {
            too_deep (r, r->p);
            return NULL;
          }
        r->p++;
        object = json_object_new ();
        while ((res = next_member (r, &first, &key, &len)) > 0)
          {
            g_autofree char *name = g_strndup (key, len);
            JsonNode *member = build_node (r, depth + 1);

            if (member == NULL)
              break;
            json_object_set_member (object, name, member);
          }
        if (res != 0)
          {
            json_object_unref (object);
            return NULL;
          }
        node = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
        return node;
      }
    case '[':
      {
        JsonArray *array;

        if (depth + 1 > r->max_depth)
          {
            too_deep (r, r->p);
            return NULL;
          }
        r->p++;
        array = json_array_new ();
        while ((res = next_element (r, &first)) > 0)
          {
            JsonNode *element = build_node (r, depth + 1);

            if (element == NULL)
              break;
            json_array_add_element (array, element);
          }
        if (res != 0)
          {
            json_array_unref (array);
            return NULL;
          }
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        return node;
      }
    case '"':
      {
        const char *s;

        if (!lex_string_value (r, &s))
          return NULL;
        return json_node_init_string (json_node_alloc (), s);
      }
    case 't':
    case 'f':
    case 'n':
      if (!lex_literal (r))
        return NULL;
      if (*start == 'n')
        return json_node_init_null (json_node_alloc ());
      return json_node_init_boolean (json_node_alloc (), *start == 't');
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      {
        gboolean is_integer;
        gint64 value;

        if (!lex_number (r, &is_integer))
          return NULL;
        if (is_integer && parse_int64 (start, r->p, &value))
          return json_node_init_int (json_node_alloc (), value);
        return json_node_init_double (json_node_alloc (), parse_double (start, r->p));
      }
    default:
      {
        syntax_expected (r, "a value");
        return NULL;
      }
    }
}

/* Keeps the member @key (@len bytes) whose value is at the cursor. */
static gboolean
keep_extra (Reader      *r,
            JsonObject **extras,
            const char  *key,
            gsize        len)
{
  g_autofree char *name = g_strndup (key, len);
  JsonNode *node;

  /* Extras are kept at any depth: the value is checked already. */
  node = build_node (r, 0);
  if (node == NULL)
    return FALSE;
  if (*extras == NULL)
    *extras = json_object_new ();
  json_object_set_member (*extras, name, node);
  return TRUE;
}

static void
attach_extras (gpointer    object,
               const char *part,
               JsonObject *extras)
{
  if (extras != NULL)
    {
      _directive_json_set_extras (G_OBJECT (object), part, extras);
      json_object_unref (extras);
    }
}

/* ---- Keys ---- */

typedef struct
{
  const char *name;
  gsize len;
} Key;

#define KEY(name) { name, sizeof name - 1 }

static int
lookup_key (const Key  *keys,
            guint       n_keys,
            const char *key,
            gsize       len)
{
  for (guint i = 0; i < n_keys; i++)
    if (keys[i].len == len && memcmp (keys[i].name, key, len) == 0)
      return (int) i;
  return -1;
}

/* The member @id of an object with @keys, whose value at @value was refused:
 * TRUE (and the error cleared, the cursor after that value) when a later
 * member of the object has the same name, so that this value did not count. */
static gboolean
superseded (Reader     *r,
            const Key  *keys,
            guint       n_keys,
            int         id,
            const char *value)
{
  const char *after;
  const char *key;
  gsize len;
  gboolean first = FALSE;
  GError **error = r->error;
  gboolean found = FALSE;
  int res;

  if (id < 0 || (error != NULL && *error != NULL &&
                 ((*error)->code == DIRECTIVE_ERROR_INVALID_JSON ||
                  (*error)->code == DIRECTIVE_ERROR_TOO_DEEP)))
    return FALSE;

  /* Look on with errors off: the text was checked in pass 1. */
  r->error = NULL;
  r->p = value;
  if (skip_value (r, 0))
    {
      after = r->p;
      while ((res = next_member (r, &first, &key, &len)) > 0)
        {
          if (lookup_key (keys, n_keys, key, len) == id)
            {
              found = TRUE;
              break;
            }
          if (!skip_value (r, 0))
            break;
        }
      r->p = after;
    }
  r->error = error;
  if (found)
    g_clear_error (error);
  return found;
}

/* ---- Values ---- */

static inline gboolean
is_null (Reader *r)
{
  return at_char (r, 'n');
}

static gboolean
wrong_type (Reader     *r,
            const char *expected)
{
  return fail_at (r, r->p, DIRECTIVE_ERROR_WRONG_TYPE, "expected %s, found %s", expected,
                  value_name (r));
}

static gpointer
not_an_object (Reader *r)
{
  wrong_type (r, "an object");
  return NULL;
}

/* A nullable string; *out is in r->scratch, or NULL for null. */
static gboolean
read_string (Reader      *r,
             const char **out)
{
  if (is_null (r))
    {
      *out = NULL;
      return lex_literal (r);
    }
  if (!at_char (r, '"'))
    return wrong_type (r, "a string or null");
  return lex_string_value (r, out);
}

/* @null_value is what null reads as (-1: null is refused); when @null_is_unnamed,
 * that value is spelled null only (DIRECTIVE_RECURRENCE_NONE has a nick for C and
 * bindings, but JSON writes null). */
static gboolean
read_enum (Reader     *r,
           int         which,
           GType       enum_type,
           const char *what,
           int         null_value,
           gboolean    null_is_unnamed,
           int        *out)
{
  g_autoptr(GString) allowed = NULL;
  const char *at = r->p;
  GEnumClass *klass;
  const char *nick;
  GEnumValue *value;

  if (is_null (r) && null_value >= 0)
    {
      *out = null_value;
      return lex_literal (r);
    }
  if (!at_char (r, '"'))
    return wrong_type (r, null_value >= 0 ? "a string or null" : "a string");
  if (!lex_string_value (r, &nick))
    return FALSE;

  if (r->enums[which] == NULL)
    r->enums[which] = g_type_class_ref (enum_type);
  klass = r->enums[which];
  value = g_enum_get_value_by_nick (klass, nick);
  if (value != NULL && !(null_is_unnamed && value->value == null_value))
    {
      *out = value->value;
      return TRUE;
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (null_is_unnamed && klass->values[i].value == null_value)
        continue;
      if (allowed->len > 0)
        g_string_append (allowed, ", ");
      g_string_append (allowed, klass->values[i].value_nick);
    }
  return fail_at (r, at, DIRECTIVE_ERROR_INVALID_VALUE, "unknown %s '%s' (expected one of: %s)",
                  what, nick, allowed->str);
}

/* A nullable date; *out is NULL for null. */
static gboolean
read_date (Reader         *r,
           DirectiveDate **out)
{
  g_autoptr(GError) local_error = NULL;
  const char *at = r->p;
  const char *s;

  *out = NULL;
  if (is_null (r))
    return lex_literal (r);
  if (!at_char (r, '"'))
    return wrong_type (r, "a date string (YYYY-MM-DD, YYYY-MM or YYYY) or null");
  if (!lex_string_value (r, &s))
    return FALSE;
  *out = directive_date_new_from_string (s, &local_error);
  if (*out == NULL)
    return fail_at (r, at, DIRECTIVE_ERROR_INVALID_DATE, "%s", local_error->message);
  return TRUE;
}

/* A nullable agency reference; *out is NULL for null. */
static gboolean
read_agency_ref (Reader           *r,
                 DirectiveAgency **out)
{
  const char *at = r->p;
  const char *id;

  *out = NULL;
  if (is_null (r))
    return lex_literal (r);
  if (!at_char (r, '"'))
    return wrong_type (r, "an agency id (a string)");
  if (!lex_string_value (r, &id))
    return FALSE;
  *out = directive_collection_lookup_agency (r->collection, id);
  if (*out == NULL)
    return fail_at (r, at, DIRECTIVE_ERROR_UNKNOWN_AGENCY, "no agency with id '%s'", id);
  return TRUE;
}

/* Replaces the items of the list model @model (a GListStore of the model
 * object) by @n_items @items, in one items-changed. */
static void
replace_items (GListModel *model,
               gpointer   *items,
               guint       n_items)
{
  guint n_old = g_list_model_get_n_items (model);

  if (n_old > 0 || n_items > 0)
    g_list_store_splice (G_LIST_STORE (model), 0, n_old, items, n_items);
}

/* Drops the items read above @base. */
static void
items_drop (Reader *r,
            guint   base)
{
  for (guint i = base; i < r->items->len; i++)
    g_object_unref (r->items->pdata[i]);
  g_ptr_array_set_size (r->items, base);
}

/* Moves the items read above @base into @model. */
static void
items_apply (Reader     *r,
             guint       base,
             GListModel *model)
{
  guint n = r->items->len - base;

  replace_items (model, n > 0 ? r->items->pdata + base : NULL, n);
  items_drop (r, base);
}

/* A nullable array of agency ids, replacing the contents of @model. */
static gboolean
read_agency_list (Reader     *r,
                  GListModel *model)
{
  gboolean first = TRUE;
  guint i = 0;
  int res;

  g_ptr_array_set_size (r->refs, 0);
  if (is_null (r))
    {
      if (!lex_literal (r))
        return FALSE;
      replace_items (model, NULL, 0);
      return TRUE;
    }
  if (!at_char (r, '['))
    return wrong_type (r, "an array or null");
  r->p++;

  path_push_index (r);
  while ((res = next_element (r, &first)) > 0)
    {
      DirectiveAgency *agency;
      const char *at = r->p;

      path_set_index (r, i++);
      if (!read_agency_ref (r, &agency))
        break;
      if (agency == NULL)
        {
          fail_at (r, at, DIRECTIVE_ERROR_WRONG_TYPE, "expected an agency id, found null");
          break;
        }
      g_ptr_array_add (r->refs, agency);
    }
  if (res != 0)
    return FALSE;
  path_pop (r);
  replace_items (model, r->refs->pdata, r->refs->len);
  return TRUE;
}

/* Reads a nullable array whose elements @read_element reads into r->items, and
 * replaces the contents of @model by them: in one splice, or, with @add, by
 * adding each (for lists whose add function does more than append). */
typedef gpointer (*ReadElementFunc) (Reader *r);
typedef void (*AddFunc) (gpointer owner, gpointer item);

static gboolean
read_object_list_full (Reader          *r,
                       GListModel      *model,
                       ReadElementFunc  read_element,
                       gpointer         owner,
                       AddFunc          add)
{
  guint base = r->items->len;
  gboolean first = TRUE;
  guint i = 0;
  int res;

  if (is_null (r))
    {
      if (!lex_literal (r))
        return FALSE;
      replace_items (model, NULL, 0);
      return TRUE;
    }
  if (!at_char (r, '['))
    return wrong_type (r, "an array or null");
  r->p++;

  path_push_index (r);
  while ((res = next_element (r, &first)) > 0)
    {
      gpointer item;

      path_set_index (r, i++);
      item = read_element (r);
      if (item == NULL)
        {
          res = -1;
          break;
        }
      g_ptr_array_add (r->items, item);
    }
  if (res != 0)
    {
      items_drop (r, base);
      return FALSE;
    }
  path_pop (r);
  if (add == NULL)
    items_apply (r, base, model);
  else
    {
      replace_items (model, NULL, 0);
      for (guint k = base; k < r->items->len; k++)
        add (owner, r->items->pdata[k]);
      items_drop (r, base);
    }
  return TRUE;
}

static inline gboolean
read_object_list (Reader          *r,
                  GListModel      *model,
                  ReadElementFunc  read_element)
{
  return read_object_list_full (r, model, read_element, NULL, NULL);
}

/* The member loop every object reader runs: @KEYS is the table of the names it
 * knows, the body a switch on `id` that sets `ok`; other names go to `extras`.
 * On error the path is left as it was for the message. */
#define READ_MEMBERS(r, KEYS, extras, body)                                              \
  G_STMT_START {                                                                         \
    gboolean _first = TRUE;                                                              \
    const char *_key;                                                                    \
    gsize _len;                                                                          \
    int _res;                                                                            \
                                                                                         \
    while ((_res = next_member ((r), &_first, &_key, &_len)) > 0)                        \
      {                                                                                  \
        const char *value_at = (r)->p;                                                   \
        int id = lookup_key (KEYS, G_N_ELEMENTS (KEYS), _key, _len);                     \
        gboolean ok;                                                                     \
                                                                                         \
        if (id < 0)                                                                      \
          ok = keep_extra ((r), &(extras), _key, _len);                                  \
        else                                                                             \
          {                                                                              \
            guint _depth = (r)->path->len;                                               \
                                                                                         \
            path_push_key ((r), KEYS[id].name);                                          \
            body                                                                         \
            if (ok)                                                                      \
              path_pop (r);                                                              \
            else if (superseded ((r), KEYS, G_N_ELEMENTS (KEYS), id, value_at))          \
              {                                                                          \
                g_array_set_size ((r)->path, _depth);                                    \
                ok = TRUE;                                                               \
              }                                                                          \
          }                                                                              \
        if (!ok)                                                                         \
          goto fail;                                                                     \
      }                                                                                  \
    if (_res < 0)                                                                        \
      goto fail;                                                                         \
  } G_STMT_END

/* Fails with MISSING_KEY at the object at @at unless @seen. */
static gboolean
require (Reader     *r,
         const char *at,
         gboolean    seen,
         const char *key)
{
  if (seen)
    return TRUE;
  return fail_at (r, at, DIRECTIVE_ERROR_MISSING_KEY, "missing required key '%s'", key);
}

/* ---- Person, meeting, signer, recipient ---- */

static const Key person_keys[] = {
  KEY ("name"), KEY ("position"), KEY ("honorific"), KEY ("text"), KEY ("agency"),
};

static gpointer
read_person (Reader *r)
{
  g_autoptr(DirectivePerson) person = NULL;
  JsonObject *extras = NULL;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  person = g_object_new (DIRECTIVE_TYPE_PERSON, NULL);
  READ_MEMBERS (r, person_keys, extras, {
    const char *s;
    DirectiveAgency *agency;

    switch (id)
      {
      case 0:
        ok = read_string (r, &s) && (directive_person_set_name (person, s), TRUE);
        break;
      case 1:
        ok = read_string (r, &s) && (directive_person_set_position (person, s), TRUE);
        break;
      case 2:
        ok = read_string (r, &s) && (directive_person_set_honorific (person, s), TRUE);
        break;
      case 3:
        ok = read_string (r, &s) && (directive_person_set_text (person, s), TRUE);
        break;
      default:
        ok = read_agency_ref (r, &agency) && (directive_person_set_agency (person, agency), TRUE);
        break;
      }
  });

  attach_extras (person, "", extras);
  return g_steal_pointer (&person);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

/* A nullable person member. */
static gboolean
read_person_member (Reader           *r,
                    DirectivePerson **out)
{
  *out = NULL;
  if (is_null (r))
    return lex_literal (r);
  *out = read_person (r);
  return *out != NULL;
}

static const Key meeting_keys[] = {
  KEY ("date"), KEY ("venue"), KEY ("topic"), KEY ("chair"), KEY ("attendees"),
};

static gpointer
read_meeting (Reader *r)
{
  g_autoptr(DirectiveMeeting) meeting = NULL;
  JsonObject *extras = NULL;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  meeting = directive_meeting_new ();
  READ_MEMBERS (r, meeting_keys, extras, {
    const char *s;

    switch (id)
      {
      case 0:
        {
          g_autoptr(DirectiveDate) date = NULL;

          ok = read_date (r, &date) && (directive_meeting_set_date (meeting, date), TRUE);
        }
        break;
      case 1:
        ok = read_string (r, &s) && (directive_meeting_set_venue (meeting, s), TRUE);
        break;
      case 2:
        ok = read_string (r, &s) && (directive_meeting_set_topic (meeting, s), TRUE);
        break;
      case 3:
        {
          g_autoptr(DirectivePerson) chair = NULL;

          ok = read_person_member (r, &chair) && (directive_meeting_set_chair (meeting, chair), TRUE);
        }
        break;
      default:
        ok = read_object_list (r, directive_meeting_get_attendees (meeting), read_person);
        break;
      }
  });

  attach_extras (meeting, "", extras);
  return g_steal_pointer (&meeting);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

static const Key authority_keys[] = { KEY ("mode"), KEY ("for") };

static gpointer
read_authority (Reader *r)
{
  g_autoptr(DirectiveAuthority) authority = NULL;
  JsonObject *extras = NULL;
  const char *start = r->p;
  gboolean seen_mode = FALSE;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  authority = g_object_new (DIRECTIVE_TYPE_AUTHORITY, NULL);
  READ_MEMBERS (r, authority_keys, extras, {
    const char *s;
    int mode;

    if (id == 0)
      {
        ok = read_enum (r, ENUM_AUTHORITY_MODE, DIRECTIVE_TYPE_AUTHORITY_MODE, "authority mode",
                        -1, FALSE, &mode);
        if (ok)
          {
            directive_authority_set_mode (authority, mode);
            seen_mode = TRUE;
          }
      }
    else
      ok = read_string (r, &s) && (directive_authority_set_on_behalf_of (authority, s), TRUE);
  });

  if (!require (r, start, seen_mode, "mode"))
    goto fail;
  attach_extras (authority, "", extras);
  return g_steal_pointer (&authority);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

static const Key signer_keys[] = { KEY ("name"), KEY ("position"), KEY ("authority") };

static gpointer
read_signer (Reader *r)
{
  g_autoptr(DirectiveSigner) signer = NULL;
  JsonObject *extras = NULL;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  signer = g_object_new (DIRECTIVE_TYPE_SIGNER, NULL);
  READ_MEMBERS (r, signer_keys, extras, {
    const char *s;

    switch (id)
      {
      case 0:
        ok = read_string (r, &s) && (directive_signer_set_name (signer, s), TRUE);
        break;
      case 1:
        ok = read_string (r, &s) && (directive_signer_set_position (signer, s), TRUE);
        break;
      default:
        ok = read_object_list (r, directive_signer_get_authority (signer), read_authority);
        break;
      }
  });

  attach_extras (signer, "", extras);
  return g_steal_pointer (&signer);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

static const Key recipient_keys[] = { KEY ("text"), KEY ("note"), KEY ("agencies") };

static gpointer
read_recipient (Reader *r)
{
  g_autoptr(DirectiveRecipient) recipient = NULL;
  JsonObject *extras = NULL;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  recipient = g_object_new (DIRECTIVE_TYPE_RECIPIENT, NULL);
  READ_MEMBERS (r, recipient_keys, extras, {
    const char *s;

    switch (id)
      {
      case 0:
        ok = read_string (r, &s) && (directive_recipient_set_text (recipient, s), TRUE);
        break;
      case 1:
        ok = read_string (r, &s) && (directive_recipient_set_note (recipient, s), TRUE);
        break;
      default:
        ok = read_agency_list (r, directive_recipient_get_agencies (recipient));
        break;
      }
  });

  attach_extras (recipient, "", extras);
  return g_steal_pointer (&recipient);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

/* ---- Task ---- */

static const Key event_keys[] = { KEY ("on"), KEY ("status"), KEY ("note") };

static gpointer
read_event (Reader *r)
{
  g_autoptr(DirectiveTaskEvent) event = NULL;
  JsonObject *extras = NULL;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  event = g_object_new (DIRECTIVE_TYPE_TASK_EVENT, NULL);
  READ_MEMBERS (r, event_keys, extras, {
    const char *s;
    int status;

    switch (id)
      {
      case 0:
        {
          g_autoptr(DirectiveDate) on = NULL;

          ok = read_date (r, &on) && (directive_task_event_set_on (event, on), TRUE);
        }
        break;
      case 1:
        ok = read_enum (r, ENUM_TASK_STATUS, DIRECTIVE_TYPE_TASK_STATUS, "task status", -1, FALSE,
                        &status) &&
             (directive_task_event_set_status (event, status), TRUE);
        break;
      default:
        ok = read_string (r, &s) && (directive_task_event_set_note (event, s), TRUE);
        break;
      }
  });

  attach_extras (event, "", extras);
  return g_steal_pointer (&event);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

static gboolean
read_lines (Reader        *r,
            DirectiveTask *task)
{
  const char *at = r->p;
  const char *elements[2] = { NULL, NULL };
  gint64 values[2] = { 0, 0 };
  gboolean is_int[2] = { FALSE, FALSE };
  gboolean first = TRUE;
  guint n = 0;
  int res;

  if (is_null (r))
    {
      /* As if the key were not there: a fresh task has no lines. */
      if (!lex_literal (r))
        return FALSE;
      directive_task_set_lines (task, 0, 0);
      return TRUE;
    }
  if (!at_char (r, '['))
    return wrong_type (r, "an array or null");
  r->p++;

  while ((res = next_element (r, &first)) > 0)
    {
      const char *start = r->p;
      gboolean is_integer = FALSE;

      if (n < 2)
        elements[n] = start;
      if (*start == '-' || (*start >= '0' && *start <= '9'))
        {
          if (!lex_number (r, &is_integer))
            return FALSE;
          if (n < 2)
            is_int[n] = is_integer && parse_int64 (start, r->p, &values[n]);
        }
      else if (!skip_value (r, 0))
        return FALSE;
      n++;
    }
  if (res < 0)
    return FALSE;

  if (n != 2)
    return fail_at (r, at, DIRECTIVE_ERROR_INVALID_VALUE,
                    "expected [first, last] line numbers, found %u elements", n);
  for (guint i = 0; i < 2; i++)
    {
      if (!is_int[i])
        {
          const char *end = r->p;
          gboolean ok;

          path_push_index (r);
          path_set_index (r, i);
          r->p = elements[i];
          ok = wrong_type (r, "a line number (an integer)");
          r->p = end;
          return ok;
        }
    }
  if (values[0] < 1 || values[1] < values[0] || values[1] > G_MAXUINT)
    return fail_at (r, at, DIRECTIVE_ERROR_INVALID_VALUE,
                    "[%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "] is not a range of 1-based lines",
                    values[0], values[1]);
  directive_task_set_lines (task, (guint) values[0], (guint) values[1]);
  return TRUE;
}

static gpointer read_task (Reader *r);

/* A conclusion's tasks (level 0) or a task's subtasks (one level more each). */
static gboolean
read_task_list (Reader     *r,
                GListModel *model,
                gpointer    owner,
                AddFunc     add)
{
  gboolean ok;

  if (at_char (r, '['))
    {
      const char *q = r->p + 1;

      while (q < r->end && (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t'))
        q++;
      if (q < r->end && *q != ']' && r->task_depth > r->max_subtask_depth)
        return fail_at (r, r->p, DIRECTIVE_ERROR_TOO_DEEP,
                        "too many levels of subtasks (the limit is %u)", r->max_subtask_depth);
    }
  r->task_depth++;
  ok = read_object_list_full (r, model, read_task, owner, add);
  r->task_depth--;
  return ok;
}

static const Key task_keys[] = {
  KEY ("ordinal"), KEY ("text"), KEY ("lead"), KEY ("cooperating"), KEY ("report_to"),
  KEY ("deadline"), KEY ("recurrence"), KEY ("status"), KEY ("completed_on"), KEY ("subtasks"),
  KEY ("history"), KEY ("lines"),
};

static gpointer
read_task (Reader *r)
{
  g_autoptr(DirectiveTask) task = NULL;
  JsonObject *extras = NULL;
  gboolean seen_completed_on = FALSE;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  task = g_object_new (DIRECTIVE_TYPE_TASK, NULL);
  READ_MEMBERS (r, task_keys, extras, {
    const char *s;
    int value;

    switch (id)
      {
      case 0:
        ok = read_string (r, &s) && (directive_task_set_ordinal (task, s), TRUE);
        break;
      case 1:
        ok = read_string (r, &s) && (directive_task_set_text (task, s), TRUE);
        break;
      case 2:
        ok = read_agency_list (r, directive_task_get_lead (task));
        break;
      case 3:
        ok = read_agency_list (r, directive_task_get_cooperating (task));
        break;
      case 4:
        ok = read_agency_list (r, directive_task_get_report_to (task));
        break;
      case 5:
      case 8:
        {
          g_autoptr(DirectiveDate) date = NULL;

          ok = read_date (r, &date);
          if (ok && id == 5)
            directive_task_set_deadline (task, date);
          else if (ok)
            {
              directive_task_set_completed_on (task, date);
              seen_completed_on = TRUE;
            }
        }
        break;
      case 6:
        ok = read_enum (r, ENUM_RECURRENCE, DIRECTIVE_TYPE_RECURRENCE, "recurrence",
                        DIRECTIVE_RECURRENCE_NONE, TRUE, &value) &&
             (directive_task_set_recurrence (task, value), TRUE);
        break;
      case 7:
        ok = read_enum (r, ENUM_TASK_STATUS, DIRECTIVE_TYPE_TASK_STATUS, "task status",
                        DIRECTIVE_TASK_STATUS_PENDING, FALSE, &value) &&
             (directive_task_set_status (task, value), TRUE);
        break;
      case 9:
        /* directive_task_add_subtask() also follows the subtask's status. */
        ok = read_task_list (r, directive_task_get_subtasks (task), task,
                             (AddFunc) directive_task_add_subtask);
        break;
      case 10:
        ok = read_object_list (r, directive_task_get_history (task), read_event);
        break;
      default:
        ok = read_lines (r, task);
        break;
      }
  });

  /* Setting the status to done records today as completed_on: a file that
   * gives no completion date keeps none. */
  if (!seen_completed_on)
    directive_task_set_completed_on (task, NULL);
  attach_extras (task, "", extras);
  return g_steal_pointer (&task);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

/* ---- Conclusion, notice ---- */

static const Key conclusion_keys[] = {
  KEY ("by"), KEY ("meeting"), KEY ("summary"), KEY ("tasks"),
};

static gpointer
read_conclusion (Reader *r)
{
  g_autoptr(DirectiveConclusion) conclusion = NULL;
  JsonObject *extras = NULL;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  conclusion = directive_conclusion_new ();
  READ_MEMBERS (r, conclusion_keys, extras, {
    const char *s;

    switch (id)
      {
      case 0:
        {
          g_autoptr(DirectivePerson) by = NULL;

          ok = read_person_member (r, &by) && (directive_conclusion_set_by (conclusion, by), TRUE);
        }
        break;
      case 1:
        {
          g_autoptr(DirectiveMeeting) meeting = NULL;

          ok = TRUE;
          if (is_null (r))
            ok = lex_literal (r);
          else
            ok = (meeting = read_meeting (r)) != NULL;
          if (ok)
            directive_conclusion_set_meeting (conclusion, meeting);
        }
        break;
      case 2:
        ok = read_string (r, &s) && (directive_conclusion_set_summary (conclusion, s), TRUE);
        break;
      default:
        ok = read_task_list (r, directive_conclusion_get_tasks (conclusion), NULL, NULL);
        break;
      }
  });

  attach_extras (conclusion, "", extras);
  return g_steal_pointer (&conclusion);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

static const Key source_keys[] = { KEY ("file"), KEY ("sha256") };

/* The notice's source; a later "source" replaces all of an earlier one. */
static gboolean
read_source (Reader          *r,
             DirectiveNotice *notice)
{
  g_autofree char *file = NULL;
  g_autofree char *sha256 = NULL;
  JsonObject *extras = NULL;

  if (is_null (r))
    {
      if (!lex_literal (r))
        return FALSE;
      goto apply;
    }
  if (!at_char (r, '{'))
    return wrong_type (r, "an object");
  r->p++;

  READ_MEMBERS (r, source_keys, extras, {
    const char *s;

    ok = read_string (r, &s);
    if (ok && id == 0)
      {
        g_free (file);
        file = g_strdup (s);
      }
    else if (ok)
      {
        g_free (sha256);
        sha256 = g_strdup (s);
      }
  });

apply:
  directive_notice_set_source_file (notice, file);
  directive_notice_set_source_sha256 (notice, sha256);
  _directive_json_set_extras (G_OBJECT (notice), "source", extras);
  g_clear_pointer (&extras, json_object_unref);
  return TRUE;

fail:
  g_clear_pointer (&extras, json_object_unref);
  return FALSE;
}

static gboolean
read_archive (Reader          *r,
              DirectiveNotice *notice)
{
  g_autoptr(GPtrArray) items = NULL;
  gboolean first = TRUE;
  guint i = 0;
  int res;

  if (is_null (r))
    {
      if (!lex_literal (r))
        return FALSE;
      directive_notice_set_archive (notice, NULL);
      return TRUE;
    }
  if (!at_char (r, '['))
    return wrong_type (r, "an array or null");
  r->p++;

  items = g_ptr_array_new_with_free_func (g_free);
  while ((res = next_element (r, &first)) > 0)
    {
      const char *s;

      if (!at_char (r, '"'))
        {
          path_push_index (r);
          path_set_index (r, i);
          return wrong_type (r, "a string");
        }
      if (!lex_string_value (r, &s))
        return FALSE;
      g_ptr_array_add (items, g_strdup (s));
      i++;
    }
  if (res < 0)
    return FALSE;
  g_ptr_array_add (items, NULL);
  directive_notice_set_archive (notice, (const char * const *) items->pdata);
  return TRUE;
}

static const Key notice_keys[] = {
  KEY ("kind"), KEY ("number"), KEY ("symbol"), KEY ("place"), KEY ("subject"), KEY ("issuer"),
  KEY ("issued_on"), KEY ("conclusions"), KEY ("recipients"), KEY ("addressees"),
  KEY ("archive"), KEY ("signer"), KEY ("urgency"), KEY ("source"),
};

static gpointer
read_notice (Reader *r)
{
  g_autoptr(DirectiveNotice) notice = NULL;
  JsonObject *extras = NULL;
  const char *start = r->p;
  gboolean seen_kind = FALSE;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  notice = g_object_new (DIRECTIVE_TYPE_NOTICE, NULL);
  READ_MEMBERS (r, notice_keys, extras, {
    const char *s;
    int value;

    switch (id)
      {
      case 0:
        ok = read_enum (r, ENUM_DOCUMENT_KIND, DIRECTIVE_TYPE_DOCUMENT_KIND, "document kind",
                        -1, FALSE, &value);
        if (ok)
          {
            directive_notice_set_kind (notice, value);
            seen_kind = TRUE;
          }
        break;
      case 1:
        ok = read_string (r, &s) && (directive_notice_set_number (notice, s), TRUE);
        break;
      case 2:
        ok = read_string (r, &s) && (directive_notice_set_symbol (notice, s), TRUE);
        break;
      case 3:
        ok = read_string (r, &s) && (directive_notice_set_place (notice, s), TRUE);
        break;
      case 4:
        ok = read_string (r, &s) && (directive_notice_set_subject (notice, s), TRUE);
        break;
      case 5:
        {
          DirectiveAgency *issuer;

          ok = read_agency_ref (r, &issuer) && (directive_notice_set_issuer (notice, issuer), TRUE);
        }
        break;
      case 6:
        {
          g_autoptr(DirectiveDate) date = NULL;

          ok = read_date (r, &date) && (directive_notice_set_issued_on (notice, date), TRUE);
        }
        break;
      case 7:
        ok = read_object_list (r, directive_notice_get_conclusions (notice), read_conclusion);
        break;
      case 8:
        ok = read_object_list (r, directive_notice_get_recipients (notice), read_recipient);
        break;
      case 9:
        ok = read_object_list (r, directive_notice_get_addressees (notice), read_recipient);
        break;
      case 10:
        ok = read_archive (r, notice);
        break;
      case 11:
        {
          g_autoptr(DirectiveSigner) signer = NULL;

          if (is_null (r))
            ok = lex_literal (r);
          else
            ok = (signer = read_signer (r)) != NULL;
          if (ok)
            directive_notice_set_signer (notice, signer);
        }
        break;
      case 12:
        ok = read_enum (r, ENUM_URGENCY, DIRECTIVE_TYPE_URGENCY, "urgency", DIRECTIVE_URGENCY_NONE,
                        TRUE, &value) &&
             (directive_notice_set_urgency (notice, value), TRUE);
        break;
      default:
        ok = read_source (r, notice);
        break;
      }
  });

  if (!require (r, start, seen_kind, "kind"))
    goto fail;
  attach_extras (notice, "", extras);
  return g_steal_pointer (&notice);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

/* ---- Agencies ---- */

static const Key agency_keys[] = {
  KEY ("id"), KEY ("name"), KEY ("short_name"), KEY ("locality"), KEY ("kind"), KEY ("parent"),
  /* An extension of directive/1 (see DirectiveAgency:successor). */
  KEY ("successor"), KEY ("ceased_on"),
};

/* The agency without its parent and successor, which may be defined later in
 * the list: they are kept in @pending (with where they are in the text). */
static DirectiveAgency *
read_agency (Reader        *r,
             PendingParent *pending,
             const char   **id_at)
{
  g_autoptr(DirectiveAgency) agency = NULL;
  JsonObject *extras = NULL;
  const char *start = r->p;
  gboolean seen_id = FALSE, seen_name = FALSE;

  if (!at_char (r, '{'))
    return not_an_object (r);
  r->p++;

  agency = g_object_new (DIRECTIVE_TYPE_AGENCY, NULL);
  READ_MEMBERS (r, agency_keys, extras, {
    const char *s = NULL;
    int kind;

    switch (id)
      {
      case 0:
      case 1:
        ok = read_string (r, &s);
        if (ok && (s == NULL || *s == '\0'))
          ok = fail_at (r, value_at, DIRECTIVE_ERROR_INVALID_VALUE, "must be a non-empty string");
        if (ok && id == 0)
          {
            directive_agency_set_id (agency, s);
            seen_id = TRUE;
            *id_at = value_at;
          }
        else if (ok)
          {
            directive_agency_set_name (agency, s);
            seen_name = TRUE;
          }
        break;
      case 2:
        ok = read_string (r, &s) && (directive_agency_set_short_name (agency, s), TRUE);
        break;
      case 3:
        ok = read_string (r, &s) && (directive_agency_set_locality (agency, s), TRUE);
        break;
      case 4:
        ok = read_enum (r, ENUM_AGENCY_KIND, DIRECTIVE_TYPE_AGENCY_KIND, "agency kind",
                        DIRECTIVE_AGENCY_KIND_UNSPECIFIED, TRUE, &kind) &&
             (directive_agency_set_kind (agency, kind), TRUE);
        break;
      case 7:
        {
          g_autoptr(DirectiveDate) date = NULL;

          ok = read_date (r, &date) && (directive_agency_set_ceased_on (agency, date), TRUE);
        }
        break;
      default:
        if (is_null (r) || at_char (r, '"'))
          {
            ok = read_string (r, &s);
            if (ok && id == 5)
              {
                g_free (pending->parent_id);
                pending->parent_id = g_strdup (s);
                pending->at = value_at;
              }
            else if (ok)
              {
                g_free (pending->successor_id);
                pending->successor_id = g_strdup (s);
                pending->successor_at = value_at;
              }
          }
        else
          ok = wrong_type (r, "an agency id (a string) or null");
        break;
      }
  });

  if (!require (r, start, seen_id, "id") || !require (r, start, seen_name, "name"))
    goto fail;
  attach_extras (agency, "", extras);
  return g_steal_pointer (&agency);

fail:
  g_clear_pointer (&extras, json_object_unref);
  return NULL;
}

static gboolean
read_agencies (Reader *r)
{
  gboolean first = TRUE;
  guint i = 0;
  int res;

  path_push_index (r);
  while ((res = next_element (r, &first)) > 0)
    {
      g_autoptr(DirectiveAgency) agency = NULL;
      g_autoptr(GError) local_error = NULL;
      PendingParent pending = { NULL, NULL, NULL, i, NULL, NULL };
      const char *id_at = r->p;

      path_set_index (r, i++);
      agency = read_agency (r, &pending, &id_at);
      if (agency == NULL)
        {
          g_free (pending.parent_id);
          g_free (pending.successor_id);
          return FALSE;
        }
      if (!directive_collection_add_agency (r->collection, agency, &local_error))
        {
          g_free (pending.parent_id);
          g_free (pending.successor_id);
          path_push_key (r, "id");
          return fail_at (r, id_at, local_error->code, "%s", local_error->message);
        }
      if (pending.parent_id != NULL || pending.successor_id != NULL)
        {
          pending.agency = agency; /* the collection keeps it alive */
          g_array_append_val (r->pending, pending);
        }
    }
  if (res < 0)
    return FALSE;
  path_pop (r);

  /* Parents and successors, now that every id is known. */
  for (guint k = 0; k < r->pending->len; k++)
    {
      PendingParent *pending = &g_array_index (r->pending, PendingParent, k);
      g_autoptr(GError) local_error = NULL;
      DirectiveAgency *parent;

      if (pending->successor_id != NULL)
        {
          DirectiveAgency *successor;

          path_push_index (r);
          path_set_index (r, pending->index);
          path_push_key (r, "successor");
          successor = directive_collection_lookup_agency (r->collection, pending->successor_id);
          if (successor == NULL)
            return fail_at (r, pending->successor_at, DIRECTIVE_ERROR_UNKNOWN_AGENCY,
                            "no agency with id '%s'", pending->successor_id);
          if (!directive_agency_set_successor (pending->agency, successor, &local_error))
            return fail_at (r, pending->successor_at, DIRECTIVE_ERROR_CYCLE, "%s", local_error->message);
          path_pop (r);
          path_pop (r);
        }
      if (pending->parent_id == NULL)
        continue;

      path_push_index (r);
      path_set_index (r, pending->index);
      path_push_key (r, "parent");
      parent = directive_collection_lookup_agency (r->collection, pending->parent_id);
      if (parent == NULL)
        return fail_at (r, pending->at, DIRECTIVE_ERROR_UNKNOWN_AGENCY, "no agency with id '%s'",
                        pending->parent_id);
      if (!directive_agency_set_parent (pending->agency, parent, &local_error))
        return fail_at (r, pending->at, DIRECTIVE_ERROR_CYCLE, "%s", local_error->message);
      path_pop (r);
      path_pop (r);
    }
  return TRUE;
}

static gboolean
read_notices (Reader *r)
{
  GListModel *notices = directive_collection_get_notices (r->collection);
  gboolean first = TRUE;
  guint base = r->items->len;
  guint i = 0;
  int res;

  path_push_index (r);
  while ((res = next_element (r, &first)) > 0)
    {
      DirectiveNotice *notice;

      path_set_index (r, i++);
      notice = read_notice (r);
      if (notice == NULL)
        {
          items_drop (r, base);
          return FALSE;
        }
      g_ptr_array_add (r->items, notice);
    }
  if (res < 0)
    {
      items_drop (r, base);
      return FALSE;
    }
  path_pop (r);
  items_apply (r, base, notices);
  return TRUE;
}

/* ---- Top level ---- */

typedef struct
{
  const char *root;
  const char *format;   /* where each value starts, or NULL */
  const char *agencies;
  const char *notices;
  JsonObject *extras;
  gboolean not_object;
} TopLevel;

/* Pass 1: checks the whole text, notes where the known top-level values start
 * and keeps the unknown ones. */
static gboolean
scan_document (Reader   *r,
               TopLevel *top)
{
  skip_ws (r);
  top->root = r->p;
  if (!at_char (r, '{'))
    {
      if (!skip_value (r, 0))
        return FALSE;
      top->not_object = TRUE;
    }
  else
    {
      gboolean first = TRUE;
      const char *key;
      gsize len;
      int res;

      if (r->max_depth < 1)
        return too_deep (r, r->p);
      r->p++;
      while ((res = next_member (r, &first, &key, &len)) > 0)
        {
          const char **slot = NULL;

          if (len == 6 && memcmp (key, "format", 6) == 0)
            slot = &top->format;
          else if (len == 8 && memcmp (key, "agencies", 8) == 0)
            slot = &top->agencies;
          else if (len == 7 && memcmp (key, "notices", 7) == 0)
            slot = &top->notices;

          if (slot != NULL)
            {
              *slot = r->p;
              if (!skip_value (r, 1))
                return FALSE;
            }
          else
            {
              g_autofree char *name = g_strndup (key, len);
              JsonNode *node = build_node (r, 1);

              if (node == NULL)
                return FALSE;
              if (top->extras == NULL)
                top->extras = json_object_new ();
              json_object_set_member (top->extras, name, node);
            }
        }
      if (res < 0)
        return FALSE;
    }

  skip_ws (r);
  if (r->p < r->end)
    return syntax_error (r, r->p, "more content after the end of the document");
  return TRUE;
}

/* Only when pass 1 saw a string longer than max_string_length in the text
 * (escapes make it longer than what it stands for): finds the first string,
 * value or key, that really is, and fails with its path. Recursion is bounded
 * by max_depth, which pass 1 checked. */
static gboolean
check_string_lengths (Reader *r)
{
  gboolean first = TRUE;
  const char *key;
  gsize len;
  int res;

  switch (*r->p)
    {
    case '{':
      r->p++;
      while ((res = next_member (r, &first, &key, &len)) > 0)
        {
          g_autofree char *name = NULL;
          gboolean ok;

          if (len > r->max_string_length)
            return fail_at (r, r->key_at, DIRECTIVE_ERROR_TOO_LARGE,
                            "a key of %" G_GSIZE_FORMAT " bytes, longer than the limit of %"
                            G_GSIZE_FORMAT " bytes", len, r->max_string_length);
          name = g_strndup (key, len);
          path_push_key (r, name);
          ok = check_string_lengths (r);
          path_pop (r);
          if (!ok)
            return FALSE;
        }
      return res == 0;
    case '[':
      r->p++;
      path_push_index (r);
      for (guint i = 0; (res = next_element (r, &first)) > 0; i++)
        {
          path_set_index (r, i);
          if (!check_string_lengths (r))
            return FALSE;
        }
      path_pop (r);
      return res == 0;
    case '"':
      {
        const char *at = r->p;

        if (!lex_string (r, r->scratch, &key, &len))
          return FALSE;
        if (len > r->max_string_length)
          return fail_at (r, at, DIRECTIVE_ERROR_TOO_LARGE,
                          "a string of %" G_GSIZE_FORMAT " bytes, longer than the limit of %"
                          G_GSIZE_FORMAT " bytes", len, r->max_string_length);
        return TRUE;
      }
    default:
      return skip_value (r, 0);
    }
}

/* Pass 2. */
static gboolean
read_document (Reader   *r,
               TopLevel *top)
{
  const char *format;

  if (top->not_object)
    {
      r->p = top->root;
      return wrong_type (r, "an object");
    }

  if (top->format == NULL)
    return fail_at (r, top->root, DIRECTIVE_ERROR_INVALID_FORMAT,
                    "missing key 'format': this is not a " DIRECTIVE_JSON_FORMAT " document");
  r->p = top->format;
  path_push_key (r, "format");
  if (!at_char (r, '"'))
    return wrong_type (r, "the string '" DIRECTIVE_JSON_FORMAT "'");
  if (!lex_string_value (r, &format))
    return FALSE;
  if (strcmp (format, DIRECTIVE_JSON_FORMAT) != 0)
    return fail_at (r, top->format, DIRECTIVE_ERROR_INVALID_FORMAT,
                    "unsupported format '%s' (this library reads '" DIRECTIVE_JSON_FORMAT "')",
                    format);
  path_pop (r);

  /* Agencies first: everything else refers to them by id. */
  if (top->agencies != NULL)
    {
      r->p = top->agencies;
      path_push_key (r, "agencies");
      if (is_null (r))
        ;
      else if (!at_char (r, '['))
        return wrong_type (r, "an array or null");
      else
        {
          r->p++;
          if (!read_agencies (r))
            return FALSE;
        }
      path_pop (r);
    }

  if (top->notices != NULL)
    {
      r->p = top->notices;
      path_push_key (r, "notices");
      if (is_null (r))
        ;
      else if (!at_char (r, '['))
        return wrong_type (r, "an array or null");
      else
        {
          r->p++;
          if (!read_notices (r))
            return FALSE;
        }
      path_pop (r);
    }

  attach_extras (r->collection, "", g_steal_pointer (&top->extras));
  return TRUE;
}

/* ---- Checks before reading ---- */

/* Only for a document pass 1 refused as not JSON: whether it also nests deeper
 * than the limit somewhere, which is reported first (as when json-glib parsed
 * the text: the depth was checked before). Counts brackets outside strings. */
static gboolean
check_depth (const char  *data,
             gsize        length,
             guint        max_depth,
             GError     **error)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > max_depth)
            {
              guint line, column;

              offset_to_line_column (data, data + i, &line, &column);
              g_clear_error (error);
              g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_DEEP,
                           "line %u, column %u: the document nests deeper than %u levels",
                           line, column, max_depth);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

void
_directive_json_limits_init (DirectiveJsonLimits *limits,
                             DirectiveCollection *from)
{
  limits->max_input_size = directive_collection_get_max_input_size (from);
  limits->max_depth = directive_collection_get_max_depth (from);
  limits->max_string_length = directive_collection_get_max_string_length (from);
  limits->max_subtask_depth = directive_collection_get_max_subtask_depth (from);
}

gboolean
_directive_json_read (DirectiveCollection        *into,
                      const char                 *data,
                      gsize                       length,
                      const DirectiveJsonLimits  *limits,
                      GError                    **error)
{
  gsize max_input_size = limits->max_input_size;
  guint max_depth = limits->max_depth;
  g_autoptr(GError) local_error = NULL;
  TopLevel top = { NULL, };
  Reader r = { NULL, };
  const char *invalid;
  gsize i = 0;
  gboolean ok;

  if (length > max_input_size)
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_LARGE,
                   "the document is %" G_GSIZE_FORMAT " bytes, more than the limit of %"
                   G_GSIZE_FORMAT " bytes", length, max_input_size);
      return FALSE;
    }

  /* A byte-order mark is skipped, as json-glib did. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  for (; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_EMPTY, "the document is empty");
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      guint line, column;

      offset_to_line_column (data, invalid, &line, &column);
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_UTF8,
                   "line %u, column %u: not valid UTF-8 (byte offset %" G_GSIZE_FORMAT ")",
                   line, column, (gsize) (invalid - data));
      return FALSE;
    }

  r.data = data;
  r.end = data + length;
  r.p = data;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    r.p += 3;
  r.max_depth = max_depth;
  r.max_string_length = limits->max_string_length;
  r.max_subtask_depth = limits->max_subtask_depth;
  r.collection = into;
  r.error = &local_error;
  r.path = g_array_new (FALSE, FALSE, sizeof (PathFrame));
  r.scratch = g_string_sized_new (256);
  r.keybuf = g_string_sized_new (64);
  r.items = g_ptr_array_new ();
  r.refs = g_ptr_array_new ();
  r.pending = g_array_new (FALSE, FALSE, sizeof (PendingParent));

  ok = scan_document (&r, &top);
  if (!ok && local_error->code == DIRECTIVE_ERROR_INVALID_JSON)
    check_depth (data, length, max_depth, &local_error);
  if (ok && r.longest_string > r.max_string_length)
    {
      r.p = top.root;
      ok = check_string_lengths (&r);
      g_array_set_size (r.path, 0);
    }
  if (ok)
    ok = read_document (&r, &top);

  g_clear_pointer (&top.extras, json_object_unref);
  items_drop (&r, 0);
  g_ptr_array_unref (r.items);
  g_ptr_array_unref (r.refs);
  for (guint k = 0; k < r.pending->len; k++)
    {
      g_free (g_array_index (r.pending, PendingParent, k).parent_id);
      g_free (g_array_index (r.pending, PendingParent, k).successor_id);
    }
  g_array_unref (r.pending);
  g_array_unref (r.path);
  g_string_free (r.scratch, TRUE);
  g_string_free (r.keybuf, TRUE);
  for (guint k = 0; k < N_ENUMS; k++)
    g_clear_pointer (&r.enums[k], g_type_class_unref);

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* ---- Extras ---- */

static GQuark
extras_quark (const char *part)
{
  g_autofree char *name = NULL;

  /* The common case without an allocation: the writer asks every object. */
  if (*part == '\0')
    return g_quark_from_static_string ("directive-json-extras");
  name = g_strconcat ("directive-json-extras:", part, NULL);
  return g_quark_from_string (name);
}

void
_directive_json_set_extras (GObject    *object,
                            const char *part,
                            JsonObject *extras)
{
  g_object_set_qdata_full (object, extras_quark (part),
                           extras ? json_object_ref (extras) : NULL,
                           (GDestroyNotify) json_object_unref);
}

JsonObject *
_directive_json_get_extras (GObject    *object,
                            const char *part)
{
  return g_object_get_qdata (object, extras_quark (part));
}
