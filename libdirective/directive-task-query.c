/* directive-task-query.c: a live, filtered and sorted list of a collection's tasks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-agency.h"
#include "directive-collection.h"
#include "directive-enum-types.h"
#include "directive-model-private.h"
#include "directive-task.h"
#include "directive-task-query.h"
#include "directive-tracking-private.h"

/**
 * DirectiveTaskQuery:
 *
 * A live list of the tasks of a [class@Directive.Collection] that pass a set
 * of filters, sorted by deadline.
 *
 * The query is a [iface@Gio.ListModel] of [class@Directive.Task]: bind it to
 * a `GtkListView` or `GtkColumnView` and it stays right without the
 * application doing anything. It follows the collection: when a task's
 * status, deadline, agencies or text change, when notices come and go, or
 * when tasks are added to conclusions, it emits
 * [signal@Gio.ListModel::items-changed] for exactly the items that moved in
 * or out, and so it does when one of its filters changes.
 *
 * Items are sorted by deadline (a deadline of reduced precision counts as
 * its last day), tasks without a deadline last, and tasks with the same
 * deadline in document order (notices in the collection's order, then
 * conclusions, tasks, and each task before its subtasks).
 *
 * Filters, all of which must pass:
 *
 * - [property@Directive.TaskQuery:agency] in one of the
 *   [property@Directive.TaskQuery:role]s, optionally through the agency's
 *   predecessors ([property@Directive.TaskQuery:include-predecessors]);
 * - [property@Directive.TaskQuery:status], a set of statuses;
 * - [property@Directive.TaskQuery:timeliness], a set of
 *   [enum@Directive.Timeliness] values at the
 *   [property@Directive.TaskQuery:reference-date];
 * - [property@Directive.TaskQuery:deadline-from] and
 *   [property@Directive.TaskQuery:deadline-to];
 * - [property@Directive.TaskQuery:text], matched without diacritics;
 * - [property@Directive.TaskQuery:include-subtasks].
 *
 * A status change costs O(log n) in the number of listed tasks, not a new
 * filtering of the collection.
 */
struct _DirectiveTaskQuery
{
  GObject parent_instance;

  DirectiveCollection *collection;
  DirectiveAgency *agency;
  DirectiveAgencyRole role;
  gboolean include_predecessors;
  DirectiveTaskStatusSet status;
  DirectiveTimelinessSet timeliness;
  DirectiveDate *reference_date;
  guint due_soon_days;
  DirectiveDate *deadline_from;
  DirectiveDate *deadline_to;
  char *text;
  gboolean include_subtasks;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DirectiveTaskQuery, directive_task_query, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_COLLECTION,
  PROP_AGENCY,
  PROP_ROLE,
  PROP_INCLUDE_PREDECESSORS,
  PROP_STATUS,
  PROP_TIMELINESS,
  PROP_REFERENCE_DATE,
  PROP_DUE_SOON_DAYS,
  PROP_DEADLINE_FROM,
  PROP_DEADLINE_TO,
  PROP_TEXT,
  PROP_INCLUDE_SUBTASKS,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
list_model_get_item_type (GListModel *model)
{
  return DIRECTIVE_TYPE_TASK;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return 0;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  return NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
refilter (DirectiveTaskQuery *self)
{
}

static void
directive_task_query_dispose (GObject *object)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (object);

  g_clear_object (&self->agency);
  g_clear_object (&self->collection);

  G_OBJECT_CLASS (directive_task_query_parent_class)->dispose (object);
}

static void
directive_task_query_finalize (GObject *object)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (object);

  g_clear_pointer (&self->reference_date, directive_date_free);
  g_clear_pointer (&self->deadline_from, directive_date_free);
  g_clear_pointer (&self->deadline_to, directive_date_free);
  g_free (self->text);

  G_OBJECT_CLASS (directive_task_query_parent_class)->finalize (object);
}

static void
directive_task_query_constructed (GObject *object)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (object);

  G_OBJECT_CLASS (directive_task_query_parent_class)->constructed (object);

  if (self->collection == NULL)
    self->collection = directive_collection_new ();
  refilter (self);
}

