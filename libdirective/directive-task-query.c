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
 * Costs, over n tasks: a change of a task's status, text, agencies or
 * completion date is O(log n) and emits one exact items-changed of one item;
 * a filter change is one pass over a compact array of the tasks (a few
 * milliseconds for 200,000); what moves tasks (a deadline, notices or tasks
 * added or removed) is merged in O(n) and emitted as one items-changed. The
 * figures are in the performance guide.
 *
 * The query follows the tasks, not the agencies: a change of an agency's
 * [property@Directive.Agency:successor] takes effect at the next filter
 * change. Timeliness is judged at the reference date taken when the query
 * was built or a filter last changed; set
 * [property@Directive.TaskQuery:reference-date] (or any filter) to move it
 * on at midnight.
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
   * conclusions, tasks) that follows every list's changes. */
  struct _Node *root;
  GHashTable *tasks;        /* DirectiveTask* -> Node* */

  /* Every task, in list order, with what the filters look at: a contiguous
   * array, so that filtering again is one pass over memory. */
  GArray *slots;            /* Slot */
  /* A Fenwick tree over the slots' matched flags: the position of an item
   * and the item at a position in O(log n). */
  guint *fenwick;           /* 1-based, slots->len + 1 entries */
  guint fenwick_size;
  gboolean fenwick_dirty;
  guint n_matched;

  /* The filters, prepared. */
  guint32 today;            /* Julian day of the reference date */
  guint32 from;             /* Julian day of deadline-from's first day, or 0 */
  guint32 to;               /* Julian day of deadline-to's last day, or 0 */
  char *folded_text;        /* folded text filter, NULL when none */

  /* Structural changes are batched: new tasks wait in pending, removed ones
   * are marked dead and freed at the end, and one items-changed spans what
   * differs from the items before (the snapshot). */
  guint batch_depth;
  GPtrArray *pending;       /* Node*: tasks to merge into slots */
  GPtrArray *graveyard;     /* Node*: removed tasks to free */
  GPtrArray *snapshot;      /* Node*: the items when the batch began */
  gboolean batch_dead;      /* some slots are dead */
};

typedef enum {
  NODE_ROOT,
  NODE_NOTICE,
  NODE_CONCLUSION,
  NODE_TASK,
} NodeKind;

typedef enum {
  TASK_PENDING,             /* waiting in self->pending */
  TASK_LISTED,              /* in self->slots */
  TASK_DEAD,                /* removed, in the graveyard */
} TaskState;

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

  /* Task nodes only: one "notify" handler follows every change of the task
   * (DirectiveTask notifies lead, cooperating, report-to and subtasks when
   * they grow). */
  gulong notify_handler;
  TaskState state;
  guint32 deadline;         /* Julian day of the deadline's last day, or NO_DEADLINE */
  guint32 completed;        /* Julian day of completed-on, or 0 */
  DirectiveTaskStatus status;
  guint n_agencies;
  DirectiveAgency **agencies; /* lead, cooperating, report-to (not owned) */
  guint8 *roles;            /* the role bit of each */
  char *folded;             /* the folded text, made when the text filter needs it */
};

/* What the filters look at of one task, copied from its node. */
typedef struct
{
  Node *node;
  guint32 deadline;
  guint32 completed;
  guint8 status;
  guint8 subtask;
  guint8 matched;
  guint8 dead;
  guint8 n_inline;          /* agencies held here; more are in the node */
  guint8 role[2];
  DirectiveAgency *agency[2];
} Slot;

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

#define SLOT(self, i) (&g_array_index ((self)->slots, Slot, (i)))

/* ---- The Fenwick tree ---- */

static void
fenwick_rebuild (DirectiveTaskQuery *self)
{
  guint n = self->slots->len;

  if (self->fenwick_size < n + 1)
    {
      self->fenwick_size = MAX (n + 1, self->fenwick_size * 2);
      self->fenwick = g_renew (guint, self->fenwick, self->fenwick_size);
    }
  self->n_matched = 0;
  self->fenwick[0] = 0;
  for (guint i = 1; i <= n; i++)
    {
      self->fenwick[i] = SLOT (self, i - 1)->matched;
      self->n_matched += self->fenwick[i];
    }
  for (guint i = 1; i <= n; i++)
    {
      guint j = i + (i & -i);

      if (j <= n)
        self->fenwick[j] += self->fenwick[i];
    }
  self->fenwick_dirty = FALSE;
}

