/* directive-task-rows.c: tasks flattened into rows, for the tasks and export commands
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-task-rows.h"

void
directive_task_row_free (DirectiveTaskRow *row)
{
  if (row == NULL)
    return;
  g_clear_object (&row->notice);
  g_clear_object (&row->task);
  g_free (row->path);
  g_strfreev (row->path_parts);
  g_free (row);
}

DirectiveCollection *
directive_tool_load (const char *file,
                     const char *command)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) collection = NULL;
  const char *p;

  if (!g_file_get_contents (file, &contents, &length, &error))
    {
      g_printerr ("directive %s: %s\n", command, error->message);
      return NULL;
    }

  /* JSON starts with '{' (after a byte order mark or white space). */
  p = contents;
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;

  if (*p == '{')
    {
      collection = directive_collection_new ();
      if (!directive_collection_load_from_data (collection, contents, (gssize) length, &error))
        {
          g_printerr ("directive %s: %s: %s\n", command, file, error->message);
          return NULL;
        }
    }
  else
    {
      g_autoptr(DirectiveParser) parser = directive_parser_new ();

      collection = directive_parser_parse_data (parser, contents, (gssize) length, &error);
      if (collection == NULL)
        {
          g_printerr ("directive %s: %s: %s\n", command, file, error->message);
          return NULL;
        }
    }
  return g_steal_pointer (&collection);
}

static DirectiveTaskRow *
row_new (DirectiveNotice *notice,
         DirectiveTask   *task,
         GPtrArray       *ordinals,
         guint            file_index,
         guint            position)
{
  DirectiveTaskRow *row = g_new0 (DirectiveTaskRow, 1);
  GStrvBuilder *builder = g_strv_builder_new ();

  for (guint i = 0; i < ordinals->len; i++)
    g_strv_builder_add (builder, ordinals->pdata[i] != NULL ? ordinals->pdata[i] : "");
  row->path_parts = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  row->path = g_strjoinv (".", row->path_parts);
  row->notice = g_object_ref (notice);
  row->task = g_object_ref (task);
  row->file_index = file_index;
  row->position = position;
  return row;
}

static void
collect_tasks (DirectiveNotice *notice,
               GListModel      *tasks,
               GPtrArray       *ordinals,
               guint            file_index,
               GPtrArray       *rows)
{
  for (guint i = 0, n = g_list_model_get_n_items (tasks); i < n; i++)
    {
      g_autoptr(DirectiveTask) task = g_list_model_get_item (tasks, i);

      g_ptr_array_add (ordinals, (gpointer) directive_task_get_ordinal (task));
      g_ptr_array_add (rows, row_new (notice, task, ordinals, file_index, rows->len));
      collect_tasks (notice, directive_task_get_subtasks (task), ordinals, file_index, rows);
      g_ptr_array_set_size (ordinals, ordinals->len - 1);
    }
}

void
directive_task_rows_collect (DirectiveCollection *collection,
                             guint                file_index,
                             GPtrArray           *rows)
{
  GListModel *notices = directive_collection_get_notices (collection);
  g_autoptr(GPtrArray) ordinals = g_ptr_array_new ();

  for (guint i = 0, n = g_list_model_get_n_items (notices); i < n; i++)
    {
      g_autoptr(DirectiveNotice) notice = g_list_model_get_item (notices, i);
      GListModel *conclusions = directive_notice_get_conclusions (notice);

      for (guint j = 0, m = g_list_model_get_n_items (conclusions); j < m; j++)
        {
          g_autoptr(DirectiveConclusion) c = g_list_model_get_item (conclusions, j);

          collect_tasks (notice, directive_conclusion_get_tasks (c), ordinals, file_index, rows);
        }
    }
}