static void
directive_task_query_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (object);

  switch (prop_id)
    {
    case PROP_COLLECTION:
      g_value_set_object (value, self->collection);
      break;
    case PROP_AGENCY:
      g_value_set_object (value, self->agency);
      break;
    case PROP_ROLE:
      g_value_set_flags (value, self->role);
      break;
    case PROP_INCLUDE_PREDECESSORS:
      g_value_set_boolean (value, self->include_predecessors);
      break;
    case PROP_STATUS:
      g_value_set_flags (value, self->status);
      break;
    case PROP_TIMELINESS:
      g_value_set_flags (value, self->timeliness);
      break;
    case PROP_REFERENCE_DATE:
      g_value_set_boxed (value, self->reference_date);
      break;
    case PROP_DUE_SOON_DAYS:
      g_value_set_uint (value, self->due_soon_days);
      break;
    case PROP_DEADLINE_FROM:
      g_value_set_boxed (value, self->deadline_from);
      break;
    case PROP_DEADLINE_TO:
      g_value_set_boxed (value, self->deadline_to);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_INCLUDE_SUBTASKS:
      g_value_set_boolean (value, self->include_subtasks);
      break;
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, DIRECTIVE_TYPE_TASK);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_task_query_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (object);

  switch (prop_id)
    {
    case PROP_COLLECTION:
      self->collection = g_value_dup_object (value);
      break;
    case PROP_AGENCY:
      directive_task_query_set_agency (self, g_value_get_object (value));
      break;
    case PROP_ROLE:
      directive_task_query_set_role (self, g_value_get_flags (value));
      break;
    case PROP_INCLUDE_PREDECESSORS:
      directive_task_query_set_include_predecessors (self, g_value_get_boolean (value));
      break;
    case PROP_STATUS:
      directive_task_query_set_status (self, g_value_get_flags (value));
      break;
    case PROP_TIMELINESS:
      directive_task_query_set_timeliness (self, g_value_get_flags (value));
      break;
    case PROP_REFERENCE_DATE:
      directive_task_query_set_reference_date (self, g_value_get_boxed (value));
      break;
    case PROP_DUE_SOON_DAYS:
      directive_task_query_set_due_soon_days (self, g_value_get_uint (value));
      break;
    case PROP_DEADLINE_FROM:
      directive_task_query_set_deadline_from (self, g_value_get_boxed (value));
      break;
    case PROP_DEADLINE_TO:
      directive_task_query_set_deadline_to (self, g_value_get_boxed (value));
      break;
    case PROP_TEXT:
      directive_task_query_set_text (self, g_value_get_string (value));
      break;
    case PROP_INCLUDE_SUBTASKS:
      directive_task_query_set_include_subtasks (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_task_query_class_init (DirectiveTaskQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = directive_task_query_dispose;
  object_class->finalize = directive_task_query_finalize;
  object_class->constructed = directive_task_query_constructed;
  object_class->get_property = directive_task_query_get_property;
  object_class->set_property = directive_task_query_set_property;

  /**
   * DirectiveTaskQuery:collection:
   *
   * The collection whose tasks the query lists. Set at construction.
   */
  properties[PROP_COLLECTION] =
    g_param_spec_object ("collection", NULL, NULL, DIRECTIVE_TYPE_COLLECTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:agency:
   *
   * List only the tasks in which this agency plays one of the
   * [property@Directive.TaskQuery:role]s, or %NULL for tasks of any agency.
   */
  properties[PROP_AGENCY] =
    g_param_spec_object ("agency", NULL, NULL, DIRECTIVE_TYPE_AGENCY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:role:
   *
   * Which of a task's agency lists the [property@Directive.TaskQuery:agency]
   * is looked for in: lead, cooperating, report-to, or any of them (the
   * default). Has no effect while the agency is %NULL.
   */
  properties[PROP_ROLE] =
    g_param_spec_flags ("role", NULL, NULL,
                        DIRECTIVE_TYPE_AGENCY_ROLE, DIRECTIVE_AGENCY_ROLE_ANY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:include-predecessors:
   *
   * Whether the tasks of the agencies whose chain of
   * [property@Directive.Agency:successor]s leads to the
   * [property@Directive.TaskQuery:agency] are listed too: what the Sở Khoa học
   * và Công nghệ still owes from the Sở Thông tin và Truyền thông it took over.
   * %FALSE by default.
   */
  properties[PROP_INCLUDE_PREDECESSORS] =
    g_param_spec_boolean ("include-predecessors", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:status:
   *
   * The statuses to list, as a set: %DIRECTIVE_TASK_STATUS_SET_OPEN lists
   * pending and in-progress tasks. %DIRECTIVE_TASK_STATUS_SET_ANY (the
   * default) does not filter; an empty set lists nothing.
   *
   * A set rather than one [enum@Directive.TaskStatus] so that "open" and
   * "any" need no magic value, and a check menu or a toggle group binds bit by
   * bit.
   */
  properties[PROP_STATUS] =
    g_param_spec_flags ("status", NULL, NULL,
                        DIRECTIVE_TYPE_TASK_STATUS_SET, DIRECTIVE_TASK_STATUS_SET_ANY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:timeliness:
   *
   * The timeliness values to list, as a set, judged at the
   * [property@Directive.TaskQuery:reference-date] with the
   * [property@Directive.TaskQuery:due-soon-days] window (see
   * directive_task_get_timeliness()). %DIRECTIVE_TIMELINESS_SET_ANY (the
   * default) does not filter; an empty set lists nothing.
   */
  properties[PROP_TIMELINESS] =
    g_param_spec_flags ("timeliness", NULL, NULL,
                        DIRECTIVE_TYPE_TIMELINESS_SET, DIRECTIVE_TIMELINESS_SET_ANY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:reference-date:
   *
   * The day timeliness is judged at, or %NULL (the default) for today in the
   * local time zone, taken when the query is built or a filter changes.
   */
  properties[PROP_REFERENCE_DATE] =
    g_param_spec_boxed ("reference-date", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:due-soon-days:
   *
   * How many days before its deadline an open task counts as due soon; 7 by
   * default.
   */
  properties[PROP_DUE_SOON_DAYS] =
    g_param_spec_uint ("due-soon-days", NULL, NULL, 0, G_MAXUINT, 7,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:deadline-from:
   *
   * List only tasks whose deadline (its last day) is on or after this date's
   * first day, or %NULL for no lower bound. With either bound set, tasks
   * without a deadline are not listed.
   */
  properties[PROP_DEADLINE_FROM] =
    g_param_spec_boxed ("deadline-from", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:deadline-to:
   *
   * List only tasks whose deadline (its last day) is on or before this
   * date's last day, or %NULL for no upper bound.
   */
  properties[PROP_DEADLINE_TO] =
    g_param_spec_boxed ("deadline-to", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:text:
   *
   * List only tasks whose text contains this, compared without diacritics or
   * case ("so tai chinh" finds "Sở Tài chính"), or %NULL or empty for any
   * text.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:include-subtasks:
   *
   * Whether subtasks are items of the list too (the default), filtered like
   * every task; otherwise only the top-level tasks of each conclusion are.
   */
  properties[PROP_INCLUDE_SUBTASKS] =
    g_param_spec_boolean ("include-subtasks", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:item-type:
   *
   * The type of the items: [class@Directive.Task].
   */
  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskQuery:n-items:
   *
   * The number of tasks listed.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_task_query_init (DirectiveTaskQuery *self)
{
  self->role = DIRECTIVE_AGENCY_ROLE_ANY;
  self->status = DIRECTIVE_TASK_STATUS_SET_ANY;
  self->timeliness = DIRECTIVE_TIMELINESS_SET_ANY;
  self->due_soon_days = 7;
  self->include_subtasks = TRUE;
}

/**
 * directive_task_query_new:
 * @collection: the collection whose tasks to list
 *
 * Creates a query that lists every task of @collection, subtasks included,
 * by deadline.
 *
 * Returns: (transfer full): a new query
 */
DirectiveTaskQuery *
directive_task_query_new (DirectiveCollection *collection)
{
  g_return_val_if_fail (DIRECTIVE_IS_COLLECTION (collection), NULL);

  return g_object_new (DIRECTIVE_TYPE_TASK_QUERY, "collection", collection, NULL);
}

/**
 * directive_task_query_get_collection:
 * @self: a query
 *
 * Returns: (transfer none): the collection whose tasks the query lists
 */
DirectiveCollection *
directive_task_query_get_collection (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  return self->collection;
}

/**
 * directive_task_query_get_agency:
 * @self: a query
 *
 * Returns: (transfer none) (nullable): the agency tasks are filtered by
 */
DirectiveAgency *
directive_task_query_get_agency (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  return self->agency;
}

/**
 * directive_task_query_set_agency:
 * @self: a query
 * @agency: (nullable): the agency to filter by, or %NULL for any
 *
 * Lists only the tasks in which @agency plays one of the
 * [property@Directive.TaskQuery:role]s.
 */
void
directive_task_query_set_agency (DirectiveTaskQuery *self,
                                 DirectiveAgency    *agency)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));
  g_return_if_fail (agency == NULL || DIRECTIVE_IS_AGENCY (agency));

  if (!g_set_object (&self->agency, agency))
    return;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENCY]);
}

/**
 * directive_task_query_get_role:
 * @self: a query
 *
 * Returns: the roles the agency is looked for in
 */
DirectiveAgencyRole
directive_task_query_get_role (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), DIRECTIVE_AGENCY_ROLE_ANY);
  return self->role;
}

/**
 * directive_task_query_set_role:
 * @self: a query
 * @role: the roles to look for the agency in
 *
 * Sets which of a task's agency lists the agency is looked for in.
 */
void
directive_task_query_set_role (DirectiveTaskQuery  *self,
                               DirectiveAgencyRole  role)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  role &= DIRECTIVE_AGENCY_ROLE_ANY;
  if (self->role == role)
    return;
  self->role = role;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * directive_task_query_get_include_predecessors:
 * @self: a query
 *
 * Returns: whether the tasks of the agency's predecessors are listed too
 */
gboolean
directive_task_query_get_include_predecessors (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), FALSE);
  return self->include_predecessors;
}

/**
 * directive_task_query_set_include_predecessors:
 * @self: a query
 * @include_predecessors: whether to list the tasks of the agency's predecessors
 *
 * Sets whether the tasks of agencies whose chain of successors leads to the
 * [property@Directive.TaskQuery:agency] are listed too.
 */
void
directive_task_query_set_include_predecessors (DirectiveTaskQuery *self,
                                               gboolean            include_predecessors)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  include_predecessors = !!include_predecessors;
  if (self->include_predecessors == include_predecessors)
    return;
  self->include_predecessors = include_predecessors;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_PREDECESSORS]);
}

/**
 * directive_task_query_get_status:
 * @self: a query
 *
 * Returns: the statuses listed
 */
DirectiveTaskStatusSet
directive_task_query_get_status (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), DIRECTIVE_TASK_STATUS_SET_ANY);
  return self->status;
}

