/* directive-recipient.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-agency.h"
#include "directive-model-private.h"
#include "directive-recipient.h"

/**
 * DirectiveRecipient:
 *
 * One entry of a document's "Nơi nhận:" list, or of the "Kính gửi:" list a
 * Công văn is addressed to: `- Chủ tịch, PCT UBND tỉnh;`.
 *
 * [property@Directive.Recipient:text] is the entry as written;
 * [property@Directive.Recipient:note] is what stands in parentheses after it
 * (`(KGVX)`), and [property@Directive.Recipient:agencies] is a
 * [iface@Gio.ListModel] of the [class@Directive.Agency] objects the entry was
 * recognised as naming, which may be empty.
 */
struct _DirectiveRecipient
{
  GObject parent_instance;

  char *text;
  char *note;
  DirectiveList agencies;
};

G_DEFINE_FINAL_TYPE (DirectiveRecipient, directive_recipient, G_TYPE_OBJECT)

/* Set by class_init, for the getters' checks. */
static GType recipient_type;
#define DIRECTIVE_IS_RECIPIENT(ptr) _DIRECTIVE_IS_FINAL (ptr, recipient_type, directive_recipient_get_type)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_NOTE,
  PROP_AGENCIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_recipient_dispose (GObject *object)
{
  DirectiveRecipient *self = (DirectiveRecipient *) object;

  _directive_list_clear (&self->agencies);

  _directive_dispose_chain (object, directive_recipient_parent_class);
}

static void
directive_recipient_finalize (GObject *object)
{
  DirectiveRecipient *self = (DirectiveRecipient *) object;

  /* A list asked for again during dispose is made again: free it here. */
  _directive_list_clear (&self->agencies);
  g_free (self->text);
  g_free (self->note);

  ((GObjectClass *) directive_recipient_parent_class)->finalize (object);
}

static void
directive_recipient_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DirectiveRecipient *self = DIRECTIVE_RECIPIENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_AGENCIES:
      g_value_set_object (value, _directive_list_get (&self->agencies, DIRECTIVE_TYPE_AGENCY));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_recipient_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DirectiveRecipient *self = DIRECTIVE_RECIPIENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      directive_recipient_set_text (self, g_value_get_string (value));
      break;
    case PROP_NOTE:
      directive_recipient_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_recipient_class_init (DirectiveRecipientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  recipient_type = G_TYPE_FROM_CLASS (klass);
  object_class->dispose = directive_recipient_dispose;
  object_class->finalize = directive_recipient_finalize;
  object_class->get_property = directive_recipient_get_property;
  object_class->set_property = directive_recipient_set_property;

  /**
   * DirectiveRecipient:text:
   *
   * The entry as written, without its leading dash, trailing punctuation and
   * parenthesised note: `Chủ tịch, PCT UBND tỉnh`.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveRecipient:note:
   *
   * What stands in parentheses after the entry (`KGVX`, `b/c`), or %NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveRecipient:agencies:
   *
   * The agencies the entry names, a [iface@Gio.ListModel] of
   * [class@Directive.Agency] in the order they are written; empty when none
   * was recognised.
   */
  properties[PROP_AGENCIES] =
    g_param_spec_object ("agencies", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_recipient_init (DirectiveRecipient *self)
{
}

/**
 * directive_recipient_new:
 * @text: (nullable): the entry as written
 *
 * Creates a recipient entry naming no agency yet.
 *
 * Returns: (transfer full): a new recipient
 */
DirectiveRecipient *
directive_recipient_new (const char *text)
{
  /* Set directly: nobody can listen to a recipient being made. */
  DirectiveRecipient *self = g_object_new (DIRECTIVE_TYPE_RECIPIENT, NULL);

  self->text = g_strdup (text);

  return self;
}

/**
 * directive_recipient_get_text:
 * @self: a recipient
 *
 * Gets the entry as written.
 *
 * Returns: (nullable): the entry as written
 */
const char *
directive_recipient_get_text (DirectiveRecipient *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_RECIPIENT (self), NULL);
  return self->text;
}

/**
 * directive_recipient_set_text:
 * @self: a recipient
 * @text: (nullable): the entry as written
 *
 * Sets the entry as written.
 */
void
directive_recipient_set_text (DirectiveRecipient *self,
                              const char         *text)
{
  g_return_if_fail (DIRECTIVE_IS_RECIPIENT (self));
  if (_directive_set_string (&self->text, text))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_TEXT]);
}

/**
 * directive_recipient_get_note:
 * @self: a recipient
 *
 * Gets what stands in parentheses after the entry.
 *
 * Returns: (nullable): what stands in parentheses after the entry
 */
const char *
directive_recipient_get_note (DirectiveRecipient *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_RECIPIENT (self), NULL);
  return self->note;
}

/**
 * directive_recipient_set_note:
 * @self: a recipient
 * @note: (nullable): what stands in parentheses after the entry
 *
 * Sets what stands in parentheses after the entry.
 */
void
directive_recipient_set_note (DirectiveRecipient *self,
                              const char         *note)
{
  g_return_if_fail (DIRECTIVE_IS_RECIPIENT (self));
  if (_directive_set_string (&self->note, note))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_NOTE]);
}

/**
 * directive_recipient_get_agencies:
 * @self: a recipient
 *
 * Gets the agencies the entry names, in the order they are written. The
 * model is live: it emits [signal@Gio.ListModel::items-changed] as agencies
 * are added.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Directive.Agency]
 */
GListModel *
directive_recipient_get_agencies (DirectiveRecipient *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_RECIPIENT (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->agencies, DIRECTIVE_TYPE_AGENCY));
}

/**
 * directive_recipient_add_agency:
 * @self: a recipient
 * @agency: an agency the entry names
 *
 * Appends @agency to the agencies the entry names.
 */
void
directive_recipient_add_agency (DirectiveRecipient *self,
                                DirectiveAgency    *agency)
{
  g_return_if_fail (DIRECTIVE_IS_RECIPIENT (self));
  g_return_if_fail (DIRECTIVE_IS_AGENCY (agency));
  _directive_list_append (&self->agencies, agency);
}
