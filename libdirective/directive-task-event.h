/* directive-task-event.h
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

#define DIRECTIVE_TYPE_TASK_EVENT (directive_task_event_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveTaskEvent, directive_task_event, DIRECTIVE, TASK_EVENT, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTaskEvent  *directive_task_event_new        (const DirectiveDate *on,
                                                      DirectiveTaskStatus  status,
                                                      const char          *note) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate *directive_task_event_get_on     (DirectiveTaskEvent  *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_event_set_on     (DirectiveTaskEvent  *self,
                                                      const DirectiveDate *on);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveTaskStatus  directive_task_event_get_status (DirectiveTaskEvent  *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_event_set_status (DirectiveTaskEvent  *self,
                                                      DirectiveTaskStatus  status);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_task_event_get_note   (DirectiveTaskEvent  *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_task_event_set_note   (DirectiveTaskEvent  *self,
                                                      const char          *note);

G_END_DECLS