/**
 * directive_task_query_set_status:
 * @self: a query
 * @status: the statuses to list
 *
 * Lists only the tasks whose status is in @status.
 */
void
directive_task_query_set_status (DirectiveTaskQuery     *self,
                                 DirectiveTaskStatusSet  status)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  status &= DIRECTIVE_TASK_STATUS_SET_ANY;
  if (self->status == status)
    return;
  self->status = status;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * directive_task_query_get_timeliness:
 * @self: a query
 *
 * Returns: the timeliness values listed
 */
DirectiveTimelinessSet
directive_task_query_get_timeliness (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), DIRECTIVE_TIMELINESS_SET_ANY);
  return self->timeliness;
}

/**
 * directive_task_query_set_timeliness:
 * @self: a query
 * @timeliness: the timeliness values to list
 *
 * Lists only the tasks whose timeliness at the reference date is in
 * @timeliness.
 */
void
directive_task_query_set_timeliness (DirectiveTaskQuery     *self,
                                     DirectiveTimelinessSet  timeliness)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  timeliness &= DIRECTIVE_TIMELINESS_SET_ANY;
  if (self->timeliness == timeliness)
    return;
  self->timeliness = timeliness;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINESS]);
}

/**
 * directive_task_query_get_reference_date:
 * @self: a query
 *
 * Returns: (transfer none) (nullable): the day timeliness is judged at, or
 *   %NULL for today
 */
