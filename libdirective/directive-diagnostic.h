/* directive-diagnostic.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <gio/gio.h>

#include "directive-enums.h"
#include "directive-version-macros.h"

G_BEGIN_DECLS

#define DIRECTIVE_TYPE_DIAGNOSTIC (directive_diagnostic_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveDiagnostic, directive_diagnostic, DIRECTIVE, DIAGNOSTIC, GObject)

DIRECTIVE_AVAILABLE_IN_ALL
DirectiveDiagnostic *directive_diagnostic_new          (guint                line,
                                                        DirectiveSeverity    severity,
                                                        const char          *message) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
guint                directive_diagnostic_get_line     (DirectiveDiagnostic *self);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveSeverity    directive_diagnostic_get_severity (DirectiveDiagnostic *self);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_diagnostic_get_message  (DirectiveDiagnostic *self);

G_END_DECLS
