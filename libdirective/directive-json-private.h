/* directive-json-private.h: the directive/1 JSON reader and writer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "directive-collection.h"

G_BEGIN_DECLS

/* The JSON format this version reads and writes. */
#define DIRECTIVE_JSON_FORMAT "directive/1"

/* The limits a load applies: DirectiveCollection's max-* properties, copied so
 * that a worker thread does not read the collection. */
typedef struct
{
  gsize max_input_size;
  guint max_depth;
  gsize max_string_length;
  guint max_subtask_depth;
} DirectiveJsonLimits;

void        _directive_json_limits_init   (DirectiveJsonLimits       *limits,
                                           DirectiveCollection       *from);

/* Checks @data (size, UTF-8, nesting depth, string lengths), parses it and
 * fills the empty collection @into. On error @into is left partly filled: load
 * into a fresh one. */
gboolean    _directive_json_read          (DirectiveCollection       *into,
                                           const char                *data,
                                           gsize                      length,
                                           const DirectiveJsonLimits *limits,
                                           GError                   **error);

/* The whole collection as indented JSON text, with a final newline. */
char       *_directive_json_write         (DirectiveCollection  *self,
                                           gsize                *length);

/* Keys the reader did not know, kept on the model object they were read with so
 * that a load/save round trip writes them again. @part names the JSON object
 * within the model object ("" for the object itself, "source" for a notice's
 * source). */
void        _directive_json_set_extras    (GObject              *object,
                                           const char           *part,
                                           JsonObject           *extras);
JsonObject *_directive_json_get_extras    (GObject              *object,
                                           const char           *part);

G_END_DECLS