const DirectiveDate *
directive_task_query_get_reference_date (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  return self->reference_date;
}

/**
 * directive_task_query_set_reference_date:
 * @self: a query
 * @reference_date: (nullable): the day to judge timeliness at, or %NULL for today
 *
 * Sets the day timeliness is judged at; @reference_date is copied.
 */
void
directive_task_query_set_reference_date (DirectiveTaskQuery  *self,
                                         const DirectiveDate *reference_date)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  if (!_directive_set_date (&self->reference_date, reference_date))
    return;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DATE]);
}

/**
 * directive_task_query_get_due_soon_days:
 * @self: a query
 *
 * Returns: how many days before its deadline a task is due soon
 */
guint
directive_task_query_get_due_soon_days (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), 7);
  return self->due_soon_days;
}

/**
 * directive_task_query_set_due_soon_days:
 * @self: a query
 * @due_soon_days: how many days before its deadline a task is due soon
 *
 * Sets the due-soon window of the timeliness filter.
 */
void
directive_task_query_set_due_soon_days (DirectiveTaskQuery *self,
                                        guint               due_soon_days)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  if (self->due_soon_days == due_soon_days)
    return;
  self->due_soon_days = due_soon_days;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_SOON_DAYS]);
}

/**
 * directive_task_query_get_deadline_from:
 * @self: a query
 *
 * Returns: (transfer none) (nullable): the earliest deadline listed
 */
