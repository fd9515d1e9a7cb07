/* directive-agency.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-agency.h"
#include "directive-enum-types.h"
#include "directive-error.h"
#include "directive-model-private.h"

/**
 * DirectiveAgency:
 *
 * A body that issues documents or is given tasks: a People's Committee, a
 * department (Sở), an office, a newspaper, a company, or a generic mention
 * such as "các đơn vị liên quan".
 *
 * Within a [class@Directive.Collection] an agency is known by its
 * [property@Directive.Agency:id]; every other part of the model refers to the
 * agency object itself.
 *
 * Agencies change: departments merge and provinces are reorganised. An agency
 * that has ceased to exist names the agency that took over its duties, its
 * [property@Directive.Agency:successor], and the day it ceased,
 * [property@Directive.Agency:ceased-on]. In directive/1 JSON they are the keys
 * `successor` (an agency id) and `ceased_on` (a date), an extension of the
 * format that other readers ignore as unknown keys.
 */
struct _DirectiveAgency
{
  GObject parent_instance;

  char *id;
  char *name;
  char *short_name;
  char *locality;
  DirectiveAgency *parent;
  DirectiveAgency *successor;
  DirectiveDate *ceased_on;
  DirectiveAgencyKind kind;
};

G_DEFINE_FINAL_TYPE (DirectiveAgency, directive_agency, G_TYPE_OBJECT)

/* Set by class_init, for the getters' checks. */
static GType agency_type;
#define DIRECTIVE_IS_AGENCY(ptr) _DIRECTIVE_IS_FINAL (ptr, agency_type, directive_agency_get_type)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_PARENT,
  PROP_LOCALITY,
  PROP_SUCCESSOR,
  PROP_CEASED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_agency_dispose (GObject *object)
{
  DirectiveAgency *self = (DirectiveAgency *) object;

  g_clear_object (&self->parent);
  g_clear_object (&self->successor);

  _directive_dispose_chain (object, directive_agency_parent_class);
}

static void
directive_agency_finalize (GObject *object)
{
  DirectiveAgency *self = (DirectiveAgency *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->short_name);
  g_free (self->locality);
  g_clear_pointer (&self->ceased_on, directive_date_free);

  ((GObjectClass *) directive_agency_parent_class)->finalize (object);
}

