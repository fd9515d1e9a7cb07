/* directive-cmd-tasks.c: directive tasks FILE… — list tasks to follow up
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "directive.h"
#include "directive-commands.h"
#include "directive-task-rows.h"
#include "directive-text-private.h"

#define DEFAULT_DUE_SOON_DAYS 7

/* ---- Finding the agency the user means ---- */

static gboolean
folded_equal (const char *text,
              const char *folded)
{
  g_autofree char *f = NULL;

  if (text == NULL)
    return FALSE;
  f = _directive_text_fold (text, -1);
  return g_str_equal (f, folded);
}

static gboolean
folded_contains (const char *text,
                 const char *folded)
{
  g_autofree char *f = NULL;

  if (text == NULL)
    return FALSE;
  f = _directive_text_fold (text, -1);
  return strstr (f, folded) != NULL;
}

/* The agencies of @collection that @text names: by id, name or short name
 * (without diacritics or case), or as the built-in catalogue reads it
 * ("Sở TT&TT"); failing that, those whose name contains it. */
static GPtrArray *
find_agencies (DirectiveCollection *collection,
               const char          *text)
{
  GListModel *agencies = directive_collection_get_agencies (collection);
  g_autofree char *folded = _directive_text_fold (text, -1);
  DirectiveAgency *entry = directive_catalogue_lookup (directive_catalogue_get_default (), text);
  g_autofree char *entry_name = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (agencies);

  if (entry != NULL && directive_agency_get_name (entry) != NULL &&
      strchr (directive_agency_get_name (entry), '{') == NULL)
    entry_name = _directive_text_fold (directive_agency_get_name (entry), -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveAgency) a = g_list_model_get_item (agencies, i);
      const char *id = directive_agency_get_id (a);

      if ((id != NULL && g_ascii_strcasecmp (id, text) == 0) ||
          folded_equal (directive_agency_get_name (a), folded) ||
          folded_equal (directive_agency_get_short_name (a), folded) ||
          (entry != NULL && id != NULL && g_str_equal (id, directive_agency_get_id (entry))) ||
          (entry_name != NULL && folded_equal (directive_agency_get_name (a), entry_name)))
        g_ptr_array_add (found, g_steal_pointer (&a));
    }

  if (found->len == 0 && folded[0] != '\0')
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(DirectiveAgency) a = g_list_model_get_item (agencies, i);

        if (folded_contains (directive_agency_get_name (a), folded) ||
            folded_contains (directive_agency_get_short_name (a), folded))
          g_ptr_array_add (found, g_steal_pointer (&a));
      }

  return found;
}

/* ---- Options ---- */

static gboolean
parse_status (const char             *text,
              DirectiveTaskStatusSet *set)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  *set = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *p = g_strstrip (parts[i]);

      if (g_str_equal (p, "open"))
        *set |= DIRECTIVE_TASK_STATUS_SET_OPEN;
      else if (g_str_equal (p, "any") || g_str_equal (p, "all"))
        *set |= DIRECTIVE_TASK_STATUS_SET_ANY;
      else if (g_str_equal (p, "pending"))
        *set |= DIRECTIVE_TASK_STATUS_SET_PENDING;
      else if (g_str_equal (p, "in-progress"))
        *set |= DIRECTIVE_TASK_STATUS_SET_IN_PROGRESS;
      else if (g_str_equal (p, "done"))
        *set |= DIRECTIVE_TASK_STATUS_SET_DONE;
      else if (g_str_equal (p, "cancelled"))
        *set |= DIRECTIVE_TASK_STATUS_SET_CANCELLED;
      else
        return FALSE;
    }
  return *set != 0;
}

/* ---- The table ---- */

/* Display columns of one character: 0 for combining marks, 2 for wide. */
static guint
char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c))
    return 0;
  if (g_unichar_iswide (c))
    return 2;
  return 1;
}

static guint
text_width (const char *text)
{
  guint w = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    w += char_width (g_utf8_get_char (p));
  return w;
}