static void
fenwick_ensure (DirectiveTaskQuery *self)
{
  if (self->fenwick_dirty)
    fenwick_rebuild (self);
}

static void
fenwick_add (DirectiveTaskQuery *self,
             guint               rank,
             int                 delta)
{
  for (guint i = rank + 1; i <= self->slots->len; i += i & -i)
    self->fenwick[i] = (guint) ((int) self->fenwick[i] + delta);
  self->n_matched = (guint) ((int) self->n_matched + delta);
}

/* The number of matched slots before @rank: the item's position. */
static guint
fenwick_prefix (DirectiveTaskQuery *self,
                guint               rank)
{
  guint sum = 0;

  for (guint i = rank; i > 0; i -= i & -i)
    sum += self->fenwick[i];
  return sum;
}

/* The rank of the matched slot at @position. */
static guint
fenwick_find (DirectiveTaskQuery *self,
              guint               position)
{
  guint n = self->slots->len;
  guint rank = 0;
  guint step = 1;

  while (step * 2 <= n)
    step *= 2;
  for (; step > 0; step /= 2)
    if (rank + step <= n && self->fenwick[rank + step] <= position)
      {
        rank += step;
        position -= self->fenwick[rank];
      }
  return rank;
}

/* ---- GListModel ---- */

static GType
list_model_get_item_type (GListModel *model)
{
  return DIRECTIVE_TYPE_TASK;
}

static guint
list_model_get_n_items (GListModel *model)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (model);

  return self->n_matched;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (model);

  if (self->slots == NULL || position >= self->n_matched)
    return NULL;
  fenwick_ensure (self);
  return g_object_ref (SLOT (self, fenwick_find (self, position))->node->object);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

/* ---- Order and filters ---- */

/* Order: deadline, none last; then document order. */
static int
key_compare (guint32     deadline_a,
             const Node *a,
             guint32     deadline_b,
             const Node *b)
{
  if (deadline_a != deadline_b)
    return deadline_a < deadline_b ? -1 : 1;
  for (guint i = 0; i < a->depth && i < b->depth; i++)
    if (a->path[i] != b->path[i])
      return a->path[i] < b->path[i] ? -1 : 1;
  return (a->depth > b->depth) - (a->depth < b->depth);
}

static int
node_compare_ptr (gconstpointer a,
                  gconstpointer b)
{
  const Node *x = *(Node * const *) a;
  const Node *y = *(Node * const *) b;

  return key_compare (x->deadline, x, y->deadline, y);
}

