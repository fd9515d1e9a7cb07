/* directive-task.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-agency.h"
#include "directive-enum-types.h"
#include "directive-model-private.h"
#include "directive-task.h"
#include "directive-task-event.h"
#include "directive-tracking-private.h"

/**
 * DirectiveTask:
 *
 * A numbered assignment in a document: "1. Giao Sở Tài chính chủ trì, phối hợp
 * với các đơn vị liên quan tham mưu UBND tỉnh ... trước ngày 15/12/2021".
 *
 * A task names the agencies that carry it out (chủ trì,
 * [method@Directive.Task.get_lead]), those that work with them (phối hợp,
 * [method@Directive.Task.get_cooperating]) and those the lead submits, reports
 * or advises to (trình, báo cáo, tham mưu,
 * [method@Directive.Task.get_report_to]). It has an optional deadline and
 * recurrence, a [property@Directive.Task:status] that users track, the
 * history of that tracking, and the items nested under it (a), b), -) as
 * subtasks.
 *
 * The agency lists, the subtasks and the history are [iface@Gio.ListModel]s,
 * ready to back a list view.
 */
struct _DirectiveTask
{
  GObject parent_instance;

  char *ordinal;
  char *text;
  DirectiveList lead;
  DirectiveList cooperating;
  DirectiveList report_to;
  DirectiveDate *deadline;
  DirectiveRecurrence recurrence;
  DirectiveTaskStatus status;
  DirectiveDate *completed_on;
  gboolean completed_on_recorded; /* set by set_status(), not by the user */
  DirectiveList subtasks;
  DirectiveList history;
  guint first_line;
  guint last_line;
  /* A subtask read by the parser follows its parent's status without a
   * handler (directive_task_set_status()): not references, cleared when
   * either task goes. */
  DirectiveTask *parent;
  DirectiveTask **followed; /* the subtasks whose parent this task is: a bare */
  guint n_followed;         /* array, one block where a GPtrArray is two */
};

G_DEFINE_FINAL_TYPE (DirectiveTask, directive_task, G_TYPE_OBJECT)

/* Set by class_init, for the getters' checks. */
static GType task_type;
#define DIRECTIVE_IS_TASK(ptr) _DIRECTIVE_IS_FINAL (ptr, task_type, directive_task_get_type)

enum {
  PROP_0,
  PROP_ORDINAL,
  PROP_TEXT,
  PROP_LEAD,
  PROP_COOPERATING,
  PROP_REPORT_TO,
  PROP_DEADLINE,
  PROP_RECURRENCE,
  PROP_STATUS,
  PROP_COMPLETED_ON,
  PROP_SUBTASKS,
  PROP_HISTORY,
  PROP_FIRST_LINE,
  PROP_LAST_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "notify::status", looked up once: follow_subtask() runs for every subtask. */
static guint notify_signal;
static GQuark status_quark;

/* The lists are DirectiveLists: a parsed task has no history, most have no
 * cooperating or report-to agency and no subtask, and nobody may ask for
 * the others before the task is freed. */

static void subtask_notify_status_cb (DirectiveTask *subtask,
                                      GParamSpec    *pspec,
                                      DirectiveTask *self);

static void
unfollow (DirectiveTask *self)
{
  DirectiveTask *parent = self->parent;

  for (guint i = 0; i < self->n_followed; i++)
    self->followed[i]->parent = NULL;
  g_clear_pointer (&self->followed, g_free);
  self->n_followed = 0;
  /* (out of the parent's, the last taking its place) */
  for (guint i = 0; parent != NULL && i < parent->n_followed; i++)
    {
      if (parent->followed[i] == self)
        {
          parent->followed[i] = parent->followed[--parent->n_followed];
          break;
        }
    }
  self->parent = NULL;
}

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_task_dispose (GObject *object)
{
  DirectiveTask *self = (DirectiveTask *) object;

  unfollow (self);
  _directive_list_clear (&self->lead);
  _directive_list_clear (&self->cooperating);
  _directive_list_clear (&self->report_to);
  _directive_list_clear (&self->subtasks);
  _directive_list_clear (&self->history);

  _directive_dispose_chain (object, directive_task_parent_class);
}

static void
directive_task_finalize (GObject *object)
{
  DirectiveTask *self = (DirectiveTask *) object;

  /* A list asked for again during dispose is made again: free it here. */
  _directive_list_clear (&self->lead);
  _directive_list_clear (&self->cooperating);
  _directive_list_clear (&self->report_to);
  _directive_list_clear (&self->subtasks);
  _directive_list_clear (&self->history);
  g_free (self->ordinal);
  g_free (self->text);
  g_clear_pointer (&self->deadline, directive_date_free);
  g_clear_pointer (&self->completed_on, directive_date_free);

  ((GObjectClass *) directive_task_parent_class)->finalize (object);
}

static void
directive_task_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DirectiveTask *self = DIRECTIVE_TASK (object);