static void
directive_agency_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DirectiveAgency *self = DIRECTIVE_AGENCY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PARENT:
      g_value_set_object (value, self->parent);
      break;
    case PROP_LOCALITY:
      g_value_set_string (value, self->locality);
      break;
    case PROP_SUCCESSOR:
      g_value_set_object (value, self->successor);
      break;
    case PROP_CEASED_ON:
      g_value_set_boxed (value, self->ceased_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_agency_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DirectiveAgency *self = DIRECTIVE_AGENCY (object);

  switch (prop_id)
    {
    case PROP_ID:
      directive_agency_set_id (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      directive_agency_set_name (self, g_value_get_string (value));
      break;
    case PROP_SHORT_NAME:
      directive_agency_set_short_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      directive_agency_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PARENT:
      {
        g_autoptr(GError) error = NULL;

        /* A property has no way to report an error: a cycle is refused with a warning. */
        if (!directive_agency_set_parent (self, g_value_get_object (value), &error))
          g_warning ("%s", error->message);
      }
      break;
    case PROP_LOCALITY:
      directive_agency_set_locality (self, g_value_get_string (value));
      break;
    case PROP_SUCCESSOR:
      {
        g_autoptr(GError) error = NULL;

        /* As for the parent: a cycle is refused with a warning. */
        if (!directive_agency_set_successor (self, g_value_get_object (value), &error))
          g_warning ("%s", error->message);
      }
      break;
    case PROP_CEASED_ON:
      directive_agency_set_ceased_on (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_agency_class_init (DirectiveAgencyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  agency_type = G_TYPE_FROM_CLASS (klass);
  object_class->dispose = directive_agency_dispose;
  object_class->finalize = directive_agency_finalize;
  object_class->get_property = directive_agency_get_property;
  object_class->set_property = directive_agency_set_property;

  /**
   * DirectiveAgency:id:
   *
   * The agency's identifier, unique within its collection: stable ASCII such
   * as `so-tai-chinh`.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveAgency:name:
   *
   * The full canonical name, with Vietnamese diacritics: `Sở Tài chính`.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveAgency:short-name:
   *
   * The usual abbreviation, such as `Sở TT&TT`, or %NULL.
   */
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveAgency:kind:
   *
   * What kind of body the agency is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DIRECTIVE_TYPE_AGENCY_KIND, DIRECTIVE_AGENCY_KIND_UNSPECIFIED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveAgency:parent:
   *
   * The agency this one belongs to (a department's People's Committee), or %NULL.
   */
  properties[PROP_PARENT] =
    g_param_spec_object ("parent", NULL, NULL, DIRECTIVE_TYPE_AGENCY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveAgency:locality:
   *
   * The province or city the agency belongs to: `Đồng Nai`.
   */
  properties[PROP_LOCALITY] =
    g_param_spec_string ("locality", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveAgency:successor:
   *
   * The agency that took over this one's duties when it ceased (a merger:
   * the Sở Thông tin và Truyền thông's went to the Sở Khoa học và Công nghệ
   * in 2025), or %NULL. Setting a successor whose chain of successors leads
   * back to this agency is refused.
   *
   * In directive/1 JSON this is the key `successor`, an agency id: an
   * extension of the format.
   */
  properties[PROP_SUCCESSOR] =
    g_param_spec_object ("successor", NULL, NULL, DIRECTIVE_TYPE_AGENCY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveAgency:ceased-on:
   *
   * The day the agency ceased to exist (merged into its
   * [property@Directive.Agency:successor], dissolved), or %NULL while it
   * exists.
   *
   * In directive/1 JSON this is the key `ceased_on`, a date: an extension of
   * the format.
   */
  properties[PROP_CEASED_ON] =
    g_param_spec_boxed ("ceased-on", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_agency_init (DirectiveAgency *self)
{
}

DirectiveAgency *
_directive_agency_new_take (char                *id,
                            char                *name,
                            char                *short_name,
                            DirectiveAgencyKind  kind,
                            char                *locality,
                            const DirectiveDate *ceased_on)
{
  DirectiveAgency *self = g_object_new (DIRECTIVE_TYPE_AGENCY, NULL);

  self->id = id;
  self->name = name;
  self->short_name = short_name;
  self->kind = kind;
  self->locality = locality;
  self->ceased_on = ceased_on != NULL ? directive_date_copy (ceased_on) : NULL;

  return self;
}

/**
 * directive_agency_new:
 * @id: (nullable): the identifier
 * @name: (nullable): the canonical name
 *
 * Creates an agency.
 *
 * Returns: (transfer full): a new agency
 */
DirectiveAgency *
directive_agency_new (const char *id,
                      const char *name)
{
  /* Set directly: nobody can listen to an agency being made. */
  DirectiveAgency *self = g_object_new (DIRECTIVE_TYPE_AGENCY, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);

  return self;
}

/**
 * directive_agency_get_id:
 * @self: an agency
 *
 * Gets the identifier.
 *
 * Returns: (nullable): the identifier
 */
const char *
directive_agency_get_id (DirectiveAgency *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), NULL);
  return self->id;
}

/**
 * directive_agency_set_id:
 * @self: an agency
 * @id: (nullable): the identifier
 *
 * Sets the identifier. Change it only before the agency is added to a
 * collection: the collection indexes agencies by id.
 */
void
directive_agency_set_id (DirectiveAgency *self,
                         const char      *id)
{
  g_return_if_fail (DIRECTIVE_IS_AGENCY (self));
  if (_directive_set_string (&self->id, id))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_ID]);
}

/**
 * directive_agency_get_name:
 * @self: an agency
 *
 * Gets the canonical name.
 *
 * Returns: (nullable): the canonical name
 */
const char *
directive_agency_get_name (DirectiveAgency *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), NULL);
  return self->name;
}

/**
 * directive_agency_set_name:
 * @self: an agency
 * @name: (nullable): the canonical name
 *
 * Sets the canonical name.
 */
void
directive_agency_set_name (DirectiveAgency *self,
                           const char      *name)
{
  g_return_if_fail (DIRECTIVE_IS_AGENCY (self));
  if (_directive_set_string (&self->name, name))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_NAME]);
}

/**
 * directive_agency_get_short_name:
 * @self: an agency
 *
 * Gets the usual abbreviation.
 *
 * Returns: (nullable): the usual abbreviation
 */
const char *
directive_agency_get_short_name (DirectiveAgency *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), NULL);
  return self->short_name;
}

/**
 * directive_agency_set_short_name:
 * @self: an agency
 * @short_name: (nullable): the usual abbreviation
 *
 * Sets the usual abbreviation.
 */
void
directive_agency_set_short_name (DirectiveAgency *self,
                                 const char      *short_name)
{
  g_return_if_fail (DIRECTIVE_IS_AGENCY (self));
  if (_directive_set_string (&self->short_name, short_name))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_SHORT_NAME]);
}

/**
 * directive_agency_get_kind:
 * @self: an agency
 *
 * Gets what kind of body the agency is.
 *
 * Returns: what kind of body the agency is
 */
DirectiveAgencyKind
directive_agency_get_kind (DirectiveAgency *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), DIRECTIVE_AGENCY_KIND_UNSPECIFIED);
  return self->kind;
}

