/* directive-parser-lines.c: the parse context, normalising input into lines, and
 * splitting them into header, body, closing and footer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "directive-catalogue-private.h"
#include "directive-parser-private.h"
#include "directive-text-private.h"

#if defined(__SSE2__)
/* The lanes of a gint8 vector @v whose bytes, unsigned, are in [@lo, @lo + @n):
 * as unsigned lanes, whose sums wrap (a signed lane's overflow is undefined). */
typedef guint8 DirectiveUnsignedLanes16 __attribute__ ((vector_size (16)));
#define LANES_IN(v, lo, n) \
  ((__typeof__ (v)) ((DirectiveUnsignedLanes16) (v) - (guint8) (lo) < (guint8) (n)))
#endif

/* What the last document a thread parsed leaves for the next: the block of
 * its lines, one large enough for malloc() to consolidate its free lists or
 * map pages each time, and the array of its agencies emptied, which keeps
 * its room (growing it cost more than filling it). (Not the hash table:
 * emptying one shrinks it, which costs more than a new one.) */
typedef struct
{
  gpointer   block;
  gsize      size;
  GPtrArray *agency_order;
} ParseSpare;

/* Larger blocks are freed: a spare is kept per parsing thread. */
#define LINE_BLOCK_SPARE_MAX (1024 * 1024)
/* And larger arrays of agencies. */
#define REGISTRY_SPARE_MAX 256

static void
parse_spare_free (gpointer data)
{
  ParseSpare *spare = data;

  g_free (spare->block);
  g_clear_pointer (&spare->agency_order, g_ptr_array_unref);
  g_free (spare);
}

static GPrivate parse_spare = G_PRIVATE_INIT (parse_spare_free);

static ParseSpare *
parse_spare_get (void)
{
  ParseSpare *spare = g_private_get (&parse_spare);

  if (spare == NULL)
    {
      spare = g_new0 (ParseSpare, 1);
      g_private_set (&parse_spare, spare);
    }

  return spare;
}

/* A block of at least @size bytes, in *@size how many. */
static gpointer
line_block_take (gsize *size)
{
  ParseSpare *spare = g_private_get (&parse_spare);

  if (spare != NULL && spare->block != NULL && spare->size >= *size)
    {
      *size = spare->size;
      spare->size = 0;
      return g_steal_pointer (&spare->block);
    }
  /* (with room to spare, so that a slightly longer document fits next time) */
  *size += *size / 4;
  return g_malloc (*size);
}

static void
line_block_release (gpointer block,
                    gsize    size)
{
  ParseSpare *spare;

  if (block == NULL)
    return;
  if (size > LINE_BLOCK_SPARE_MAX)
    {
      g_free (block);
      return;
    }
  spare = parse_spare_get ();
  /* The larger one is kept. */
  if (spare->block != NULL && spare->size >= size)
    {
      g_free (block);
      return;
    }
  g_free (spare->block);
  spare->block = block;
  spare->size = size;
}

/* The hash of an agency's id in the registry: ids are a few dozen bytes,
 * which g_str_hash() reads one at a time (a hundred instructions a look-up
 * or an insertion); eight at a time here. (Nothing iterates the table: the
 * order of the agencies is agency_order's.) */
static guint
id_hash (gconstpointer key)
{
  const guint64 mul = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  const char *id = key;
  gsize n = strlen (id);
  guint64 h = n * mul, x;
  gsize i = 0;

  for (; n - i >= 8; i += 8)
    {
      memcpy (&x, id + i, 8);
      h = (h ^ x) * mul;
    }
  if (i < n)
    {
      /* The last bytes (in the last eight of the id when it has them, in
       * its first and last four when it has those). */
      x = 0;
      if (n >= 8)
        memcpy (&x, id + n - 8, 8);
      else if (n >= 4)
        {
          guint32 a, b;

          memcpy (&a, id, 4);
          memcpy (&b, id + n - 4, 4);
          x = ((guint64) a << 32) | b;
        }
      else
        for (; i < n; i++)
          x = (x << 8) | (guchar) id[i];
      h = (h ^ x) * mul;
    }

  return (guint) (h ^ (h >> 32));
}

static void
registry_take (DirectiveParse *p)
{
  ParseSpare *spare = g_private_get (&parse_spare);

  p->agencies = g_hash_table_new (id_hash, g_str_equal);
  if (spare != NULL && spare->agency_order != NULL)
    p->agency_order = g_steal_pointer (&spare->agency_order);
  else
    p->agency_order = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
registry_release (DirectiveParse *p)
{
  ParseSpare *spare;

  g_hash_table_unref (p->agencies);
  if (p->agency_order->len <= REGISTRY_SPARE_MAX)
    {
      spare = parse_spare_get ();
      if (spare->agency_order == NULL)
        {
          /* (unreferences the agencies, as g_ptr_array_unref() would) */
          g_ptr_array_set_size (p->agency_order, 0);
          spare->agency_order = g_steal_pointer (&p->agency_order);
          return;
        }
    }
  g_ptr_array_unref (p->agency_order);
}

DirectiveParse *
_directive_parse_new (DirectiveCatalogue  *catalogue,
                      const char          *locality,
                      const DirectiveDate *reference_date)
{
  DirectiveParse *p = g_new0 (DirectiveParse, 1);

  p->catalogue = g_object_ref (catalogue);
  p->locality = g_strdup (locality);
  p->reference_date = reference_date ? directive_date_copy (reference_date) : NULL;
  p->lines = g_ptr_array_new_with_free_func (_directive_line_free);
  p->diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
  registry_take (p);
  p->default_lead = g_ptr_array_new ();

  return p;
}

void
_directive_parse_free (DirectiveParse *p)
{
  if (p == NULL)
    return;

  g_clear_object (&p->catalogue);
  g_free (p->locality);
  g_free (p->level);
  g_clear_pointer (&p->reference_date, directive_date_free);
  g_clear_pointer (&p->meeting_date, directive_date_free);
  /* Most lines lie in the block with their fold's room, and have nothing to
   * free: no call each through the array's free function. */
  for (guint i = 0; i < p->lines->len; i++)
    {
      DirectiveLine *line = p->lines->pdata[i];

      if (!line->shared || !line->fold_in_block)
        _directive_line_free (line);
    }
  g_ptr_array_set_free_func (p->lines, NULL);
  g_ptr_array_unref (p->lines);
  line_block_release (p->line_block, p->line_block_size);
  g_ptr_array_unref (p->diagnostics);
  g_clear_object (&p->notice);
  registry_release (p);
  g_ptr_array_unref (p->default_lead);
  g_free (p->lead_summary);
  g_free (p);
}

void
_directive_parse_diagnose (DirectiveParse    *p,
                           guint              line,
                           DirectiveSeverity  severity,
                           const char        *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (p->diagnostics, directive_diagnostic_new (line, severity, message));
}

DirectiveAgency *
_directive_parse_register (DirectiveParse  *p,
                           DirectiveAgency *agency)
{
  DirectiveAgency *known;
  DirectiveAgency *parent;
  DirectiveAgency *successor;
  const char *id;

  if (agency == NULL)
    return NULL;

  id = directive_agency_get_id (agency);
  known = g_hash_table_lookup (p->agencies, id);
  if (known != NULL)
    return known;

  /* Parents first, so that the collection never refers to an agency it lacks. */
  parent = directive_agency_get_parent (agency);
  if (parent != NULL)
    {
      DirectiveAgency *registered = _directive_parse_register (p, parent);

      if (registered != parent)
        directive_agency_set_parent (agency, registered, NULL);
    }

  g_ptr_array_add (p->agency_order, g_object_ref (agency));
  g_hash_table_insert (p->agencies, (gpointer) directive_agency_get_id (agency), agency);

  /* And the agency that took over a merged one, after it (no cycle to fear:
   * successors refuse them). */
  successor = directive_agency_get_successor (agency);
  if (successor != NULL)
    {
      DirectiveAgency *registered = _directive_parse_register (p, successor);

      if (registered != successor)
        directive_agency_set_successor (agency, registered, NULL);
    }

  return agency;
}

guint
_directive_parse_default_year (DirectiveParse *p)
{
  const DirectiveDate *issued = p->notice ? directive_notice_get_issued_on (p->notice) : NULL;

  /* The document's own dates say which year "trước ngày 30/6" means; the
   * reference date only stands in when the document has none. */
  if (issued != NULL)
    return directive_date_get_year (issued);
  if (p->meeting_date != NULL)
    return directive_date_get_year (p->meeting_date);
  if (p->reference_date != NULL)
    return directive_date_get_year (p->reference_date);

  return 0;
}

/* ------------------------------------------------------------------ lines */

void
_directive_line_free (gpointer data)
{
  DirectiveLine *line = data;

  /* The text of a plain line shares its block; the fold shares the offsets',
   * which share the block too when they fit the room kept there. */
  if (!line->fold_in_block)
    g_free (line->lazy_offsets);
  if (line->shared)
    return;
  if (line->text != (char *) (line + 1))
    g_free (line->text);
  g_free (line);
}

static gboolean
is_ascii (const char *s,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) s[i] >= 0x80)
      return FALSE;
  return TRUE;
}