void
directive_task_rows_from_query (DirectiveTaskQuery *query,
                                guint               file_index,
                                GPtrArray          *rows)
{
  g_autoptr(GPtrArray) ordinals = g_ptr_array_new ();

  for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (query)); i < n; i++)
    {
      g_autoptr(DirectiveTask) task = g_list_model_get_item (G_LIST_MODEL (query), i);

      g_ptr_array_set_size (ordinals, 0);
      for (DirectiveTask *t = task; t != NULL; t = directive_task_query_get_parent_task (query, t))
        g_ptr_array_insert (ordinals, 0, (gpointer) directive_task_get_ordinal (t));
      g_ptr_array_add (rows, row_new (directive_task_query_get_notice (query, task), task,
                                      ordinals, file_index, i));
    }
}

gboolean
directive_tool_parse_today (const char     *text,
                            const char     *command,
                            DirectiveDate **today)
{
  g_autoptr(GError) error = NULL;

  *today = NULL;
  if (text == NULL)
    return TRUE;
  *today = directive_date_new_from_string (text, &error);
  if (*today == NULL)
    {
      g_printerr ("directive %s: --today: %s\n", command, error->message);
      return FALSE;
    }
  return TRUE;
}

char *
directive_tool_date_string (const DirectiveDate *date)
{
  return date != NULL ? directive_date_to_string (date) : NULL;
}

const char *
directive_tool_enum_nick (GType type,
                          int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);
  const char *nick = v != NULL ? v->value_nick : NULL;

  g_type_class_unref (klass); /* enum classes stay alive once made */
  return nick;
}

char *
directive_tool_agency_names (GListModel *agencies,
                             const char *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0, n = g_list_model_get_n_items (agencies); i < n; i++)
    {
      g_autoptr(DirectiveAgency) a = g_list_model_get_item (agencies, i);
      const char *name = directive_agency_get_name (a);

      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, name != NULL ? name : directive_agency_get_id (a));
    }
  return g_string_free (out, FALSE);
}

