/* directive-version-macros.h: export and availability macros
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <glib.h>

/* The library's config.h defines _DIRECTIVE_EXTERN with default visibility;
 * everything else is hidden. Users see a plain extern. */
#ifndef _DIRECTIVE_EXTERN
# define _DIRECTIVE_EXTERN extern
#endif

#define DIRECTIVE_AVAILABLE_IN_ALL _DIRECTIVE_EXTERN
#define DIRECTIVE_AVAILABLE_IN_1_0 _DIRECTIVE_EXTERN
