/* directive-model-private.h: helpers shared by the model's classes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

#include "directive-collection.h"
#include "directive-conclusion.h"
#include "directive-date.h"
#include "directive-task.h"

G_BEGIN_DECLS

/* Replaces *slot by a copy of @value; FALSE (and nothing done) when they are equal,
 * so that setters notify only on change. */
gboolean _directive_set_string (char       **slot,
                                const char  *value);

/* The same for a nullable date. */
gboolean _directive_set_date   (DirectiveDate       **slot,
                                const DirectiveDate  *value);

/* The same for a NULL-terminated string array. */
gboolean _directive_set_strv   (char               ***slot,
                                const char * const   *value);

/* A GListStore of @item_type, as every collection in the model is. */
GListStore *_directive_list_new (GType item_type);

/* The list in *@list, made when first asked for or added to: many stay empty,
 * and a store costs more to make and free than most objects that hold one.
 * Made under g_once_init_enter(), so that readers on several threads agree on
 * one store. An object that has such lists clears them again in finalize, in
 * case one was asked for during dispose. */
static inline GListStore *
_directive_list_ensure (GListStore **list,
                        GType        item_type)
{
  if (g_once_init_enter (list))
    g_once_init_leave (list, _directive_list_new (item_type));

  return *list;
}

/* For the parser, which builds objects nobody can listen to yet: fields set
 * directly and lists filled with one items-changed, instead of a notification
 * or a signal for each. What a caller sees once the parse returns is the same. */

/* A task as directive_task_new() and directive_task_set_lines() make it;
 * @ordinal and @text are taken. */
DirectiveTask *_directive_task_new_read   (char                *ordinal,
                                           char                *text,
                                           guint                first_line,
                                           guint                last_line);
/* Sets the deadline (taken, nullable) and recurrence of a task just read. */
void           _directive_task_set_read   (DirectiveTask       *self,
                                           DirectiveDate       *deadline,
                                           DirectiveRecurrence  recurrence);
/* Appends the task's lead agencies to @out, without making the list if it is
 * empty. */
void           _directive_task_copy_lead  (DirectiveTask       *self,
                                           GPtrArray           *out);
/* directive_task_add_subtask() for each of @subtasks, in order. */
void           _directive_task_add_subtasks (DirectiveTask     *self,
                                             DirectiveTask    **subtasks,
                                             guint              n_subtasks);
/* directive_conclusion_add_task() for each of @tasks, in order. */
void           _directive_conclusion_add_tasks (DirectiveConclusion  *self,
                                                DirectiveTask       **tasks,
                                                guint                 n_tasks);
/* The checks and index of directive_collection_add_agency(), without the
 * append: the caller appends what was accepted with
 * _directive_collection_append_agencies(). */
gboolean       _directive_collection_index_agency (DirectiveCollection  *self,
                                                   DirectiveAgency      *agency,
                                                   GError              **error);
void           _directive_collection_append_agencies (DirectiveCollection  *self,
                                                      DirectiveAgency     **agencies,
                                                      guint                 n_agencies);

G_END_DECLS