/* The rank of the slot of @node (listed, at its current deadline). */
static guint
slot_rank (DirectiveTaskQuery *self,
           Node               *node)
{
  guint lo = 0, hi = self->slots->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      Slot *slot = SLOT (self, mid);

      if (key_compare (slot->deadline, slot->node, node->deadline, node) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_assert (lo < self->slots->len && SLOT (self, lo)->node == node);
  return lo;
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

/* Whether @agency is the query's, or (with include-predecessors) an agency
 * whose chain of successors leads to it. */
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

/* _directive_task_timeliness_at() on what the slot keeps. */
static DirectiveTimeliness
slot_timeliness (DirectiveTaskQuery *self,
                 const Slot         *slot)
{
  switch (slot->status)
    {
    case DIRECTIVE_TASK_STATUS_CANCELLED:
      return DIRECTIVE_TIMELINESS_CANCELLED;
    case DIRECTIVE_TASK_STATUS_DONE:
      if (slot->deadline == NO_DEADLINE || slot->completed == 0 || slot->completed <= slot->deadline)
        return DIRECTIVE_TIMELINESS_DONE_ON_TIME;
      return DIRECTIVE_TIMELINESS_DONE_LATE;
    case DIRECTIVE_TASK_STATUS_PENDING:
    case DIRECTIVE_TASK_STATUS_IN_PROGRESS:
    default:
      if (slot->deadline == NO_DEADLINE)
        return DIRECTIVE_TIMELINESS_NO_DEADLINE;
      if (slot->deadline < self->today)
        return DIRECTIVE_TIMELINESS_OVERDUE;
      if ((guint64) slot->deadline - self->today <= self->due_soon_days)
        return DIRECTIVE_TIMELINESS_DUE_SOON;
      return DIRECTIVE_TIMELINESS_ON_TRACK;
    }
}

static gboolean
slot_matches (DirectiveTaskQuery *self,
              const Slot         *slot)
{
  Node *node = slot->node;

  if (slot->dead)
    return FALSE;

  if (!self->include_subtasks && slot->subtask)
    return FALSE;

  if ((self->status & (1u << slot->status)) == 0)
    return FALSE;

  if (self->timeliness != DIRECTIVE_TIMELINESS_SET_ANY &&
      (self->timeliness & (1u << slot_timeliness (self, slot))) == 0)
    return FALSE;

  if (self->from != 0 || self->to != 0)
    {
      if (slot->deadline == NO_DEADLINE)
        return FALSE;
      if (self->from != 0 && slot->deadline < self->from)
        return FALSE;
      if (self->to != 0 && slot->deadline > self->to)
        return FALSE;
    }

  if (self->agency != NULL)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < slot->n_inline && !found; i++)
        found = (self->role & slot->role[i]) != 0 && agency_matches (self, slot->agency[i]);
      for (guint i = slot->n_inline; i < node->n_agencies && !found; i++)
        found = (self->role & node->roles[i]) != 0 && agency_matches (self, node->agencies[i]);
      if (!found)
        return FALSE;
    }

  if (self->folded_text != NULL)
    {
      if (node->folded == NULL)
        {
          const char *text = directive_task_get_text (DIRECTIVE_TASK (node->object));

          node->folded = _directive_text_fold (text != NULL ? text : "", -1);
        }
      if (strstr (node->folded, self->folded_text) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
slot_fill (Slot *slot,
           Node *node)
{
  slot->node = node;
  slot->deadline = node->deadline;
  slot->completed = node->completed;
  slot->status = (guint8) node->status;
  slot->subtask = node->parent->kind == NODE_TASK;
  slot->dead = FALSE;
  slot->n_inline = (guint8) MIN (node->n_agencies, 2);
  for (guint i = 0; i < 2; i++)
    {
      slot->agency[i] = i < node->n_agencies ? node->agencies[i] : NULL;
      slot->role[i] = i < node->n_agencies ? node->roles[i] : 0;
    }
}

static guint32
deadline_key (DirectiveTask *task)
{
  guint32 j = _directive_date_last_julian (directive_task_get_deadline (task));

  return j != 0 ? j : NO_DEADLINE;
}

/* ---- Emitting changes ----
 *
 * A change to one task that keeps its place in the order (status, text,
 * agencies, completion date) costs O(log n) and is told at once as the exact
 * removal or insertion. Anything that moves tasks (a deadline, notices or
 * tasks added or removed) is a batch: applied, then told as one items-changed
 * that spans from the first to the last position that differs. */

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

  fenwick_ensure (self);
  self->snapshot = g_ptr_array_sized_new (self->n_matched);
  for (guint i = 0; i < self->slots->len; i++)
    if (SLOT (self, i)->matched)
      g_ptr_array_add (self->snapshot, SLOT (self, i)->node);
}

static void node_destroy (Node *node);

static void
batch_end (DirectiveTaskQuery *self)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GArray) merged = NULL;
  guint n_after, head = 0, tail = 0, k = 0;

  g_assert (self->batch_depth > 0);
  if (--self->batch_depth > 0)
    return;

  before = g_steal_pointer (&self->snapshot);

  /* Merge the new tasks in, leave the dead ones out. */
  if (self->pending->len > 0 || self->batch_dead)
    {
      guint i = 0;

      g_ptr_array_sort (self->pending, node_compare_ptr);
      merged = g_array_sized_new (FALSE, FALSE, sizeof (Slot), self->slots->len + self->pending->len);
      while (i < self->slots->len || k < self->pending->len)
        {
          Slot *slot = i < self->slots->len ? SLOT (self, i) : NULL;
          Node *node = k < self->pending->len ? self->pending->pdata[k] : NULL;

          if (slot != NULL && slot->dead)
            i++;
          else if (node != NULL && node->state != TASK_PENDING)
            k++;
          else if (node != NULL &&
                   (slot == NULL || key_compare (node->deadline, node, slot->deadline, slot->node) < 0))
            {
              Slot fresh;

              slot_fill (&fresh, node);
              fresh.matched = slot_matches (self, &fresh);
              node->state = TASK_LISTED;
              g_array_append_val (merged, fresh);
              k++;
            }
          else
            {
              g_array_append_vals (merged, slot, 1);
              i++;
            }
        }
      g_array_unref (self->slots);
      self->slots = g_steal_pointer (&merged);
      g_ptr_array_set_size (self->pending, 0);
      self->batch_dead = FALSE;
    }
  fenwick_rebuild (self);
  g_ptr_array_set_size (self->graveyard, 0);

  /* What stayed at the start and at the end. */
  n_after = self->n_matched;
  for (guint i = 0; i < self->slots->len && head < before->len; i++)
    {
      Slot *slot = SLOT (self, i);

      if (!slot->matched)
        continue;
      if (slot->node != before->pdata[head])
        break;
      head++;
    }
  for (guint i = self->slots->len; i > 0 && tail < before->len - head && tail < n_after - head; i--)
    {
      Slot *slot = SLOT (self, i - 1);

      if (!slot->matched)
        continue;
      if (slot->node != before->pdata[before->len - 1 - tail])
        break;
      tail++;
    }

  emit (self, head, before->len - head - tail, n_after - head - tail);
}

