/* directive-meeting.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-meeting.h"
#include "directive-model-private.h"
#include "directive-person.h"

/**
 * DirectiveMeeting:
 *
 * The meeting a Thông báo kết luận reports on: when and where it was held
 * ("ngày 23/11/2021, tại Trụ sở UBND tỉnh"), what it was about, who chaired
 * it and who attended.
 *
 * The attendees are a [iface@Gio.ListModel] of [class@Directive.Person], in
 * the order the document lists them; it emits
 * [signal@Gio.ListModel::items-changed] when
 * [method@Directive.Meeting.add_attendee] is called, so it can back a list
 * widget directly.
 */
struct _DirectiveMeeting
{
  GObject parent_instance;

  DirectiveDate *date;
  char *venue;
  char *topic;
  DirectivePerson *chair;
  DirectiveList attendees;
};

G_DEFINE_FINAL_TYPE (DirectiveMeeting, directive_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VENUE,
  PROP_TOPIC,
  PROP_CHAIR,
  PROP_ATTENDEES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_meeting_dispose (GObject *object)
{
  DirectiveMeeting *self = (DirectiveMeeting *) object;

  g_clear_object (&self->chair);
  _directive_list_clear (&self->attendees);

  _directive_dispose_chain (object, directive_meeting_parent_class);
}

static void
directive_meeting_finalize (GObject *object)
{
  DirectiveMeeting *self = (DirectiveMeeting *) object;

  /* A list asked for again during dispose is made again: free it here. */
  _directive_list_clear (&self->attendees);
  g_clear_pointer (&self->date, directive_date_free);
  g_free (self->venue);
  g_free (self->topic);

  ((GObjectClass *) directive_meeting_parent_class)->finalize (object);
}

static void
directive_meeting_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DirectiveMeeting *self = DIRECTIVE_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;
    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;
    case PROP_CHAIR:
      g_value_set_object (value, self->chair);
      break;
    case PROP_ATTENDEES:
      g_value_set_object (value, _directive_list_get (&self->attendees, DIRECTIVE_TYPE_PERSON));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_meeting_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DirectiveMeeting *self = DIRECTIVE_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATE:
      directive_meeting_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_VENUE:
      directive_meeting_set_venue (self, g_value_get_string (value));
      break;
    case PROP_TOPIC:
      directive_meeting_set_topic (self, g_value_get_string (value));
      break;
    case PROP_CHAIR:
      directive_meeting_set_chair (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_meeting_class_init (DirectiveMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = directive_meeting_dispose;
  object_class->finalize = directive_meeting_finalize;
  object_class->get_property = directive_meeting_get_property;
  object_class->set_property = directive_meeting_set_property;

  /**
   * DirectiveMeeting:date:
   *
   * The day the meeting was held, or %NULL when the document does not say.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveMeeting:venue:
   *
   * Where the meeting was held: `Trụ sở UBND tỉnh`.
   */
  properties[PROP_VENUE] =
    g_param_spec_string ("venue", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveMeeting:topic:
   *
   * What the meeting was about, as the document puts it.
   */
  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveMeeting:chair:
   *
   * The person who chaired the meeting (chủ trì), or %NULL.
   */
  properties[PROP_CHAIR] =
    g_param_spec_object ("chair", NULL, NULL, DIRECTIVE_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveMeeting:attendees:
   *
   * The people who attended, a [iface@Gio.ListModel] of
   * [class@Directive.Person] in the order the document lists them.
   */
  properties[PROP_ATTENDEES] =
    g_param_spec_object ("attendees", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_meeting_init (DirectiveMeeting *self)
{
}

/**
 * directive_meeting_new:
 *
 * Creates a meeting with nothing known about it yet.
 *
 * Returns: (transfer full): a new meeting
 */
DirectiveMeeting *
directive_meeting_new (void)
{
  return g_object_new (DIRECTIVE_TYPE_MEETING, NULL);
}

/**
 * directive_meeting_get_date:
 * @self: a meeting
 *
 * Gets the day the meeting was held.
 *
 * Returns: (transfer none) (nullable): the day the meeting was held
 */
const DirectiveDate *
directive_meeting_get_date (DirectiveMeeting *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_MEETING (self), NULL);
  return self->date;
}

/**
 * directive_meeting_set_date:
 * @self: a meeting
 * @date: (nullable): the day the meeting was held
 *
 * Sets the day the meeting was held. @date is copied.
 */
void
directive_meeting_set_date (DirectiveMeeting    *self,
                            const DirectiveDate *date)
{
  g_return_if_fail (DIRECTIVE_IS_MEETING (self));
  if (_directive_set_date (&self->date, date))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_DATE]);
}

/**
 * directive_meeting_get_venue:
 * @self: a meeting
 *
 * Gets where the meeting was held.
 *
 * Returns: (nullable): where the meeting was held
 */
const char *
directive_meeting_get_venue (DirectiveMeeting *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_MEETING (self), NULL);
  return self->venue;
}

/**
 * directive_meeting_set_venue:
 * @self: a meeting
 * @venue: (nullable): where the meeting was held
 *
 * Sets where the meeting was held.
 */
void
directive_meeting_set_venue (DirectiveMeeting *self,
                             const char       *venue)
{
  g_return_if_fail (DIRECTIVE_IS_MEETING (self));
  if (_directive_set_string (&self->venue, venue))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_VENUE]);
}