DirectiveLine *
_directive_line_new (const char *text,
                     gssize      len,
                     guint       number)
{
  DirectiveLine *line = g_new0 (DirectiveLine, 1);
  gsize n = len < 0 ? strlen (text) : (gsize) len;
  gsize tabs = 0;
  gsize o = 0;
  char *buf;

  /* Tabs to spaces, control characters dropped, trailing blanks trimmed. */
  for (gsize i = 0; i < n; i++)
    tabs += text[i] == '\t';
  buf = g_malloc (n + 3 * tabs + 1);
  for (gsize i = 0; i < n; i++)
    {
      char c = text[i];

      if (c == '\t')
        {
          memcpy (buf + o, "    ", 4);
          o += 4;
        }
      else if ((guchar) c >= 0x20)
        buf[o++] = c;
    }
  while (o > 0 && buf[o - 1] == ' ')
    o--;
  buf[o] = '\0';

  /* The line is valid UTF-8 (the caller has seen to it) and almost always in
   * NFC already: then it is kept as it is, as _directive_text_normalize_nfc()
   * would copy it. */
  if (is_ascii (buf, o) || _directive_text_is_plainly_nfc (buf, o))
    {
      line->text = buf;
      line->len = o;
    }
  else
    {
      line->text = _directive_text_normalize_nfc (buf, o);
      line->len = strlen (line->text);
      g_free (buf);
    }

  line->number = number;
  for (const char *c = line->text; *c == ' '; c++)
    line->indent++;
  line->blank = line->text[line->indent] == '\0';

  return line;
}

/* Whether the bytes from @s to the next line break (or @end) are all
 * characters that need neither validating nor normalising further: ASCII but
 * NUL, and well-formed sequences of the characters
 * _directive_text_is_plainly_nfc() keeps. Then in *@nl the line break (NULL
 * for none), in *@tabs the tabs, in *@controls the other control characters
 * (but a carriage return ending the line). FALSE means "take the long
 * way", and leaves *@nl unset. One pass finds the line's end and reads it;
 * @doc is where the text starts (eight bytes before @end may be read). */
