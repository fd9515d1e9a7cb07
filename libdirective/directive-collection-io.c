/* directive-collection-io.c: loading and saving a collection as directive/1 JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive.h"
#include "directive-collection-private.h"
#include "directive-json-private.h"

/* Loading reads into a fresh collection and moves its contents over only when
 * all of it was read: a document refused half way leaves @self as it was. */
static void
take_contents (DirectiveCollection *self,
               DirectiveCollection *loaded)
{
  GListModel *agencies = directive_collection_get_agencies (loaded);
  GListModel *notices = directive_collection_get_notices (loaded);
  guint n_notices = g_list_model_get_n_items (notices);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n_notices, g_object_unref);
  JsonObject *extras;

  _directive_collection_clear (self);

  for (guint i = 0, n = g_list_model_get_n_items (agencies); i < n; i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);

      /* Ids were unique in @loaded, so this cannot fail. */
      directive_collection_add_agency (self, agency, NULL);
    }

  /* One items-changed for all the notices, so a bound list view rebuilds once. */
  for (guint i = 0; i < n_notices; i++)
    g_ptr_array_add (items, g_list_model_get_item (notices, i));
  g_list_store_splice (G_LIST_STORE (directive_collection_get_notices (self)),
                       0, 0, items->pdata, n_notices);

  extras = _directive_json_get_extras (G_OBJECT (loaded), "");
  _directive_json_set_extras (G_OBJECT (self), "", extras);
}

/**
 * directive_collection_load_from_data:
 * @self: a collection
 * @data: directive/1 JSON text
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Replaces the contents of @self by the agencies and notices of a directive/1
 * JSON document.
 *
 * Keys the format does not define are kept and written again by
 * directive_collection_to_data(); dates keep the precision they were written
 * with. A document that cannot be read is refused with an error in
 * %DIRECTIVE_ERROR whose message names the place: the line and column for text
 * that is not JSON, the JSON path for the rest
 * (`notices[0].conclusions[0].tasks[2].lead[1]: no agency with id 'x'`). On
 * error @self is left unchanged.
 *
 * The limits set by [property@Directive.Collection:max-input-size],
 * [property@Directive.Collection:max-depth],
 * [property@Directive.Collection:max-string-length] and
 * [property@Directive.Collection:max-subtask-depth] apply.
 *
 * Returns: %TRUE if the document was read
 */
gboolean
directive_collection_load_from_data (DirectiveCollection  *self,
                                     const char           *data,
                                     gssize                length,
                                     GError              **error)
{
  g_autoptr(DirectiveCollection) loaded = NULL;
  DirectiveJsonLimits limits;

  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = (gssize) strlen (data);

  loaded = directive_collection_new ();
  _directive_json_limits_init (&limits, self);
  if (!_directive_json_read (loaded, data, (gsize) length, &limits, error))
    return FALSE;

  take_contents (self, loaded);
  return TRUE;
}

/**
 * directive_collection_load_from_bytes:
 * @self: a collection
 * @bytes: directive/1 JSON text
 * @error: return location for a #GError
 *
 * Like directive_collection_load_from_data(), from a #GBytes.
 *
 * Returns: %TRUE if the document was read
 */
gboolean
directive_collection_load_from_bytes (DirectiveCollection  *self,
                                      GBytes               *bytes,
                                      GError              **error)
{
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  return directive_collection_load_from_data (self, data ? data : "", (gssize) size, error);
}

/* Reads a whole file, refusing one larger than @limit before reading it. */
static GBytes *
read_file (GFile         *file,
           gsize          limit,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && (guint64) g_file_info_get_size (info) > limit)
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_LARGE,
                   "the document is %" G_GOFFSET_FORMAT " bytes, more than the limit of %"
                   G_GSIZE_FORMAT " bytes", g_file_info_get_size (info), limit);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &size, NULL, error))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&contents), size);
}

static void
prefix_error_with_file (GError **error,
                        GFile   *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_prefix_error (error, "%s: ", name);
}

/**
 * directive_collection_load_from_file:
 * @self: a collection
 * @path: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Like directive_collection_load_from_data(), from a file. Error messages
 * start with the file's name. A file that cannot be read gives an error in
 * the `G_IO_ERROR` domain.
 *
 * Returns: %TRUE if the document was read
 */
