/* directive-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-error.h"

/**
 * directive_error_quark:
 *
 * Gets the quark of the libdirective error domain, %DIRECTIVE_ERROR: what
 * `e.matches(Directive.error_quark(), Directive.Error.X)` tests in bindings.
 *
 * Returns: the error domain
 */
G_DEFINE_QUARK (directive-error-quark, directive_error)
