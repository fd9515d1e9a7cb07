/* directive-task-query.c: a live, filtered and sorted list of a collection's tasks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-agency.h"
#include "directive-collection.h"
#include "directive-conclusion.h"
#include "directive-enum-types.h"
#include "directive-model-private.h"
#include "directive-notice.h"
#include "directive-task.h"
#include "directive-task-query.h"
#include "directive-text-private.h"
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

  /* The mirror of the collection: a tree of nodes (collection, notices,
   * conclusions, tasks) that follows every list's items-changed. */
  struct _Node *root;
  GHashTable *tasks;        /* DirectiveTask* -> Node* */
  GSequence *all;           /* every task node, in list order */
  GSequence *matched;       /* the items: task nodes that pass the filters, in list order */

  /* The filters, prepared. */
  guint32 today;            /* Julian day of the reference date */
  guint32 from;             /* Julian day of deadline-from's first day, or 0 */
  guint32 to;               /* Julian day of deadline-to's last day, or 0 */
  char *folded_text;        /* folded text filter, NULL when none */
  gboolean roles_watched;   /* task nodes watch their agency lists */

  /* A batch of structural changes is emitted as one items-changed. */
  guint batch_depth;
  guint batch_n_before;
  guint batch_head;
  guint batch_tail;
  gboolean batch_changed;
};

typedef enum {
  NODE_ROOT,
  NODE_NOTICE,
  NODE_CONCLUSION,
  NODE_TASK,
} NodeKind;

#define NO_DEADLINE G_MAXUINT32

typedef struct _Node Node;
struct _Node
{
  DirectiveTaskQuery *query;
  NodeKind kind;
  GObject *object;          /* owned */
  Node *parent;
  Node *notice;             /* the notice node above, for tasks */
  guint *path;              /* sibling sequence numbers from the notice down */
  guint depth;              /* length of path */

  GListModel *children_model;
  gulong children_handler;
  GPtrArray *children;      /* Node*, mirrors children_model */
  guint next_seq;

  /* Task nodes only. */
  gulong notify_handler;
  GListModel *role_models[3];
  gulong role_handlers[3];
  guint32 deadline;         /* Julian day of the deadline's last day, or NO_DEADLINE */
  GSequenceIter *all_iter;
  GSequenceIter *match_iter;
  char *folded;             /* the folded text, made when the text filter needs it */
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
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (model);

  return self->matched != NULL ? (guint) g_sequence_get_length (self->matched) : 0;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (model);
  GSequenceIter *iter;

  if (self->matched == NULL || position >= (guint) g_sequence_get_length (self->matched))
    return NULL;
  iter = g_sequence_get_iter_at_pos (self->matched, (int) position);
  return g_object_ref (((Node *) g_sequence_get (iter))->object);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

/* Emitting changes.
 *
 * A change that touches one task (a status, a deadline) is emitted at once,
 * as the exact removal or insertion. A structural change (notices added or
 * removed, a whole collection loaded) can touch many tasks: those are applied
 * in a batch and emitted as one items-changed that spans from the first to the
 * last position that changed, so a bound list view updates once. */

static void
emit (DirectiveTaskQuery *self,
      guint               position,
      guint               removed,
      guint               added)
{
  if (removed == 0 && added == 0)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
batch_begin (DirectiveTaskQuery *self)
{
  if (self->batch_depth++ > 0)
    return;
  self->batch_n_before = (guint) g_sequence_get_length (self->matched);
  self->batch_head = G_MAXUINT;
  self->batch_tail = G_MAXUINT;
  self->batch_changed = FALSE;
}

static void
batch_end (DirectiveTaskQuery *self)
{
  guint n_after;

  g_assert (self->batch_depth > 0);
  if (--self->batch_depth > 0 || !self->batch_changed)
    return;

  n_after = (guint) g_sequence_get_length (self->matched);
  emit (self, self->batch_head,
        self->batch_n_before - self->batch_head - self->batch_tail,
        n_after - self->batch_head - self->batch_tail);
}

/* Tells of a removal or insertion that has just been made to self->matched. */
static void
changed (DirectiveTaskQuery *self,
         guint               position,
         guint               removed,
         guint               added)
{
  if (self->batch_depth > 0)
    {
      guint n_after = (guint) g_sequence_get_length (self->matched);

      /* What lies before @position and after the changed range stays. */
      self->batch_head = MIN (self->batch_head, position);
      self->batch_tail = MIN (self->batch_tail, n_after - position - added);
      self->batch_changed = TRUE;
      return;
    }
  emit (self, position, removed, added);
}

/* Order: deadline, none last; then document order. */
static int
node_compare (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Node *x = a;
  const Node *y = b;

  if (x->deadline != y->deadline)
    return x->deadline < y->deadline ? -1 : 1;
  for (guint i = 0; i < x->depth && i < y->depth; i++)
    if (x->path[i] != y->path[i])
      return x->path[i] < y->path[i] ? -1 : 1;
  return (x->depth > y->depth) - (x->depth < y->depth);
}

static guint32
first_julian (const DirectiveDate *date)
{
  GDate d;
  guint month, day;

  if (date == NULL)
    return 0;
  month = directive_date_get_precision (date) >= DIRECTIVE_DATE_PRECISION_MONTH
          ? directive_date_get_month (date) : 1;
  day = directive_date_get_precision (date) == DIRECTIVE_DATE_PRECISION_DAY
        ? directive_date_get_day (date) : 1;
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) directive_date_get_year (date)))
    return 0;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) directive_date_get_year (date));
  return g_date_get_julian (&d);
}

