/* directive-collection.c: the model part of DirectiveCollection
 *
 * Loading and saving are in directive-collection-io.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-agency.h"
#include "directive-collection.h"
#include "directive-collection-private.h"
#include "directive-error.h"
#include "directive-model-private.h"
#include "directive-notice.h"

#define DEFAULT_MAX_INPUT_SIZE ((guint64) 256 * 1024 * 1024)
#define DEFAULT_MAX_DEPTH      64
#define DEFAULT_MAX_STRING_LENGTH ((guint64) 1024 * 1024)
#define DEFAULT_MAX_SUBTASK_DEPTH 16

/**
 * DirectiveCollection:
 *
 * The top level of a `directive/1` file: the agencies, each listed once and
 * known by its [property@Directive.Agency:id], and the notices that refer to
 * them.
 *
 * [method@Directive.Collection.get_agencies] and
 * [method@Directive.Collection.get_notices] are [iface@Gio.ListModel]s that
 * emit [signal@Gio.ListModel::items-changed] as the collection changes, so a
 * GTK application binds a `GtkListView` or `GtkColumnView` to them directly
 * (through a `GtkSingleSelection` or `GtkNoSelection`) and the view follows
 * loads, additions and removals.
 *
 * ## Limits
 *
 * Loading refuses input that could take an application down, each case with
 * its own error code: a document larger than
 * [property@Directive.Collection:max-input-size] or a string longer than
 * [property@Directive.Collection:max-string-length]
 * (%DIRECTIVE_ERROR_TOO_LARGE), JSON nested deeper than
 * [property@Directive.Collection:max-depth] or subtasks deeper than
 * [property@Directive.Collection:max-subtask-depth]
 * (%DIRECTIVE_ERROR_TOO_DEEP). The defaults are far above what real files
 * need.
 *
 * ## Threads
 *
 * A collection, and the model objects in it, are not thread-safe: use each
 * collection from one thread at a time (it may be created in one thread and
 * then handed to another). Different collections may be loaded, changed and
 * saved in different threads at once.
 * [method@Directive.Collection.load_async] reads and parses in a worker thread
 * into a collection nobody else sees, and moves the result into @self only in
 * [method@Directive.Collection.load_finish], in the thread of the callback.
 */
struct _DirectiveCollection
{
  GObject parent_instance;

  DirectiveList agencies;
  DirectiveList notices;
  GHashTable *agency_index; /* id (owned) -> DirectiveAgency (ref); made when first needed */
  guint64 max_input_size;
  guint max_depth;
  guint64 max_string_length;
  guint max_subtask_depth;
};

G_DEFINE_FINAL_TYPE (DirectiveCollection, directive_collection, G_TYPE_OBJECT)

/* The id index, made from the agencies when first needed: a parsed
 * collection's agencies come with unique ids, and most are never looked up
 * (filling it cost ~230 K instructions a pass over the corpus). Readers in
 * several threads at once agree on one. */
static GHashTable *
agency_index (DirectiveCollection *self)
{
  GHashTable *index = g_atomic_pointer_get (&self->agency_index);
  guint n;

  if (G_LIKELY (index != NULL))
    return index;
  index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  n = _directive_list_get_n_items (&self->agencies);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveAgency) agency = _directive_list_get_item (&self->agencies, i);
      const char *id = directive_agency_get_id (agency);

      if (id != NULL && !g_hash_table_contains (index, id))
        g_hash_table_insert (index, g_strdup (id), g_object_ref (agency));
    }
  if (!g_atomic_pointer_compare_and_exchange (&self->agency_index, NULL, index))
    {
      g_hash_table_unref (index);
      index = g_atomic_pointer_get (&self->agency_index);
    }
  return index;
}