/**
 * directive_agency_set_kind:
 * @self: an agency
 * @kind: the kind of body
 *
 * Sets what kind of body the agency is.
 */
void
directive_agency_set_kind (DirectiveAgency     *self,
                           DirectiveAgencyKind  kind)
{
  g_return_if_fail (DIRECTIVE_IS_AGENCY (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_KIND]);
}

/**
 * directive_agency_get_parent:
 * @self: an agency
 *
 * Gets the agency this one belongs to.
 *
 * Returns: (transfer none) (nullable): the agency this one belongs to
 */
DirectiveAgency *
directive_agency_get_parent (DirectiveAgency *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), NULL);
  return self->parent;
}

/**
 * directive_agency_set_parent:
 * @self: an agency
 * @parent: (nullable): the agency this one belongs to
 * @error: return location for a #GError
 *
 * Sets the agency this one belongs to. A parent that would make the chain of
 * parents loop back to @self is refused with %DIRECTIVE_ERROR_CYCLE.
 *
 * Returns: %TRUE if the parent was set
 */
gboolean
directive_agency_set_parent (DirectiveAgency  *self,
                             DirectiveAgency  *parent,
                             GError          **error)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), FALSE);
  g_return_val_if_fail (parent == NULL || DIRECTIVE_IS_AGENCY (parent), FALSE);

  for (DirectiveAgency *a = parent; a != NULL; a = a->parent)
    {
      if (a == self)
        {
          g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_CYCLE,
                       "agency '%s': parent '%s' would make a cycle of parents",
                       self->id ? self->id : "(no id)",
                       parent->id ? parent->id : "(no id)");
          return FALSE;
        }
    }

  if (g_set_object (&self->parent, parent))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_PARENT]);
  return TRUE;
}

/**
 * directive_agency_get_locality:
 * @self: an agency
 *
 * Gets the province or city.
 *
 * Returns: (nullable): the province or city
 */
const char *
directive_agency_get_locality (DirectiveAgency *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), NULL);
  return self->locality;
}

/**
 * directive_agency_set_locality:
 * @self: an agency
 * @locality: (nullable): the province or city
 *
 * Sets the province or city the agency belongs to.
 */
void
directive_agency_set_locality (DirectiveAgency *self,
                               const char      *locality)
{
  g_return_if_fail (DIRECTIVE_IS_AGENCY (self));
  if (_directive_set_string (&self->locality, locality))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_LOCALITY]);
}

/**
 * directive_agency_get_successor:
 * @self: an agency
 *
 * Gets the agency that took over this one's duties.
 *
 * Returns: (transfer none) (nullable): the agency that took over this one's duties
 */
DirectiveAgency *
directive_agency_get_successor (DirectiveAgency *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), NULL);
  return self->successor;
}

/**
 * directive_agency_set_successor:
 * @self: an agency
 * @successor: (nullable): the agency that took over this one's duties
 * @error: return location for a #GError
 *
 * Sets the agency that took over this one's duties. A successor whose chain
 * of successors leads back to @self is refused with %DIRECTIVE_ERROR_CYCLE,
 * as a cycle of parents is.
 *
 * Returns: %TRUE if the successor was set
 */
gboolean
directive_agency_set_successor (DirectiveAgency  *self,
                                DirectiveAgency  *successor,
                                GError          **error)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), FALSE);
  g_return_val_if_fail (successor == NULL || DIRECTIVE_IS_AGENCY (successor), FALSE);

  for (DirectiveAgency *a = successor; a != NULL; a = a->successor)
    {
      if (a == self)
        {
          g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_CYCLE,
                       "agency '%s': successor '%s' would make a cycle of successors",
                       self->id ? self->id : "(no id)",
                       successor->id ? successor->id : "(no id)");
          return FALSE;
        }
    }

  if (g_set_object (&self->successor, successor))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_SUCCESSOR]);
  return TRUE;
}

/**
 * directive_agency_get_ceased_on:
 * @self: an agency
 *
 * Gets the day the agency ceased to exist.
 *
 * Returns: (transfer none) (nullable): the day the agency ceased to exist
 */
const DirectiveDate *
directive_agency_get_ceased_on (DirectiveAgency *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AGENCY (self), NULL);
  return self->ceased_on;
}

/**
 * directive_agency_set_ceased_on:
 * @self: an agency
 * @ceased_on: (nullable): the day the agency ceased to exist
 *
 * Sets the day the agency ceased to exist; @ceased_on is copied.
 */
void
directive_agency_set_ceased_on (DirectiveAgency     *self,
                                const DirectiveDate *ceased_on)
{
  g_return_if_fail (DIRECTIVE_IS_AGENCY (self));
  if (_directive_set_date (&self->ceased_on, ceased_on))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_CEASED_ON]);
}