static gboolean
scan_plain (const char  *s,
            const char  *end_,
            const char  *doc,
            const char **nl,
            gsize       *tabs,
            gsize       *controls)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80;
  const guchar *p = (const guchar *) s;
  const guchar *end = (const guchar *) end_;
  gsize t = 0, c = 0;

  *nl = NULL;
  while (p < end)
    {
      gunichar u;
      guint64 x = 0, stop;
      gboolean stopped = FALSE;   /* where the vector lanes stopped: not ASCII text */

#if defined(__SSE2__)
      /* Sixteen bytes at a time in vector lanes, with a bit of a mask for
       * each byte's kind: Vietnamese has a 2- or 3-byte letter every few
       * bytes, which stops the eight below each time. A byte passes when it
       * is a continuation byte exactly where the lead bytes before it want
       * one (from 0xE1, first one in 0xB8-0xBB), or else printable ASCII or
       * the lead of the sequences taken below (0xC2-0xCB, 0xE1). Up to the
       * first byte that does not, the bytes are whole characters of those,
       * and it starts one, left to the code below; unless a lead before it
       * wanted it, which that code refuses. (p is at a character's start,
       * and so is where the next sixteen start: the bytes before want
       * nothing of them.) */
      while (end - p >= 16)
        {
          typedef gint8 Lanes16 __attribute__ ((vector_size (16)));
          Lanes16 v, lead2, e1, conts;
          guint cont, lead, e1s, other, off, need, bad;

          memcpy (&v, p, 16);
          /* (signed: 0x80-0xBF are -128 to -65; 0xC2-0xCB, moved by -0x42,
           * are -128 to -119) */
          conts = v < (gint8) 0xC0;
          lead2 = LANES_IN (v, 0xC2, 10);
          e1 = v == (gint8) 0xE1;
          cont = _mm_movemask_epi8 ((__m128i) conts);
          lead = _mm_movemask_epi8 ((__m128i) (lead2 | e1));
          e1s = _mm_movemask_epi8 ((__m128i) e1);
          /* neither continuation, printable ASCII nor lead */
          other = _mm_movemask_epi8 ((__m128i) ~((v >= ' ') | lead2 | e1 | conts));
          /* a continuation byte that cannot follow 0xE1 */
          off = _mm_movemask_epi8 ((__m128i) (conts & ((v & (gint8) 0xFC) != (gint8) 0xB8)));
          /* (need does not ask for 0xB8-0xBB between 0xE1 and the byte it
           * wants two on: a byte there that is not is bad, and comes first) */
          need = (lead << 1) | (e1s << 2);
          bad = ((need ^ cont) & 0xFFFF) | other | ((e1s << 1) & off);
          if (bad == 0)
            {
              /* Up to the start of a character the last bytes begin (a
               * lead at the last, or 0xE1 before it). */
              p += 16 - ((lead >> 15) | ((e1s >> 13) & 2));
              continue;
            }
          if ((need & bad & -bad) != 0)
            return FALSE;
          p += _directive_lowest_bit (bad);
          stopped = TRUE;
          break;
        }
      if (p == end)
        break;
#endif

      if (!stopped)
        {
          /* Eight bytes at a time through printable ASCII, up to the first
           * byte that is not (past the end of the text, zeros stop it). */
          if (end - p >= 8)
            {
              memcpy (&x, p, 8);
              x = GUINT64_FROM_LE (x);
            }
          else if (end_ - doc >= 8)
            {
              memcpy (&x, end - 8, 8);
              x = GUINT64_FROM_LE (x) >> (8 * (8 - (end - p)));
            }
          else
            for (const guchar *q = p; q < end; q++)
              x |= (guint64) *q << (8 * (q - p));
          /* (exact for the lowest byte below a space or above ASCII) */
          stop = (((x - ones * ' ') & ~x) | x) & highs;
          if (stop == 0)
            {
              p += 8;
              continue;
            }
          p += _directive_lowest_bit (stop) / 8;
          if (p == end)
            break;
        }

      if (*p < 0x80)
        {
          if (*p == '\n')
            {
              *nl = (const char *) p;
              /* (the caller drops a carriage return there) */
              if (p > (const guchar *) s && p[-1] == '\r')
                c--;
              break;
            }
          if (*p == 0)
            return FALSE;
          if (*p == '\t')
            t++;
          else
            c++;
          p++;
          continue;
        }
      /* Two bytes below U+0300 (no combining mark), from 0xC2 never overlong. */
      if (*p - 0xC2u < 0xCC - 0xC2 && end - p >= 2 && (p[1] & 0xC0) == 0x80)
        {
          p += 2;
          continue;
        }
      /* The Vietnamese precomposed letters, U+1E00 to U+1EFF. */
      if (*p == 0xE1 && end - p >= 3 && (p[1] & 0xFC) == 0xB8 && (p[2] & 0xC0) == 0x80)
        {
          p += 3;
          continue;
        }
      if ((*p & 0xF0) == 0xE0 && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        {
          u = ((gunichar) (p[0] & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          /* (none of these is overlong or a surrogate) */
          if (!((u >= 0x2002 && u < 0x2070) || (u >= 0x20A0 && u < 0x20D0)))
            return FALSE;
          p += 3;
          continue;
        }
      return FALSE;
    }
  /* (the same at the end of the text) */
  if (*nl == NULL && end > (const guchar *) s && end[-1] == '\r')
    c--;
  *tabs = t;
  *controls = c;

  return TRUE;
}

/* _directive_line_new() of a line scan_plain() has passed: valid, in NFC, and
 * with no tab or control character unless @tabs or @controls say so. */
static G_ALWAYS_INLINE inline DirectiveLine *
line_new_plain (const char     *text,
                gsize           n,
                guint           number,
                gsize           tabs,
                gsize           controls,
                DirectiveLine **next_line,
                char          **next_text,
                gboolean        fold_rooms)
{
  DirectiveLine *line;
  gsize o = 0;
  char *buf;

  if (tabs > 0 || controls > 0)
    return _directive_line_new (text, n, number);

  while (n > 0 && text[n - 1] == ' ')
    n--;
  if (*next_line != NULL)
    {
      /* In the document's block: the lines first, their texts after them. */
      line = (*next_line)++;
      memset (line, 0, sizeof (DirectiveLine));
      line->shared = TRUE;
      buf = *next_text;
      *next_text += n + 1;
      if (fold_rooms)
        {
          /* The room for the fold after the text, should it be asked for. */
          *next_text += (gsize) -(guintptr) *next_text % sizeof (gsize);
          line->lazy_offsets = (gsize *) (gpointer) *next_text;
          line->fold_in_block = TRUE;
          *next_text += _DIRECTIVE_TEXT_FOLD_BLOCK_ROOM (n);
        }
    }
  else
    {
      /* The text right after the line, in one block. */
      line = g_malloc (sizeof (DirectiveLine) + n + 1);
      memset (line, 0, sizeof (DirectiveLine));
      buf = (char *) (line + 1);
    }
  memcpy (buf, text, n);
  buf[n] = '\0';
  line->text = buf;
  line->len = n;
  line->number = number;
  while (buf[o] == ' ')
    o++;
  line->indent = o;
  line->blank = buf[o] == '\0';

  return line;
}

void
_directive_line_fold_now (DirectiveLine *line)
{
  gsize *room;
  gsize n;

  if (line->lazy_fold != NULL)
    return;
  if (!line->fold_in_block)
    {
      line->lazy_offsets = _directive_text_fold_block (line->text, -1, &line->lazy_fold,
                                                       &line->lazy_fold_len);
      return;
    }
  /* Into the room kept after the text, or a block of its own when it needs more. */
  room = line->lazy_offsets;
  n = line->len;
  line->lazy_offsets = _directive_text_fold_block_room (line->text, n, room,
                                                        _DIRECTIVE_TEXT_FOLD_BLOCK_ROOM (n),
                                                        &line->lazy_fold, &line->lazy_fold_len);
  line->fold_in_block = line->lazy_offsets == room;
}

/* The line breaks in the @n bytes at @s: sixty-four bytes at a time, each
 * byte's count summed in its lane of a vector (at most 252 at once, then
 * added up), rather than a memchr() call a line. */
static gsize
count_newlines (const char *s,
                gsize       n)
{
  gsize count = 0;
  gsize i = 0;

#if defined(__GNUC__)
  typedef guint8 Lanes16 __attribute__ ((vector_size (16)));

  while (n - i >= 64)
    {
      Lanes16 acc = { 0 };
      gsize stop = i + MIN ((n - i) / 64, 63) * 64;
      guint8 lanes[16];

      /* (four at a time: the loop's own instructions were a third) */
      for (; i < stop; i += 64)
        {
          Lanes16 x0, x1, x2, x3;

          memcpy (&x0, s + i, 16);
          memcpy (&x1, s + i + 16, 16);
          memcpy (&x2, s + i + 32, 16);
          memcpy (&x3, s + i + 48, 16);
          /* (a lane that is one is all ones: minus one, i.e. plus one) */
          acc -= (Lanes16) (x0 == '\n') + (Lanes16) (x1 == '\n')
                 + (Lanes16) (x2 == '\n') + (Lanes16) (x3 == '\n');
        }
      memcpy (lanes, &acc, 16);
      for (guint k = 0; k < 16; k++)
        count += lanes[k];
    }
  if (n - i >= 16)
    {
      Lanes16 acc = { 0 };
      guint8 lanes[16];

      /* (the rest, three rounds at most) */
      for (; n - i >= 16; i += 16)
        {
          Lanes16 x;

          memcpy (&x, s + i, 16);
          acc -= (Lanes16) (x == '\n');
        }
      memcpy (lanes, &acc, 16);
      for (guint k = 0; k < 16; k++)
        count += lanes[k];
    }
#endif
  for (; i < n; i++)
    count += s[i] == '\n';

  return count;
}

#if defined(__SSE2__)
/* Takes the lines from @s on while they are plain with neither tab nor
 * control character, as nearly all are: sixteen bytes at a time through the
 * text, checked as scan_plain() checks them, but carrying what lead bytes
 * want of the next sixteen (a bit of the mask for each byte) across the
 * line breaks, rather than starting over at each line. Returns where it
 * stopped: at the start of a line left to the caller, one that is not such
 * a line or that ends in the last seventeen bytes of the text. */
static const char *
lines_plain_run (DirectiveParse  *p,
                 const char      *s,
                 const char      *end,
                 guint           *number,
                 DirectiveLine  **next_line,
                 char           **next_text,
                 gboolean         fold_rooms,
                 guint            room)
{
  const char *q = s;
  guint carry = 0;      /* the bits of the bytes wanted past the last sixteen */
  guint dirty = 0;      /* bad bytes in the line from s before q */

  /* (the byte after the sixteen is read too) */
  while (end - q >= 17)
    {
      typedef gint8 Lanes16 __attribute__ ((vector_size (16)));
      Lanes16 v, next, lead2, e1, conts, breaks;
      guint cont, lead, e1s, nls, other, need, bad;

      memcpy (&v, q, 16);
      memcpy (&next, q + 1, 16);
      conts = v < (gint8) 0xC0;
      lead2 = LANES_IN (v, 0xC2, 10);
      e1 = v == (gint8) 0xE1;
      breaks = v == '\n';
      cont = _mm_movemask_epi8 ((__m128i) conts);
      lead = _mm_movemask_epi8 ((__m128i) (lead2 | e1));
      e1s = _mm_movemask_epi8 ((__m128i) e1);
      nls = _mm_movemask_epi8 ((__m128i) breaks);
      /* (and 0xE1 before a byte not in 0xB8-0xBB, where it stands) */
      other = _mm_movemask_epi8 ((__m128i) (~((v >= ' ') | lead2 | e1 | conts | breaks)
                                            | (e1 & ((next & (gint8) 0xFC) != (gint8) 0xB8))));
      need = (lead << 1) | (e1s << 2) | carry;
      bad = ((need ^ cont) & 0xFFFF) | other;
      carry = need >> 16;
      /* A line ends at each line break: taken when no byte up to it is bad
       * (a lead byte before it is, as the break is no continuation). */
      for (; nls != 0; nls &= nls - 1)
        {
          guint k = _directive_lowest_bit (nls);
          guint upto = (2u << k) - 1;
          DirectiveLine *line;

          if (dirty != 0 || (bad & upto) != 0)
            return s;
          (*number)++;
          line = line_new_plain (s, q + k - s, *number, 0, 0, next_line, next_text, fold_rooms);
          if (p->lines->len < room)
            p->lines->pdata[p->lines->len++] = line;
          else
            g_ptr_array_add (p->lines, line);
          bad &= ~upto;
          s = q + k + 1;
        }
      dirty |= bad;
      q += 16;
    }

  return s;
}
#endif

/* Larger documents have no room kept for the folds of their lines: most
 * lines are never folded. */
#define FOLD_ROOMS_MAX (64 * 1024)

void
_directive_parse_lines (DirectiveParse *p,
                        const char     *data,
                        gsize           length)
{
  const char *end = data + length;
  const char *s = data;
  guint number = 0;
  DirectiveLine *next_line = NULL;
  char *next_text = NULL;
  guint room = 0;   /* lines the array holds without growing */
  gboolean fold_rooms = FALSE;

  /* A byte order mark is not text. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    s += 3;

  /* Room for every line at once: growing the array line by line costs more
   * than counting them. */
  if (p->lines->len == 0)
    {
      guint n_lines = 1 + count_newlines (s, end - s);

      g_ptr_array_unref (p->lines);
      p->lines = g_ptr_array_new_full (n_lines, _directive_line_free);
      room = n_lines;
      /* One block for the lines and the texts of the plain ones (each at
       * most its bytes and a NUL for its line break): one allocation for the
       * document, not one a line. */
      g_assert (p->line_block == NULL);
      p->line_block_size = n_lines * sizeof (DirectiveLine) + (gsize) (end - s) + 1;
      /* And, in a document of common size, the room for each plain line's
       * fold after its text (aligned): folding a line then allocates
       * nothing. */
      fold_rooms = (gsize) (end - s) <= FOLD_ROOMS_MAX;
      if (fold_rooms)
        p->line_block_size += n_lines * (sizeof (gsize) - 1 + _DIRECTIVE_TEXT_FOLD_BLOCK_ROOM (0))
                              + (gsize) (end - s) * (sizeof (gsize) + 1);
      p->line_block = line_block_take (&p->line_block_size);
      next_line = p->line_block;
      next_text = (char *) (next_line + n_lines);
    }

  while (s < end || (s == end && number == 0))
    {
      const char *nl;
      gsize n;
      gsize tabs, controls;
      gboolean plain;
      DirectiveLine *line;

#if defined(__SSE2__)
      /* Most lines at once, the others one at a time below. */
      s = lines_plain_run (p, s, end, &number, &next_line, &next_text, fold_rooms, room);
      if (s == end && number > 0)
        break;
#endif
      number++;
      plain = scan_plain (s, end, data, &nl, &tabs, &controls);
      if (!plain)
        nl = memchr (s, '\n', end - s);
      n = (nl ? nl : end) - s;
      if (n > 0 && s[n - 1] == '\r')
        n--;

      if (plain)
        line = line_new_plain (s, n, number, tabs, controls, &next_line, &next_text, fold_rooms);
      else if (!g_utf8_validate (s, n, NULL) || memchr (s, '\0', n) != NULL)
        {
          g_autofree char *valid = g_utf8_make_valid (s, n);

          /* g_utf8_make_valid() keeps NUL bytes: they end the string. */
          _directive_parse_diagnose (p, number, DIRECTIVE_SEVERITY_WARNING,
                                     "invalid UTF-8 replaced by U+FFFD");
          line = _directive_line_new (valid, -1, number);
        }
      else
        line = _directive_line_new (s, n, number);

      /* Stored straight into the room made above, without a call a line. */
      if (p->lines->len < room)
        p->lines->pdata[p->lines->len++] = line;
      else
        g_ptr_array_add (p->lines, line);
      if (nl == NULL)
        break;
      s = nl + 1;
      if (s == end)
        break;
    }
}

/* ------------------------------------------------------------------ words */

/* The letters and digits words are made of, looked up at one load. */
static const guint8 word_chars[256] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
  ['8'] = 1, ['9'] = 1,
  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
  ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
  ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
  ['y'] = 1, ['z'] = 1,
};

static inline gboolean
is_word_char (char c)
{
  return word_chars[(guchar) c];
}

/* The high bit of each of the eight bytes of @x (little-endian) that is a
 * letter or a digit, as word_chars[] has them. */
static inline guint64
word_bytes (guint64 x)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80, lows = ones * 0x7f;
  guint64 y = x & lows;

  /* (a byte of y plus 0x80 - c has its high bit set when it is c or more) */
  return (((y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)))
          | ((y + ones * (0x80 - '0')) & ~(y + ones * (0x80 - '9' - 1))))
         & ~x & highs;
}

