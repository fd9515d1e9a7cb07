/* directive-parser-tasks.c: the task list in every shape
 *
 * Items are marked by Roman numerals (I.), numbers (1. or 1)), letters (a)) or
 * bullets (-, +). The kinds nest in the order they first appear: a kind seen for
 * the first time opens a level under the current item, a kind seen before closes
 * the levels under it. A Roman heading in capitals that names no agency
 * ("IV. TỔ CHỨC THỰC HIỆN") is a section, not a task: its items are top-level.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-catalogue-private.h"
#include "directive-model-private.h"
#include "directive-parser-private.h"
#include "directive-text-private.h"

typedef enum {
  MARK_NONE,
  MARK_ROMAN,
  MARK_NUMBER,
  MARK_SUBNUMBER,
  MARK_LETTER,
  MARK_DASH,
  MARK_PLUS,
} Mark;

/* Text is only ever added to the last item made: the items' texts follow one
 * another in one buffer, and the items in one array (at most one a line), made
 * and freed once for the whole list rather than once an item. */
typedef struct _Item Item;
struct _Item
{
  Mark      mark;
  char     *ordinal;
  gsize     text_start, text_len;   /* in Items.text */
  guint     first_line, last_line;
  gboolean  section;    /* a heading that is not a task */
  Item     *parent;
  Item     *first_child, *last_child, *next;
};

typedef struct
{
  Item    *items;
  guint    n_items, size;
  GString *text;
  GString *summary;
} Items;

/* The array and the buffer are kept per thread from one list to the next, up
 * to a bound: a large one is made for its document only. */
#define ITEMS_KEPT 1024
#define TEXT_KEPT  (64 * 1024)

static void
items_free (gpointer data)
{
  Items *items = data;

  g_free (items->items);
  g_string_free (items->text, TRUE);
  g_string_free (items->summary, TRUE);
  g_free (items);
}

static GPrivate items_cache = G_PRIVATE_INIT (items_free);

/* Room for @n items; taken from the thread while in use. */
static Items *
items_take (guint n)
{
  Items *items = g_private_get (&items_cache);

  if (items != NULL)
    g_private_set (&items_cache, NULL);
  else
    {
      items = g_new0 (Items, 1);
      items->text = g_string_sized_new (4096);
      items->summary = g_string_sized_new (1024);
    }
  if (items->size < n)
    {
      g_free (items->items);
      items->size = MAX (n, 64);
      items->items = g_new (Item, items->size);
    }
  items->n_items = 0;
  g_string_truncate (items->text, 0);
  g_string_truncate (items->summary, 0);

  return items;
}

static void
items_give_back (Items *items)
{
  /* the ordinals no task took: the sections' */
  for (guint k = 0; k < items->n_items; k++)
    g_free (items->items[k].ordinal);
  if (items->size > ITEMS_KEPT || items->text->allocated_len > TEXT_KEPT
      || items->summary->allocated_len > TEXT_KEPT
      || g_private_get (&items_cache) != NULL)
    {
      items_free (items);
      return;
    }
  g_private_set (&items_cache, items);
}

/* g_string_append_len() of a text that is not in @s, without the call where it fits. */
static inline void
append (GString    *s,
        const char *text,
        gsize       n)
{
  if (s->len + n < s->allocated_len)
    {
      memcpy (s->str + s->len, text, n + 1);
      s->len += n;
    }
  else
    g_string_append_len (s, text, n);
}

/* @ordinal is taken; @text, of @n bytes, starts the item's text. */
static Item *
item_new (Items      *items,
          Mark        mark,
          char       *ordinal,
          const char *text,
          gsize       n)
{
  Item *item = &items->items[items->n_items++];

  memset (item, 0, sizeof *item);
  item->mark = mark;
  item->ordinal = ordinal;
  item->text_start = items->text->len;
  if (text != NULL)
    append (items->text, text, n);
  item->text_len = items->text->len - item->text_start;

  return item;
}

