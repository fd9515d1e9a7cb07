/* directive-error.h: the one error domain of libdirective
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <glib.h>

#include "directive-version-macros.h"

G_BEGIN_DECLS

/**
 * DIRECTIVE_ERROR:
 *
 * The error domain of every #GError libdirective reports.
 */
#define DIRECTIVE_ERROR (directive_error_quark ())

/**
 * DirectiveError:
 * @DIRECTIVE_ERROR_FAILED: a failure with no more specific code
 * @DIRECTIVE_ERROR_INVALID_JSON: the input is not JSON (or is cut short)
 * @DIRECTIVE_ERROR_EMPTY: the input is empty
 * @DIRECTIVE_ERROR_INVALID_FORMAT: the top-level `format` key is missing or not `directive/1`
 * @DIRECTIVE_ERROR_WRONG_TYPE: a value has the wrong JSON type (or the top level is not an object)
 * @DIRECTIVE_ERROR_MISSING_KEY: a required key is missing
 * @DIRECTIVE_ERROR_INVALID_VALUE: a value is not one of those allowed (an unknown enum nick, an
 *   empty id)
 * @DIRECTIVE_ERROR_INVALID_DATE: a date is malformed or impossible (`2021-02-30`)
 * @DIRECTIVE_ERROR_UNKNOWN_AGENCY: an agency id is referenced but not defined
 * @DIRECTIVE_ERROR_DUPLICATE_ID: two agencies share an id
 * @DIRECTIVE_ERROR_CYCLE: agencies' parents (or successors) form a cycle
 * @DIRECTIVE_ERROR_INVALID_UTF8: the input is not valid UTF-8
 * @DIRECTIVE_ERROR_TOO_DEEP: the input nests deeper than the limit
 * @DIRECTIVE_ERROR_TOO_LARGE: the input, or a string in it, is larger than the limit
 * @DIRECTIVE_ERROR_NOT_TEXT: the input given to the parser is not text
 *
 * Error codes in the %DIRECTIVE_ERROR domain. Every message names the place: the JSON
 * path (`notices[0].conclusions[0].tasks[2].lead[1]`) and, where the JSON parser knows it,
 * the line and column.
 */
typedef enum {
  DIRECTIVE_ERROR_FAILED,
  DIRECTIVE_ERROR_INVALID_JSON,
  DIRECTIVE_ERROR_EMPTY,
  DIRECTIVE_ERROR_INVALID_FORMAT,
  DIRECTIVE_ERROR_WRONG_TYPE,
  DIRECTIVE_ERROR_MISSING_KEY,
  DIRECTIVE_ERROR_INVALID_VALUE,
  DIRECTIVE_ERROR_INVALID_DATE,
  DIRECTIVE_ERROR_UNKNOWN_AGENCY,
  DIRECTIVE_ERROR_DUPLICATE_ID,
  DIRECTIVE_ERROR_CYCLE,
  DIRECTIVE_ERROR_INVALID_UTF8,
  DIRECTIVE_ERROR_TOO_DEEP,
  DIRECTIVE_ERROR_TOO_LARGE,
  DIRECTIVE_ERROR_NOT_TEXT,
} DirectiveError;

DIRECTIVE_AVAILABLE_IN_ALL
GQuark directive_error_quark (void);

G_END_DECLS
