/* directive-collection-private.h: what the loader needs of the collection
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "directive-collection.h"

G_BEGIN_DECLS

/* Empties the collection: the notices, then the agencies and their index.
 * Each store that held items emits one items-changed. */
void _directive_collection_clear (DirectiveCollection *self);

G_END_DECLS
