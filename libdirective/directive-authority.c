/* directive-authority.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-authority.h"
#include "directive-enum-types.h"
#include "directive-model-private.h"

/**
 * DirectiveAuthority:
 *
 * One link of the chain of authority above a signature: the `KT. CHỦ TỊCH`
 * or `TL. CHỦ TỊCH` line that says in whose name the signer signs.
 *
 * A link is a [property@Directive.Authority:mode] (thay mặt, ký thay, thừa
 * lệnh, thừa ủy quyền, quyền) and the office it is exercised for,
 * [property@Directive.Authority:on-behalf-of]: `Chủ tịch`, `Chánh Văn phòng`.
 * A [class@Directive.Signer] lists its links outermost first.
 */
struct _DirectiveAuthority
{
  GObject parent_instance;

  DirectiveAuthorityMode mode;
  char *on_behalf_of;
};

G_DEFINE_FINAL_TYPE (DirectiveAuthority, directive_authority, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODE,
  PROP_ON_BEHALF_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Nothing of its own to drop: only GObject's dispose, when it is needed. */
static void
directive_authority_dispose (GObject *object)
{
  _directive_dispose_chain (object, directive_authority_parent_class);
}

/* Finalize casts without checks: GObject calls it with an object of this
 * class. */
static void
directive_authority_finalize (GObject *object)
{
  DirectiveAuthority *self = (DirectiveAuthority *) object;

  g_free (self->on_behalf_of);

  ((GObjectClass *) directive_authority_parent_class)->finalize (object);
}

static void
directive_authority_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DirectiveAuthority *self = DIRECTIVE_AUTHORITY (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_ON_BEHALF_OF:
      g_value_set_string (value, self->on_behalf_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_authority_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DirectiveAuthority *self = DIRECTIVE_AUTHORITY (object);

  switch (prop_id)
    {
    case PROP_MODE:
      directive_authority_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_ON_BEHALF_OF:
      directive_authority_set_on_behalf_of (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_authority_class_init (DirectiveAuthorityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = directive_authority_dispose;
  object_class->finalize = directive_authority_finalize;
  object_class->get_property = directive_authority_get_property;
  object_class->set_property = directive_authority_set_property;

  /**
   * DirectiveAuthority:mode:
   *
   * How the signer acts: thay mặt (`TM`), ký thay (`KT`), thừa lệnh (`TL`),
   * thừa ủy quyền (`TUQ`) or quyền (`Q`).
   */
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       DIRECTIVE_TYPE_AUTHORITY_MODE, DIRECTIVE_AUTHORITY_MODE_TM,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveAuthority:on-behalf-of:
   *
   * The office or body the signer acts for, as written after the mode:
   * `Chủ tịch`, `Ủy ban nhân dân`, `Chánh Văn phòng`. JSON calls it `for`.
   */
  properties[PROP_ON_BEHALF_OF] =
    g_param_spec_string ("on-behalf-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_authority_init (DirectiveAuthority *self)
{
  self->mode = DIRECTIVE_AUTHORITY_MODE_TM;
}

/**
 * directive_authority_new:
 * @mode: how the signer acts
 * @on_behalf_of: (nullable): the office or body the signer acts for
 *
 * Creates a link of an authority chain: `KT. CHỦ TỊCH` is
 * `directive_authority_new (DIRECTIVE_AUTHORITY_MODE_KT, "Chủ tịch")`.
 *
 * Returns: (transfer full): a new authority
 */
DirectiveAuthority *
directive_authority_new (DirectiveAuthorityMode  mode,
                         const char             *on_behalf_of)
{
  /* Set directly: nobody can listen to an authority being made. A mode the
   * enumeration lacks still goes through the property, to be refused with a
   * warning. */
  DirectiveAuthority *self = g_object_new (DIRECTIVE_TYPE_AUTHORITY, NULL);

  if (g_enum_get_value (G_PARAM_SPEC_ENUM (properties[PROP_MODE])->enum_class, mode) != NULL)
    self->mode = mode;
  else
    g_object_set (self, "mode", mode, NULL);
  self->on_behalf_of = g_strdup (on_behalf_of);

  return self;
}

/**
 * directive_authority_get_mode:
 * @self: an authority
 *
 * Gets how the signer acts.
 *
 * Returns: how the signer acts
 */
DirectiveAuthorityMode
directive_authority_get_mode (DirectiveAuthority *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AUTHORITY (self), DIRECTIVE_AUTHORITY_MODE_TM);
  return self->mode;
}

/**
 * directive_authority_set_mode:
 * @self: an authority
 * @mode: how the signer acts
 *
 * Sets how the signer acts.
 */
void
directive_authority_set_mode (DirectiveAuthority     *self,
                              DirectiveAuthorityMode  mode)
{
  g_return_if_fail (DIRECTIVE_IS_AUTHORITY (self));
  if (self->mode == mode)
    return;
  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/**
 * directive_authority_get_on_behalf_of:
 * @self: an authority
 *
 * Gets the office or body the signer acts for.
 *
 * Returns: (nullable): the office or body the signer acts for
 */
const char *
directive_authority_get_on_behalf_of (DirectiveAuthority *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_AUTHORITY (self), NULL);
  return self->on_behalf_of;
}

/**
 * directive_authority_set_on_behalf_of:
 * @self: an authority
 * @on_behalf_of: (nullable): the office or body the signer acts for
 *
 * Sets the office or body the signer acts for.
 */
void
directive_authority_set_on_behalf_of (DirectiveAuthority *self,
                                      const char         *on_behalf_of)
{
  g_return_if_fail (DIRECTIVE_IS_AUTHORITY (self));
  if (_directive_set_string (&self->on_behalf_of, on_behalf_of))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_BEHALF_OF]);
}
