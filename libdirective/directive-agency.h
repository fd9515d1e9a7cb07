/* directive-agency.h
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

#define DIRECTIVE_TYPE_AGENCY (directive_agency_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveAgency, directive_agency, DIRECTIVE, AGENCY, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgency     *directive_agency_new             (const char          *id,
                                                       const char          *name) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_agency_get_id          (DirectiveAgency     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_agency_set_id          (DirectiveAgency     *self,
                                                       const char          *id);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_agency_get_name        (DirectiveAgency     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_agency_set_name        (DirectiveAgency     *self,
                                                       const char          *name);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_agency_get_short_name  (DirectiveAgency     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_agency_set_short_name  (DirectiveAgency     *self,
                                                       const char          *short_name);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgencyKind  directive_agency_get_kind        (DirectiveAgency     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_agency_set_kind        (DirectiveAgency     *self,
                                                       DirectiveAgencyKind  kind);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgency     *directive_agency_get_parent      (DirectiveAgency     *self);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_agency_set_parent      (DirectiveAgency     *self,
                                                       DirectiveAgency     *parent,
                                                       GError             **error);
DIRECTIVE_AVAILABLE_IN_ALL
const char          *directive_agency_get_locality    (DirectiveAgency     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_agency_set_locality    (DirectiveAgency     *self,
                                                       const char          *locality);

DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgency     *directive_agency_get_successor   (DirectiveAgency     *self);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_agency_set_successor   (DirectiveAgency     *self,
                                                       DirectiveAgency     *successor,
                                                       GError             **error);
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate *directive_agency_get_ceased_on   (DirectiveAgency     *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_agency_set_ceased_on   (DirectiveAgency     *self,
                                                       const DirectiveDate *ceased_on);

G_END_DECLS