#if defined(__SSE2__)
/* For each eight bits of a mask of word edges, the offsets of the bits set,
 * packed a byte each, and how many: they are written eight at a time
 * whatever their number, not one at a time in a loop as long. */
static guint64 edge_offsets[256];
static guint8 edge_counts[256];

static void
edge_tables_init (void)
{
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      for (guint b = 0; b < 256; b++)
        {
          guint k = 0;

          for (guint bit = 0; bit < 8; bit++)
            if (b & (1u << bit))
              edge_offsets[b] |= (guint64) bit << (8 * k++);
          edge_counts[b] = k;
        }
      g_once_init_leave (&ready, 1);
    }
}

/* Writes @base plus the offsets of the bits of @mask (eight bits) at @edges,
 * eight values whatever their number; returns the number. */
static inline guint
put_edges8 (guint   *edges,
            guint    mask,
            __m128i  base)
{
  __m128i zero = _mm_setzero_si128 ();
  __m128i x = _mm_unpacklo_epi8 (_mm_loadl_epi64 ((const __m128i *) &edge_offsets[mask]), zero);

  _mm_storeu_si128 ((__m128i *) edges, _mm_add_epi32 (_mm_unpacklo_epi16 (x, zero), base));
  _mm_storeu_si128 ((__m128i *) (edges + 4), _mm_add_epi32 (_mm_unpackhi_epi16 (x, zero), base));

  return edge_counts[mask];
}
#endif