void
directive_tool_json_string (GString    *out,
                            const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

void
directive_tool_json_agencies (GString    *out,
                              GListModel *agencies,
                              gboolean    ids)
{
  g_string_append_c (out, '[');
  for (guint i = 0, n = g_list_model_get_n_items (agencies); i < n; i++)
    {
      g_autoptr(DirectiveAgency) a = g_list_model_get_item (agencies, i);

      if (i > 0)
        g_string_append (out, ", ");
      directive_tool_json_string (out, ids ? directive_agency_get_id (a) : directive_agency_get_name (a));
    }
  g_string_append_c (out, ']');
}

static void
json_member (GString    *out,
             const char *key,
             const char *value)
{
  g_string_append_printf (out, ", \"%s\": ", key);
  directive_tool_json_string (out, value);
}

void
directive_tool_json_row (GString             *out,
                         DirectiveTaskRow    *row,
                         const DirectiveDate *today,
                         guint                due_soon_days)
{
  DirectiveTask *task = row->task;
  DirectiveAgency *issuer = row->notice != NULL ? directive_notice_get_issuer (row->notice) : NULL;
  g_autofree char *issued_on = row->notice != NULL ? directive_tool_date_string (directive_notice_get_issued_on (row->notice)) : NULL;
  g_autofree char *deadline = directive_tool_date_string (directive_task_get_deadline (task));
  g_autofree char *completed_on = directive_tool_date_string (directive_task_get_completed_on (task));
  DirectiveRecurrence recurrence = directive_task_get_recurrence (task);

  g_string_append (out, "{\"notice_number\": ");
  directive_tool_json_string (out, row->notice != NULL ? directive_notice_get_number (row->notice) : NULL);
  json_member (out, "notice_symbol", row->notice != NULL ? directive_notice_get_symbol (row->notice) : NULL);
  json_member (out, "issuer", issuer != NULL ? directive_agency_get_name (issuer) : NULL);
  json_member (out, "issuer_id", issuer != NULL ? directive_agency_get_id (issuer) : NULL);
  json_member (out, "issued_on", issued_on);
  g_string_append (out, ", \"ordinal_path\": [");
  for (guint i = 0; row->path_parts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      directive_tool_json_string (out, row->path_parts[i]);
    }
  g_string_append_c (out, ']');
  json_member (out, "text", directive_task_get_text (task));
  g_string_append (out, ", \"lead\": ");
  directive_tool_json_agencies (out, directive_task_get_lead (task), FALSE);
  g_string_append (out, ", \"lead_ids\": ");
  directive_tool_json_agencies (out, directive_task_get_lead (task), TRUE);
  g_string_append (out, ", \"cooperating\": ");
  directive_tool_json_agencies (out, directive_task_get_cooperating (task), FALSE);
  g_string_append (out, ", \"cooperating_ids\": ");
  directive_tool_json_agencies (out, directive_task_get_cooperating (task), TRUE);
  g_string_append (out, ", \"report_to\": ");
  directive_tool_json_agencies (out, directive_task_get_report_to (task), FALSE);
  g_string_append (out, ", \"report_to_ids\": ");
  directive_tool_json_agencies (out, directive_task_get_report_to (task), TRUE);
  json_member (out, "deadline", deadline);
  json_member (out, "recurrence", recurrence != DIRECTIVE_RECURRENCE_NONE
                                  ? directive_tool_enum_nick (DIRECTIVE_TYPE_RECURRENCE, recurrence) : NULL);
  json_member (out, "status", directive_tool_enum_nick (DIRECTIVE_TYPE_TASK_STATUS, directive_task_get_status (task)));
  json_member (out, "completed_on", completed_on);
  json_member (out, "timeliness",
               directive_tool_enum_nick (DIRECTIVE_TYPE_TIMELINESS,
                                         directive_task_get_timeliness (task, today, due_soon_days)));
  g_string_append_c (out, '}');
}

static void
csv_field (GString    *out,
           const char *value,
           gboolean    last)
{
  if (value != NULL && strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else if (value != NULL)
    g_string_append (out, value);
  g_string_append (out, last ? "\r\n" : ",");
}

void
directive_tool_csv_header (GString *out)
{
  g_string_append (out, "notice_number,notice_symbol,issuer,issued_on,ordinal,text,lead,cooperating,"
                        "report_to,deadline,recurrence,status,completed_on,timeliness\r\n");
}

void
directive_tool_csv_row (GString             *out,
                        DirectiveTaskRow    *row,
                        const DirectiveDate *today,
                        guint                due_soon_days)
{
  DirectiveTask *task = row->task;
  DirectiveAgency *issuer = directive_notice_get_issuer (row->notice);
  g_autofree char *issued_on = directive_tool_date_string (directive_notice_get_issued_on (row->notice));
  g_autofree char *lead = directive_tool_agency_names (directive_task_get_lead (task), "; ");
  g_autofree char *cooperating = directive_tool_agency_names (directive_task_get_cooperating (task), "; ");
  g_autofree char *report_to = directive_tool_agency_names (directive_task_get_report_to (task), "; ");
  g_autofree char *deadline = directive_tool_date_string (directive_task_get_deadline (task));
  g_autofree char *completed_on = directive_tool_date_string (directive_task_get_completed_on (task));
  DirectiveRecurrence recurrence = directive_task_get_recurrence (task);

  csv_field (out, directive_notice_get_number (row->notice), FALSE);
  csv_field (out, directive_notice_get_symbol (row->notice), FALSE);
  csv_field (out, issuer != NULL ? directive_agency_get_name (issuer) : NULL, FALSE);
  csv_field (out, issued_on, FALSE);
  csv_field (out, row->path, FALSE);
  csv_field (out, directive_task_get_text (task), FALSE);
  csv_field (out, lead, FALSE);
  csv_field (out, cooperating, FALSE);
  csv_field (out, report_to, FALSE);
  csv_field (out, deadline, FALSE);
  csv_field (out, recurrence != DIRECTIVE_RECURRENCE_NONE
                  ? directive_tool_enum_nick (DIRECTIVE_TYPE_RECURRENCE, recurrence) : NULL, FALSE);
  csv_field (out, directive_tool_enum_nick (DIRECTIVE_TYPE_TASK_STATUS, directive_task_get_status (task)), FALSE);
  csv_field (out, completed_on, FALSE);
  csv_field (out, directive_tool_enum_nick (DIRECTIVE_TYPE_TIMELINESS,
                                            directive_task_get_timeliness (task, today, due_soon_days)),
             TRUE);
}