enum {
  PROP_0,
  PROP_AGENCIES,
  PROP_NOTICES,
  PROP_MAX_INPUT_SIZE,
  PROP_MAX_DEPTH,
  PROP_MAX_STRING_LENGTH,
  PROP_MAX_SUBTASK_DEPTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_collection_dispose (GObject *object)
{
  DirectiveCollection *self = (DirectiveCollection *) object;

  g_clear_pointer (&self->agency_index, g_hash_table_unref);
  _directive_list_clear (&self->notices);
  _directive_list_clear (&self->agencies);

  _directive_dispose_chain (object, directive_collection_parent_class);
}

static void
directive_collection_finalize (GObject *object)
{
  DirectiveCollection *self = (DirectiveCollection *) object;

  /* A list asked for again during dispose is made again: free it here. */
  _directive_list_clear (&self->notices);
  _directive_list_clear (&self->agencies);

  ((GObjectClass *) directive_collection_parent_class)->finalize (object);
}

static void
directive_collection_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DirectiveCollection *self = DIRECTIVE_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_AGENCIES:
      g_value_set_object (value, _directive_list_get (&self->agencies, DIRECTIVE_TYPE_AGENCY));
      break;
    case PROP_NOTICES:
      g_value_set_object (value, _directive_list_get (&self->notices, DIRECTIVE_TYPE_NOTICE));
      break;
    case PROP_MAX_INPUT_SIZE:
      g_value_set_uint64 (value, self->max_input_size);
      break;
    case PROP_MAX_DEPTH:
      g_value_set_uint (value, self->max_depth);
      break;
    case PROP_MAX_STRING_LENGTH:
      g_value_set_uint64 (value, self->max_string_length);
      break;
    case PROP_MAX_SUBTASK_DEPTH:
      g_value_set_uint (value, self->max_subtask_depth);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_collection_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DirectiveCollection *self = DIRECTIVE_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_MAX_INPUT_SIZE:
      directive_collection_set_max_input_size (self, (gsize) g_value_get_uint64 (value));
      break;
    case PROP_MAX_DEPTH:
      directive_collection_set_max_depth (self, g_value_get_uint (value));
      break;
    case PROP_MAX_STRING_LENGTH:
      directive_collection_set_max_string_length (self, (gsize) g_value_get_uint64 (value));
      break;
    case PROP_MAX_SUBTASK_DEPTH:
      directive_collection_set_max_subtask_depth (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_collection_class_init (DirectiveCollectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = directive_collection_dispose;
  object_class->finalize = directive_collection_finalize;
  object_class->get_property = directive_collection_get_property;
  object_class->set_property = directive_collection_set_property;

  /**
   * DirectiveCollection:agencies:
   *
   * The agencies of the collection, in the order they were added, as a list
   * of [class@Directive.Agency].
   */
  properties[PROP_AGENCIES] =
    g_param_spec_object ("agencies", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveCollection:notices:
   *
   * The notices of the collection, as a list of [class@Directive.Notice].
   */
  properties[PROP_NOTICES] =
    g_param_spec_object ("notices", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveCollection:max-input-size:
   *
   * The largest input, in bytes, the collection loads: a larger one is
   * refused with %DIRECTIVE_ERROR_TOO_LARGE, before a file is read into
   * memory. The default is 256 MiB, ten times a year of notices of a province.
   */
  properties[PROP_MAX_INPUT_SIZE] =
    g_param_spec_uint64 ("max-input-size", NULL, NULL,
                         0, G_MAXSIZE, DEFAULT_MAX_INPUT_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveCollection:max-depth:
   *
   * How deep the JSON loaded may nest (objects and arrays within each
   * other): deeper input is refused with %DIRECTIVE_ERROR_TOO_DEEP, with the
   * line and column where it goes too deep. The default is 64; a
   * `directive/1` document needs about 12 plus two per level of subtasks.
   * The JSON parser underneath recurses, so a very large value risks
   * overflowing the stack of a thread.
   */
  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_MAX_DEPTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveCollection:max-string-length:
   *
   * The longest string, in bytes of UTF-8, the collection loads, for values
   * and keys alike, those it keeps without knowing them included: a longer
   * one is refused with %DIRECTIVE_ERROR_TOO_LARGE and a message naming its
   * JSON path (`notices[0].subject: a string of 2000000 bytes, longer than the
   * limit of 1048576 bytes`). The default is 1 MiB, far more than any text of
   * a notice.
   */
  properties[PROP_MAX_STRING_LENGTH] =
    g_param_spec_uint64 ("max-string-length", NULL, NULL,
                         0, G_MAXSIZE, DEFAULT_MAX_STRING_LENGTH,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveCollection:max-subtask-depth:
   *
   * How many levels of subtasks the collection loads below a conclusion's
   * tasks: deeper ones are refused with %DIRECTIVE_ERROR_TOO_DEEP and a
   * message naming the JSON path of the list that goes too deep. 0 allows no
   * subtasks. The default is 16; documents use three or four (`1.`, `a)`,
   * `-`, `+`).
   */
  properties[PROP_MAX_SUBTASK_DEPTH] =
    g_param_spec_uint ("max-subtask-depth", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_MAX_SUBTASK_DEPTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_collection_init (DirectiveCollection *self)
{
  self->max_input_size = DEFAULT_MAX_INPUT_SIZE;
  self->max_depth = DEFAULT_MAX_DEPTH;
  self->max_string_length = DEFAULT_MAX_STRING_LENGTH;
  self->max_subtask_depth = DEFAULT_MAX_SUBTASK_DEPTH;
}

/**
 * directive_collection_new:
 *
 * Creates an empty collection.
 *
 * Returns: (transfer full): a new collection
 */
DirectiveCollection *
directive_collection_new (void)
{
  return g_object_new (DIRECTIVE_TYPE_COLLECTION, NULL);
}

/**
 * directive_collection_get_agencies:
 * @self: a collection
 *
 * Gets the agencies of the collection, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Directive.Agency]
 */
GListModel *
directive_collection_get_agencies (DirectiveCollection *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->agencies, DIRECTIVE_TYPE_AGENCY));
}

/**
 * directive_collection_get_notices:
 * @self: a collection
 *
 * Gets the notices of the collection.
 *
 * Returns: (transfer none): a list model of [class@Directive.Notice]
 */
GListModel *
directive_collection_get_notices (DirectiveCollection *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->notices, DIRECTIVE_TYPE_NOTICE));
}

/**
 * directive_collection_lookup_agency:
 * @self: a collection
 * @id: an agency id
 *
 * Finds the agency of the collection with the given id.
 *
 * Returns: (transfer none) (nullable): the agency, or %NULL if there is none
 */
DirectiveAgency *
directive_collection_lookup_agency (DirectiveCollection *self,
                                    const char          *id)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (agency_index (self), id);
}

/* The checks and index of directive_collection_add_agency(), without the append. */
static gboolean
index_agency (DirectiveCollection  *self,
              DirectiveAgency      *agency,
              GError              **error)
{
  const char *id;

  id = directive_agency_get_id (agency);
  if (id == NULL || *id == '\0')
    {
      g_set_error_literal (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_VALUE,
                           "an agency must have a non-empty id");
      return FALSE;
    }

  if (g_hash_table_contains (agency_index (self), id))
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_DUPLICATE_ID,
                   "agency id '%s' is already in the collection", id);
      return FALSE;
    }

  /* Index first, so that an items-changed handler can look the agency up. */
  g_hash_table_insert (agency_index (self), g_strdup (id), g_object_ref (agency));
  return TRUE;
}

/**
 * directive_collection_add_agency:
 * @self: a collection
 * @agency: the agency to add
 * @error: return location for a #GError
 *
 * Appends @agency to the collection's agencies.
 *
 * An agency without an id, or with an empty one, is refused with
 * %DIRECTIVE_ERROR_INVALID_VALUE; one whose id another agency of the
 * collection already has is refused with %DIRECTIVE_ERROR_DUPLICATE_ID.
 *
 * Returns: %TRUE if the agency was added
 */
gboolean
directive_collection_add_agency (DirectiveCollection  *self,
                                 DirectiveAgency      *agency,
                                 GError              **error)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (agency), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!index_agency (self, agency, error))
    return FALSE;
  _directive_list_append (&self->agencies, agency);
  return TRUE;
}