static void
prepare_filters (DirectiveTaskQuery *self)
{
  if (self->reference_date != NULL)
    self->today = _directive_date_last_julian (self->reference_date);
  else
    {
      g_autoptr(DirectiveDate) today = _directive_date_new_today ();

      self->today = _directive_date_last_julian (today);
    }
  self->from = first_julian (self->deadline_from);
  self->to = _directive_date_last_julian (self->deadline_to);

  g_clear_pointer (&self->folded_text, g_free);
  if (self->text != NULL && self->text[0] != '\0')
    {
      self->folded_text = _directive_text_fold (self->text, -1);
      if (self->folded_text[0] == '\0')
        g_clear_pointer (&self->folded_text, g_free);
    }
}

/* Whether @agency is @target, or (with include-predecessors) an agency whose
 * chain of successors leads to it. */
static gboolean
agency_matches (DirectiveTaskQuery *self,
                DirectiveAgency    *agency)
{
  if (agency == self->agency)
    return TRUE;
  if (!self->include_predecessors)
    return FALSE;
  /* Successor chains refuse cycles, so this ends. */
  for (DirectiveAgency *a = directive_agency_get_successor (agency); a != NULL;
       a = directive_agency_get_successor (a))
    if (a == self->agency)
      return TRUE;
  return FALSE;
}

static GListModel *
task_role_model (DirectiveTask *task,
                 guint          role_index)
{
  switch (role_index)
    {
    case 0:
      return directive_task_get_lead (task);
    case 1:
      return directive_task_get_cooperating (task);
    default:
      return directive_task_get_report_to (task);
    }
}

static gboolean
node_matches (DirectiveTaskQuery *self,
              Node               *node)
{
  DirectiveTask *task = DIRECTIVE_TASK (node->object);

  if (!self->include_subtasks && node->parent->kind == NODE_TASK)
    return FALSE;

  if ((self->status & (1u << directive_task_get_status (task))) == 0)
    return FALSE;

  if (self->timeliness != DIRECTIVE_TIMELINESS_SET_ANY &&
      (self->timeliness & (1u << _directive_task_timeliness_at (task, self->today, self->due_soon_days))) == 0)
    return FALSE;

  if (self->from != 0 || self->to != 0)
    {
      if (node->deadline == NO_DEADLINE)
        return FALSE;
      if (self->from != 0 && node->deadline < self->from)
        return FALSE;
      if (self->to != 0 && node->deadline > self->to)
        return FALSE;
    }

  if (self->agency != NULL)
    {
      gboolean found = FALSE;

      for (guint r = 0; r < 3 && !found; r++)
        {
          GListModel *model;
          guint n;

          if ((self->role & (1u << r)) == 0)
            continue;
          model = task_role_model (task, r);
          n = g_list_model_get_n_items (model);
          for (guint i = 0; i < n && !found; i++)
            {
              g_autoptr(DirectiveAgency) agency = g_list_model_get_item (model, i);

              found = agency_matches (self, agency);
            }
        }
      if (!found)
        return FALSE;
    }

  if (self->folded_text != NULL)
    {
      if (node->folded == NULL)
        {
          const char *text = directive_task_get_text (task);

          node->folded = _directive_text_fold (text != NULL ? text : "", -1);
        }
      if (strstr (node->folded, self->folded_text) == NULL)
        return FALSE;
    }

  return TRUE;
}