/* The task of @node changed in a way that keeps its place in the order:
 * put it in or out of the items. */
static void
node_update (Node *node)
{
  DirectiveTaskQuery *self = node->query;
  guint rank;
  Slot *slot;
  gboolean matches;

  if (node->state != TASK_LISTED)
    return; /* a pending task is judged when it is merged */

  rank = slot_rank (self, node);
  slot = SLOT (self, rank);
  slot_fill (slot, node);
  matches = slot_matches (self, slot);
  if (matches == slot->matched)
    return;
  slot->matched = matches;

  if (self->batch_depth > 0)
    {
      self->fenwick_dirty = TRUE;
      return;
    }
  fenwick_ensure (self);
  fenwick_add (self, rank, matches ? 1 : -1);
  if (matches)
    emit (self, fenwick_prefix (self, rank), 0, 1);
  else
    emit (self, fenwick_prefix (self, rank), 1, 0);
}

static void
node_read_agencies (Node *node)
{
  DirectiveTask *task = DIRECTIVE_TASK (node->object);
  guint n = 0;

  for (guint r = 0; r < 3; r++)
    n += g_list_model_get_n_items (task_role_model (task, r));

  g_clear_pointer (&node->agencies, g_free);
  g_clear_pointer (&node->roles, g_free);
  node->n_agencies = 0;
  if (n == 0)
    return;

  node->agencies = g_new (DirectiveAgency *, n);
  node->roles = g_new (guint8, n);
  for (guint r = 0; r < 3; r++)
    {
      GListModel *model = task_role_model (task, r);

      for (guint i = 0, m = g_list_model_get_n_items (model); i < m && node->n_agencies < n; i++)
        {
          DirectiveAgency *agency = g_list_model_get_item (model, i);

          /* The task's list keeps it alive; a change to the list re-reads it. */
          node->agencies[node->n_agencies] = agency;
          node->roles[node->n_agencies] = (guint8) (1u << r);
          node->n_agencies++;
          g_object_unref (agency);
        }
    }
}

static void node_sync_children (Node *node);

static void
task_notify_cb (DirectiveTask *task,
                GParamSpec    *pspec,
                Node          *node)
{
  DirectiveTaskQuery *self = node->query;
  const char *name = pspec->name;

  if (g_str_equal (name, "status"))
    {
      node->status = directive_task_get_status (task);
      node_update (node);
    }
  else if (g_str_equal (name, "deadline"))
    {
      guint32 key = deadline_key (task);

      if (key == node->deadline)
        return;
      /* It moves: out of its slot, and merged in again at the new place. */
      batch_begin (self);
      if (node->state == TASK_LISTED)
        {
          SLOT (self, slot_rank (self, node))->dead = TRUE;
          self->batch_dead = TRUE;
          node->state = TASK_PENDING;
          g_ptr_array_add (self->pending, node);
        }
      node->deadline = key;
      batch_end (self);
    }
  else if (g_str_equal (name, "completed-on"))
    {
      node->completed = _directive_date_last_julian (directive_task_get_completed_on (task));
      node_update (node);
    }
  else if (g_str_equal (name, "text"))
    {
      g_clear_pointer (&node->folded, g_free);
      node_update (node);
    }
  else if (g_str_equal (name, "lead") || g_str_equal (name, "cooperating") ||
           g_str_equal (name, "report-to"))
    {
      node_read_agencies (node);
      node_update (node);
    }
  else if (g_str_equal (name, "subtasks"))
    node_sync_children (node);
}

