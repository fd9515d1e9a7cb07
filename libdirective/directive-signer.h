/* directive-signer.h
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

#define DIRECTIVE_TYPE_SIGNER (directive_signer_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveSigner, directive_signer, DIRECTIVE, SIGNER, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveSigner *directive_signer_new           (const char         *name,
                                                 const char         *position) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
const char      *directive_signer_get_name      (DirectiveSigner    *self);
DIRECTIVE_AVAILABLE_IN_ALL
void             directive_signer_set_name      (DirectiveSigner    *self,
                                                 const char         *name);
DIRECTIVE_AVAILABLE_IN_ALL
const char      *directive_signer_get_position  (DirectiveSigner    *self);
DIRECTIVE_AVAILABLE_IN_ALL
void             directive_signer_set_position  (DirectiveSigner    *self,
                                                 const char         *position);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel      *directive_signer_get_authority (DirectiveSigner    *self);
DIRECTIVE_AVAILABLE_IN_ALL
void             directive_signer_add_authority (DirectiveSigner    *self,
                                                 DirectiveAuthority *authority);

G_END_DECLS