static void
item_add_child (Item *parent,
                Item *child)
{
  child->parent = parent;
  if (parent->last_child != NULL)
    parent->last_child->next = child;
  else
    parent->first_child = child;
  parent->last_child = child;
}

/* g_unichar_islower (g_utf8_get_char (s)) and g_unichar_isupper (...), without
 * the calls for ASCII, where they are a-z and A-Z. */
static inline gboolean
starts_lower (const char *s)
{
  if ((guchar) *s < 0x80)
    return *s >= 'a' && *s <= 'z';
  return g_unichar_islower (g_utf8_get_char (s));
}

static inline gboolean
starts_upper (const char *s)
{
  if ((guchar) *s < 0x80)
    return *s >= 'A' && *s <= 'Z';
  return g_unichar_isupper (g_utf8_get_char (s));
}

/* A marker's ordinal as read: copied only by a line that makes an item. */
typedef struct
{
  const char *s;   /* in the line, or buf */
  gsize       len;
  char        buf[8];
} Ordinal;

static inline void
ordinal_set (Ordinal    *ordinal,
             const char *s,
             gsize       len)
{
  ordinal->s = s;
  ordinal->len = len;
}

/* The marker at the start of a line: its kind, its ordinal and where the text starts. */
static Mark
line_mark (DirectiveLine *line,
           Ordinal       *ordinal,
           gsize         *text_start)
{
  const char *t = line->text + line->indent;
  const char *c = t;

  if (line->blank)
    return MARK_NONE;

  /* A scan's specks before a dash: "__- Phòng ...", "'- Sở ...", "__ ~ Phòng" */
  if (*c == '_' || *c == '\'' || *c == '`' || *c == '.' || *c == ',')
    {
      const char *d = c;

      while (*d == '_' || *d == '\'' || *d == '`' || *d == '.' || *d == ',')
        d++;
      if (d - c <= 3 && *d == ' ' && (d[1] == '-' || d[1] == '~'))
        d++;
      if (d - c <= 4 && (d[0] == '-' || d[0] == '~') && d[1] == ' ')
        c = d;
    }

  /* bullets */
  if ((c[0] == '-' || c[0] == '+' || c[0] == '*' || (c[0] == '~' && c[1] == ' '))
      && (c[1] == ' ' || starts_upper (c + 1)))
    {
      ordinal_set (ordinal, c[0] == '+' ? "+" : "-", 1);
      *text_start = (c + 1 - line->text);
      return c[0] == '+' ? MARK_PLUS : MARK_DASH;
    }
  /* – — • (U+2013, U+2014, U+2022): their UTF-8 differs only in the last byte */
  if (c[0] == '\xe2' && c[1] == '\x80' && (c[2] == '\x93' || c[2] == '\x94' || c[2] == '\xa2'))
    {
      ordinal_set (ordinal, "-", 1);
      *text_start = (c + strlen ("–") - line->text);
      return MARK_DASH;
    }

  /* 1. 1) 2.1. */
  if (g_ascii_isdigit (c[0]))
    {
      const char *d = c;
      Mark mark = MARK_NUMBER;

      while (g_ascii_isdigit (*d) && d - c < 2)
        d++;
      if (g_ascii_isdigit (*d))
        return MARK_NONE;
      /* OCR's "1L." for "11.": a second digit 1 read as a letter */
      if (d - c == 1 && (*d == 'l' || *d == 'L' || *d == 'I') && d[1] == '.' && d[2] == ' ')
        {
          ordinal->buf[0] = c[0];
          ordinal->buf[1] = '1';
          ordinal_set (ordinal, ordinal->buf, 2);
          *text_start = (d + 2 - line->text);
          return MARK_NUMBER;
        }
      if (d[0] == '.' && g_ascii_isdigit (d[1]))
        {
          d++;
          while (g_ascii_isdigit (*d))
            d++;
          mark = MARK_SUBNUMBER;
        }
      if ((d[0] == '.' || d[0] == ')') && d[1] == ' ')
        {
          ordinal_set (ordinal, c, d - c);
          *text_start = (d + 1 - line->text);
          return mark;
        }
      /* OCR loses the space after the stop: "3.UBND huyện Yên Dũng", "4.pé
       * nghi" (its "Đề" read small) */
      if (mark == MARK_NUMBER && d[0] == '.' && (starts_upper (d + 1) || starts_lower (d + 1)))
        {
          ordinal_set (ordinal, c, d - c);
          *text_start = (d + 1 - line->text);
          return mark;
        }
      /* OCR reads the full stop as a comma: "5, UBND quận, huyện:" */
      if (mark == MARK_NUMBER && d[0] == ',' && d[1] == ' ' && starts_upper (d + 2))
        {
          ordinal_set (ordinal, c, d - c);
          *text_start = (d + 1 - line->text);
          return mark;
        }
      if (mark == MARK_SUBNUMBER && d[0] == ' ')
        {
          ordinal_set (ordinal, c, d - c);
          *text_start = (d - line->text);
          return mark;
        }
      return MARK_NONE;
    }

  /* a) b) đ) */
  if (starts_lower (c))
    {
      const char *d = g_utf8_next_char (c);

      if (d[0] == ')' && d[1] == ' ')
        {
          ordinal_set (ordinal, c, d - c);
          *text_start = (d + 1 - line->text);
          return MARK_LETTER;
        }
      return MARK_NONE;
    }

  /* I. II. IV. (OCR: Il., lI., L., "II Sở ..." without its stop) */
  if (c[0] == 'I' || c[0] == 'V' || c[0] == 'X' || (c[0] == 'L' && c[1] == '.')
      || (c[0] == 'H' && (c[1] == 'l' || c[1] == 'I')))
    {
      const char *d = c;
      gsize n = 0;   /* at most 6 */

      /* OCR: l and L for I, H for II, a small v or x after the first */
      while ((*d == 'I' || *d == 'V' || *d == 'X' || *d == 'l' || ((*d == 'L' || *d == 'H') && d == c)
              || ((*d == 'v' || *d == 'x') && d > c))
             && d - c < 5)
        {
          if (*d == 'H')
            {
              ordinal->buf[n++] = 'I';
              ordinal->buf[n++] = 'I';
            }
          else
            ordinal->buf[n++] = *d == 'l' || *d == 'L' ? 'I' : g_ascii_toupper (*d);
          d++;
        }
      if (d[0] == '.' && d[1] == ' ')
        {
          ordinal_set (ordinal, ordinal->buf, n);
          *text_start = (d + 1 - line->text);
          return MARK_ROMAN;
        }
      if (n >= 2 && d[0] == ' ' && starts_upper (d + 1))
        {
          ordinal_set (ordinal, ordinal->buf, n);
          *text_start = (d - line->text);
          return MARK_ROMAN;
        }
    }

  return MARK_NONE;
}