/* Appends @text cut to @width display columns, with "…" where it was cut,
 * padded with spaces to @width unless @pad is FALSE. */
static void
append_fitted (GString    *out,
               const char *text,
               guint       width,
               gboolean    pad)
{
  guint w = text_width (text);

  if (w <= width)
    {
      g_string_append (out, text);
    }
  else
    {
      guint used = 0;
      const char *p;

      for (p = text; *p != '\0'; p = g_utf8_next_char (p))
        {
          guint cw = char_width (g_utf8_get_char (p));

          if (used + cw > width - 1)
            break;
          used += cw;
        }
      /* Combining marks stay with their letter. */
      while (*p != '\0' && char_width (g_utf8_get_char (p)) == 0)
        p = g_utf8_next_char (p);
      g_string_append_len (out, text, p - text);
      g_string_append (out, "…");
      w = used + 1;
    }
  if (pad)
    for (; w < width; w++)
      g_string_append_c (out, ' ');
}

/* Splits @text into lines of at most @width display columns, at spaces where
 * it can. */
static GPtrArray *
wrap (const char *text,
      guint       width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  while (*start == ' ')
    start++;
  while (*start != '\0')
    {
      const char *p = start, *last_space = NULL, *cut;
      guint w = 0;

      while (*p != '\0')
        {
          guint cw = char_width (g_utf8_get_char (p));

          if (w + cw > width)
            break;
          if (*p == ' ')
            last_space = p;
          w += cw;
          p = g_utf8_next_char (p);
        }
      if (*p == '\0')
        cut = p;
      else if (last_space != NULL && last_space > start)
        cut = last_space;
      else
        {
          cut = p;
          while (*cut != '\0' && char_width (g_utf8_get_char (cut)) == 0)
            cut = g_utf8_next_char (cut);
          if (cut == start)
            cut = g_utf8_next_char (cut);
        }
      g_ptr_array_add (lines, g_strndup (start, cut - start));
      start = cut;
      while (*start == ' ')
        start++;
    }
  if (lines->len == 0)
    g_ptr_array_add (lines, g_strdup (""));
  return lines;
}