  switch (prop_id)
    {
    case PROP_ORDINAL:
      g_value_set_string (value, self->ordinal);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_LEAD:
      g_value_set_object (value, directive_task_get_lead (self));
      break;
    case PROP_COOPERATING:
      g_value_set_object (value, directive_task_get_cooperating (self));
      break;
    case PROP_REPORT_TO:
      g_value_set_object (value, directive_task_get_report_to (self));
      break;
    case PROP_DEADLINE:
      g_value_set_boxed (value, self->deadline);
      break;
    case PROP_RECURRENCE:
      g_value_set_enum (value, self->recurrence);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_COMPLETED_ON:
      g_value_set_boxed (value, self->completed_on);
      break;
    case PROP_SUBTASKS:
      g_value_set_object (value, directive_task_get_subtasks (self));
      break;
    case PROP_HISTORY:
      g_value_set_object (value, directive_task_get_history (self));
      break;
    case PROP_FIRST_LINE:
      g_value_set_uint (value, self->first_line);
      break;
    case PROP_LAST_LINE:
      g_value_set_uint (value, self->last_line);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_task_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DirectiveTask *self = DIRECTIVE_TASK (object);

  switch (prop_id)
    {
    case PROP_ORDINAL:
      directive_task_set_ordinal (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      directive_task_set_text (self, g_value_get_string (value));
      break;
    case PROP_DEADLINE:
      directive_task_set_deadline (self, g_value_get_boxed (value));
      break;
    case PROP_RECURRENCE:
      directive_task_set_recurrence (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      directive_task_set_status (self, g_value_get_enum (value));
      break;
    case PROP_COMPLETED_ON:
      directive_task_set_completed_on (self, g_value_get_boxed (value));
      break;
    case PROP_FIRST_LINE:
      directive_task_set_lines (self, g_value_get_uint (value), self->last_line);
      break;
    case PROP_LAST_LINE:
      directive_task_set_lines (self, self->first_line, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_task_class_init (DirectiveTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  task_type = G_TYPE_FROM_CLASS (klass);
  object_class->dispose = directive_task_dispose;
  object_class->finalize = directive_task_finalize;
  object_class->get_property = directive_task_get_property;
  object_class->set_property = directive_task_set_property;

  /**
   * DirectiveTask:ordinal:
   *
   * The number or letter of the item as written: `1`, `a`, `2.1`.
   */
  properties[PROP_ORDINAL] =
    g_param_spec_string ("ordinal", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:text:
   *
   * The whole text of the item, its lines joined and whitespace folded.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:lead:
   *
   * The agencies that carry the task out (chủ trì), as a list of
   * [class@Directive.Agency].
   */
  properties[PROP_LEAD] =
    g_param_spec_object ("lead", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:cooperating:
   *
   * The agencies that work with the lead (phối hợp), as a list of
   * [class@Directive.Agency].
   */
  properties[PROP_COOPERATING] =
    g_param_spec_object ("cooperating", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:report-to:
   *
   * The agencies the lead submits, reports, proposes or advises to (trình,
   * báo cáo, đề xuất, tham mưu), as a list of [class@Directive.Agency].
   */
  properties[PROP_REPORT_TO] =
    g_param_spec_object ("report-to", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:deadline:
   *
   * The last day the task must be done by, or %NULL when the document sets
   * none. "Trong tháng 12/2021" is a deadline of month precision.
   */
  properties[PROP_DEADLINE] =
    g_param_spec_boxed ("deadline", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:recurrence:
   *
   * How often the task comes back: yearly (hằng năm), quarterly, monthly,
   * ongoing (thường xuyên), or not at all.
   */
  properties[PROP_RECURRENCE] =
    g_param_spec_enum ("recurrence", NULL, NULL,
                       DIRECTIVE_TYPE_RECURRENCE, DIRECTIVE_RECURRENCE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:status:
   *
   * Where the task stands. A freshly parsed task is
   * %DIRECTIVE_TASK_STATUS_PENDING.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       DIRECTIVE_TYPE_TASK_STATUS, DIRECTIVE_TASK_STATUS_PENDING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:completed-on:
   *
   * When the task was done, or %NULL.
   *
   * Setting [property@Directive.Task:status] to %DIRECTIVE_TASK_STATUS_DONE
   * records today's date (local time) here when it is %NULL. Leaving done
   * clears a date recorded that way, but keeps one that was set (a
   * back-filled date, or one read from a file). Set it at any time to
   * back-fill when the task was really done.
   */
  properties[PROP_COMPLETED_ON] =
    g_param_spec_boxed ("completed-on", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:subtasks:
   *
   * The items nested under this one, as a list of [class@Directive.Task].
   */
  properties[PROP_SUBTASKS] =
    g_param_spec_object ("subtasks", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:history:
   *
   * What happened to the task, oldest first, as a list of
   * [class@Directive.TaskEvent].
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:first-line:
   *
   * The 1-based line of the source text the task starts on, or 0 when
   * unknown.
   */
  properties[PROP_FIRST_LINE] =
    g_param_spec_uint ("first-line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTask:last-line:
   *
   * The 1-based line of the source text the task ends on, or 0 when
   * unknown.
   */
  properties[PROP_LAST_LINE] =
    g_param_spec_uint ("last-line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  notify_signal = g_signal_lookup ("notify", G_TYPE_OBJECT);
  status_quark = g_param_spec_get_name_quark (properties[PROP_STATUS]);
}

static void
directive_task_init (DirectiveTask *self)
{
  self->status = DIRECTIVE_TASK_STATUS_PENDING;
}

/**
 * directive_task_new:
 * @ordinal: (nullable): the number or letter of the item as written
 * @text: (nullable): the text of the item
 *
 * Creates a pending task with no agencies, deadline or subtasks.
 *
 * Returns: (transfer full): a new task
 */
DirectiveTask *
directive_task_new (const char *ordinal,
                    const char *text)
{
  /* Set directly: nobody can listen to a task being made, and going through
   * the properties costs more than the rest of the task. */
  DirectiveTask *self = g_object_new (DIRECTIVE_TYPE_TASK, NULL);

  self->ordinal = g_strdup (ordinal);
  self->text = g_strdup (text);

  return self;
}

DirectiveTask *
_directive_task_new_read (char       *ordinal,
                          char       *text,
                          guint       first_line,
                          guint       last_line)
{
  DirectiveTask *self = g_object_new (DIRECTIVE_TYPE_TASK, NULL);

  self->ordinal = ordinal;
  self->text = text;
  self->first_line = first_line;
  self->last_line = last_line;

  return self;
}

void
_directive_task_set_read (DirectiveTask       *self,
                          DirectiveDate       *deadline,
                          DirectiveRecurrence  recurrence)
{
  g_clear_pointer (&self->deadline, directive_date_free);
  self->deadline = deadline;
  self->recurrence = recurrence;
}

void
_directive_task_add_read_agencies (DirectiveTask *self,
                                   GPtrArray     *lead,
                                   GPtrArray     *cooperating,
                                   GPtrArray     *report_to)
{
  /* (most tasks have no cooperating or report-to agency) */
  if (lead->len > 0)
    _directive_list_append_many (&self->lead, lead->pdata, lead->len);
  if (cooperating->len > 0)
    _directive_list_append_many (&self->cooperating, cooperating->pdata, cooperating->len);
  if (report_to->len > 0)
    _directive_list_append_many (&self->report_to, report_to->pdata, report_to->len);
}

/**
 * directive_task_get_ordinal:
 * @self: a task
 *
 * Gets the number or letter of the item as written.
 *
 * Returns: (nullable): the number or letter of the item as written
 */
const char *
directive_task_get_ordinal (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return self->ordinal;
}

/**
 * directive_task_set_ordinal:
 * @self: a task
 * @ordinal: (nullable): the number or letter of the item as written
 *
 * Sets the number or letter of the item: `1`, `a`, `2.1`.
 */
void
directive_task_set_ordinal (DirectiveTask *self,
                            const char    *ordinal)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  if (_directive_set_string (&self->ordinal, ordinal))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_ORDINAL]);
}

/**
 * directive_task_get_text:
 * @self: a task
 *
 * Gets the text of the item.
 *
 * Returns: (nullable): the text of the item
 */
const char *
directive_task_get_text (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return self->text;
}

/**
 * directive_task_set_text:
 * @self: a task
 * @text: (nullable): the text of the item
 *
 * Sets the text of the item.
 */
void
directive_task_set_text (DirectiveTask *self,
                         const char    *text)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  if (_directive_set_string (&self->text, text))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_TEXT]);
}

/**
 * directive_task_get_lead:
 * @self: a task
 *
 * Gets the agencies that carry the task out (chủ trì).
 *
 * Returns: (transfer none): a list model of [class@Directive.Agency]
 */
GListModel *
directive_task_get_lead (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->lead, DIRECTIVE_TYPE_AGENCY));
}

/**
 * directive_task_add_lead:
 * @self: a task
 * @agency: an agency
 *
 * Appends @agency to the agencies that carry the task out.
 * [property@Directive.Task:lead] is notified, so that a "notify" handler on
 * the task sees every change to it.
 */
void
directive_task_add_lead (DirectiveTask   *self,
                         DirectiveAgency *agency)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  g_return_if_fail (DIRECTIVE_IS_AGENCY (agency));
  _directive_list_append (&self->lead, agency);
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_LEAD]);
}

/**
 * directive_task_get_cooperating:
 * @self: a task
 *
 * Gets the agencies that work with the lead (phối hợp).
 *
 * Returns: (transfer none): a list model of [class@Directive.Agency]
 */
GListModel *
directive_task_get_cooperating (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->cooperating, DIRECTIVE_TYPE_AGENCY));
}

/**
 * directive_task_add_cooperating:
 * @self: a task
 * @agency: an agency
 *
 * Appends @agency to the agencies that work with the lead.
 * [property@Directive.Task:cooperating] is notified, so that a "notify" handler on
 * the task sees every change to it.
 */
void
directive_task_add_cooperating (DirectiveTask   *self,
                                DirectiveAgency *agency)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  g_return_if_fail (DIRECTIVE_IS_AGENCY (agency));
  _directive_list_append (&self->cooperating, agency);
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_COOPERATING]);
}

