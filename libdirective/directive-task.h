/* directive-task.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <gio/gio.h>

#include "directive-date.h"
#include "directive-enums.h"
#include "directive-types.h"
#include "directive-version-macros.h"

G_BEGIN_DECLS

#define DIRECTIVE_TYPE_TASK (directive_task_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveTask, directive_task, DIRECTIVE, TASK, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTask       *directive_task_new               (const char          *ordinal,
                                                       const char          *text) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_task_get_ordinal       (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_set_ordinal       (DirectiveTask       *self,
                                                       const char          *ordinal);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_task_get_text          (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_set_text          (DirectiveTask       *self,
                                                       const char          *text);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_task_get_lead          (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_add_lead          (DirectiveTask       *self,
                                                       DirectiveAgency     *agency);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_task_get_cooperating   (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_add_cooperating   (DirectiveTask       *self,
                                                       DirectiveAgency     *agency);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_task_get_report_to     (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_add_report_to     (DirectiveTask       *self,
                                                       DirectiveAgency     *agency);
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate *directive_task_get_deadline      (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_set_deadline      (DirectiveTask       *self,
                                                       const DirectiveDate *deadline);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveRecurrence  directive_task_get_recurrence    (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_set_recurrence    (DirectiveTask       *self,
                                                       DirectiveRecurrence  recurrence);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTaskStatus  directive_task_get_status        (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_set_status        (DirectiveTask       *self,
                                                       DirectiveTaskStatus  status);
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate *directive_task_get_completed_on  (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_set_completed_on  (DirectiveTask       *self,
                                                       const DirectiveDate *completed_on);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_task_get_subtasks      (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_add_subtask       (DirectiveTask       *self,
                                                       DirectiveTask       *subtask);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_task_get_history       (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_add_event         (DirectiveTask       *self,
                                                       DirectiveTaskEvent  *event);
DIRECTIVE_AVAILABLE_IN_ALL
guint                directive_task_get_first_line    (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
guint                directive_task_get_last_line     (DirectiveTask       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_set_lines         (DirectiveTask       *self,
                                                       guint                first_line,
                                                       guint                last_line);

DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTimeliness  directive_task_get_timeliness    (DirectiveTask       *self,
                                                       const DirectiveDate *today,
                                                       guint                due_soon_days);

G_END_DECLS
