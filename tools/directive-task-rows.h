/* directive-task-rows.h: tasks flattened into rows, for the tasks and export commands
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <directive.h>

G_BEGIN_DECLS

/* One task with what it needs from around it. */
typedef struct
{
  DirectiveNotice *notice;  /* owned */
  DirectiveTask *task;      /* owned */
  char *path;               /* ordinals from the top-level task down, joined with '.': "2.a" */
  char **path_parts;        /* the same as an array */
  guint file_index;
  guint position;           /* in its file's list */
} DirectiveTaskRow;

void      directive_task_row_free      (DirectiveTaskRow *row);

/* Loads FILE as directive/1 JSON when it starts with '{', as notice text
 * (parsed) otherwise. Prints the error and returns NULL on failure. */
DirectiveCollection *directive_tool_load (const char *file,
                                          const char *command);

/* Every task of @collection (subtasks too) in document order, as rows. */
void      directive_task_rows_collect  (DirectiveCollection *collection,
                                        guint                file_index,
                                        GPtrArray           *rows);

/* The items of @query as rows. */
void      directive_task_rows_from_query (DirectiveTaskQuery *query,
                                          guint               file_index,
                                          GPtrArray          *rows);

/* A --today argument, or NULL for today. Prints the error on failure. */
gboolean  directive_tool_parse_today   (const char     *text,
                                        const char     *command,
                                        DirectiveDate **today);

/* Text helpers. */
char     *directive_tool_date_string   (const DirectiveDate *date);
const char *directive_tool_enum_nick   (GType type, int value);
char     *directive_tool_agency_names  (GListModel *agencies, const char *separator);
/* Appends the agencies' names (ids when @ids) to a JSON builder as an array. */
void      directive_tool_json_agencies (GString *out, GListModel *agencies, gboolean ids);
void      directive_tool_json_string   (GString *out, const char *text);
/* Writes @row as one flattened JSON object (no newline). */
void      directive_tool_json_row      (GString             *out,
                                        DirectiveTaskRow    *row,
                                        const DirectiveDate *today,
                                        guint                due_soon_days);
/* RFC 4180: the header, then one record per row, CRLF line ends. */
void      directive_tool_csv_header    (GString *out);
void      directive_tool_csv_row       (GString             *out,
                                        DirectiveTaskRow    *row,
                                        const DirectiveDate *today,
                                        guint                due_soon_days);

G_END_DECLS