static guint32
deadline_key (DirectiveTask *task)
{
  guint32 j = _directive_date_last_julian (directive_task_get_deadline (task));

  return j != 0 ? j : NO_DEADLINE;
}

/* Puts @node in or out of the items, where it belongs now. */
static void
node_update (Node     *node,
             gboolean  key_changed)
{
  DirectiveTaskQuery *self = node->query;
  gboolean matches = node_matches (self, node);

  if (node->match_iter != NULL && (!matches || key_changed))
    {
      guint old_pos = (guint) g_sequence_iter_get_position (node->match_iter);
      GSequenceIter *at;
      guint new_pos;

      g_sequence_remove (node->match_iter);
      node->match_iter = NULL;
      if (!matches)
        {
          changed (self, old_pos, 1, 0);
          return;
        }

      /* Moved: nothing to tell if it lands where it was. */
      at = g_sequence_search (self->matched, node, node_compare, NULL);
      new_pos = (guint) g_sequence_iter_get_position (at);
      node->match_iter = g_sequence_insert_before (at, node);
      if (new_pos == old_pos)
        return;
      g_sequence_remove (node->match_iter);
      node->match_iter = NULL;
      changed (self, old_pos, 1, 0);
    }

  if (node->match_iter == NULL && matches)
    {
      node->match_iter = g_sequence_insert_sorted (self->matched, node, node_compare, NULL);
      changed (self, (guint) g_sequence_iter_get_position (node->match_iter), 0, 1);
    }
}

static void
task_notify_cb (DirectiveTask *task,
                GParamSpec    *pspec,
                Node          *node)
{
  const char *name = pspec->name;

  if (g_str_equal (name, "deadline"))
    {
      guint32 key = deadline_key (task);

      if (key == node->deadline)
        return;
      node->deadline = key;
      g_sequence_sort_changed (node->all_iter, node_compare, NULL);
      node_update (node, TRUE);
    }
  else if (g_str_equal (name, "text"))
    {
      g_clear_pointer (&node->folded, g_free);
      node_update (node, FALSE);
    }
  else if (g_str_equal (name, "status") || g_str_equal (name, "completed-on"))
    node_update (node, FALSE);
}

static void
role_items_changed_cb (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       Node       *node)
{
  node_update (node, FALSE);
}

static void
node_watch_roles (Node     *node,
                  gboolean  watch)
{
  for (guint r = 0; r < 3; r++)
    {
      if (watch && node->role_models[r] == NULL)
        {
          node->role_models[r] = g_object_ref (task_role_model (DIRECTIVE_TASK (node->object), r));
          node->role_handlers[r] = g_signal_connect (node->role_models[r], "items-changed",
                                                     G_CALLBACK (role_items_changed_cb), node);
        }
      else if (!watch && node->role_models[r] != NULL)
        {
          g_clear_signal_handler (&node->role_handlers[r], node->role_models[r]);
          g_clear_object (&node->role_models[r]);
        }
    }
}

/* The agency lists matter only while there is an agency to look for: watch
 * them only then, which spares a signal connection per list and task. */
static void
watch_roles (DirectiveTaskQuery *self,
             gboolean            watch)
{
  GSequenceIter *iter;

  if (self->all == NULL || self->roles_watched == watch)
    return;
  self->roles_watched = watch;
  for (iter = g_sequence_get_begin_iter (self->all); !g_sequence_iter_is_end (iter);
       iter = g_sequence_iter_next (iter))
    node_watch_roles (g_sequence_get (iter), watch);
}

static void node_free (Node *node);
static void node_track_children (Node *node, guint position, guint added);

static void
children_items_changed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           Node       *node)
{
  DirectiveTaskQuery *self = node->query;

  batch_begin (self);

  /* Items inserted before others get sequence numbers after them: untrack
   * what follows and track it again, so that numbers follow the list. */
  if (added > 0 && position + removed < node->children->len)
    {
      added += node->children->len - position - removed;
      removed = node->children->len - position;
    }
  if (removed > 0)
    g_ptr_array_remove_range (node->children, position, removed);
  node_track_children (node, position, added);

  batch_end (self);
}