gboolean _directive_line_is_item (DirectiveLine *line);

gboolean
_directive_line_is_item (DirectiveLine *line)
{
  Ordinal ordinal;
  gsize start;

  return line_mark (line, &ordinal, &start) != MARK_NONE;
}

/* Capitals, but for a letter or two OCR read small ("KINH PHi THUC HIEN"). */
static gboolean
all_caps (const char *text,
          const char *end)
{
  guint upper = 0, lower = 0;

  for (const char *c = text; *c; c = g_utf8_next_char (c))
    {
      gunichar u;

      if ((guchar) *c < 0x80)
        {
          upper += *c >= 'A' && *c <= 'Z';
          if (*c >= 'a' && *c <= 'z')
            {
              lower++;
              /* too many small letters for the capitals the bytes after this
               * one could still make up for: a sentence's title */
              if ((gsize) lower * 3 > upper + (gsize) (end - c))
                return FALSE;
            }
          continue;
        }
      u = g_utf8_get_char (c);
      if (g_unichar_islower (u))
        lower++;
      if (g_unichar_isupper (u))
        upper++;
    }

  /* (OCR reads a few capitals as small letters: "NHIEM vU cu THE") */
  return upper > 0 && lower * 3 <= upper;
}

static gboolean
starts_with_agency (DirectiveParse *p,
                    const char     *text)
{
  g_autoptr(GArray) mentions = _directive_catalogue_find_mentions (p->catalogue, text, -1, p->locality);
  gsize lead = 0;

  while (text[lead] == ' ')
    lead++;
  return mentions != NULL && mentions->len > 0
         && g_array_index (mentions, DirectiveMention, 0).start <= lead + 1;
}

