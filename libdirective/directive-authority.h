/* directive-authority.h
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

#define DIRECTIVE_TYPE_AUTHORITY (directive_authority_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveAuthority, directive_authority, DIRECTIVE, AUTHORITY, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAuthority     *directive_authority_new              (DirectiveAuthorityMode  mode,
                                                              const char             *on_behalf_of) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAuthorityMode  directive_authority_get_mode         (DirectiveAuthority     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_authority_set_mode         (DirectiveAuthority     *self,
                                                              DirectiveAuthorityMode  mode);
DIRECTIVE_AVAILABLE_IN_ALL
const char             *directive_authority_get_on_behalf_of (DirectiveAuthority     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                    directive_authority_set_on_behalf_of (DirectiveAuthority     *self,
                                                              const char             *on_behalf_of);

G_END_DECLS
