/* directive-model-private.h: helpers shared by the model's classes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

#include "directive-date.h"

G_BEGIN_DECLS

/* Replaces *slot by a copy of @value; FALSE (and nothing done) when they are equal,
 * so that setters notify only on change. */
gboolean _directive_set_string (char       **slot,
                                const char  *value);

/* The same for a nullable date. */
gboolean _directive_set_date   (DirectiveDate       **slot,
                                const DirectiveDate  *value);

/* The same for a NULL-terminated string array. */
gboolean _directive_set_strv   (char               ***slot,
                                const char * const   *value);

/* A GListStore of @item_type, as every collection in the model is. */
GListStore *_directive_list_new (GType item_type);

G_END_DECLS