/**
 * directive_meeting_get_topic:
 * @self: a meeting
 *
 * Gets what the meeting was about.
 *
 * Returns: (nullable): what the meeting was about
 */
const char *
directive_meeting_get_topic (DirectiveMeeting *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_MEETING (self), NULL);
  return self->topic;
}

/**
 * directive_meeting_set_topic:
 * @self: a meeting
 * @topic: (nullable): what the meeting was about
 *
 * Sets what the meeting was about.
 */
void
directive_meeting_set_topic (DirectiveMeeting *self,
                             const char       *topic)
{
  g_return_if_fail (DIRECTIVE_IS_MEETING (self));
  if (_directive_set_string (&self->topic, topic))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_TOPIC]);
}

/**
 * directive_meeting_get_chair:
 * @self: a meeting
 *
 * Gets the person who chaired the meeting.
 *
 * Returns: (transfer none) (nullable): the person who chaired the meeting
 */
DirectivePerson *
directive_meeting_get_chair (DirectiveMeeting *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_MEETING (self), NULL);
  return self->chair;
}

/**
 * directive_meeting_set_chair:
 * @self: a meeting
 * @chair: (nullable): the person who chaired the meeting
 *
 * Sets the person who chaired the meeting.
 */
void
directive_meeting_set_chair (DirectiveMeeting *self,
                             DirectivePerson  *chair)
{
  g_return_if_fail (DIRECTIVE_IS_MEETING (self));
  g_return_if_fail (chair == NULL || DIRECTIVE_IS_PERSON (chair));
  if (g_set_object (&self->chair, chair))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_CHAIR]);
}

/**
 * directive_meeting_get_attendees:
 * @self: a meeting
 *
 * Gets the people who attended, in the order the document lists them. The
 * model is live: it emits [signal@Gio.ListModel::items-changed] as attendees
 * are added.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Directive.Person]
 */
GListModel *
directive_meeting_get_attendees (DirectiveMeeting *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_MEETING (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->attendees, DIRECTIVE_TYPE_PERSON));
}

/**
 * directive_meeting_add_attendee:
 * @self: a meeting
 * @attendee: a person who attended
 *
 * Appends @attendee to the meeting's attendees.
 */
void
directive_meeting_add_attendee (DirectiveMeeting *self,
                                DirectivePerson  *attendee)
{
  g_return_if_fail (DIRECTIVE_IS_MEETING (self));
  g_return_if_fail (DIRECTIVE_IS_PERSON (attendee));
  _directive_list_append (&self->attendees, attendee);
}