static void node_free (Node *node);
static void node_track_children (Node *node, guint position, guint added);

static void
node_sync_children (Node *node)
{
  DirectiveTaskQuery *self = node->query;
  guint n = g_list_model_get_n_items (node->children_model);
  guint have = node->children != NULL ? node->children->len : 0;
  gboolean appended = n >= have;

  /* Subtasks are only ever appended; anything else is tracked afresh. */
  for (guint i = 0; i < have && appended; i++)
    {
      Node *child = node->children->pdata[i];
      g_autoptr(GObject) object = g_list_model_get_item (node->children_model, i);

      appended = child == NULL || child->object == object;
    }

  batch_begin (self);
  if (!appended)
    {
      g_ptr_array_set_size (node->children, 0);
      have = 0;
    }
  node_track_children (node, have, n - have);
  batch_end (self);
}

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
        node->completed = _directive_date_last_julian (directive_task_get_completed_on (task));
        node->status = directive_task_get_status (task);
        node_read_agencies (node);
        node->notify_handler = g_signal_connect (task, "notify", G_CALLBACK (task_notify_cb), node);
        /* Always within a batch: merged into the slots when it ends. */
        node->state = TASK_PENDING;
        g_ptr_array_add (self->pending, node);
      }
      break;
    }

  g_object_ref (node->children_model);
  /* A task's subtasks are followed through its notify::subtasks. */
  if (kind != NODE_TASK)
    {
      node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
      node->children_handler = g_signal_connect (node->children_model, "items-changed",
                                                 G_CALLBACK (children_items_changed_cb), node);
    }
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

  if (added > 0 && node->children == NULL)
    node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
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
node_destroy (Node *node)
{
  g_object_unref (node->object);
  g_free (node->path);
  g_free (node->agencies);
  g_free (node->roles);
  g_free (node->folded);
  g_free (node);
}

/* Untracks @node and what is below it; always within a batch. */
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

  if (node->kind != NODE_TASK)
    {
      node_destroy (node);
      return;
    }

  g_clear_signal_handler (&node->notify_handler, node->object);
  g_hash_table_remove (self->tasks, node->object);
  /* (In dispose the slots are gone already.) */
  if (node->state == TASK_LISTED && self->slots->len > 0)
    {
      SLOT (self, slot_rank (self, node))->dead = TRUE;
      self->batch_dead = TRUE;
    }
  node->state = TASK_DEAD;
  /* The slots and the pending list may still point at it until the batch ends. */
  g_ptr_array_add (self->graveyard, node);
}

/* A filter changed: one pass over the slots, and one items-changed for the
 * span that differs (the items that stayed before the first change and after
 * the last are left out). */
static void
refilter (DirectiveTaskQuery *self)
{
  guint n_before, head = 0, tail = 0;
  gboolean changed_any = FALSE;

  if (self->root == NULL)
    return;

  prepare_filters (self);
  n_before = self->n_matched;

  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = SLOT (self, i);
      gboolean was = slot->matched;
      gboolean now = slot_matches (self, slot);

      if (was && now)
        {
          if (changed_any)
            tail++;
          else
            head++;
        }
      else if (was != now)
        {
          slot->matched = now;
          changed_any = TRUE;
          tail = 0;
        }
    }

  if (!changed_any)
    return;
  fenwick_rebuild (self);
  emit (self, head, n_before - head - tail, self->n_matched - head - tail);
}

static void
directive_task_query_dispose (GObject *object)
{
  DirectiveTaskQuery *self = DIRECTIVE_TASK_QUERY (object);

  if (self->root != NULL)
    {
      /* Nobody is told of the teardown: untrack, then drop the slots. */
      self->batch_depth++;
      g_array_set_size (self->slots, 0);
      node_free (self->root);
      self->root = NULL;
      self->batch_depth--;
    }
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->graveyard, g_ptr_array_unref);
  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->fenwick, g_free);
  self->n_matched = 0;
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
  self->slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  self->pending = g_ptr_array_new ();
  self->graveyard = g_ptr_array_new_with_free_func ((GDestroyNotify) node_destroy);
  batch_begin (self);
  self->root = node_new (self, NULL, NODE_ROOT, G_OBJECT (self->collection), 0);
  batch_end (self);
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