static Node *
node_new (DirectiveTaskQuery *self,
          Node               *parent,
          NodeKind            kind,
          GObject            *object,
          guint               seq)
{
  Node *node = g_new0 (Node, 1);

  node->query = self;
  node->kind = kind;
  node->object = g_object_ref (object);
  node->parent = parent;
  node->notice = kind == NODE_NOTICE ? node : parent != NULL ? parent->notice : NULL;
  node->depth = parent != NULL ? parent->depth + 1 : 0;
  node->path = g_new (guint, node->depth + 1);
  if (parent != NULL)
    memcpy (node->path, parent->path, parent->depth * sizeof (guint));
  node->path[node->depth > 0 ? node->depth - 1 : 0] = seq;
  node->deadline = NO_DEADLINE;

  switch (kind)
    {
    case NODE_ROOT:
      node->children_model = directive_collection_get_notices (DIRECTIVE_COLLECTION (object));
      break;
    case NODE_NOTICE:
      node->children_model = directive_notice_get_conclusions (DIRECTIVE_NOTICE (object));
      break;
    case NODE_CONCLUSION:
      node->children_model = directive_conclusion_get_tasks (DIRECTIVE_CONCLUSION (object));
      break;
    case NODE_TASK:
    default:
      {
        DirectiveTask *task = DIRECTIVE_TASK (object);

        node->children_model = directive_task_get_subtasks (task);
        node->deadline = deadline_key (task);
        node->all_iter = g_sequence_insert_sorted (self->all, node, node_compare, NULL);
        node->notify_handler = g_signal_connect (task, "notify", G_CALLBACK (task_notify_cb), node);
        if (self->roles_watched)
          node_watch_roles (node, TRUE);
        node_update (node, FALSE);
      }
      break;
    }

  g_object_ref (node->children_model);
  node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  node->children_handler = g_signal_connect (node->children_model, "items-changed",
                                             G_CALLBACK (children_items_changed_cb), node);
  node_track_children (node, 0, g_list_model_get_n_items (node->children_model));

  return node;
}

static void
node_track_children (Node  *node,
                     guint  position,
                     guint  added)
{
  DirectiveTaskQuery *self = node->query;
  NodeKind kind = node->kind == NODE_ROOT ? NODE_NOTICE
                : node->kind == NODE_NOTICE ? NODE_CONCLUSION
                : NODE_TASK;

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (node->children_model, position + i);
      Node *child;

      /* A task listed twice (a programming error) is tracked once. */
      if (kind == NODE_TASK && g_hash_table_contains (self->tasks, object))
        {
          g_warning ("task %p is in the collection twice; the query lists it once", object);
          child = NULL;
        }
      else
        {
          if (kind == NODE_TASK)
            g_hash_table_insert (self->tasks, object, NULL);
          child = node_new (self, node, kind, object, node->next_seq++);
          if (kind == NODE_TASK)
            g_hash_table_insert (self->tasks, object, child);
        }
      g_ptr_array_insert (node->children, (int) (position + i), child);
    }
}

static void
node_free (Node *node)
{
  DirectiveTaskQuery *self;

  if (node == NULL)
    return;
  self = node->query;

  g_clear_signal_handler (&node->children_handler, node->children_model);
  g_clear_pointer (&node->children, g_ptr_array_unref);
  g_clear_object (&node->children_model);

  if (node->kind == NODE_TASK)
    {
      g_clear_signal_handler (&node->notify_handler, node->object);
      node_watch_roles (node, FALSE);
      if (node->match_iter != NULL)
        {
          guint pos = (guint) g_sequence_iter_get_position (node->match_iter);

          g_sequence_remove (node->match_iter);
          changed (self, pos, 1, 0);
        }
      g_sequence_remove (node->all_iter);
      g_hash_table_remove (self->tasks, node->object);
      g_free (node->folded);
    }

  g_object_unref (node->object);
  g_free (node->path);
  g_free (node);
}

