/* directive-conclusion.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-conclusion.h"
#include "directive-meeting.h"
#include "directive-model-private.h"
#include "directive-person.h"
#include "directive-task.h"

/**
 * DirectiveConclusion:
 *
 * An instruction-bearing part of a document: the conclusion of a meeting
 * ("Kết luận của đồng chí ... tại cuộc họp ..."), or, in a Chỉ thị or Công văn
 * with no meeting, the body of instructions itself.
 *
 * A conclusion says whose it is ([property@Directive.Conclusion:by]), the
 * meeting it came out of, if any, the assessment before the task list
 * ([property@Directive.Conclusion:summary]), and the numbered
 * [class@Directive.Task]s, in document order.
 */
struct _DirectiveConclusion
{
  GObject parent_instance;

  DirectivePerson *by;
  DirectiveMeeting *meeting;
  char *summary;
  DirectiveList tasks;
};

G_DEFINE_FINAL_TYPE (DirectiveConclusion, directive_conclusion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BY,
  PROP_MEETING,
  PROP_SUMMARY,
  PROP_TASKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_conclusion_dispose (GObject *object)
{
  DirectiveConclusion *self = (DirectiveConclusion *) object;

  g_clear_object (&self->by);
  g_clear_object (&self->meeting);
  _directive_list_clear (&self->tasks);

  _directive_dispose_chain (object, directive_conclusion_parent_class);
}

static void
directive_conclusion_finalize (GObject *object)
{
  DirectiveConclusion *self = (DirectiveConclusion *) object;

  /* A list asked for again during dispose is made again: free it here. */
  _directive_list_clear (&self->tasks);
  g_free (self->summary);

  ((GObjectClass *) directive_conclusion_parent_class)->finalize (object);
}

static void
directive_conclusion_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DirectiveConclusion *self = DIRECTIVE_CONCLUSION (object);

  switch (prop_id)
    {
    case PROP_BY:
      g_value_set_object (value, self->by);
      break;
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_TASKS:
      g_value_set_object (value, _directive_list_get (&self->tasks, DIRECTIVE_TYPE_TASK));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_conclusion_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DirectiveConclusion *self = DIRECTIVE_CONCLUSION (object);

  switch (prop_id)
    {
    case PROP_BY:
      directive_conclusion_set_by (self, g_value_get_object (value));
      break;
    case PROP_MEETING:
      directive_conclusion_set_meeting (self, g_value_get_object (value));
      break;
    case PROP_SUMMARY:
      directive_conclusion_set_summary (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_conclusion_class_init (DirectiveConclusionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = directive_conclusion_dispose;
  object_class->finalize = directive_conclusion_finalize;
  object_class->get_property = directive_conclusion_get_property;
  object_class->set_property = directive_conclusion_set_property;

  /**
   * DirectiveConclusion:by:
   *
   * Whose conclusion it is (kết luận của ...); in a document with no meeting,
   * the official in whose name it directs. %NULL when not stated.
   */
  properties[PROP_BY] =
    g_param_spec_object ("by", NULL, NULL, DIRECTIVE_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveConclusion:meeting:
   *
   * The meeting the conclusion came out of, or %NULL.
   */
  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, DIRECTIVE_TYPE_MEETING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveConclusion:summary:
   *
   * The assessment text before the task list, or %NULL.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveConclusion:tasks:
   *
   * The tasks, in document order, as a list of [class@Directive.Task].
   */
  properties[PROP_TASKS] =
    g_param_spec_object ("tasks", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_conclusion_init (DirectiveConclusion *self)
{
}

/**
 * directive_conclusion_new:
 *
 * Creates an empty conclusion.
 *
 * Returns: (transfer full): a new conclusion
 */
DirectiveConclusion *
directive_conclusion_new (void)
{
  return g_object_new (DIRECTIVE_TYPE_CONCLUSION, NULL);
}

/**
 * directive_conclusion_get_by:
 * @self: a conclusion
 *
 * Gets whose conclusion it is.
 *
 * Returns: (transfer none) (nullable): whose conclusion it is
 */
DirectivePerson *
directive_conclusion_get_by (DirectiveConclusion *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_CONCLUSION (self), NULL);
  return self->by;
}

/**
 * directive_conclusion_set_by:
 * @self: a conclusion
 * @by: (nullable): whose conclusion it is
 *
 * Sets whose conclusion it is.
 */
void
directive_conclusion_set_by (DirectiveConclusion *self,
                             DirectivePerson     *by)
{
  g_return_if_fail (DIRECTIVE_IS_CONCLUSION (self));
  g_return_if_fail (by == NULL || DIRECTIVE_IS_PERSON (by));
  if (g_set_object (&self->by, by))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_BY]);
}

/**
 * directive_conclusion_get_meeting:
 * @self: a conclusion
 *
 * Gets the meeting the conclusion came out of.
 *
 * Returns: (transfer none) (nullable): the meeting the conclusion came out of
 */
DirectiveMeeting *
directive_conclusion_get_meeting (DirectiveConclusion *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_CONCLUSION (self), NULL);
  return self->meeting;
}

/**
 * directive_conclusion_set_meeting:
 * @self: a conclusion
 * @meeting: (nullable): the meeting the conclusion came out of
 *
 * Sets the meeting the conclusion came out of.
 */
void
directive_conclusion_set_meeting (DirectiveConclusion *self,
                                  DirectiveMeeting    *meeting)
{
  g_return_if_fail (DIRECTIVE_IS_CONCLUSION (self));
  g_return_if_fail (meeting == NULL || DIRECTIVE_IS_MEETING (meeting));
  if (g_set_object (&self->meeting, meeting))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_MEETING]);
}

/**
 * directive_conclusion_get_summary:
 * @self: a conclusion
 *
 * Gets the assessment text before the task list.
 *
 * Returns: (nullable): the assessment text before the task list
 */
const char *
directive_conclusion_get_summary (DirectiveConclusion *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_CONCLUSION (self), NULL);
  return self->summary;
}

/**
 * directive_conclusion_set_summary:
 * @self: a conclusion
 * @summary: (nullable): the assessment text before the task list
 *
 * Sets the assessment text before the task list.
 */
void
directive_conclusion_set_summary (DirectiveConclusion *self,
                                  const char          *summary)
{
  g_return_if_fail (DIRECTIVE_IS_CONCLUSION (self));
  if (_directive_set_string (&self->summary, summary))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_SUMMARY]);
}

/**
 * directive_conclusion_get_tasks:
 * @self: a conclusion
 *
 * Gets the tasks, in document order.
 *
 * Returns: (transfer none): a list model of [class@Directive.Task]
 */
GListModel *
directive_conclusion_get_tasks (DirectiveConclusion *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_CONCLUSION (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->tasks, DIRECTIVE_TYPE_TASK));
}

/**
 * directive_conclusion_add_task:
 * @self: a conclusion
 * @task: a task
 *
 * Appends @task to the conclusion's tasks.
 */
void
directive_conclusion_add_task (DirectiveConclusion *self,
                               DirectiveTask       *task)
{
  g_return_if_fail (DIRECTIVE_IS_CONCLUSION (self));
  g_return_if_fail (DIRECTIVE_IS_TASK (task));
  _directive_list_append (&self->tasks, task);
}

void
_directive_conclusion_add_tasks (DirectiveConclusion  *self,
                                 DirectiveTask       **tasks,
                                 guint                 n_tasks)
{
  _directive_list_append_many (&self->tasks, (gpointer *) tasks, n_tasks);
}
