/* directive-task-event.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-enum-types.h"
#include "directive-model-private.h"
#include "directive-task-event.h"

/**
 * DirectiveTaskEvent:
 *
 * One entry of a task's history: on a given day the task moved to a
 * [property@Directive.TaskEvent:status] (in progress, done, cancelled), with
 * an optional note ("Sở Tài chính đã trình UBND tỉnh").
 *
 * A [class@Directive.Task] keeps its events oldest first. A freshly parsed
 * task has none: events are what the people following the document up add.
 */
struct _DirectiveTaskEvent
{
  GObject parent_instance;

  DirectiveDate *on;
  DirectiveTaskStatus status;
  char *note;
};

G_DEFINE_FINAL_TYPE (DirectiveTaskEvent, directive_task_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ON,
  PROP_STATUS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Finalize casts without checks: GObject calls it with an object of this
 * class. */
static void
directive_task_event_finalize (GObject *object)
{
  DirectiveTaskEvent *self = (DirectiveTaskEvent *) object;

  g_clear_pointer (&self->on, directive_date_free);
  g_free (self->note);

  ((GObjectClass *) directive_task_event_parent_class)->finalize (object);
}

static void
directive_task_event_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DirectiveTaskEvent *self = DIRECTIVE_TASK_EVENT (object);

  switch (prop_id)
    {
    case PROP_ON:
      g_value_set_boxed (value, self->on);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_task_event_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DirectiveTaskEvent *self = DIRECTIVE_TASK_EVENT (object);

  switch (prop_id)
    {
    case PROP_ON:
      directive_task_event_set_on (self, g_value_get_boxed (value));
      break;
    case PROP_STATUS:
      directive_task_event_set_status (self, g_value_get_enum (value));
      break;
    case PROP_NOTE:
      directive_task_event_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_task_event_class_init (DirectiveTaskEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = directive_task_event_finalize;
  object_class->get_property = directive_task_event_get_property;
  object_class->set_property = directive_task_event_set_property;

  /**
   * DirectiveTaskEvent:on:
   *
   * The day the event happened, or %NULL when it is not known. It may be of
   * reduced precision (a month, a year).
   */
  properties[PROP_ON] =
    g_param_spec_boxed ("on", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskEvent:status:
   *
   * The status the task moved to.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       DIRECTIVE_TYPE_TASK_STATUS, DIRECTIVE_TASK_STATUS_PENDING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveTaskEvent:note:
   *
   * What happened, in free text, or %NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_task_event_init (DirectiveTaskEvent *self)
{
  self->status = DIRECTIVE_TASK_STATUS_PENDING;
}

/**
 * directive_task_event_new:
 * @on: (nullable): the day the event happened
 * @status: the status the task moved to
 * @note: (nullable): what happened
 *
 * Creates an entry of a task's history. @on is copied.
 *
 * Returns: (transfer full): a new task event
 */
DirectiveTaskEvent *
directive_task_event_new (const DirectiveDate *on,
                          DirectiveTaskStatus  status,
                          const char          *note)
{
  return g_object_new (DIRECTIVE_TYPE_TASK_EVENT,
                       "on", on,
                       "status", status,
                       "note", note,
                       NULL);
}

/**
 * directive_task_event_get_on:
 * @self: a task event
 *
 * Gets the day the event happened.
 *
 * Returns: (transfer none) (nullable): the day the event happened
 */
const DirectiveDate *
directive_task_event_get_on (DirectiveTaskEvent *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_EVENT (self), NULL);
  return self->on;
}

/**
 * directive_task_event_set_on:
 * @self: a task event
 * @on: (nullable): the day the event happened
 *
 * Sets the day the event happened. @on is copied.
 */
void
directive_task_event_set_on (DirectiveTaskEvent  *self,
                             const DirectiveDate *on)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_EVENT (self));
  if (_directive_set_date (&self->on, on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON]);
}

/**
 * directive_task_event_get_status:
 * @self: a task event
 *
 * Gets the status the task moved to.
 *
 * Returns: the status the task moved to
 */
DirectiveTaskStatus
directive_task_event_get_status (DirectiveTaskEvent *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_EVENT (self), DIRECTIVE_TASK_STATUS_PENDING);
  return self->status;
}

/**
 * directive_task_event_set_status:
 * @self: a task event
 * @status: the status the task moved to
 *
 * Sets the status the task moved to.
 */
void
directive_task_event_set_status (DirectiveTaskEvent  *self,
                                 DirectiveTaskStatus  status)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_EVENT (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * directive_task_event_get_note:
 * @self: a task event
 *
 * Gets what happened.
 *
 * Returns: (nullable): what happened
 */
const char *
directive_task_event_get_note (DirectiveTaskEvent *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK_EVENT (self), NULL);
  return self->note;
}

/**
 * directive_task_event_set_note:
 * @self: a task event
 * @note: (nullable): what happened
 *
 * Sets the note of what happened.
 */
void
directive_task_event_set_note (DirectiveTaskEvent *self,
                               const char         *note)
{
  g_return_if_fail (DIRECTIVE_IS_TASK_EVENT (self));
  if (_directive_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
