/* directive-collection.h
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

#define DIRECTIVE_TYPE_COLLECTION (directive_collection_get_type ())

DIRECTIVE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (DirectiveCollection, directive_collection, DIRECTIVE, COLLECTION, GObject)


DIRECTIVE_AVAILABLE_IN_ALL
DirectiveCollection *directive_collection_new                  (void) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_collection_get_agencies         (DirectiveCollection  *self);
DIRECTIVE_AVAILABLE_IN_ALL
GListModel          *directive_collection_get_notices          (DirectiveCollection  *self);
DIRECTIVE_AVAILABLE_IN_ALL
DirectiveAgency     *directive_collection_lookup_agency        (DirectiveCollection  *self,
                                                                const char           *id);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_collection_add_agency           (DirectiveCollection  *self,
                                                                DirectiveAgency      *agency,
                                                                GError              **error);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_collection_add_notice           (DirectiveCollection  *self,
                                                                DirectiveNotice      *notice);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_collection_remove_notice        (DirectiveCollection  *self,
                                                                DirectiveNotice      *notice);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_collection_load_from_data       (DirectiveCollection  *self,
                                                                const char           *data,
                                                                gssize                length,
                                                                GError              **error);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_collection_load_from_bytes      (DirectiveCollection  *self,
                                                                GBytes               *bytes,
                                                                GError              **error);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_collection_load_from_file       (DirectiveCollection  *self,
                                                                const char           *path,
                                                                GError              **error);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_collection_load_async            (DirectiveCollection  *self,
                                                                GFile               *file,
                                                                GCancellable        *cancellable,
                                                                GAsyncReadyCallback  callback,
                                                                gpointer             user_data);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_collection_load_finish           (DirectiveCollection  *self,
                                                                GAsyncResult        *result,
                                                                GError             **error);
DIRECTIVE_AVAILABLE_IN_ALL
char                *directive_collection_to_data              (DirectiveCollection  *self,
                                                                gsize                *length) G_GNUC_WARN_UNUSED_RESULT;
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_collection_save_to_file         (DirectiveCollection  *self,
                                                                const char           *path,
                                                                GError              **error);
DIRECTIVE_AVAILABLE_IN_ALL
gboolean             directive_collection_save_to_stream       (DirectiveCollection  *self,
                                                                GOutputStream        *stream,
                                                                GCancellable         *cancellable,
                                                                GError              **error);
DIRECTIVE_AVAILABLE_IN_ALL
gsize                directive_collection_get_max_input_size   (DirectiveCollection  *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_collection_set_max_input_size   (DirectiveCollection  *self,
                                                                gsize                 max_input_size);
DIRECTIVE_AVAILABLE_IN_ALL
guint                directive_collection_get_max_depth        (DirectiveCollection  *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_collection_set_max_depth        (DirectiveCollection  *self,
                                                                guint                 max_depth);
DIRECTIVE_AVAILABLE_IN_ALL
gsize                directive_collection_get_max_string_length (DirectiveCollection *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_collection_set_max_string_length (DirectiveCollection *self,
                                                                 gsize                max_string_length);
DIRECTIVE_AVAILABLE_IN_ALL
guint                directive_collection_get_max_subtask_depth (DirectiveCollection *self);
DIRECTIVE_AVAILABLE_IN_ALL
void                 directive_collection_set_max_subtask_depth (DirectiveCollection *self,
                                                                 guint                max_subtask_depth);

G_END_DECLS