static guint
terminal_width (void)
{
  const char *columns = g_getenv ("COLUMNS");
  struct winsize ws;

  if (columns != NULL)
    {
      guint64 n = g_ascii_strtoull (columns, NULL, 10);

      if (n >= 20 && n <= 1000)
        return (guint) n;
    }
  if (isatty (STDOUT_FILENO) && ioctl (STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
    return ws.ws_col;
  return 80;
}

enum { COL_NOTICE, COL_ORDINAL, COL_TASK, COL_LEAD, COL_DEADLINE, COL_STATUS, COL_TIMELINESS, N_COLS };

static const char *headers[N_COLS] = { "NOTICE", "#", "TASK", "LEAD", "DEADLINE", "STATUS", "TIMELINESS" };

static char *
notice_label (DirectiveNotice *notice)
{
  const char *number = directive_notice_get_number (notice);
  const char *symbol = directive_notice_get_symbol (notice);

  if (number != NULL && symbol != NULL)
    return g_strdup_printf ("%s/%s", number, symbol);
  if (number != NULL || symbol != NULL)
    return g_strdup (number != NULL ? number : symbol);
  return g_strdup ("");
}

static char *
lead_label (DirectiveTask *task)
{
  GListModel *lead = directive_task_get_lead (task);
  GString *out = g_string_new (NULL);

  for (guint i = 0, n = g_list_model_get_n_items (lead); i < n; i++)
    {
      g_autoptr(DirectiveAgency) a = g_list_model_get_item (lead, i);
      const char *name = directive_agency_get_short_name (a);

      if (name == NULL)
        name = directive_agency_get_name (a);
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, name != NULL ? name : directive_agency_get_id (a));
    }
  return g_string_free (out, FALSE);
}

static void
print_table (GPtrArray           *rows,
             const DirectiveDate *today,
             guint                due_soon_days)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint widths[N_COLS];
  guint total = terminal_width ();
  guint fixed = 0, flexible;
  gboolean shown[N_COLS];
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint c = 0; c < N_COLS; c++)
    widths[c] = text_width (headers[c]);

  for (guint i = 0; i < rows->len; i++)
    {
      DirectiveTaskRow *row = rows->pdata[i];
      char **cell = g_new0 (char *, N_COLS + 1);
      g_autofree char *deadline = directive_tool_date_string (directive_task_get_deadline (row->task));
      const char *text = directive_task_get_text (row->task);

      cell[COL_NOTICE] = notice_label (row->notice);
      cell[COL_ORDINAL] = g_strdup (row->path);
      cell[COL_TASK] = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFC);
      cell[COL_LEAD] = lead_label (row->task);
      cell[COL_DEADLINE] = g_strdup (deadline != NULL ? deadline : "—");
      cell[COL_STATUS] = g_strdup (directive_tool_enum_nick (DIRECTIVE_TYPE_TASK_STATUS,
                                                             directive_task_get_status (row->task)));
      cell[COL_TIMELINESS] = g_strdup (directive_tool_enum_nick (DIRECTIVE_TYPE_TIMELINESS,
                                                                 directive_task_get_timeliness (row->task, today, due_soon_days)));
      for (guint c = 0; c < N_COLS; c++)
        {
          char *nfc = g_utf8_normalize (cell[c] != NULL ? cell[c] : "", -1, G_NORMALIZE_NFC);

          g_free (cell[c]);
          cell[c] = nfc;
          widths[c] = MAX (widths[c], text_width (cell[c]));
        }
      g_ptr_array_add (cells, cell);
    }

  /* The notice column only when there is more than one notice. */
  for (guint c = 0; c < N_COLS; c++)
    shown[c] = TRUE;
  shown[COL_NOTICE] = FALSE;
  for (guint i = 1; i < rows->len; i++)
    if (((DirectiveTaskRow *) rows->pdata[i])->notice != ((DirectiveTaskRow *) rows->pdata[0])->notice)
      shown[COL_NOTICE] = TRUE;
  if (!shown[COL_NOTICE])
    widths[COL_NOTICE] = 0;

  /* The short columns keep their width (the notice number at most 20); the
   * task and its lead share what is left, two thirds to the task, and wrap. */
  widths[COL_NOTICE] = MIN (widths[COL_NOTICE], 20);
  widths[COL_ORDINAL] = MIN (widths[COL_ORDINAL], 8);
  /* Each shown column but the last is followed by two spaces. */
  for (guint c = 0; c < N_COLS; c++)
    if (shown[c])
      fixed += 2 + (c != COL_TASK && c != COL_LEAD ? widths[c] : 0);
  fixed -= 2;
  /* On a narrow terminal the widest short columns give way (cut with "…"),
   * down to 6 columns each, so that the task keeps 24. */
  while (fixed + 24 > total)
    {
      guint widest = COL_ORDINAL;

      for (guint c = 0; c < N_COLS; c++)
        if (shown[c] && c != COL_TASK && c != COL_LEAD && widths[c] > widths[widest])
          widest = c;
      if (widths[widest] <= 6)
        break;
      widths[widest]--;
      fixed--;
    }
  flexible = total > fixed + 24 ? total - fixed : 24;
  if (widths[COL_TASK] + widths[COL_LEAD] > flexible)
    {
      guint lead = MIN (widths[COL_LEAD], MAX (flexible / 3, 10));

      widths[COL_LEAD] = lead;
      widths[COL_TASK] = flexible - lead;
    }

  for (guint c = 0; c < N_COLS; c++)
    {
      if (!shown[c])
        continue;
      append_fitted (out, headers[c], widths[c], c + 1 < N_COLS);
      g_string_append (out, c + 1 < N_COLS ? "  " : "\n");
    }

  for (guint i = 0; i < cells->len; i++)
    {
      char **cell = cells->pdata[i];
      g_autoptr(GPtrArray) task_lines = wrap (cell[COL_TASK], widths[COL_TASK]);
      g_autoptr(GPtrArray) lead_lines = wrap (cell[COL_LEAD], widths[COL_LEAD]);
      guint n_lines = MAX (task_lines->len, lead_lines->len);

      for (guint l = 0; l < n_lines; l++)
        {
          for (guint c = 0; c < N_COLS; c++)
            {
              const char *text = "";

              if (!shown[c])
                continue;
              if (c == COL_TASK)
                text = l < task_lines->len ? task_lines->pdata[l] : "";
              else if (c == COL_LEAD)
                text = l < lead_lines->len ? lead_lines->pdata[l] : "";
              else if (l == 0)
                text = cell[c];
              append_fitted (out, text, widths[c], c + 1 < N_COLS);
              if (c + 1 < N_COLS)
                g_string_append (out, "  ");
            }
          /* No trailing blanks. */
          while (out->len > 0 && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          g_string_append_c (out, '\n');
        }
    }

  fwrite (out->str, 1, out->len, stdout);
}

