/* directive-cmd-export.c: directive export FILE --to ics|csv|jsonl
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "directive.h"
#include "directive-commands.h"
#include "directive-task-rows.h"

#define DUE_SOON_DAYS 7
#define ICS_SUMMARY_CHARS 120

/* ---- iCalendar (RFC 5545) ---- */

/* Appends one content line: folded so that no line exceeds 75 octets (not
 * counting the CRLF), never inside a UTF-8 sequence, each continuation
 * starting with a space. */
static void
ics_line (GString    *out,
          const char *line)
{
  gsize col = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize len = (gsize) (g_utf8_next_char (p) - p);

      if (col + len > 75)
        {
          g_string_append (out, "\r\n ");
          col = 1;
        }
      g_string_append_len (out, p, (gssize) len);
      col += len;
    }
  g_string_append (out, "\r\n");
}

/* TEXT value escaping: backslash, semicolon, comma, newline. */
static void
ics_escape (GString    *out,
            const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

static void
ics_text_property (GString    *out,
                   const char *name,
                   const char *value)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  ics_escape (line, value);
  ics_line (out, line->str);
}

static char *
ics_date (const DirectiveDate *date)
{
  g_autoptr(DirectiveDate) last = directive_date_dup_last_day (date);

  return g_strdup_printf ("%04u%02u%02u", directive_date_get_year (last),
                          directive_date_get_month (last), directive_date_get_day (last));
}

/* Stable across exports of the same notice: the notice's identity and the
 * task's ordinal path, hashed. */
static char *
ics_uid (DirectiveTaskRow *row)
{
  DirectiveAgency *issuer = directive_notice_get_issuer (row->notice);
  g_autofree char *issued_on = directive_tool_date_string (directive_notice_get_issued_on (row->notice));
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;

  key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s\x1f%s",
                         directive_notice_get_number (row->notice) ? directive_notice_get_number (row->notice) : "",
                         directive_notice_get_symbol (row->notice) ? directive_notice_get_symbol (row->notice) : "",
                         issuer != NULL && directive_agency_get_id (issuer) ? directive_agency_get_id (issuer) : "",
                         issued_on != NULL ? issued_on : "",
                         row->path);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  hash[32] = '\0';
  return g_strdup_printf ("%s@libdirective", hash);
}

static char *
ics_dtstamp (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  /* Reproducible builds' convention: a fixed time when asked for. */
  if (epoch != NULL && *epoch != '\0')
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y%m%dT%H%M%SZ");
}

static const char *
ics_status (DirectiveTaskStatus status)
{
  switch (status)
    {
    case DIRECTIVE_TASK_STATUS_IN_PROGRESS:
      return "IN-PROCESS";
    case DIRECTIVE_TASK_STATUS_DONE:
      return "COMPLETED";
    case DIRECTIVE_TASK_STATUS_CANCELLED:
      return "CANCELLED";
    case DIRECTIVE_TASK_STATUS_PENDING:
    default:
      return "NEEDS-ACTION";
    }
}

static char *
notice_title (DirectiveNotice *notice)
{
  const char *number = directive_notice_get_number (notice);
  const char *symbol = directive_notice_get_symbol (notice);
  DirectiveAgency *issuer = directive_notice_get_issuer (notice);
  g_autofree char *issued_on = directive_tool_date_string (directive_notice_get_issued_on (notice));
  GString *out = g_string_new (NULL);

  if (number != NULL || symbol != NULL)
    g_string_append_printf (out, "%s%s%s", number ? number : "", number && symbol ? "/" : "", symbol ? symbol : "");
  else
    g_string_append (out, "(không số)");
  if (issued_on != NULL)
    g_string_append_printf (out, " ngày %s", issued_on);
  if (issuer != NULL && directive_agency_get_name (issuer) != NULL)
    g_string_append_printf (out, " của %s", directive_agency_get_name (issuer));
  return g_string_free (out, FALSE);
}

