/* directive-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-error.h"

G_DEFINE_QUARK (directive-error-quark, directive_error)