/* @line's text, from its indent, appended to @summary after a space. */
static void
append_summary (GString             *summary,
                const DirectiveLine *line)
{
  if (summary->len)
    g_string_append_c (summary, ' ');
  append (summary, line->text + line->indent, line->len - line->indent);
}

/* @item is the last item made. */
static void
append_text (Items      *items,
             Item       *item,
             const char *text,
             gsize       n)
{
  if (item->text_len > 0)
    g_string_append_c (items->text, ' ');
  append (items->text, text, n);
  item->text_len = items->text->len - item->text_start;
}

static void build_children (DirectiveParse *p,
                            const Items    *items,
                            Item           *item,
                            GPtrArray      *inherited,
                            GPtrArray      *tasks);

/* Whether the @n bytes at @text end with "/." (and spaces): the mark that
 * ends a document ("... thực hiện./."). */
static gboolean
ends_with_end_mark (const char *text,
                    gsize       n)
{
  while (n > 0 && g_ascii_isspace (text[n - 1]))
    n--;
  return n >= 2 && text[n - 2] == '/' && text[n - 1] == '.';
}

/* The end mark of a cleaned @text, which is not the task's, taken off; its
 * period is (a bare "/." is read as one). */
static void
drop_end_mark (char *text)
{
  gsize n = strlen (text);

  if (!ends_with_end_mark (text, n))
    return;
  /* (a cleaned text ends with no space; were there one, it goes too) */
  while (g_ascii_isspace (text[n - 1]))
    n--;
  if (n >= 3 && text[n - 3] == '.')
    {
      text[n - 2] = '\0';
      return;
    }
  text[n - 2] = '.';
  text[n - 1] = '\0';
}

static gboolean
ends_sentence (const DirectiveLine *line)
{
  gsize n = line->len;

  return n > 0 && (line->text[n - 1] == '.' || line->text[n - 1] == ':');
}

/* The tasks of @item's children, appended to @parent's subtasks or, at the
 * top, to the conclusion's tasks, each list in one go. */
static void
build_tasks (DirectiveParse      *p,
             const Items         *items,
             Item                *item,
             GPtrArray           *inherited,
             DirectiveTask       *parent,
             DirectiveConclusion *conclusion)
{
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);

  build_children (p, items, item, inherited, tasks);
  if (parent != NULL)
    _directive_task_add_subtasks (parent, (DirectiveTask **) tasks->pdata, tasks->len);
  else
    _directive_conclusion_add_tasks (conclusion, (DirectiveTask **) tasks->pdata, tasks->len);
}

static void
build_children (DirectiveParse *p,
                const Items    *items,
                Item           *item,
                GPtrArray      *inherited,
                GPtrArray      *tasks)
{
  for (Item *child = item->first_child; child != NULL; child = child->next)
    {
      char *text;
      DirectiveTask *task;
      DirectiveFoldedText folded;
      DirectiveDate *deadline;
      DirectiveRecurrence recurrence;
      GPtrArray *leads;

      if (child->section)
        {
          /* a section's items belong to the level above it */
          build_children (p, items, child, inherited, tasks);
          continue;
        }
      text = _directive_clean_text (items->text->str + child->text_start, child->text_len);
      if (text == NULL)
        text = g_strdup ("");
      /* (the raw text's end first: it ends so only at the document's end) */
      if (ends_with_end_mark (items->text->str + child->text_start, child->text_len))
        drop_end_mark (text);
      /* The task owns the ordinal and the text from here on. */
      task = _directive_task_new_read (g_steal_pointer (&child->ordinal), text,
                                       child->first_line, child->last_line);
      g_ptr_array_add (tasks, task);
      /* Folded once for the roles, the deadline and the recurrence. */
      _directive_folded_text_init (&folded, text);
      /* the items under a task inherit its leads */
      leads = child->first_child != NULL ? g_ptr_array_new () : NULL;
      _directive_parse_roles (p, task, &folded, inherited, leads);
      deadline = _directive_parse_deadline_words (folded.fold, folded.words, _directive_parse_default_year (p));
      recurrence = _directive_parse_recurrence_words (folded.fold, folded.words);
      _directive_task_set_read (task, deadline, recurrence);   /* takes the deadline */
      _directive_folded_text_clear (&folded);

      if (leads != NULL)
        {
          build_tasks (p, items, child, leads, task, NULL);
          g_ptr_array_unref (leads);
        }
    }
}

