/* directive-task-query.h: a live, filtered and sorted list of a collection's tasks
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

#define DIRECTIVE_TYPE_TASK_QUERY (directive_task_query_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveTaskQuery, directive_task_query, DIRECTIVE, TASK_QUERY, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTaskQuery     *directive_task_query_new                      (DirectiveCollection    *collection) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCollection    *directive_task_query_get_collection           (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgency        *directive_task_query_get_agency               (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_agency               (DirectiveTaskQuery     *self,
                                                                       DirectiveAgency        *agency);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgencyRole     directive_task_query_get_role                 (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_role                 (DirectiveTaskQuery     *self,
                                                                       DirectiveAgencyRole     role);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean                directive_task_query_get_include_predecessors (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_include_predecessors (DirectiveTaskQuery     *self,
                                                                       gboolean                include_predecessors);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTaskStatusSet  directive_task_query_get_status               (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_status               (DirectiveTaskQuery     *self,
                                                                       DirectiveTaskStatusSet  status);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTimelinessSet  directive_task_query_get_timeliness           (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_timeliness           (DirectiveTaskQuery     *self,
                                                                       DirectiveTimelinessSet  timeliness);
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate    *directive_task_query_get_reference_date       (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_reference_date       (DirectiveTaskQuery     *self,
                                                                       const DirectiveDate    *reference_date);
DIRECTIVE_AVAILABLE_IN_ALL
guint                   directive_task_query_get_due_soon_days        (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_due_soon_days        (DirectiveTaskQuery     *self,
                                                                       guint                   due_soon_days);
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate    *directive_task_query_get_deadline_from        (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_deadline_from        (DirectiveTaskQuery     *self,
                                                                       const DirectiveDate    *deadline_from);
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate    *directive_task_query_get_deadline_to          (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_deadline_to          (DirectiveTaskQuery     *self,
                                                                       const DirectiveDate    *deadline_to);
DIRECTIVE_AVAILABLE_IN_ALL
const char             *directive_task_query_get_text                 (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_text                 (DirectiveTaskQuery     *self,
                                                                       const char             *text);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean                directive_task_query_get_include_subtasks     (DirectiveTaskQuery     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_task_query_set_include_subtasks     (DirectiveTaskQuery     *self,
                                                                       gboolean                include_subtasks);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveNotice        *directive_task_query_get_notice               (DirectiveTaskQuery     *self,
                                                                       DirectiveTask          *task);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTask          *directive_task_query_get_parent_task          (DirectiveTaskQuery     *self,
                                                                       DirectiveTask          *task);

G_END_DECLS