void
_directive_collection_take_parsed_agencies (DirectiveCollection  *self,
                                            DirectiveAgency     **agencies,
                                            guint                 n_agencies)
{
  GHashTable *index = g_atomic_pointer_get (&self->agency_index);

  /* (an index made already takes them first, as index_agency() would) */
  for (guint i = 0; index != NULL && i < n_agencies; i++)
    g_hash_table_insert (index, g_strdup (directive_agency_get_id (agencies[i])), g_object_ref (agencies[i]));
  _directive_list_append_many (&self->agencies, (gpointer *) agencies, n_agencies);
}

/**
 * directive_collection_add_notice:
 * @self: a collection
 * @notice: the notice to add
 *
 * Appends @notice to the collection's notices.
 */
void
directive_collection_add_notice (DirectiveCollection *self,
                                 DirectiveNotice     *notice)
{
  g_return_if_fail (DIRECTIVE_IS_COLLECTION (self));
  g_return_if_fail (DIRECTIVE_IS_NOTICE (notice));
  _directive_list_append (&self->notices, notice);
}

/**
 * directive_collection_remove_notice:
 * @self: a collection
 * @notice: the notice to remove
 *
 * Removes @notice from the collection's notices.
 *
 * Returns: %TRUE if @notice was in the collection and was removed
 */
