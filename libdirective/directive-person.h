/* directive-person.h
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

#define DIRECTIVE_TYPE_PERSON (directive_person_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectivePerson, directive_person, DIRECTIVE, PERSON, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectivePerson *directive_person_new              (const char      *name,
                                                    const char      *position) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectivePerson *directive_person_new_group        (const char      *text) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
const char      *directive_person_get_name         (DirectivePerson *self);
DIRECTIVE_AVAILABLE_IN_ALL
void             directive_person_set_name         (DirectivePerson *self,
                                                    const char      *name);
DIRECTIVE_AVAILABLE_IN_ALL
const char      *directive_person_get_position     (DirectivePerson *self);
DIRECTIVE_AVAILABLE_IN_ALL
void             directive_person_set_position     (DirectivePerson *self,
                                                    const char      *position);
DIRECTIVE_AVAILABLE_IN_ALL
const char      *directive_person_get_honorific    (DirectivePerson *self);
DIRECTIVE_AVAILABLE_IN_ALL
void             directive_person_set_honorific    (DirectivePerson *self,
                                                    const char      *honorific);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgency *directive_person_get_agency       (DirectivePerson *self);
DIRECTIVE_AVAILABLE_IN_ALL
void             directive_person_set_agency       (DirectivePerson *self,
                                                    DirectiveAgency *agency);
DIRECTIVE_AVAILABLE_IN_ALL
const char      *directive_person_get_text         (DirectivePerson *self);
DIRECTIVE_AVAILABLE_IN_ALL
void             directive_person_set_text         (DirectivePerson *self,
                                                    const char      *text);

G_END_DECLS