/* Cuts the words of @fold[0, len) into @out, at most @max of them; returns how
 * many. Eight bytes at a time: where a word starts or ends is where a byte's
 * kind differs from the one before, and each such edge is written in the next
 * start or end field. The rest without a branch on each character's kind,
 * which word lengths make unpredictable: every character writes its offset in
 * the next field, and a character where a word starts or ends moves on to the
 * field after. (@out has room for @max words.) */
static inline guint
cut_words (const char    *fold,
           gsize          len,
           DirectiveWord *out,
           guint          max)
{
  guint *edges = (guint *) out;   /* start, end, start, end ... */
  gsize limit = 2 * (gsize) max;
  gsize pos = 0;
  guint inside = 0;               /* the parity of pos */
  gsize i = 0;

#if defined(__SSE2__)
  /* Sixteen at a time where they can be, a bit of a mask for each byte.
   * (never more than sixteen edges, eight from each half, in sixteen bytes;
   * signed: a-z and 0-9, moved to -128, are below -128 + 26 and -128 + 10,
   * bytes above ASCII never) */
  edge_tables_init ();
  while (len - i >= 16 && limit - pos >= 16)
    {
      typedef gint8 Lanes16 __attribute__ ((vector_size (16)));
      Lanes16 v;
      guint w, edge;
      __m128i base;

      memcpy (&v, fold + i, 16);
      w = _mm_movemask_epi8 ((__m128i) (LANES_IN (v, 'a', 26)
                                        | LANES_IN (v, '0', 10)));
      edge = (w ^ ((w << 1) | inside)) & 0xFFFF;
      inside = w >> 15;
      base = _mm_set1_epi32 ((int) i);
      pos += put_edges8 (edges + pos, edge & 0xFF, base);
      pos += put_edges8 (edges + pos, edge >> 8, _mm_add_epi32 (base, _mm_set1_epi32 (8)));
      i += 16;
    }
  /* And the last few bytes the same way, in the sixteen that end the text
   * (shifted past the ones already cut). */
  if (i < len && len >= 16 && limit - pos >= 16)
    {
      typedef gint8 Lanes16 __attribute__ ((vector_size (16)));
      Lanes16 v;
      guint w, edge, r = len - i;

      memcpy (&v, fold + len - 16, 16);
      w = _mm_movemask_epi8 ((__m128i) (LANES_IN (v, 'a', 26)
                                        | LANES_IN (v, '0', 10)));
      w >>= 16 - r;
      edge = (w ^ ((w << 1) | inside)) & ((1u << r) - 1);
      inside = (w >> (r - 1)) & 1;
      for (; edge != 0; edge &= edge - 1)
        edges[pos++] = i + _directive_lowest_bit (edge);
      i = len;
    }
#endif
  /* (never more than eight edges in eight bytes) */
  while (len - i >= 8 && limit - pos >= 8)
    {
      guint64 x, w, edge;

      memcpy (&x, fold + i, 8);
      w = word_bytes (GUINT64_FROM_LE (x));
      edge = w ^ ((w << 8) | (inside << 7));
      inside = w >> 63;
      for (; edge != 0; edge &= edge - 1)
        edges[pos++] = i + _directive_lowest_bit (edge) / 8;
      i += 8;
    }
  for (; i < len && pos < limit; i++)
    {
      guint w = word_chars[(guchar) fold[i]];

      edges[pos] = i;
      pos += w ^ inside;
      inside = w;
    }
  /* A word running to the end (never when the room was full: pos is even then). */
  if (inside)
    edges[pos++] = i;

  return pos / 2;
}

/* Cuts @words back to the @n words written: g_array_set_size() to fewer
 * elements without its g_array_remove_range(), which has nothing to do in a
 * words array (no clear function, not zero-terminated). */
static inline void
words_truncate (GArray *words,
                guint   n)
{
  g_assert (n <= words->len);
  words->len = n;
}

void
_directive_fold_words (const char *fold,
                       gsize       len,
                       GArray     *words)
{
  /* Written in place rather than appended one by one (a word takes a letter
   * and the space after it at least). */
  g_array_set_size (words, len / 2 + 1);
  words_truncate (words, cut_words (fold, len, (DirectiveWord *) (gpointer) words->data, words->len));
}

/* The first @max words of @fold[0, len) into @words (G_MAXUINT: all of them), cut
 * as _directive_fold_words() cuts them, written in place rather than appended one
 * by one: most tests look at a line's opening words only. */
void
_directive_fold_first_words (const char *fold,
                             gsize       len,
                             GArray     *words,
                             guint       max)
{
  /* (a word takes a letter and the space after it at least) */
  g_array_set_size (words, MIN ((gsize) max, len / 2 + 1));
  words_truncate (words, cut_words (fold, len, (DirectiveWord *) (gpointer) words->data, words->len));
}

/* The block and the words array of the last folded text a thread cleared:
 * the parser folds text after text, and most fit the last one's room. */
typedef struct
{
  gsize  *block;
  gsize   block_size;
  GArray *words;
  guint   words_room;   /* the words it is known to hold without growing */
  /* The words array of the text folded last and its room, until a text is
   * cleared: the room of the array taken back then, if it is this one. */
  GArray *lent;
  guint   lent_room;
} FoldedSpare;

/* Larger blocks are freed: a spare is kept per parsing thread. */
#define FOLDED_SPARE_MAX (64 * 1024)

static void
folded_spare_free (gpointer data)
{
  FoldedSpare *spare = data;

  g_free (spare->block);
  if (spare->words != NULL)
    g_array_unref (spare->words);
  g_free (spare);
}

static GPrivate folded_spare = G_PRIVATE_INIT (folded_spare_free);
/* (read without a call: g_private_get() is one and pthread_getspecific()
 * another, twice a task; the GPrivate frees it with the thread) */
static _Thread_local FoldedSpare *folded_spare_tls;