gboolean
directive_collection_remove_notice (DirectiveCollection *self,
                                    DirectiveNotice     *notice)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (notice), FALSE);

  return _directive_list_remove (&self->notices, notice);
}

/**
 * directive_collection_get_max_input_size:
 * @self: a collection
 *
 * Gets the largest input, in bytes, the collection loads.
 *
 * Returns: the largest input, in bytes, the collection loads
 */
gsize
directive_collection_get_max_input_size (DirectiveCollection *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), 0);
  return (gsize) self->max_input_size;
}

/**
 * directive_collection_set_max_input_size:
 * @self: a collection
 * @max_input_size: the largest input, in bytes
 *
 * Sets the largest input the collection loads; a larger one is refused with
 * %DIRECTIVE_ERROR_TOO_LARGE.
 */
void
directive_collection_set_max_input_size (DirectiveCollection *self,
                                         gsize                max_input_size)
{
  g_return_if_fail (DIRECTIVE_IS_COLLECTION (self));
  if (self->max_input_size == (guint64) max_input_size)
    return;
  self->max_input_size = max_input_size;
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_MAX_INPUT_SIZE]);
}

/**
 * directive_collection_get_max_depth:
 * @self: a collection
 *
 * Gets how deep the input loaded may nest.
 *
 * Returns: how deep the input loaded may nest
 */
guint
directive_collection_get_max_depth (DirectiveCollection *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), 0);
  return self->max_depth;
}

/**
 * directive_collection_set_max_depth:
 * @self: a collection
 * @max_depth: how deep the input may nest
 *
 * Sets how deep the input loaded may nest; deeper input is refused with
 * %DIRECTIVE_ERROR_TOO_DEEP.
 */
void
directive_collection_set_max_depth (DirectiveCollection *self,
                                    guint                max_depth)
{
  g_return_if_fail (DIRECTIVE_IS_COLLECTION (self));
  if (self->max_depth == max_depth)
    return;
  self->max_depth = max_depth;
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_MAX_DEPTH]);
}

/**
 * directive_collection_get_max_string_length:
 * @self: a collection
 *
 * Gets the longest string, in bytes, the collection loads.
 *
 * Returns: the longest string, in bytes, the collection loads
 */
gsize
directive_collection_get_max_string_length (DirectiveCollection *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), 0);
  return (gsize) self->max_string_length;
}

/**
 * directive_collection_set_max_string_length:
 * @self: a collection
 * @max_string_length: the longest string, in bytes
 *
 * Sets the longest string the collection loads; see
 * [property@Directive.Collection:max-string-length].
 */
void
directive_collection_set_max_string_length (DirectiveCollection *self,
                                            gsize                max_string_length)
{
  g_return_if_fail (DIRECTIVE_IS_COLLECTION (self));
  if (self->max_string_length == (guint64) max_string_length)
    return;
  self->max_string_length = max_string_length;
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_MAX_STRING_LENGTH]);
}

/**
 * directive_collection_get_max_subtask_depth:
 * @self: a collection
 *
 * Gets how many levels of subtasks the collection loads.
 *
 * Returns: how many levels of subtasks the collection loads
 */
guint
directive_collection_get_max_subtask_depth (DirectiveCollection *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (self), 0);
  return self->max_subtask_depth;
}

/**
 * directive_collection_set_max_subtask_depth:
 * @self: a collection
 * @max_subtask_depth: how many levels of subtasks to load
 *
 * Sets how many levels of subtasks the collection loads; see
 * [property@Directive.Collection:max-subtask-depth].
 */
void
directive_collection_set_max_subtask_depth (DirectiveCollection *self,
                                            guint                max_subtask_depth)
{
  g_return_if_fail (DIRECTIVE_IS_COLLECTION (self));
  if (self->max_subtask_depth == max_subtask_depth)
    return;
  self->max_subtask_depth = max_subtask_depth;
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_MAX_SUBTASK_DEPTH]);
}

void
_directive_collection_clear (DirectiveCollection *self)
{
  g_return_if_fail (DIRECTIVE_IS_COLLECTION (self));

  /* Notices first: they refer to the agencies. */
  _directive_list_remove_all (&self->notices);

  /* The index before the store, so that an items-changed handler finds
   * neither. */
  if (self->agency_index != NULL)
    g_hash_table_remove_all (self->agency_index);
  _directive_list_remove_all (&self->agencies);
}
