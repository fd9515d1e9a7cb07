/* directive-person.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-agency.h"
#include "directive-model-private.h"
#include "directive-person.h"

/**
 * DirectivePerson:
 *
 * A person a document names: the official whose conclusion it records
 * ("kết luận của đồng chí Nguyễn Sơn Hùng, Phó Chủ tịch UBND tỉnh"), the chair
 * of a meeting or one of its attendees.
 *
 * A person usually has a [property@Directive.Person:name] (which may be
 * unreadable, and so %NULL), a [property@Directive.Person:position] and the
 * [property@Directive.Person:agency] that position belongs to. A group of
 * people mentioned together ("lãnh đạo các Phòng, Trung tâm thuộc Sở") has
 * only [property@Directive.Person:text]: see [ctor@Directive.Person.new_group].
 */
struct _DirectivePerson
{
  GObject parent_instance;

  char *name;
  char *position;
  char *honorific;
  DirectiveAgency *agency;
  char *text;
};

G_DEFINE_FINAL_TYPE (DirectivePerson, directive_person, G_TYPE_OBJECT)

/* Set by class_init, for the getters' checks. */
static GType person_type;
#define DIRECTIVE_IS_PERSON(ptr) _DIRECTIVE_IS_FINAL (ptr, person_type, directive_person_get_type)