static inline FoldedSpare *
folded_spare_get (void)
{
  FoldedSpare *spare = folded_spare_tls;

  if (G_UNLIKELY (spare == NULL))
    {
      spare = g_new0 (FoldedSpare, 1);
      g_private_set (&folded_spare, spare);
      folded_spare_tls = spare;
    }

  return spare;
}

void
_directive_folded_text_init (DirectiveFoldedText *folded,
                             const char          *text)
{
  FoldedSpare *spare = folded_spare_get ();
  gsize *block = NULL;
  guint room = 0, need;

  folded->block_size = 0;
  folded->words = NULL;
  if (spare->words != NULL)
    {
      /* Taken: a text folded while this one is in use makes its own. */
      block = g_steal_pointer (&spare->block);
      folded->block_size = spare->block_size;
      folded->words = g_steal_pointer (&spare->words);
      room = spare->words_room;
    }
  if (folded->words == NULL)
    folded->words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));
  folded->text = text;
  folded->offsets = _directive_text_fold_block_in (text, -1, &block, &folded->block_size,
                                                   &folded->fold, &folded->fold_len);
  /* _directive_fold_words(), without g_array_set_size() when the array is
   * known to have the room */
  need = folded->fold_len / 2 + 1;
  if (need > room)
    {
      g_array_set_size (folded->words, need);
      room = need;
    }
  folded->words->len = cut_words (folded->fold, folded->fold_len,
                                  (DirectiveWord *) (gpointer) folded->words->data, need);
  spare->lent = folded->words;
  spare->lent_room = room;
}

void
_directive_folded_text_clear (DirectiveFoldedText *folded)
{
  FoldedSpare *spare = folded_spare_get ();
  guint room = folded->words != NULL && folded->words == spare->lent ? spare->lent_room : 0;

  spare->lent = NULL;
  /* (the fold lies in the block of the offsets) */
  if (folded->offsets != NULL && folded->block_size <= FOLDED_SPARE_MAX && spare->words == NULL)
    {
      spare->block = g_steal_pointer (&folded->offsets);
      spare->block_size = folded->block_size;
      spare->words = g_steal_pointer (&folded->words);
      spare->words_room = room;
      words_truncate (spare->words, 0);
    }
  folded->fold = NULL;
  g_clear_pointer (&folded->offsets, g_free);
  g_clear_pointer (&folded->words, g_array_unref);
  folded->text = NULL;
}

/* The answers of _directive_text_word_matches_near() by word and expected
 * word, per thread: the words of documents are tested against the same
 * expected words over and over, and an answer costs a distance (about 150
 * instructions). A slot a pair hashes to, the last answer kept; words of up
 * to sixteen bytes. */
#define NEAR_MEMO_BITS 10

typedef struct
{
  guint64 word[2];       /* the bytes, padded with zeros */
  guint64 expected[2];
  guint8  n;             /* 0: empty (no empty word gets here) */
  guint8  m;
  guint8  answer;
} NearMemoSlot;

static GPrivate near_memo = G_PRIVATE_INIT (g_free);
/* (read without a call; the GPrivate frees it with the thread) */
static _Thread_local NearMemoSlot *near_memo_tls;

/* The @n bytes at @s (eight at most), padded with zeros, in two loads at
 * most rather than a byte at a time (they overlap: the same bytes). */
static inline guint64
bytes_up_to_8 (const char *s,
               gsize       n)
{
  const guchar *u = (const guchar *) s;
  guint64 x;
  guint32 lo, hi;

  if (n >= 8)
    {
      memcpy (&x, s, 8);
      return GUINT64_FROM_LE (x);
    }
  if (n >= 4)
    {
      memcpy (&lo, s, 4);
      memcpy (&hi, s + n - 4, 4);
      return GUINT32_FROM_LE (lo) | (guint64) GUINT32_FROM_LE (hi) << (8 * (n - 4));
    }
  if (n == 0)
    return 0;

  return u[0] | (guint64) u[n / 2] << (8 * (n / 2)) | (guint64) u[n - 1] << (8 * (n - 1));
}

/* The miss of word_matches_near_memo(): the answer asked and kept. */
static G_NO_INLINE gboolean
word_matches_near_fill (NearMemoSlot *slot,
                        const char   *word,
                        gsize         n,
                        const char   *expected,
                        gsize         m,
                        guint64       w0,
                        guint64       w1,
                        guint64       e0,
                        guint64       e1)
{
  gboolean answer = _directive_text_word_matches_near (word, n, expected, m);

  slot->word[0] = w0;
  slot->word[1] = w1;
  slot->expected[0] = e0;
  slot->expected[1] = e1;
  slot->n = n;
  slot->m = m;
  slot->answer = answer;

  return answer;
}

static G_NO_INLINE NearMemoSlot *
near_memo_new (void)
{
  NearMemoSlot *slots = g_new0 (NearMemoSlot, 1 << NEAR_MEMO_BITS);

  g_private_set (&near_memo, slots);
  near_memo_tls = slots;

  return slots;
}

/* _directive_text_word_matches_near() through the memo, which answers most
 * calls (the answer is a call to the function itself when it does not). */
static inline gboolean
word_matches_near_memo (const char *word,
                        gsize       n,
                        const char *expected,
                        gsize       m)
{
  NearMemoSlot *slots = near_memo_tls;
  NearMemoSlot *slot;
  guint64 w0, w1, e0, e1;

  if (n > 16 || m > 16)
    return _directive_text_word_matches_near (word, n, expected, m);
  if (G_UNLIKELY (slots == NULL))
    slots = near_memo_new ();
  w0 = bytes_up_to_8 (word, MIN (n, 8));
  w1 = n > 8 ? bytes_up_to_8 (word + 8, n - 8) : 0;
  e0 = bytes_up_to_8 (expected, MIN (m, 8));
  e1 = m > 8 ? bytes_up_to_8 (expected + 8, m - 8) : 0;
  slot = &slots[((w0 ^ w1 ^ ((e0 ^ e1) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)) ^ (n << 8 | m))
                 * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> (64 - NEAR_MEMO_BITS)];
  if (slot->n == n && slot->m == m && slot->word[0] == w0 && slot->word[1] == w1
      && slot->expected[0] == e0 && slot->expected[1] == e1)
    return slot->answer;

  return word_matches_near_fill (slot, word, n, expected, m, w0, w1, e0, e1);
}

/* _directive_word_is() with the length of @expected. (Inlined in the loop
 * of _directive_words_match(), which calls it for most words it tests.) */
static G_ALWAYS_INLINE inline gboolean
word_is_len (const char *fold,
             guint       s,
             guint       e,
             const char *expected,
             gsize       m)
{
  gsize n = e - s;
  char c;

  if (n == 0 || m == 0)
    return n == m;
  if (n + 2 < m || m + 2 < n)
    return FALSE;
  /* The first letter first: most words differ there, and need no more. */
  c = fold[s];
  if (c == expected[0])
    {
      if (n == m)
        {
          /* (a byte at a time: a word is a few letters, and most differ
           * early, too few for a memcmp() call) */
          gsize j = 1;

          while (j < n && fold[s + j] == expected[j])
            j++;
          if (j == n)
            return TRUE;
        }
    }
  /* Numbers are never OCR-damaged words. */
  else if (c >= '0' && c <= '9' && !(expected[0] >= '0' && expected[0] <= '9'))
    return FALSE;
  /* What _directive_text_word_matches_len() refuses first; the rest of its
   * first tests are made too. */
  else if (!_directive_text_letters_confusable (c, expected[0]))
    return FALSE;

  return word_matches_near_memo (fold + s, n, expected, m);
}