/**
 * directive_task_get_report_to:
 * @self: a task
 *
 * Gets the agencies the lead submits, reports or advises to (trình, báo cáo,
 * tham mưu).
 *
 * Returns: (transfer none): a list model of [class@Directive.Agency]
 */
GListModel *
directive_task_get_report_to (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->report_to, DIRECTIVE_TYPE_AGENCY));
}

/**
 * directive_task_add_report_to:
 * @self: a task
 * @agency: an agency
 *
 * Appends @agency to the agencies the lead reports to.
 * [property@Directive.Task:report-to] is notified, so that a "notify" handler on
 * the task sees every change to it.
 */
void
directive_task_add_report_to (DirectiveTask   *self,
                              DirectiveAgency *agency)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  g_return_if_fail (DIRECTIVE_IS_AGENCY (agency));
  _directive_list_append (&self->report_to, agency);
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_REPORT_TO]);
}

/**
 * directive_task_get_deadline:
 * @self: a task
 *
 * Gets the last day the task must be done by.
 *
 * Returns: (transfer none) (nullable): the last day the task must be done by
 */
const DirectiveDate *
directive_task_get_deadline (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return self->deadline;
}

/**
 * directive_task_set_deadline:
 * @self: a task
 * @deadline: (nullable): the last day the task must be done by
 *
 * Sets the deadline; @deadline is copied.
 */
