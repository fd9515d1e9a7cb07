/* directive-date.h: calendar dates of reduced precision
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <glib-object.h>

#include "directive-enums.h"
#include "directive-version-macros.h"

G_BEGIN_DECLS

#define DIRECTIVE_TYPE_DATE (directive_date_get_type ())

typedef struct _DirectiveDate DirectiveDate;

DIRECTIVE_AVAILABLE_IN_ALL
GType                  directive_date_get_type        (void) G_GNUC_CONST;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveDate         *directive_date_new             (guint                year,
                                                       guint                month,
                                                       guint                day,
                                                       GError             **error) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveDate         *directive_date_new_from_string (const char          *text,
                                                       GError             **error) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveDate         *directive_date_copy            (const DirectiveDate *self) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
void                   directive_date_free            (DirectiveDate       *self);
DIRECTIVE_AVAILABLE_IN_ALL
guint                  directive_date_get_year        (const DirectiveDate *self);
DIRECTIVE_AVAILABLE_IN_ALL
guint                  directive_date_get_month       (const DirectiveDate *self);
DIRECTIVE_AVAILABLE_IN_ALL
guint                  directive_date_get_day         (const DirectiveDate *self);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveDatePrecision directive_date_get_precision   (const DirectiveDate *self);
DIRECTIVE_AVAILABLE_IN_ALL
char                  *directive_date_to_string       (const DirectiveDate *self) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
int                    directive_date_compare         (const DirectiveDate *a,
                                                       const DirectiveDate *b);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean               directive_date_equal           (const DirectiveDate *a,
                                                       const DirectiveDate *b);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveDate         *directive_date_dup_last_day    (const DirectiveDate *self) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
GDate                 *directive_date_to_gdate        (const DirectiveDate *self) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
gboolean               directive_date_is_valid_ymd    (guint                year,
                                                       guint                month,
                                                       guint                day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DirectiveDate, directive_date_free)

G_END_DECLS