static int
row_compare (gconstpointer a,
             gconstpointer b)
{
  const DirectiveTaskRow *x = *(DirectiveTaskRow * const *) a;
  const DirectiveTaskRow *y = *(DirectiveTaskRow * const *) b;
  const DirectiveDate *dx = directive_task_get_deadline (x->task);
  const DirectiveDate *dy = directive_task_get_deadline (y->task);

  if (dx != NULL && dy != NULL)
    {
      g_autoptr(DirectiveDate) lx = directive_date_dup_last_day (dx);
      g_autoptr(DirectiveDate) ly = directive_date_dup_last_day (dy);
      int c = directive_date_compare (lx, ly);

      if (c != 0)
        return c;
    }
  else if (dx != NULL || dy != NULL)
    return dx == NULL ? 1 : -1;
  if (x->file_index != y->file_index)
    return x->file_index < y->file_index ? -1 : 1;
  return (x->position > y->position) - (x->position < y->position);
}

int
directive_cmd_tasks (int    argc,
                     char **argv)
{
  g_autofree char *agency = NULL;
  g_autofree char *status = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *format = NULL;
  gboolean overdue = FALSE;
  int due_within = G_MININT;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "agency", 'a', 0, G_OPTION_ARG_STRING, &agency, "Only tasks this agency leads, cooperates on or is reported to, or inherited from an agency merged into it: an id, a name or an abbreviation (\"Sở TT&TT\")", "TEXT" },
    { "status", 's', 0, G_OPTION_ARG_STRING, &status, "Only tasks of these statuses: pending, in-progress, done, cancelled, open (pending and in progress), comma-separated", "S" },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, "Only open tasks past their deadline", NULL },
    { "due-within", 0, 0, G_OPTION_ARG_INT, &due_within, "Only open tasks due today or within DAYS days (with --overdue: either)", "DAYS" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, "Judge deadlines as on this day (YYYY-MM-DD) instead of today", "DATE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "table, csv or json; table on a terminal, csv otherwise", "FORMAT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE… — list the tasks to follow up");
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) directive_task_row_free);
  g_autoptr(DirectiveDate) today = NULL;
  DirectiveTaskStatusSet status_set = DIRECTIVE_TASK_STATUS_SET_ANY;
  DirectiveTimelinessSet timeliness = DIRECTIVE_TIMELINESS_SET_ANY;
  guint due_soon_days = DEFAULT_DUE_SOON_DAYS;
  int exit_status = DIRECTIVE_EXIT_OK;

  g_option_context_set_summary (context,
    "Lists the tasks of directive/1 JSON files or notice texts (parsed), by deadline.\n"
    "On a terminal a table fits its width; otherwise, or with --format, CSV (RFC 4180)\n"
    "or a JSON array of flattened tasks is printed.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!directive_parse_options (context, &argc, &argv))
    return DIRECTIVE_EXIT_USAGE;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("directive tasks: no file given\nTry 'directive tasks --help'.\n");
      return DIRECTIVE_EXIT_USAGE;
    }
  if (format == NULL)
    format = g_strdup (isatty (STDOUT_FILENO) ? "table" : "csv");
  if (!g_str_equal (format, "table") && !g_str_equal (format, "csv") && !g_str_equal (format, "json"))
    {
      g_printerr ("directive tasks: --format must be table, csv or json, not '%s'\n", format);
      return DIRECTIVE_EXIT_USAGE;
    }
  if (status != NULL && !parse_status (status, &status_set))
    {
      g_printerr ("directive tasks: --status: unknown status in '%s' "
                  "(pending, in-progress, done, cancelled, open)\n", status);
      return DIRECTIVE_EXIT_USAGE;
    }
  if (due_within != G_MININT && due_within < 0)
    {
      g_printerr ("directive tasks: --due-within takes a number of days, 0 or more\n");
      return DIRECTIVE_EXIT_USAGE;
    }
  if (!directive_tool_parse_today (today_text, "tasks", &today))
    return DIRECTIVE_EXIT_USAGE;
  if (overdue || due_within != G_MININT)
    {
      timeliness = 0;
      if (overdue)
        timeliness |= DIRECTIVE_TIMELINESS_SET_OVERDUE;
      if (due_within != G_MININT)
        {
          timeliness |= DIRECTIVE_TIMELINESS_SET_DUE_SOON;
          due_soon_days = (guint) due_within;
        }
    }

  for (guint f = 0; files[f] != NULL; f++)
    {
      g_autoptr(DirectiveCollection) collection = directive_tool_load (files[f], "tasks");
      g_autoptr(GPtrArray) agencies = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      if (collection == NULL)
        {
          exit_status = DIRECTIVE_EXIT_FAILED;
          continue;
        }

      if (agency != NULL)
        agencies = find_agencies (collection, agency);
      else
        {
          agencies = g_ptr_array_new ();
          g_ptr_array_add (agencies, NULL);
        }

      /* One query per agency the text names; a task found twice is listed once. */
      for (guint a = 0; a < agencies->len; a++)
        {
          g_autoptr(DirectiveTaskQuery) query = NULL;
          g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) directive_task_row_free);

          query = g_object_new (DIRECTIVE_TYPE_TASK_QUERY,
                                "collection", collection,
                                "agency", agencies->pdata[a],
                                "include-predecessors", TRUE,
                                "status", status_set,
                                "timeliness", timeliness,
                                "reference-date", today,
                                "due-soon-days", due_soon_days,
                                NULL);
          directive_task_rows_from_query (query, f, found);
          for (guint i = 0; i < found->len; i++)
            {
              DirectiveTaskRow *row = found->pdata[i];

              if (g_hash_table_add (seen, row->task))
                g_ptr_array_add (rows, g_steal_pointer (&found->pdata[i]));
            }
        }
    }

  g_ptr_array_sort (rows, row_compare);

  if (g_str_equal (format, "table"))
    print_table (rows, today, due_soon_days);
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      if (g_str_equal (format, "csv"))
        {
          directive_tool_csv_header (out);
          for (guint i = 0; i < rows->len; i++)
            directive_tool_csv_row (out, rows->pdata[i], today, due_soon_days);
        }
      else
        {
          g_string_append (out, "[");
          for (guint i = 0; i < rows->len; i++)
            {
              g_string_append (out, i > 0 ? ",\n " : "\n ");
              directive_tool_json_row (out, rows->pdata[i], today, due_soon_days);
            }
          g_string_append (out, rows->len > 0 ? "\n]\n" : "]\n");
        }
      fwrite (out->str, 1, out->len, stdout);
    }

  return exit_status;
}