void
directive_task_set_deadline (DirectiveTask       *self,
                             const DirectiveDate *deadline)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  if (_directive_set_date (&self->deadline, deadline))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_DEADLINE]);
}

/**
 * directive_task_get_recurrence:
 * @self: a task
 *
 * Gets how often the task comes back.
 *
 * Returns: how often the task comes back
 */
DirectiveRecurrence
directive_task_get_recurrence (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), DIRECTIVE_RECURRENCE_NONE);
  return self->recurrence;
}

/**
 * directive_task_set_recurrence:
 * @self: a task
 * @recurrence: how often the task comes back
 *
 * Sets how often the task comes back.
 */
void
directive_task_set_recurrence (DirectiveTask       *self,
                               DirectiveRecurrence  recurrence)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  if (self->recurrence == recurrence)
    return;
  self->recurrence = recurrence;
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_RECURRENCE]);
}

/**
 * directive_task_get_status:
 * @self: a task
 *
 * Gets where the task stands.
 *
 * Returns: where the task stands
 */
DirectiveTaskStatus
directive_task_get_status (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), DIRECTIVE_TASK_STATUS_PENDING);
  return self->status;
}

/**
 * directive_task_set_status:
 * @self: a task
 * @status: where the task stands
 *
 * Sets where the task stands.
 *
 * Becoming %DIRECTIVE_TASK_STATUS_DONE records today (local time) as
 * [property@Directive.Task:completed-on] when that is unset; leaving done
 * clears the date again only if it was recorded that way, not if it was set
 * with directive_task_set_completed_on().
 */