enum {
  PROP_0,
  PROP_NAME,
  PROP_POSITION,
  PROP_HONORIFIC,
  PROP_AGENCY,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class. */
static void
directive_person_dispose (GObject *object)
{
  DirectivePerson *self = (DirectivePerson *) object;

  g_clear_object (&self->agency);

  _directive_dispose_chain (object, directive_person_parent_class);
}

static void
directive_person_finalize (GObject *object)
{
  DirectivePerson *self = (DirectivePerson *) object;

  g_free (self->name);
  g_free (self->position);
  g_free (self->honorific);
  g_free (self->text);

  ((GObjectClass *) directive_person_parent_class)->finalize (object);
}

static void
directive_person_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DirectivePerson *self = DIRECTIVE_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_POSITION:
      g_value_set_string (value, self->position);
      break;
    case PROP_HONORIFIC:
      g_value_set_string (value, self->honorific);
      break;
    case PROP_AGENCY:
      g_value_set_object (value, self->agency);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_person_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DirectivePerson *self = DIRECTIVE_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      directive_person_set_name (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      directive_person_set_position (self, g_value_get_string (value));
      break;
    case PROP_HONORIFIC:
      directive_person_set_honorific (self, g_value_get_string (value));
      break;
    case PROP_AGENCY:
      directive_person_set_agency (self, g_value_get_object (value));
      break;
    case PROP_TEXT:
      directive_person_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_person_class_init (DirectivePersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  person_type = G_TYPE_FROM_CLASS (klass);
  object_class->dispose = directive_person_dispose;
  object_class->finalize = directive_person_finalize;
  object_class->get_property = directive_person_get_property;
  object_class->set_property = directive_person_set_property;

  /**
   * DirectivePerson:name:
   *
   * The person's full name, `Nguyễn Sơn Hùng`, or %NULL when the document
   * does not give it or it cannot be read.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectivePerson:position:
   *
   * The person's position as written: `Phó Chủ tịch UBND tỉnh`.
   */
  properties[PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectivePerson:honorific:
   *
   * How the document addresses the person: `đồng chí`, `ông`, `bà`; or %NULL.
   */
  properties[PROP_HONORIFIC] =
    g_param_spec_string ("honorific", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectivePerson:agency:
   *
   * The agency the person's position belongs to, or %NULL.
   */
  properties[PROP_AGENCY] =
    g_param_spec_object ("agency", NULL, NULL, DIRECTIVE_TYPE_AGENCY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectivePerson:text:
   *
   * The words that stand for a group of people instead of a name and position:
   * `lãnh đạo các Phòng, Trung tâm thuộc Sở`; %NULL for a single person.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_person_init (DirectivePerson *self)
{
}

/**
 * directive_person_new:
 * @name: (nullable): the full name
 * @position: (nullable): the position
 *
 * Creates a person with a name and a position.
 *
 * Returns: (transfer full): a new person
 */
DirectivePerson *
directive_person_new (const char *name,
                      const char *position)
{
  /* Set directly: nobody can listen to a person being made. */
  DirectivePerson *self = g_object_new (DIRECTIVE_TYPE_PERSON, NULL);

  self->name = g_strdup (name);
  self->position = g_strdup (position);

  return self;
}

DirectivePerson *
_directive_person_new_take (char       *name,
                            char       *position,
                            const char *honorific)
{
  DirectivePerson *self = g_object_new (DIRECTIVE_TYPE_PERSON, NULL);

  self->name = name;
  self->position = position;
  self->honorific = g_strdup (honorific);

  return self;
}

/**
 * directive_person_new_group:
 * @text: (nullable): the words that stand for the group
 *
 * Creates a group of people mentioned together, known only by
 * [property@Directive.Person:text]: `lãnh đạo các Phòng, Trung tâm thuộc Sở`.
 *
 * Returns: (transfer full): a new person with only its text set
 */
DirectivePerson *
directive_person_new_group (const char *text)
{
  DirectivePerson *self = g_object_new (DIRECTIVE_TYPE_PERSON, NULL);

  self->text = g_strdup (text);

  return self;
}

/**
 * directive_person_get_name:
 * @self: a person
 *
 * Gets the full name.
 *
 * Returns: (nullable): the full name
 */
const char *
directive_person_get_name (DirectivePerson *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PERSON (self), NULL);
  return self->name;
}

/**
 * directive_person_set_name:
 * @self: a person
 * @name: (nullable): the full name
 *
 * Sets the person's full name.
 */
void
directive_person_set_name (DirectivePerson *self,
                           const char      *name)
{
  g_return_if_fail (DIRECTIVE_IS_PERSON (self));
  if (_directive_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * directive_person_get_position:
 * @self: a person
 *
 * Gets the position.
 *
 * Returns: (nullable): the position
 */
const char *
directive_person_get_position (DirectivePerson *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PERSON (self), NULL);
  return self->position;
}

/**
 * directive_person_set_position:
 * @self: a person
 * @position: (nullable): the position
 *
 * Sets the person's position.
 */
void
directive_person_set_position (DirectivePerson *self,
                               const char      *position)
{
  g_return_if_fail (DIRECTIVE_IS_PERSON (self));
  if (_directive_set_string (&self->position, position))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/**
 * directive_person_get_honorific:
 * @self: a person
 *
 * Gets how the document addresses the person.
 *
 * Returns: (nullable): how the document addresses the person
 */
const char *
directive_person_get_honorific (DirectivePerson *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PERSON (self), NULL);
  return self->honorific;
}

/**
 * directive_person_set_honorific:
 * @self: a person
 * @honorific: (nullable): how the document addresses the person
 *
 * Sets how the document addresses the person (`đồng chí`).
 */
void
directive_person_set_honorific (DirectivePerson *self,
                                const char      *honorific)
{
  g_return_if_fail (DIRECTIVE_IS_PERSON (self));
  if (_directive_set_string (&self->honorific, honorific))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HONORIFIC]);
}

/**
 * directive_person_get_agency:
 * @self: a person
 *
 * Gets the agency the person's position belongs to.
 *
 * Returns: (transfer none) (nullable): the agency the person's position belongs to
 */
DirectiveAgency *
directive_person_get_agency (DirectivePerson *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PERSON (self), NULL);
  return self->agency;
}

/**
 * directive_person_set_agency:
 * @self: a person
 * @agency: (nullable): the agency the person's position belongs to
 *
 * Sets the agency the person's position belongs to.
 */
void
directive_person_set_agency (DirectivePerson *self,
                             DirectiveAgency *agency)
{
  g_return_if_fail (DIRECTIVE_IS_PERSON (self));
  g_return_if_fail (agency == NULL || DIRECTIVE_IS_AGENCY (agency));
  if (g_set_object (&self->agency, agency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENCY]);
}

/**
 * directive_person_get_text:
 * @self: a person
 *
 * Gets the words that stand for a group of people.
 *
 * Returns: (nullable): the words that stand for a group of people
 */
const char *
directive_person_get_text (DirectivePerson *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PERSON (self), NULL);
  return self->text;
}

/**
 * directive_person_set_text:
 * @self: a person
 * @text: (nullable): the words that stand for a group of people
 *
 * Sets the words that stand for a group of people instead of a name and
 * position.
 */
void
directive_person_set_text (DirectivePerson *self,
                           const char      *text)
{
  g_return_if_fail (DIRECTIVE_IS_PERSON (self));
  if (_directive_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