gboolean
_directive_word_is_len (const char *fold,
                        guint       s,
                        guint       e,
                        const char *expected,
                        gsize       n)
{
  return word_is_len (fold, s, e, expected, n);
}

gboolean
_directive_words_match (const char *fold,
                        GArray     *words,
                        guint       i,
                        const char *phrase)
{
  const char *w = phrase;

  /* Most words fail the first phrase word at its first letter, which OCR rarely
   * damages beyond the cheap confusions (word_is_len() refuses the others). */
  if (i < words->len && *w != ' ' && *w != '\0')
    {
      const DirectiveWord *first = &g_array_index (words, DirectiveWord, i);
      char c = fold[first->start];

      if (first->end > first->start && c != *w && !_directive_text_letters_confusable (c, *w))
        return FALSE;
    }

  while (*w != '\0')
    {
      gsize wl = 0;
      DirectiveWord *word;

      while (w[wl] != ' ' && w[wl] != '\0')
        wl++;
      /* (Words of 64 letters or more never matched: they were copied to a buffer.) */
      if (i >= words->len || wl >= 64)
        return FALSE;
      word = &g_array_index (words, DirectiveWord, i);
      if (!word_is_len (fold, word->start, word->end, w, wl))
        return FALSE;
      i++;
      w += wl;
      while (*w == ' ')
        w++;
    }

  return TRUE;
}

int
_directive_words_find (const char *fold,
                       GArray     *words,
                       guint       from,
                       const char *phrase)
{
  for (guint i = from; i < words->len; i++)
    if (_directive_words_match (fold, words, i, phrase))
      return (int) i;
  return -1;
}

gsize
_directive_clean_text_into (const char *text,
                            gsize       n,
                            char       *s)
{
  static const guint8 blank[256] = { [' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1 };
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = ones * 0x80, lows = ones * 0x7f;
  gsize i = 0, o = 0;
  gboolean at_space = TRUE;   /* the last byte written is a space, or none is */

  /* Never longer than the text: written straight into @s. Without a branch on
   * blanks (where words end is unpredictable): each byte is written, a blank
   * as a space, and kept unless it follows one; one at the end is taken
   * back. */
  for (;;)
    {
      guint64 last;   /* the high bit of the byte before */

#if defined(__SSE2__)
      /* Sixteen at a time in vector lanes, a bit of a mask for each space
       * and each byte below one: copied as they are up to the first such
       * byte or space after another (or that opens the text, or follows the
       * last byte written), the bytes from it left to the loops below.
       * (Sixteen bytes can be written at o, which is at most i.) */
      while (n - i >= 16)
        {
          typedef gint8 Lanes16 __attribute__ ((vector_size (16)));
          Lanes16 v;
          guint spaces, controls, stop;

          memcpy (&v, text + i, 16);
          spaces = _mm_movemask_epi8 ((__m128i) (v == ' '));
          controls = _mm_movemask_epi8 ((__m128i) ((v & (gint8) 0xE0) == 0));
          stop = controls | (spaces & ((spaces << 1) | (guint) at_space));
          memcpy (s + o, &v, 16);
          if (stop == 0)
            {
              o += 16;
              i += 16;
              at_space = spaces >> 15;
              continue;
            }
          stop = _directive_lowest_bit (stop);
          if (stop > 0)
            {
              o += stop;
              i += stop;
              at_space = (spaces >> (stop - 1)) & 1;
            }
          break;
        }
      /* The last few bytes of a longer text likewise, in the sixteen that
       * end it (shifted past the ones done): most are the end of a word and
       * its stop, copied in two overlapping moves rather than one at a
       * time. */
      if (i < n && n - i < 16 && n >= 16)
        {
          typedef gint8 Lanes16 __attribute__ ((vector_size (16)));
          Lanes16 v;
          guint spaces, controls, stop, r = n - i;

          memcpy (&v, text + n - 16, 16);
          spaces = (guint) _mm_movemask_epi8 ((__m128i) (v == ' ')) >> (16 - r);
          controls = (guint) _mm_movemask_epi8 ((__m128i) ((v & (gint8) 0xE0) == 0)) >> (16 - r);
          stop = controls | (spaces & ((spaces << 1) | (guint) at_space));
          if ((stop & ((1u << r) - 1)) == 0)
            {
              if (r >= 8)
                {
                  memcpy (s + o, text + i, 8);
                  memcpy (s + o + r - 8, text + n - 8, 8);
                }
              else if (r >= 4)
                {
                  memcpy (s + o, text + i, 4);
                  memcpy (s + o + r - 4, text + n - 4, 4);
                }
              else
                for (guint k = 0; k < r; k++)
                  s[o + k] = text[i + k];
              o += r;
              i = n;
              at_space = (spaces >> (r - 1)) & 1;
              break;
            }
        }
#endif
      /* Most text is words between single spaces: eight bytes at a time are
       * copied as they are when none is below a space and no space follows
       * another (nor opens the text, nor follows the last byte written). */
      last = at_space ? 0x80 : 0;
      while (n - i >= 8)
        {
          guint64 x, le, y, spaces, controls;

#if defined(__GNUC__) && !defined(__SSE2__)
          /* Sixteen at a time in vector lanes where they can be: a space
           * follows another when the byte before it in the text is one, but
           * for a space after a blank that was written as one (or none),
           * left to the eight below. */
          if (n - i >= 16 && i > 0 && (last == 0 || text[i] != ' '))
            {
              typedef guint8 Lanes16 __attribute__ ((vector_size (16)));
              typedef guint64 Halves16 __attribute__ ((vector_size (16)));
              Lanes16 v, before, stop;
              Halves16 h;

              memcpy (&v, text + i, 16);
              memcpy (&before, text + i - 1, 16);
              stop = (Lanes16) (v < ' ') | ((Lanes16) (v == ' ') & (Lanes16) (before == ' '));
              h = (Halves16) stop;
              if ((h[0] | h[1]) == 0)
                {
                  memcpy (s + o, &v, 16);
                  o += 16;
                  i += 16;
                  last = text[i - 1] == ' ' ? 0x80 : 0;
                  continue;
                }
            }
#endif
          memcpy (&x, text + i, 8);
          le = GUINT64_FROM_LE (x);
          y = le ^ (ones * ' ');
          /* (exact: the high bit of each byte of y that is zero) */
          spaces = ~(((y & lows) + lows) | y) & highs;
          /* (not exact for each byte, but for whether any is) */
          controls = (le - ones * ' ') & ~le & highs;
          if ((controls | (spaces & ((spaces << 8) | last))) != 0)
            break;
          memcpy (s + o, &x, 8);
          o += 8;
          i += 8;
          last = spaces >> 56;
        }
      at_space = last != 0;
      if (i == n)
        break;
      /* The next eight bytes (or the rest) one at a time. */
      for (gsize stop = MIN (n, i + 8); i < stop; i++)
        {
          char c = text[i];
          guint space = blank[(guchar) c];

          s[o] = space ? ' ' : c;
          o += !space | !at_space;
          at_space = space;
        }
      if (i == n)
        break;
    }
  if (o > 0 && at_space)
    o--;
  s[o] = '\0';

  return o;
}

char *
_directive_clean_text (const char *text,
                       gssize      len)
{
  char *s;
  gsize n;

  if (text == NULL)
    return NULL;
  n = len < 0 ? strlen (text) : (gsize) len;
  s = g_malloc (n + 1);
  if (_directive_clean_text_into (text, n, s) == 0)
    {
      g_free (s);
      return NULL;
    }

  return s;
}

/* Syllables that start a capitalised word in a title ("Phó Chánh Văn phòng"). */
static const char *const title_starts[] = {
  "phó", "chủ", "chánh", "văn", "giám", "ủy", "uỷ", "trưởng", "bí", "tổng", "quyền",
  "hiệu", "cục", "viện", "thủ", "sở", NULL
};

char *
_directive_title_case (const char *text)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) parts = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  lower = g_utf8_strdown (text, -1);
  parts = g_strsplit (lower, " ", -1);
  out = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *w = parts[i];
      gboolean cap = out->len == 0;

      if (*w == '\0')
        continue;
      for (guint k = 0; !cap && title_starts[k] != NULL; k++)
        if (strcmp (w, title_starts[k]) == 0)
          cap = TRUE;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (cap)
        {
          gunichar c = g_unichar_toupper (g_utf8_get_char (w));

          g_string_append_unichar (out, c);
          g_string_append (out, g_utf8_next_char (w));
        }
      else
        g_string_append (out, w);
    }

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ split */