void
directive_task_set_status (DirectiveTask       *self,
                           DirectiveTaskStatus  status)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  if (self->status == status)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->status = status;
  if (status == DIRECTIVE_TASK_STATUS_DONE && self->completed_on == NULL)
    {
      self->completed_on = _directive_date_new_today ();
      self->completed_on_recorded = TRUE;
      g_object_notify_by_pspec ((GObject *) self, properties[PROP_COMPLETED_ON]);
    }
  else if (status != DIRECTIVE_TASK_STATUS_DONE && self->completed_on_recorded)
    {
      g_clear_pointer (&self->completed_on, directive_date_free);
      self->completed_on_recorded = FALSE;
      g_object_notify_by_pspec ((GObject *) self, properties[PROP_COMPLETED_ON]);
    }
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_STATUS]);
  /* A subtask read follows its parent here, not in a handler: still before
   * this task's own notifications, as the handler connected first would. (A
   * "notify" class closure would cost every task's construction more.) */
  if (self->parent != NULL)
    subtask_notify_status_cb (self, properties[PROP_STATUS], self->parent);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * directive_task_get_completed_on:
 * @self: a task
 *
 * Gets when the task was done.
 *
 * Returns: (transfer none) (nullable): when the task was done
 */
const DirectiveDate *
directive_task_get_completed_on (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return self->completed_on;
}

/**
 * directive_task_set_completed_on:
 * @self: a task
 * @completed_on: (nullable): when the task was done
 *
 * Sets when the task was done; @completed_on is copied. A date set here
 * (even while the task is not done) is kept when the status changes.
 */
void
directive_task_set_completed_on (DirectiveTask       *self,
                                 const DirectiveDate *completed_on)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  self->completed_on_recorded = FALSE;
  if (_directive_set_date (&self->completed_on, completed_on))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_COMPLETED_ON]);
}

/**
 * directive_task_get_subtasks:
 * @self: a task
 *
 * Gets the items nested under this one.
 *
 * Returns: (transfer none): a list model of [class@Directive.Task]
 */
GListModel *
directive_task_get_subtasks (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->subtasks, DIRECTIVE_TYPE_TASK));
}

static void
subtask_notify_status_cb (DirectiveTask *subtask,
                          GParamSpec    *pspec,
                          DirectiveTask *self)
{
  guint n = _directive_list_get_n_items (&self->subtasks);

  if (subtask->status != DIRECTIVE_TASK_STATUS_DONE || self->status == DIRECTIVE_TASK_STATUS_DONE)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveTask) t = _directive_list_get_item (&self->subtasks, i);

      if (t->status != DIRECTIVE_TASK_STATUS_DONE)
        return;
    }

  directive_task_set_status (self, DIRECTIVE_TASK_STATUS_DONE);
}

/* g_signal_connect_object (subtask, "notify::status", ..., self, 0), without
 * parsing the signal's name each time. */
static void
follow_subtask (DirectiveTask *self,
                DirectiveTask *subtask)
{
  GClosure *closure = g_cclosure_new_object (G_CALLBACK (subtask_notify_status_cb), (GObject *) self);

  g_signal_connect_closure_by_id (subtask, notify_signal, status_quark, closure, FALSE);
}