static void
ics_todo (GString          *out,
          DirectiveTaskRow *row,
          const char       *dtstamp)
{
  DirectiveTask *task = row->task;
  const char *text = directive_task_get_text (task) ? directive_task_get_text (task) : "";
  const DirectiveDate *deadline = directive_task_get_deadline (task);
  const DirectiveDate *completed_on = directive_task_get_completed_on (task);
  DirectiveTaskStatus status = directive_task_get_status (task);
  GListModel *lead = directive_task_get_lead (task);
  g_autofree char *uid = ics_uid (row);
  g_autofree char *title = notice_title (row->notice);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *lead_names = directive_tool_agency_names (lead, "; ");
  g_autofree char *cooperating = directive_tool_agency_names (directive_task_get_cooperating (task), "; ");
  g_autofree char *report_to = directive_tool_agency_names (directive_task_get_report_to (task), "; ");

  ics_line (out, "BEGIN:VTODO");
  {
    g_autofree char *line = g_strdup_printf ("UID:%s", uid);

    ics_line (out, line);
  }
  {
    g_autofree char *line = g_strdup_printf ("DTSTAMP:%s", dtstamp);

    ics_line (out, line);
  }

  /* SUMMARY: the ordinal and the start of the text; DESCRIPTION: all of it. */
  if (row->path[0] != '\0')
    g_string_append_printf (summary, "%s. ", row->path);
  if (g_utf8_strlen (text, -1) > ICS_SUMMARY_CHARS)
    {
      g_string_append_len (summary, text, g_utf8_offset_to_pointer (text, ICS_SUMMARY_CHARS - 1) - text);
      g_string_append (summary, "…");
    }
  else
    g_string_append (summary, text);
  ics_text_property (out, "SUMMARY", summary->str);

  g_string_append (description, text);
  g_string_append_printf (description, "\n\nVăn bản: %s", title);
  if (*lead_names != '\0')
    g_string_append_printf (description, "\nChủ trì: %s", lead_names);
  if (*cooperating != '\0')
    g_string_append_printf (description, "\nPhối hợp: %s", cooperating);
  if (*report_to != '\0')
    g_string_append_printf (description, "\nBáo cáo: %s", report_to);
  ics_text_property (out, "DESCRIPTION", description->str);

  if (deadline != NULL)
    {
      g_autofree char *due = ics_date (deadline);
      g_autofree char *line = g_strdup_printf ("DUE;VALUE=DATE:%s", due);

      ics_line (out, line);
    }
  {
    g_autofree char *line = g_strdup_printf ("STATUS:%s", ics_status (status));

    ics_line (out, line);
  }
  if (status == DIRECTIVE_TASK_STATUS_DONE && completed_on != NULL)
    {
      /* COMPLETED is a UTC date-time: midnight UTC is the same day in Vietnam. */
      g_autofree char *day = ics_date (completed_on);
      g_autofree char *line = g_strdup_printf ("COMPLETED:%sT000000Z", day);

      ics_line (out, line);
    }
  if (g_list_model_get_n_items (lead) > 0)
    {
      g_autoptr(GString) line = g_string_new ("CATEGORIES:");

      for (guint i = 0, n = g_list_model_get_n_items (lead); i < n; i++)
        {
          g_autoptr(DirectiveAgency) a = g_list_model_get_item (lead, i);

          if (i > 0)
            g_string_append_c (line, ',');
          ics_escape (line, directive_agency_get_name (a) ? directive_agency_get_name (a) : directive_agency_get_id (a));
        }
      ics_line (out, line->str);
    }
  ics_line (out, "END:VTODO");
}

int
directive_cmd_export (int    argc,
                      char **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *today_text = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &to, "ics (iCalendar to-dos), csv (RFC 4180) or jsonl (JSON Lines)", "FORMAT" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, "Judge timeliness as on this day (YYYY-MM-DD) instead of today", "DATE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE --to ics|csv|jsonl — export the tasks");
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) directive_task_row_free);
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(DirectiveDate) today = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_option_context_set_summary (context,
    "Writes every task of a directive/1 JSON file or a notice text (parsed), subtasks\n"
    "included, in document order, to standard output:\n"
    "  ics    an iCalendar (RFC 5545) VTODO per task, for GNOME Calendar, Evolution,\n"
    "         Thunderbird; the UID stays the same from one export to the next\n"
    "  csv    UTF-8 CSV with a header line, CRLF line ends (RFC 4180)\n"
    "  jsonl  one flattened task per line (JSON Lines)");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!directive_parse_options (context, &argc, &argv))
    return DIRECTIVE_EXIT_USAGE;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("directive export: give one FILE\nTry 'directive export --help'.\n");
      return DIRECTIVE_EXIT_USAGE;
    }
  if (to == NULL)
    {
      g_printerr ("directive export: --to ics|csv|jsonl is required\n");
      return DIRECTIVE_EXIT_USAGE;
    }
  if (!g_str_equal (to, "ics") && !g_str_equal (to, "csv") && !g_str_equal (to, "jsonl"))
    {
      g_printerr ("directive export: --to must be ics, csv or jsonl, not '%s'\n", to);
      return DIRECTIVE_EXIT_USAGE;
    }
  if (!directive_tool_parse_today (today_text, "export", &today))
    return DIRECTIVE_EXIT_USAGE;

  collection = directive_tool_load (files[0], "export");
  if (collection == NULL)
    return DIRECTIVE_EXIT_FAILED;
  directive_task_rows_collect (collection, 0, rows);

  if (g_str_equal (to, "ics"))
    {
      g_autofree char *dtstamp = ics_dtstamp ();

      ics_line (out, "BEGIN:VCALENDAR");
      ics_line (out, "VERSION:2.0");
      ics_line (out, "PRODID:-//libdirective//directive export " DIRECTIVE_VERSION_S "//VI");
      ics_line (out, "CALSCALE:GREGORIAN");
      for (guint i = 0; i < rows->len; i++)
        ics_todo (out, rows->pdata[i], dtstamp);
      ics_line (out, "END:VCALENDAR");
    }
  else if (g_str_equal (to, "csv"))
    {
      directive_tool_csv_header (out);
      for (guint i = 0; i < rows->len; i++)
        directive_tool_csv_row (out, rows->pdata[i], today, DUE_SOON_DAYS);
    }
  else
    for (guint i = 0; i < rows->len; i++)
      {
        directive_tool_json_row (out, rows->pdata[i], today, DUE_SOON_DAYS);
        g_string_append_c (out, '\n');
      }

  fwrite (out->str, 1, out->len, stdout);
  return DIRECTIVE_EXIT_OK;
}
