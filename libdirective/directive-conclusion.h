/* directive-conclusion.h
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

#define DIRECTIVE_TYPE_CONCLUSION (directive_conclusion_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveConclusion, directive_conclusion, DIRECTIVE, CONCLUSION, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveConclusion *directive_conclusion_new         (void) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectivePerson     *directive_conclusion_get_by      (DirectiveConclusion *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_conclusion_set_by      (DirectiveConclusion *self,
                                                       DirectivePerson     *by);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveMeeting    *directive_conclusion_get_meeting (DirectiveConclusion *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_conclusion_set_meeting (DirectiveConclusion *self,
                                                       DirectiveMeeting    *meeting);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_conclusion_get_summary (DirectiveConclusion *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_conclusion_set_summary (DirectiveConclusion *self,
                                                       const char          *summary);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_conclusion_get_tasks   (DirectiveConclusion *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_conclusion_add_task    (DirectiveConclusion *self,
                                                       DirectiveTask       *task);

G_END_DECLS