gboolean
directive_collection_load_from_file (DirectiveCollection  *self,
                                     const char           *path,
                                     GError              **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  bytes = read_file (file, directive_collection_get_max_input_size (self), NULL, error);
  if (bytes == NULL || !directive_collection_load_from_bytes (self, bytes, error))
    {
      prefix_error_with_file (error, file);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GFile *file;
  DirectiveJsonLimits limits;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_object_unref (data->file);
  g_free (data);
}

/* In a worker thread: read and parse into a new collection nobody else sees. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(DirectiveCollection) loaded = directive_collection_new ();
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  const char *contents;
  gsize size;

  bytes = read_file (data->file, data->limits.max_input_size, cancellable, &error);
  if (bytes != NULL)
    {
      contents = g_bytes_get_data (bytes, &size);
      _directive_json_read (loaded, contents ? contents : "", size, &data->limits, &error);
    }

  if (error != NULL)
    {
      prefix_error_with_file (&error, data->file);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, g_steal_pointer (&loaded), g_object_unref);
}

/**
 * directive_collection_load_async:
 * @self: a collection
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the file has been read
 * @user_data: data for @callback
 *
 * Reads a directive/1 file in a worker thread, so that an application's main
 * loop goes on meanwhile. Call directive_collection_load_finish() from the
 * callback, which runs in the main context that was current when this was
 * called: the contents replace those of @self then.
 */
void
directive_collection_load_async (DirectiveCollection *self,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (DIRECTIVE_IS_COLLECTION (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  _directive_json_limits_init (&data->limits, self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, directive_collection_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * directive_collection_load_finish:
 * @self: a collection
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Finishes directive_collection_load_async(): on success the file's agencies
 * and notices replace the contents of @self; on error @self is unchanged.
 *
 * Returns: %TRUE if the file was read
 */
gboolean
directive_collection_load_finish (DirectiveCollection  *self,
                                  GAsyncResult         *result,
                                  GError              **error)
{
  g_autoptr(DirectiveCollection) loaded = NULL;

  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;
  take_contents (self, loaded);
  return TRUE;
}

/**
 * directive_collection_to_data:
 * @self: a collection
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the collection as directive/1 JSON, indented by two spaces, with the
 * keys in the order the format lists them and the keys read but not understood
 * after them.
 *
 * Returns: (transfer full): the JSON text, nul-terminated
 */
char *
directive_collection_to_data (DirectiveCollection *self,
                              gsize               *length)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), NULL);

  return _directive_json_write (self, length);
}

/**
 * directive_collection_save_to_file:
 * @self: a collection
 * @path: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes the collection to @path as directive/1 JSON (see
 * directive_collection_to_data()), atomically: the text goes to a temporary
 * file in the same folder, which is flushed to disk and then renamed over
 * @path. On any failure (no permission, a full disk) the previous file is left
 * as it was and the error, in the `G_FILE_ERROR` domain, names the file.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
directive_collection_save_to_file (DirectiveCollection  *self,
                                   const char           *path,
                                   GError              **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = _directive_json_write (self, &length);
  return g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}

/**
 * directive_collection_save_to_stream:
 * @self: a collection
 * @stream: the stream to write to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the collection to @stream as directive/1 JSON (see
 * directive_collection_to_data()), for a destination that is not a plain
 * file: a socket, a pipe, a compressing #GConverterOutputStream. The stream
 * is neither flushed nor closed.
 *
 * A failure part way (the stream's error, in its own domain, typically
 * `G_IO_ERROR`) leaves what was written so far in the stream: to replace a
 * file, use directive_collection_save_to_file(), which never leaves a
 * truncated file. With g_file_replace() instead, close its stream after a
 * failure with a cancelled #GCancellable, so that the original file is kept.
 *
 * Returns: %TRUE if the whole document was written
 */
gboolean
directive_collection_save_to_stream (DirectiveCollection  *self,
                                     GOutputStream        *stream,
                                     GCancellable         *cancellable,
                                     GError              **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Streams need not check it themselves. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  data = _directive_json_write (self, &length);
  return g_output_stream_write_all (stream, data, length, NULL, cancellable, error);
}