/**
 * directive_task_add_subtask:
 * @self: a task
 * @subtask: the task to nest under @self
 *
 * Appends @subtask to the items nested under this one.
 * [property@Directive.Task:subtasks] is notified, so that a "notify" handler on
 * the task sees every change to it.
 *
 * From then on, when a subtask's status becomes done and every subtask is
 * done, @self becomes done too (and records its completion date as
 * directive_task_set_status() does). A parent is never reopened by a subtask.
 */
void
directive_task_add_subtask (DirectiveTask *self,
                            DirectiveTask *subtask)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  g_return_if_fail (DIRECTIVE_IS_TASK (subtask));
  g_return_if_fail (subtask != self);
  _directive_list_append (&self->subtasks, subtask);
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_SUBTASKS]);
  follow_subtask (self, subtask);
}

void
_directive_task_add_subtasks (DirectiveTask  *self,
                              DirectiveTask **subtasks,
                              guint           n_subtasks)
{
  GClosure *closure = NULL;
  gboolean grown = FALSE;

  if (n_subtasks == 0)
    return;
  _directive_list_append_many (&self->subtasks, (gpointer *) subtasks, n_subtasks);
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_SUBTASKS]);
  /* follow_subtask() for each: a subtask with no parent yet by its link to
   * @self; any other with a handler, one closure for all of them:
   * invalidated when @self goes, it takes every handler made with it along. */
  for (guint i = 0; i < n_subtasks; i++)
    {
      if (subtasks[i]->parent == NULL && subtasks[i] != self)
        {
          /* room for the rest, at the first that follows by its link */
          if (!grown)
            {
              self->followed = g_renew (DirectiveTask *, self->followed, self->n_followed + n_subtasks - i);
              grown = TRUE;
            }
          subtasks[i]->parent = self;
          self->followed[self->n_followed++] = subtasks[i];
          continue;
        }
      if (closure == NULL)
        {
          closure = g_closure_ref (g_cclosure_new_object (G_CALLBACK (subtask_notify_status_cb), (GObject *) self));
          g_closure_sink (closure);
        }
      g_signal_connect_closure_by_id (subtasks[i], notify_signal, status_quark, closure, FALSE);
    }
  g_clear_pointer (&closure, g_closure_unref);
}

/**
 * directive_task_get_history:
 * @self: a task
 *
 * Gets what happened to the task, oldest first.
 *
 * Returns: (transfer none): a list model of [class@Directive.TaskEvent]
 */
GListModel *
directive_task_get_history (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->history, DIRECTIVE_TYPE_TASK_EVENT));
}

/**
 * directive_task_add_event:
 * @self: a task
 * @event: what happened
 *
 * Appends @event to the task's history.
 */
void
directive_task_add_event (DirectiveTask      *self,
                          DirectiveTaskEvent *event)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));
  g_return_if_fail (DIRECTIVE_IS_TASK_EVENT (event));
  _directive_list_append (&self->history, event);
}

/**
 * directive_task_get_first_line:
 * @self: a task
 *
 * Gets the 1-based line of the source text the task starts on, or 0.
 *
 * Returns: the 1-based line of the source text the task starts on, or 0
 */
guint
directive_task_get_first_line (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), 0);
  return self->first_line;
}

/**
 * directive_task_get_last_line:
 * @self: a task
 *
 * Gets the 1-based line of the source text the task ends on, or 0.
 *
 * Returns: the 1-based line of the source text the task ends on, or 0
 */
guint
directive_task_get_last_line (DirectiveTask *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), 0);
  return self->last_line;
}

/**
 * directive_task_set_lines:
 * @self: a task
 * @first_line: the 1-based line the task starts on, or 0 when unknown
 * @last_line: the 1-based line the task ends on, or 0 when unknown
 *
 * Sets the lines of the source text the task was read from.
 */
void
directive_task_set_lines (DirectiveTask *self,
                          guint          first_line,
                          guint          last_line)
{
  g_return_if_fail (DIRECTIVE_IS_TASK (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->first_line != first_line)
    {
      self->first_line = first_line;
      g_object_notify_by_pspec ((GObject *) self, properties[PROP_FIRST_LINE]);
    }
  if (self->last_line != last_line)
    {
      self->last_line = last_line;
      g_object_notify_by_pspec ((GObject *) self, properties[PROP_LAST_LINE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
