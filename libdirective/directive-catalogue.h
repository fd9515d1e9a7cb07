/* directive-catalogue.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <gio/gio.h>

#include "directive-agency.h"
#include "directive-types.h"
#include "directive-version-macros.h"

G_BEGIN_DECLS

#define DIRECTIVE_TYPE_CATALOGUE (directive_catalogue_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveCatalogue, directive_catalogue, DIRECTIVE, CATALOGUE, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCatalogue  *directive_catalogue_new             (void) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCatalogue  *directive_catalogue_new_default     (void) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCatalogue  *directive_catalogue_get_default     (void);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_catalogue_add_from_file   (DirectiveCatalogue  *self,
                                                          const char          *path,
                                                          GError             **error);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_catalogue_add_from_data   (DirectiveCatalogue  *self,
                                                          const char          *data,
                                                          gssize               length,
                                                          GError             **error);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_catalogue_add_agency      (DirectiveCatalogue  *self,
                                                          DirectiveAgency     *agency,
                                                          const char * const  *aliases);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_catalogue_get_agencies    (DirectiveCatalogue  *self);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgency     *directive_catalogue_lookup          (DirectiveCatalogue  *self,
                                                          const char          *text);

G_END_DECLS
