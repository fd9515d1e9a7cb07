/* directive-recipient.h
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

#define DIRECTIVE_TYPE_RECIPIENT (directive_recipient_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveRecipient, directive_recipient, DIRECTIVE, RECIPIENT, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveRecipient *directive_recipient_new          (const char         *text) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
const char         *directive_recipient_get_text     (DirectiveRecipient *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                directive_recipient_set_text     (DirectiveRecipient *self,
                                                      const char         *text);
DIRECTIVE_AVAILABLE_IN_ALL
const char         *directive_recipient_get_note     (DirectiveRecipient *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                directive_recipient_set_note     (DirectiveRecipient *self,
                                                      const char         *note);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel         *directive_recipient_get_agencies (DirectiveRecipient *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                directive_recipient_add_agency   (DirectiveRecipient *self,
                                                      DirectiveAgency    *agency);

G_END_DECLS
