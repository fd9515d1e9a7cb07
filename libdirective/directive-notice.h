/* directive-notice.h
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

#define DIRECTIVE_TYPE_NOTICE (directive_notice_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveNotice, directive_notice, DIRECTIVE, NOTICE, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveNotice       *directive_notice_new                (DirectiveDocumentKind  kind) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveDocumentKind  directive_notice_get_kind           (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_kind           (DirectiveNotice       *self,
                                                            DirectiveDocumentKind  kind);
DIRECTIVE_AVAILABLE_IN_ALL
const char            *directive_notice_get_number         (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_number         (DirectiveNotice       *self,
                                                            const char            *number);
DIRECTIVE_AVAILABLE_IN_ALL
const char            *directive_notice_get_symbol         (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_symbol         (DirectiveNotice       *self,
                                                            const char            *symbol);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgency       *directive_notice_get_issuer         (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_issuer         (DirectiveNotice       *self,
                                                            DirectiveAgency       *issuer);
DIRECTIVE_AVAILABLE_IN_ALL
const char            *directive_notice_get_place          (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_place          (DirectiveNotice       *self,
                                                            const char            *place);
DIRECTIVE_AVAILABLE_IN_ALL
const DirectiveDate   *directive_notice_get_issued_on      (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_issued_on      (DirectiveNotice       *self,
                                                            const DirectiveDate   *issued_on);
DIRECTIVE_AVAILABLE_IN_ALL
const char            *directive_notice_get_subject        (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_subject        (DirectiveNotice       *self,
                                                            const char            *subject);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel            *directive_notice_get_conclusions    (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_add_conclusion     (DirectiveNotice       *self,
                                                            DirectiveConclusion   *conclusion);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel            *directive_notice_get_recipients     (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_add_recipient      (DirectiveNotice       *self,
                                                            DirectiveRecipient    *recipient);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel            *directive_notice_get_addressees     (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_add_addressee      (DirectiveNotice       *self,
                                                            DirectiveRecipient    *addressee);
DIRECTIVE_AVAILABLE_IN_ALL
const char * const    *directive_notice_get_archive        (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_archive        (DirectiveNotice       *self,
                                                            const char * const    *archive);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveSigner       *directive_notice_get_signer         (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_signer         (DirectiveNotice       *self,
                                                            DirectiveSigner       *signer);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveUrgency       directive_notice_get_urgency        (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_urgency        (DirectiveNotice       *self,
                                                            DirectiveUrgency       urgency);
DIRECTIVE_AVAILABLE_IN_ALL
const char            *directive_notice_get_source_file    (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_source_file    (DirectiveNotice       *self,
                                                            const char            *source_file);
DIRECTIVE_AVAILABLE_IN_ALL
const char            *directive_notice_get_source_sha256  (DirectiveNotice       *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_notice_set_source_sha256  (DirectiveNotice       *self,
                                                            const char            *source_sha256);

G_END_DECLS