static gboolean
line_ends_with (DirectiveLine *line,
                const char    *chars)
{
  gsize n = line->len;

  return n > 0 && strchr (chars, line->text[n - 1]) != NULL;
}

/* How far the footer test reads a line's fold, safe for the last byte:
 * FOOTER_FOLD_UNSURE when it reads past what @safe says are the fold's bytes
 * (the fold of a cut text may differ at its end), else whether the fold
 * opens with "Nơi nhận:" (also "Noinhin:", "Nơi nhân"). */
enum { FOOTER_FOLD_NO, FOOTER_FOLD_YES, FOOTER_FOLD_UNSURE };

static int
fold_is_footer_start (const char *fold,
                      gsize       safe)
{
  const char *f = fold;
  char compact[16];
  guint n = 0;

  while (*f == ' ' || *f == '-')
    f++;
  /* (ten letters are more than any spelling allowed: no need to read on) */
  for (; *f != '\0' && *f != ':' && n < 10; f++)
    if (*f != ' ')
      compact[n++] = *f;
  compact[n] = '\0';
  /* (every byte up to *f was read) */
  if ((gsize) (f - fold) >= safe)
    return FOOTER_FOLD_UNSURE;
  if (*f != ':' && n > 8)
    return FOOTER_FOLD_NO;
  if (n < 6 || n > 9)
    return FOOTER_FOLD_NO;

  return _directive_text_word_distance_at_most (compact, n, "noinhan", -1, 2.0)
         && (compact[0] == 'n' || compact[0] == 'h');
}

/* The bytes of a line the footer test folds first: it reads the opening words
 * only, and most lines are never folded otherwise. */
#define FOOTER_PREFIX 24

/* "Nơi nhận:" (also "Noinhin:", "Nơi nhân") at the start of a line. */
static gboolean
is_footer_start (DirectiveLine *line)
{
  char first;
  char buf[_DIRECTIVE_TEXT_FOLD_PREFIX_ROOM (FOOTER_PREFIX)];
  gsize cut, m;
  int verdict;

  /* Most lines do not start with an n or an h once folded: no need to fold them. */
  /* (spaces fold to nothing; an ASCII letter to itself in lowercase) */
  first = line->text[line->indent];
  /* (g_ascii_tolower() is a call: a letter's case is its 0x20 bit) */
  if (g_ascii_isalpha (first))
    first |= 0x20;
  else
    first = _directive_text_first_folded (line->text + line->indent);
  if (first != 'n' && first != 'h')
    return FALSE;
  if (line->lazy_fold != NULL)
    return fold_is_footer_start (line->lazy_fold, G_MAXSIZE) == FOOTER_FOLD_YES;

  /* The fold of the line's first bytes, cut before a character; all of it
   * but its last byte is the line's fold, and all when nothing was cut. */
  cut = line->len;
  if (cut > FOOTER_PREFIX)
    {
      cut = FOOTER_PREFIX;
      while (cut > 0 && ((guchar) line->text[cut] & 0xC0) == 0x80)
        cut--;
      m = _directive_text_fold_prefix (line->text, cut, buf, sizeof buf);
      verdict = fold_is_footer_start (buf, m > 0 ? m - 1 : 0);
    }
  else
    {
      m = _directive_text_fold_prefix (line->text, cut, buf, sizeof buf);
      verdict = fold_is_footer_start (buf, G_MAXSIZE);
    }
  if (verdict == FOOTER_FOLD_UNSURE)
    verdict = fold_is_footer_start (_directive_line_fold (line), G_MAXSIZE);

  return verdict == FOOTER_FOLD_YES;
}

static gboolean
has_closing_mark (DirectiveLine *line)
{
  return strstr (line->text, "./.") != NULL || strstr (line->text, "/.") != NULL
         || g_str_has_suffix (line->text, "./");
}

gboolean _directive_line_is_item (DirectiveLine *line);

void
_directive_parse_split (DirectiveParse *p)
{
  guint n = p->lines->len;

  p->footer_start = n;
  for (guint i = 5; i < n; i++)
    if (is_footer_start (_directive_parse_line (p, i)))
      {
        p->footer_start = i;
        break;
      }

  /* The closing paragraph ("... thông báo để các cơ quan biết, thực hiện./.") ends
   * the body; the task list stops before it. */
  p->closing_start = p->footer_start;
  for (guint i = p->footer_start; i > 0 && i + 20 > p->footer_start; i--)
    {
      DirectiveLine *line = _directive_parse_line (p, i - 1);
      guint start = i - 1;

      gboolean continues_item = FALSE;

      if (line->blank || !has_closing_mark (line))
        continue;
      while (start > 0)
        {
          DirectiveLine *prev = _directive_parse_line (p, start - 1);
          DirectiveLine *cur = _directive_parse_line (p, start);

          if (_directive_line_is_item (cur))
            break;
          if (prev->blank || line_ends_with (prev, ".;:") || cur->indent > prev->indent + 2)
            break;
          /* An item whose sentence runs on to here: its own last words end the text. */
          if (_directive_line_is_item (prev))
            {
              continues_item = TRUE;
              break;
            }
          start--;
        }
      if (continues_item || _directive_line_is_item (_directive_parse_line (p, start)))
        p->closing_start = i;   /* the last item itself ends the text */
      else
        p->closing_start = start;
      if (p->footer_start == n)
        p->footer_start = i;
      break;
    }

  if (p->footer_start == n)
    _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_WARNING,
                               "no \"Nơi nhận\" found: the document has no footer");
}