static int
roman_to_int (const char *r)
{
  static const struct { char c; int v; } digits[] = { { 'I', 1 }, { 'V', 5 }, { 'X', 10 } };
  int total = 0;
  int prev = 0;

  for (gsize i = strlen (r); i > 0; i--)
    {
      int v = 0;

      for (guint k = 0; k < G_N_ELEMENTS (digits); k++)
        if (digits[k].c == r[i - 1])
          v = digits[k].v;
      if (v == 0)
        return -1;
      total += v < prev ? -v : v;
      prev = MAX (prev, v);
    }

  return total;
}

static char *
int_to_roman (int n)
{
  static const char *const ones[] = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
  static const char *const tens[] = { "", "X", "XX", "XXX" };

  if (n <= 0 || n >= 40)
    return NULL;
  return g_strconcat (tens[n / 10], ones[n % 10], NULL);
}

/* "MỤC ĐÍCH, YÊU CẦU", "ĐÁNH GIÁ CHUNG", "KẾT QUẢ ĐẠT ĐƯỢC": the title of
 * a section that states aims or findings, not tasks. */
static gboolean
names_preamble (const char *title)
{
  static const char *const titles[] = {
    "muc dich", "muc tieu", "yeu cau", "quan diem", "danh gia", "ket qua", "tinh hinh", "boi canh",
    "thuc trang", "su can thiet", NULL
  };
  g_autofree char *fold = _directive_text_fold (title, -1);
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));

  _directive_fold_words (fold, strlen (fold), words);
  for (guint i = 0; titles[i] != NULL; i++)
    if (_directive_words_match (fold, words, 0, titles[i]))
      return TRUE;
  return FALSE;
}

/* "Cơ quan chủ trì: Sở X; phối hợp: ...; thời gian hoàn thành: ...": a plan's
 * item goes on in a paragraph of its own that names who and when. */
static gboolean
names_item_field (DirectiveLine *line)
{
  static const char *const fields[] = {
    "co quan chu tri", "don vi chu tri", "chu tri", "co quan phoi hop", "don vi phoi hop", "phoi hop",
    "thoi gian hoan thanh", "thoi gian thuc hien", "thoi han", NULL
  };
  const char *fold;
  const char *colon;
  g_autoptr(GArray) words = NULL;

  /* Only a colon folds to a colon: a line without one needs no fold (most
   * body lines are never folded otherwise). */
  if (strchr (line->text, ':') == NULL)
    return FALSE;
  fold = _directive_line_fold (line);
  colon = strchr (fold, ':');
  if (colon == NULL || colon - fold > 40)
    return FALSE;
  words = g_array_new (FALSE, FALSE, sizeof (DirectiveWord));
  _directive_fold_words (fold, _directive_line_fold_len (line), words);
  for (guint i = 0; fields[i] != NULL; i++)
    if (_directive_words_match (fold, words, 0, fields[i]))
      return TRUE;
  return FALSE;
}

/* Items run in sequence: a Roman numeral that repeats or skips by one stroke
 * of the one before ("II." after "II." for "III.") is the next one, misread. */
