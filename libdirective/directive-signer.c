/* directive-signer.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-authority.h"
#include "directive-model-private.h"
#include "directive-signer.h"

/**
 * DirectiveSigner:
 *
 * The signature block at the foot of a document: who signed it and in whose
 * name.
 *
 * A signature block reads, top to bottom, the chain of authority, the
 * signer's [property@Directive.Signer:position] and
 * [property@Directive.Signer:name]:
 *
 * ```
 * TL. CHỦ TỊCH
 * KT. CHÁNH VĂN PHÒNG
 * PHÓ CHÁNH VĂN PHÒNG
 * (signed)
 * Nguyễn Văn A
 * ```
 *
 * The chain is [property@Directive.Signer:authority], a [iface@Gio.ListModel]
 * of [class@Directive.Authority] (thay mặt `TM`, ký thay `KT`, thừa lệnh `TL`,
 * thừa ủy quyền `TUQ`, quyền `Q`), outermost first; it is empty when the head
 * of the issuing body signs in their own name. The name may be %NULL when it
 * cannot be read.
 */
struct _DirectiveSigner
{
  GObject parent_instance;

  char *name;
  char *position;
  DirectiveList authority;
};

G_DEFINE_FINAL_TYPE (DirectiveSigner, directive_signer, G_TYPE_OBJECT)

/* Set by class_init, for the getters' checks. */
static GType signer_type;
#define DIRECTIVE_IS_SIGNER(ptr) _DIRECTIVE_IS_FINAL (ptr, signer_type, directive_signer_get_type)

enum {
  PROP_0,
  PROP_NAME,
  PROP_POSITION,
  PROP_AUTHORITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_signer_dispose (GObject *object)
{
  DirectiveSigner *self = (DirectiveSigner *) object;

  _directive_list_clear (&self->authority);

  _directive_dispose_chain (object, directive_signer_parent_class);
}

static void
directive_signer_finalize (GObject *object)
{
  DirectiveSigner *self = (DirectiveSigner *) object;

  /* A list asked for again during dispose is made again: free it here. */
  _directive_list_clear (&self->authority);
  g_free (self->name);
  g_free (self->position);

  ((GObjectClass *) directive_signer_parent_class)->finalize (object);
}

static void
directive_signer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DirectiveSigner *self = DIRECTIVE_SIGNER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_POSITION:
      g_value_set_string (value, self->position);
      break;
    case PROP_AUTHORITY:
      g_value_set_object (value, _directive_list_get (&self->authority, DIRECTIVE_TYPE_AUTHORITY));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_signer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DirectiveSigner *self = DIRECTIVE_SIGNER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      directive_signer_set_name (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      directive_signer_set_position (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_signer_class_init (DirectiveSignerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  signer_type = G_TYPE_FROM_CLASS (klass);
  object_class->dispose = directive_signer_dispose;
  object_class->finalize = directive_signer_finalize;
  object_class->get_property = directive_signer_get_property;
  object_class->set_property = directive_signer_set_property;

  /**
   * DirectiveSigner:name:
   *
   * The signer's full name, or %NULL when the block has no readable name.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveSigner:position:
   *
   * The signer's own position, the line just above the signature:
   * `Phó Chánh Văn phòng`.
   */
  properties[PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveSigner:authority:
   *
   * The chain of authority the signer signs under, a [iface@Gio.ListModel]
   * of [class@Directive.Authority], outermost first: `TL. CHỦ TỊCH` comes
   * before `KT. CHÁNH VĂN PHÒNG`.
   */
  properties[PROP_AUTHORITY] =
    g_param_spec_object ("authority", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_signer_init (DirectiveSigner *self)
{
}

/**
 * directive_signer_new:
 * @name: (nullable): the signer's full name
 * @position: (nullable): the signer's own position
 *
 * Creates a signature block with no chain of authority.
 *
 * Returns: (transfer full): a new signer
 */
DirectiveSigner *
directive_signer_new (const char *name,
                      const char *position)
{
  /* Set directly: nobody can listen to a signer being made. */
  DirectiveSigner *self = g_object_new (DIRECTIVE_TYPE_SIGNER, NULL);

  self->name = g_strdup (name);
  self->position = g_strdup (position);

  return self;
}

/**
 * directive_signer_get_name:
 * @self: a signer
 *
 * Gets the signer's full name.
 *
 * Returns: (nullable): the signer's full name
 */
const char *
directive_signer_get_name (DirectiveSigner *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_SIGNER (self), NULL);
  return self->name;
}

/**
 * directive_signer_set_name:
 * @self: a signer
 * @name: (nullable): the signer's full name
 *
 * Sets the signer's full name.
 */
void
directive_signer_set_name (DirectiveSigner *self,
                           const char      *name)
{
  g_return_if_fail (DIRECTIVE_IS_SIGNER (self));
  if (_directive_set_string (&self->name, name))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_NAME]);
}

/**
 * directive_signer_get_position:
 * @self: a signer
 *
 * Gets the signer's own position.
 *
 * Returns: (nullable): the signer's own position
 */
const char *
directive_signer_get_position (DirectiveSigner *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_SIGNER (self), NULL);
  return self->position;
}

/**
 * directive_signer_set_position:
 * @self: a signer
 * @position: (nullable): the signer's own position
 *
 * Sets the signer's own position.
 */
void
directive_signer_set_position (DirectiveSigner *self,
                               const char      *position)
{
  g_return_if_fail (DIRECTIVE_IS_SIGNER (self));
  if (_directive_set_string (&self->position, position))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_POSITION]);
}

/**
 * directive_signer_get_authority:
 * @self: a signer
 *
 * Gets the chain of authority the signer signs under, outermost first. The
 * model is live: it emits [signal@Gio.ListModel::items-changed] as links are
 * added.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Directive.Authority]
 */
GListModel *
directive_signer_get_authority (DirectiveSigner *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_SIGNER (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->authority, DIRECTIVE_TYPE_AUTHORITY));
}

guint
_directive_signer_get_n_authority (DirectiveSigner *self)
{
  return _directive_list_get_n_items (&self->authority);
}

DirectiveAuthority *
_directive_signer_get_authority_item (DirectiveSigner *self,
                                      guint            position)
{
  return _directive_list_get_item (&self->authority, position);
}

/**
 * directive_signer_add_authority:
 * @self: a signer
 * @authority: the next link of the chain
 *
 * Appends @authority to the chain. Add the links outermost first, in the
 * order they are written from the top of the signature block.
 */
void
directive_signer_add_authority (DirectiveSigner    *self,
                                DirectiveAuthority *authority)
{
  g_return_if_fail (DIRECTIVE_IS_SIGNER (self));
  g_return_if_fail (DIRECTIVE_IS_AUTHORITY (authority));
  _directive_list_append (&self->authority, authority);
}
