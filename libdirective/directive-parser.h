/* directive-parser.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <gio/gio.h>

#include "directive-catalogue.h"
#include "directive-collection.h"
#include "directive-date.h"
#include "directive-types.h"
#include "directive-version-macros.h"

G_BEGIN_DECLS

#define DIRECTIVE_TYPE_PARSER (directive_parser_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveParser, directive_parser, DIRECTIVE, PARSER, GObject)

DIRECTIVE_AVAILABLE_IN_ALL
DirectiveParser     *directive_parser_new                (void) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCatalogue  *directive_parser_get_catalogue      (DirectiveParser      *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_parser_set_catalogue      (DirectiveParser      *self,
                                                          DirectiveCatalogue   *catalogue);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_parser_get_locality       (DirectiveParser      *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_parser_set_locality       (DirectiveParser      *self,
                                                          const char           *locality);
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate *directive_parser_get_reference_date (DirectiveParser      *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_parser_set_reference_date (DirectiveParser      *self,
                                                          const DirectiveDate  *reference_date);
DIRECTIVE_AVAILABLE_IN_ALL
gsize                directive_parser_get_max_input_size (DirectiveParser      *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_parser_set_max_input_size (DirectiveParser      *self,
                                                          gsize                 max_input_size);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCollection *directive_parser_parse_data         (DirectiveParser      *self,
                                                          const char           *text,
                                                          gssize                length,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCollection *directive_parser_parse_bytes        (DirectiveParser      *self,
                                                          GBytes               *bytes,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCollection *directive_parser_parse_file         (DirectiveParser      *self,
                                                          GFile                *file,
                                                          GCancellable         *cancellable,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_parser_parse_file_async   (DirectiveParser      *self,
                                                          GFile                *file,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCollection *directive_parser_parse_file_finish  (DirectiveParser      *self,
                                                          GAsyncResult         *result,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_parser_get_diagnostics    (DirectiveParser      *self);

G_END_DECLS
