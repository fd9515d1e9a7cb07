/* directive-meeting.h
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

#define DIRECTIVE_TYPE_MEETING (directive_meeting_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveMeeting, directive_meeting, DIRECTIVE, MEETING, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveMeeting    *directive_meeting_new           (void) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate *directive_meeting_get_date      (DirectiveMeeting    *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_meeting_set_date      (DirectiveMeeting    *self,
                                                      const DirectiveDate *date);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_meeting_get_venue     (DirectiveMeeting    *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_meeting_set_venue     (DirectiveMeeting    *self,
                                                      const char          *venue);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_meeting_get_topic     (DirectiveMeeting    *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_meeting_set_topic     (DirectiveMeeting    *self,
                                                      const char          *topic);
DIRECTIVE_AVAILABLE_IN_ALL
DirectivePerson     *directive_meeting_get_chair     (DirectiveMeeting    *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_meeting_set_chair     (DirectiveMeeting    *self,
                                                      DirectivePerson     *chair);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_meeting_get_attendees (DirectiveMeeting    *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_meeting_add_attendee  (DirectiveMeeting    *self,
                                                      DirectivePerson     *attendee);

G_END_DECLS