/* A filter changed: list again, and tell of the span that differs. */
static void
refilter (DirectiveTaskQuery *self)
{
  g_autoptr(GPtrArray) now = NULL;
  GSequence *before;
  GSequenceIter *iter;
  guint n_before, head = 0, tail = 0;

  if (self->root == NULL)
    return;

  prepare_filters (self);

  now = g_ptr_array_sized_new ((guint) g_sequence_get_length (self->matched));
  for (iter = g_sequence_get_begin_iter (self->all); !g_sequence_iter_is_end (iter);
       iter = g_sequence_iter_next (iter))
    {
      Node *node = g_sequence_get (iter);

      if (node_matches (self, node))
        g_ptr_array_add (now, node);
    }

  before = self->matched;
  n_before = (guint) g_sequence_get_length (before);

  for (iter = g_sequence_get_begin_iter (before);
       head < now->len && !g_sequence_iter_is_end (iter) && g_sequence_get (iter) == now->pdata[head];
       iter = g_sequence_iter_next (iter))
    head++;
  if (head < n_before || head < now->len)
    {
      iter = g_sequence_get_end_iter (before);
      while (tail < now->len - head && tail < n_before - head)
        {
          iter = g_sequence_iter_prev (iter);
          if (g_sequence_get (iter) != now->pdata[now->len - 1 - tail])
            break;
          tail++;
        }
    }

  if (head == n_before && head == now->len)
    return;

  for (iter = g_sequence_get_begin_iter (before); !g_sequence_iter_is_end (iter);
       iter = g_sequence_iter_next (iter))
    ((Node *) g_sequence_get (iter))->match_iter = NULL;
  self->matched = g_sequence_new (NULL);
  for (guint i = 0; i < now->len; i++)
    {
      Node *node = now->pdata[i];

      node->match_iter = g_sequence_append (self->matched, node);
    }
  g_sequence_free (before);

  emit (self, head, n_before - head - tail, now->len - head - tail);
}

static void
directive_task_query_dispose (GObject *object)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (object);

  if (self->root != NULL)
    {
      /* Nobody may be told of the teardown: untrack without emitting. */
      self->batch_depth++;
      node_free (self->root);
      self->root = NULL;
      self->batch_depth--;
    }
  g_clear_pointer (&self->matched, g_sequence_free);
  g_clear_pointer (&self->all, g_sequence_free);
  g_clear_pointer (&self->tasks, g_hash_table_unref);
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
  g_free (self->folded_text);

  G_OBJECT_CLASS (directive_task_query_parent_class)->finalize (object);
}

static void
directive_task_query_constructed (GObject *object)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (object);

  G_OBJECT_CLASS (directive_task_query_parent_class)->constructed (object);

  if (self->collection == NULL)
    self->collection = directive_collection_new ();

  prepare_filters (self);
  self->tasks = g_hash_table_new (NULL, NULL);
  self->all = g_sequence_new (NULL);
  self->matched = g_sequence_new (NULL);
  self->root = node_new (self, NULL, NODE_ROOT, G_OBJECT (self->collection), 0);
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
 * Gets the collection whose tasks the query lists.
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
 * Gets the agency tasks are filtered by.
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
  watch_roles (self, agency != NULL);
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENCY]);
}

/**
 * directive_task_query_get_role:
 * @self: a query
 *
 * Gets the roles the agency is looked for in.
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
 * Gets whether the tasks of the agency's predecessors are listed too.
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
 * Gets the statuses listed.
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
 * Gets the timeliness values listed.
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
 * Gets the day timeliness is judged at, or %NULL for today.
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
 * Gets how many days before its deadline a task is due soon.
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
 * Gets the earliest deadline listed.
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
 * Gets the latest deadline listed.
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
 * Gets the text tasks must contain.
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
 * Gets whether subtasks are listed.
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
  Node *node;

  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  g_return_val_if_fail (DIRECTIVE_IS_TASK (task), NULL);

  node = self->tasks != NULL ? g_hash_table_lookup (self->tasks, task) : NULL;
  return node != NULL ? DIRECTIVE_NOTICE (node->notice->object) : NULL;
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
  Node *node;

  g_return_val_if_fail (DIRECTIVE_IS_TASK_QUERY (self), NULL);
  g_return_val_if_fail (DIRECTIVE_IS_TASK (task), NULL);

  node = self->tasks != NULL ? g_hash_table_lookup (self->tasks, task) : NULL;
  if (node == NULL || node->parent->kind != NODE_TASK)
    return NULL;
  return DIRECTIVE_TASK (node->parent->object);
}