/* Whether OCR reads digit @a for @b: 3 5 8 6 9 0 have the same curves, 1 and 7 the same stroke. */
static gboolean
digits_confusable (char a,
                   char b)
{
  static const char *const sets[] = { "358690", "17" };

  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    if (strchr (sets[i], a) != NULL && strchr (sets[i], b) != NULL)
      return TRUE;
  return FALSE;
}

/* An item's number (one or two digits: line_mark() reads no more) */
static int
small_number (const char *s)
{
  int n = 0;

  for (guint k = 0; k < 2 && g_ascii_isdigit (s[k]); k++)
    n = 10 * n + (s[k] - '0');
  return n;
}

/* "3." after "4.": OCR's "5.". A number that does not follow its previous
 * sibling's and goes back or repeats is the one expected when its digits are
 * OCR's reading of it (one of them confused). */
static void
repair_number (DirectiveParse  *p,
               const char      *prev,
               char           **ordinal,
               guint            line)
{
  int before = small_number (prev), now = small_number (*ordinal);
  char expected[16];
  guint differ = 0;
  gsize n;

  /* (most numbers follow the one before) */
  if (before <= 0 || now > before)
    return;
  g_snprintf (expected, sizeof expected, "%d", before + 1);
  n = strlen (expected);
  if (strlen (*ordinal) != n)
    return;
  for (gsize k = 0; k < n; k++)
    if ((*ordinal)[k] != expected[k])
      {
        if (!digits_confusable ((*ordinal)[k], expected[k]))
          return;
        differ++;
      }
  if (differ != 1)
    return;
  _directive_parse_diagnose (p, line, DIRECTIVE_SEVERITY_INFO, "item \"%s\" after \"%s\" read as \"%s\"",
                             *ordinal, prev, expected);
  g_free (*ordinal);
  *ordinal = g_strdup (expected);
}

static void
repair_ordinal (DirectiveParse *p,
                Item           *parent,
                Mark            mark,
                char          **ordinal,
                guint           line)
{
  Item *prev = NULL;
  int before, now;
  g_autofree char *expected = NULL;

  if ((mark != MARK_ROMAN && mark != MARK_NUMBER && mark != MARK_LETTER) || parent == NULL)
    return;
  /* the last sibling of the kind */
  for (Item *sibling = parent->first_child; sibling != NULL; sibling = sibling->next)
    if (sibling->mark == mark)
      prev = sibling;
  if (prev == NULL)
    return;
  if (mark == MARK_NUMBER)
    {
      repair_number (p, prev->ordinal, ordinal, line);
      return;
    }
  if (mark == MARK_LETTER)
    {
      /* "đ)" after "d)", its stroke lost: "d)" again, or "a)" */
      if (g_str_equal (prev->ordinal, "d") && (g_str_equal (*ordinal, "d") || g_str_equal (*ordinal, "a")))
        {
          _directive_parse_diagnose (p, line, DIRECTIVE_SEVERITY_INFO, "item \"%s\" after \"d\" read as \"đ\"",
                                     *ordinal);
          g_free (*ordinal);
          *ordinal = g_strdup ("đ");
        }
      return;
    }
  before = roman_to_int (prev->ordinal);
  now = roman_to_int (*ordinal);
  if (before <= 0 || now == before + 1)
    return;
  expected = int_to_roman (before + 1);
  if (expected == NULL || (size_t) ABS ((int) strlen (expected) - (int) strlen (*ordinal)) > 1
      || (now != before && now != before + 2 && now > 0))
    return;
  _directive_parse_diagnose (p, line, DIRECTIVE_SEVERITY_INFO, "item \"%s\" after \"%s\" read as \"%s\"",
                             *ordinal, prev->ordinal, expected);
  g_free (*ordinal);
  *ordinal = g_steal_pointer (&expected);
}