const DirectiveDate *
directive_task_query_get_deadline_from (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  return self->deadline_from;
}

/**
 * directive_task_query_set_deadline_from:
 * @self: a query
 * @deadline_from: (nullable): the earliest deadline to list, or %NULL
 *
 * Lists only tasks whose deadline is on or after @deadline_from; @deadline_from
 * is copied.
 */
void
directive_task_query_set_deadline_from (DirectiveTaskQuery  *self,
                                        const DirectiveDate *deadline_from)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  if (!_directive_set_date (&self->deadline_from, deadline_from))
    return;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE_FROM]);
}

/**
 * directive_task_query_get_deadline_to:
 * @self: a query
 *
 * Returns: (transfer none) (nullable): the latest deadline listed
 */
const DirectiveDate *
directive_task_query_get_deadline_to (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  return self->deadline_to;
}

/**
 * directive_task_query_set_deadline_to:
 * @self: a query
 * @deadline_to: (nullable): the latest deadline to list, or %NULL
 *
 * Lists only tasks whose deadline is on or before @deadline_to; @deadline_to
 * is copied.
 */
void
directive_task_query_set_deadline_to (DirectiveTaskQuery  *self,
                                      const DirectiveDate *deadline_to)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  if (!_directive_set_date (&self->deadline_to, deadline_to))
    return;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE_TO]);
}

/**
 * directive_task_query_get_text:
 * @self: a query
 *
 * Returns: (nullable): the text tasks must contain
 */
const char *
directive_task_query_get_text (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  return self->text;
}

/**
 * directive_task_query_set_text:
 * @self: a query
 * @text: (nullable): the text tasks must contain, or %NULL
 *
 * Lists only tasks whose text contains @text, compared without diacritics
 * or case.
 */
void
directive_task_query_set_text (DirectiveTaskQuery *self,
                               const char         *text)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  if (!_directive_set_string (&self->text, text))
    return;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * directive_task_query_get_include_subtasks:
 * @self: a query
 *
 * Returns: whether subtasks are listed
 */
gboolean
directive_task_query_get_include_subtasks (DirectiveTaskQuery *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), TRUE);
  return self->include_subtasks;
}

/**
 * directive_task_query_set_include_subtasks:
 * @self: a query
 * @include_subtasks: whether to list subtasks
 *
 * Sets whether subtasks are items of the list too.
 */
void
directive_task_query_set_include_subtasks (DirectiveTaskQuery *self,
                                           gboolean            include_subtasks)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_QUERY (self));

  include_subtasks = !!include_subtasks;
  if (self->include_subtasks == include_subtasks)
    return;
  self->include_subtasks = include_subtasks;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_SUBTASKS]);
}

/**
 * directive_task_query_get_notice:
 * @self: a query
 * @task: a task of the query's collection
 *
 * Finds the notice @task belongs to, listed or not.
 *
 * Returns: (transfer none) (nullable): the notice, or %NULL if @task is not
 *   in the collection
 */
DirectiveNotice *
directive_task_query_get_notice (DirectiveTaskQuery *self,
                                 DirectiveTask      *task)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  g_return_val_if_fail (DIRECTIVE_IS_TASK (task), NULL);
  return NULL;
}

/**
 * directive_task_query_get_parent_task:
 * @self: a query
 * @task: a task of the query's collection
 *
 * Finds the task @task is a subtask of.
 *
 * Returns: (transfer none) (nullable): the parent task, or %NULL for a
 *   top-level task or one not in the collection
 */
DirectiveTask *
directive_task_query_get_parent_task (DirectiveTaskQuery *self,
                                      DirectiveTask      *task)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  g_return_val_if_fail (DIRECTIVE_IS_TASK (task), NULL);
  return NULL;
}