void
_directive_parse_tasks (DirectiveParse      *p,
                        DirectiveConclusion *conclusion)
{
  Items *items;
  Item *root;
  Item *current = NULL;
  GString *summary;
  gboolean started = FALSE;
  gboolean prose = FALSE;   /* a paragraph after the items: not part of them */
  gboolean preamble = FALSE;   /* in a section of aims or findings, before the tasks */
  DirectiveLine *prev = NULL;
  gboolean blank_before = FALSE;

  items = items_take (1 + (p->closing_start > p->body_start ? p->closing_start - p->body_start : 0));
  root = item_new (items, MARK_NONE, NULL, NULL, 0);
  summary = items->summary;

  for (guint i = p->body_start; i < p->closing_start; i++)
    {
      DirectiveLine *line = _directive_parse_line (p, i);
      Ordinal read;
      char *ordinal;
      gsize text_start = 0;
      Mark mark;

      if (line->blank)
        {
          blank_before = TRUE;
          continue;
        }
      mark = line_mark (line, &read, &text_start);
      /* "- Cơ quan chủ trì: Sở X." under a plan's item names who does the
       * item: part of it, not an item of its own */
      if ((mark == MARK_DASH || mark == MARK_PLUS) && current != NULL && current != root
          && names_item_field (line))
        {
          append_text (items, current, line->text + text_start, line->len - text_start);
          current->last_line = line->number;
          prev = line;
          blank_before = FALSE;
          continue;
        }
      if (mark != MARK_NONE)
        {
          const char *text = line->text + text_start;
          Item *parent = current;
          Item *item;
          gboolean section = FALSE;

          while (*text == ' ')
            text++;
          if (mark == MARK_ROMAN && all_caps (text, line->text + line->len) && !starts_with_agency (p, text))
            section = TRUE;
          /* (any Roman numeral ends one: OCR may leave the next title in
           * small letters) */
          if (mark == MARK_ROMAN)
            preamble = section && !started && names_preamble (text);
          /* a section before any task is part of the summary, and so is
           * all of a section of aims or findings ("I. MỤC ĐÍCH, YÊU CẦU",
           * "1. ...", "2. ..."): what it numbers are no tasks */
          if ((!started && section) || preamble)
            append_summary (summary, line);
          if (preamble && mark != MARK_ROMAN)
            {
              prev = line;
              blank_before = FALSE;
              continue;
            }

          /* find the level: a kind already open closes the levels under it */
          while (parent != NULL && parent->mark != mark)
            parent = parent->parent;
          if (parent != NULL)
            parent = parent->parent;
          else
            parent = current;
          if (parent == NULL)
            parent = root;

          ordinal = g_strndup (read.s, read.len);
          repair_ordinal (p, parent, mark, &ordinal, line->number);
          item = item_new (items, mark, ordinal, text, line->len - (text - line->text));
          item->first_line = item->last_line = line->number;
          item->section = section;
          item_add_child (parent, item);
          current = item;
          if (!section)
            started = TRUE;
          prose = FALSE;
        }
      else if (!started || (current != NULL && current->section && current->first_child == NULL
                            && current->parent == root))
        {
          /* (a preamble is before any task: its lines go to the summary too) */
          if (!started)
            append_summary (summary, line);
        }
      else if (!prose && current != NULL)
        {
          /* a new paragraph after a finished sentence is prose, not this item */
          if (prev != NULL && ends_sentence (prev) && starts_upper (line->text + line->indent)
              && (blank_before || line->indent > prev->indent + 2) && !names_item_field (line))
            prose = TRUE;
          else
            {
              append_text (items, current, line->text + line->indent, line->len - line->indent);
              current->last_line = line->number;
            }
        }
      prev = line;
      blank_before = FALSE;
    }

  if (summary->len > 0)
    {
      char *clean = _directive_clean_text (summary->str, summary->len);

      directive_conclusion_set_summary (conclusion, clean);
      /* "Sở X cần thực hiện các nhiệm vụ sau:" — Sở X leads the unnamed
       * tasks: read when the first task that names no lead asks
       * (_directive_parse_default_lead()), which most documents have none of */
      g_free (p->lead_summary);
      p->lead_summary = clean;
    }

  if (root->first_child == NULL)
    _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_WARNING, "no task found");

  build_tasks (p, items, root, p->default_lead, NULL, conclusion);
  items_give_back (items);
}
