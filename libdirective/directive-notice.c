/* directive-notice.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-agency.h"
#include "directive-conclusion.h"
#include "directive-enum-types.h"
#include "directive-model-private.h"
#include "directive-notice.h"
#include "directive-recipient.h"
#include "directive-signer.h"

/**
 * DirectiveNotice:
 *
 * One administrative document: a Thông báo, Chỉ thị, Quyết định, Công văn,
 * Kế hoạch and so on, as [property@Directive.Notice:kind] says.
 *
 * A notice holds what the document's header states (number and symbol,
 * issuer, place, date, subject, urgency), its instruction-bearing parts as
 * [class@Directive.Conclusion]s, its footer (the signer, the recipients under
 * "Nơi nhận" and the archive line "Lưu:"), the addressees under "Kính gửi" of a
 * Công văn, and, when it was parsed, the file it was read from.
 */
struct _DirectiveNotice
{
  GObject parent_instance;

  DirectiveDocumentKind kind;
  char *number;
  char *symbol;
  DirectiveAgency *issuer;
  char *place;
  DirectiveDate *issued_on;
  char *subject;
  DirectiveList conclusions;
  DirectiveList recipients;
  DirectiveList addressees;
  char **archive;
  DirectiveSigner *signer;
  DirectiveUrgency urgency;
  char *source_file;
  char *source_sha256;
};

G_DEFINE_FINAL_TYPE (DirectiveNotice, directive_notice, G_TYPE_OBJECT)

/* Set by class_init, for the getters' checks. */
static GType notice_type;
#define DIRECTIVE_IS_NOTICE(ptr) _DIRECTIVE_IS_FINAL (ptr, notice_type, directive_notice_get_type)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NUMBER,
  PROP_SYMBOL,
  PROP_ISSUER,
  PROP_PLACE,
  PROP_ISSUED_ON,
  PROP_SUBJECT,
  PROP_CONCLUSIONS,
  PROP_RECIPIENTS,
  PROP_ADDRESSEES,
  PROP_ARCHIVE,
  PROP_SIGNER,
  PROP_URGENCY,
  PROP_SOURCE_FILE,
  PROP_SOURCE_SHA256,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_notice_dispose (GObject *object)
{
  DirectiveNotice *self = (DirectiveNotice *) object;

  g_clear_object (&self->issuer);
  _directive_list_clear (&self->conclusions);
  _directive_list_clear (&self->recipients);
  _directive_list_clear (&self->addressees);
  g_clear_object (&self->signer);

  _directive_dispose_chain (object, directive_notice_parent_class);
}

static void
directive_notice_finalize (GObject *object)
{
  DirectiveNotice *self = (DirectiveNotice *) object;

  /* A list asked for again during dispose is made again: free it here. */
  _directive_list_clear (&self->conclusions);
  _directive_list_clear (&self->recipients);
  _directive_list_clear (&self->addressees);
  g_free (self->number);
  g_free (self->symbol);
  g_free (self->place);
  g_clear_pointer (&self->issued_on, directive_date_free);
  g_free (self->subject);
  g_strfreev (self->archive);
  g_free (self->source_file);
  g_free (self->source_sha256);

  ((GObjectClass *) directive_notice_parent_class)->finalize (object);
}

static void
directive_notice_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DirectiveNotice *self = DIRECTIVE_NOTICE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_SYMBOL:
      g_value_set_string (value, self->symbol);
      break;
    case PROP_ISSUER:
      g_value_set_object (value, self->issuer);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_ISSUED_ON:
      g_value_set_boxed (value, self->issued_on);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_CONCLUSIONS:
      g_value_set_object (value, _directive_list_get (&self->conclusions, DIRECTIVE_TYPE_CONCLUSION));
      break;
    case PROP_RECIPIENTS:
      g_value_set_object (value, _directive_list_get (&self->recipients, DIRECTIVE_TYPE_RECIPIENT));
      break;
    case PROP_ADDRESSEES:
      g_value_set_object (value, _directive_list_get (&self->addressees, DIRECTIVE_TYPE_RECIPIENT));
      break;
    case PROP_ARCHIVE:
      g_value_set_boxed (value, self->archive);
      break;
    case PROP_SIGNER:
      g_value_set_object (value, self->signer);
      break;
    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;
    case PROP_SOURCE_FILE:
      g_value_set_string (value, self->source_file);
      break;
    case PROP_SOURCE_SHA256:
      g_value_set_string (value, self->source_sha256);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_notice_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DirectiveNotice *self = DIRECTIVE_NOTICE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      directive_notice_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_NUMBER:
      directive_notice_set_number (self, g_value_get_string (value));
      break;
    case PROP_SYMBOL:
      directive_notice_set_symbol (self, g_value_get_string (value));
      break;
    case PROP_ISSUER:
      directive_notice_set_issuer (self, g_value_get_object (value));
      break;
    case PROP_PLACE:
      directive_notice_set_place (self, g_value_get_string (value));
      break;
    case PROP_ISSUED_ON:
      directive_notice_set_issued_on (self, g_value_get_boxed (value));
      break;
    case PROP_SUBJECT:
      directive_notice_set_subject (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVE:
      directive_notice_set_archive (self, g_value_get_boxed (value));
      break;
    case PROP_SIGNER:
      directive_notice_set_signer (self, g_value_get_object (value));
      break;
    case PROP_URGENCY:
      directive_notice_set_urgency (self, g_value_get_enum (value));
      break;
    case PROP_SOURCE_FILE:
      directive_notice_set_source_file (self, g_value_get_string (value));
      break;
    case PROP_SOURCE_SHA256:
      directive_notice_set_source_sha256 (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_notice_class_init (DirectiveNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  notice_type = G_TYPE_FROM_CLASS (klass);
  object_class->dispose = directive_notice_dispose;
  object_class->finalize = directive_notice_finalize;
  object_class->get_property = directive_notice_get_property;
  object_class->set_property = directive_notice_set_property;

  /**
   * DirectiveNotice:kind:
   *
   * What kind of document it is: Thông báo, Chỉ thị, Công văn, ...
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DIRECTIVE_TYPE_DOCUMENT_KIND, DIRECTIVE_DOCUMENT_KIND_NOTICE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:number:
   *
   * The running number, `123`, or %NULL where unreadable.
   */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:symbol:
   *
   * The symbol after the slash of the number: `TB-UBND`.
   */
  properties[PROP_SYMBOL] =
    g_param_spec_string ("symbol", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:issuer:
   *
   * The body that issues the document.
   */
  properties[PROP_ISSUER] =
    g_param_spec_object ("issuer", NULL, NULL, DIRECTIVE_TYPE_AGENCY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:place:
   *
   * The place name (địa danh) before the date: `Đồng Nai`, `Biên Hòa`.
   */
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:issued-on:
   *
   * The date of the document, or %NULL when unreadable.
   */
  properties[PROP_ISSUED_ON] =
    g_param_spec_boxed ("issued-on", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:subject:
   *
   * The subject (trích yếu): the title lines after the kind, whitespace
   * folded to single spaces.
   */
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:conclusions:
   *
   * The instruction-bearing parts, as a list of [class@Directive.Conclusion].
   */
  properties[PROP_CONCLUSIONS] =
    g_param_spec_object ("conclusions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:recipients:
   *
   * The recipients under "Nơi nhận", in order and without the archive line,
   * as a list of [class@Directive.Recipient].
   */
  properties[PROP_RECIPIENTS] =
    g_param_spec_object ("recipients", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:addressees:
   *
   * The addressees under "Kính gửi" of a Công văn, in order, as a list of
   * [class@Directive.Recipient].
   */
  properties[PROP_ADDRESSEES] =
    g_param_spec_object ("addressees", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:archive:
   *
   * The "Lưu:" line split on commas: `VT`, `KGVX`; %NULL when absent.
   */
  properties[PROP_ARCHIVE] =
    g_param_spec_boxed ("archive", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:signer:
   *
   * Who signed the document, and under whose authority.
   */
  properties[PROP_SIGNER] =
    g_param_spec_object ("signer", NULL, NULL, DIRECTIVE_TYPE_SIGNER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:urgency:
   *
   * How urgent the document is marked: Khẩn, Thượng khẩn, Hỏa tốc, or not.
   */
  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL,
                       DIRECTIVE_TYPE_URGENCY, DIRECTIVE_URGENCY_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:source-file:
   *
   * The file the notice was parsed from, or %NULL.
   */
  properties[PROP_SOURCE_FILE] =
    g_param_spec_string ("source-file", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveNotice:source-sha256:
   *
   * The SHA-256 of the file the notice was parsed from, in hexadecimal, or
   * %NULL.
   */
  properties[PROP_SOURCE_SHA256] =
    g_param_spec_string ("source-sha256", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_notice_init (DirectiveNotice *self)
{
}

/**
 * directive_notice_new:
 * @kind: what kind of document it is
 *
 * Creates an empty notice of the given kind.
 *
 * Returns: (transfer full): a new notice
 */
DirectiveNotice *
directive_notice_new (DirectiveDocumentKind kind)
{
  /* Set directly: nobody can listen to a notice being made, and going through
   * the property costs more than the rest of the notice. A kind the
   * enumeration lacks still goes through it, to be refused with a warning. */
  DirectiveNotice *self = g_object_new (DIRECTIVE_TYPE_NOTICE, NULL);

  if (g_enum_get_value (G_PARAM_SPEC_ENUM (properties[PROP_KIND])->enum_class, kind) != NULL)
    self->kind = kind;
  else
    g_object_set (self, "kind", kind, NULL);

  return self;
}

/**
 * directive_notice_get_kind:
 * @self: a notice
 *
 * Gets what kind of document it is.
 *
 * Returns: what kind of document it is
 */
DirectiveDocumentKind
directive_notice_get_kind (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), DIRECTIVE_DOCUMENT_KIND_NOTICE);
  return self->kind;
}

/**
 * directive_notice_set_kind:
 * @self: a notice
 * @kind: what kind of document it is
 *
 * Sets what kind of document it is.
 */
void
directive_notice_set_kind (DirectiveNotice       *self,
                           DirectiveDocumentKind  kind)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_KIND]);
}

/**
 * directive_notice_get_number:
 * @self: a notice
 *
 * Gets the running number.
 *
 * Returns: (nullable): the running number
 */
const char *
directive_notice_get_number (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->number;
}

/**
 * directive_notice_set_number:
 * @self: a notice
 * @number: (nullable): the running number
 *
 * Sets the running number.
 */
void
directive_notice_set_number (DirectiveNotice *self,
                             const char      *number)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (_directive_set_string (&self->number, number))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_NUMBER]);
}

/**
 * directive_notice_get_symbol:
 * @self: a notice
 *
 * Gets the symbol after the slash of the number.
 *
 * Returns: (nullable): the symbol after the slash of the number
 */
const char *
directive_notice_get_symbol (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->symbol;
}

/**
 * directive_notice_set_symbol:
 * @self: a notice
 * @symbol: (nullable): the symbol after the slash of the number
 *
 * Sets the symbol after the slash of the number: `TB-UBND`.
 */
void
directive_notice_set_symbol (DirectiveNotice *self,
                             const char      *symbol)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (_directive_set_string (&self->symbol, symbol))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_SYMBOL]);
}

/**
 * directive_notice_get_issuer:
 * @self: a notice
 *
 * Gets the body that issues the document.
 *
 * Returns: (transfer none) (nullable): the body that issues the document
 */
DirectiveAgency *
directive_notice_get_issuer (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->issuer;
}

/**
 * directive_notice_set_issuer:
 * @self: a notice
 * @issuer: (nullable): the body that issues the document
 *
 * Sets the body that issues the document.
 */
void
directive_notice_set_issuer (DirectiveNotice *self,
                             DirectiveAgency *issuer)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  g_return_if_fail (issuer == NULL || DIRECTIVE_IS_AGENCY (issuer));
  if (g_set_object (&self->issuer, issuer))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_ISSUER]);
}

/**
 * directive_notice_get_place:
 * @self: a notice
 *
 * Gets the place name before the date.
 *
 * Returns: (nullable): the place name before the date
 */
const char *
directive_notice_get_place (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->place;
}

/**
 * directive_notice_set_place:
 * @self: a notice
 * @place: (nullable): the place name before the date
 *
 * Sets the place name (địa danh).
 */
void
directive_notice_set_place (DirectiveNotice *self,
                            const char      *place)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (_directive_set_string (&self->place, place))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_PLACE]);
}

/**
 * directive_notice_get_issued_on:
 * @self: a notice
 *
 * Gets the date of the document.
 *
 * Returns: (transfer none) (nullable): the date of the document
 */
const DirectiveDate *
directive_notice_get_issued_on (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->issued_on;
}

/**
 * directive_notice_set_issued_on:
 * @self: a notice
 * @issued_on: (nullable): the date of the document
 *
 * Sets the date of the document; @issued_on is copied.
 */
void
directive_notice_set_issued_on (DirectiveNotice     *self,
                                const DirectiveDate *issued_on)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (_directive_set_date (&self->issued_on, issued_on))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_ISSUED_ON]);
}

/**
 * directive_notice_get_subject:
 * @self: a notice
 *
 * Gets the subject (trích yếu).
 *
 * Returns: (nullable): the subject (trích yếu)
 */
const char *
directive_notice_get_subject (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->subject;
}

/**
 * directive_notice_set_subject:
 * @self: a notice
 * @subject: (nullable): the subject (trích yếu)
 *
 * Sets the subject.
 */
void
directive_notice_set_subject (DirectiveNotice *self,
                              const char      *subject)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (_directive_set_string (&self->subject, subject))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_SUBJECT]);
}

/**
 * directive_notice_get_conclusions:
 * @self: a notice
 *
 * Gets the instruction-bearing parts of the document.
 *
 * Returns: (transfer none): a list model of [class@Directive.Conclusion]
 */
GListModel *
directive_notice_get_conclusions (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->conclusions, DIRECTIVE_TYPE_CONCLUSION));
}

/**
 * directive_notice_add_conclusion:
 * @self: a notice
 * @conclusion: a conclusion
 *
 * Appends @conclusion to the notice's conclusions.
 */
void
directive_notice_add_conclusion (DirectiveNotice     *self,
                                 DirectiveConclusion *conclusion)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  g_return_if_fail (DIRECTIVE_IS_CONCLUSION (conclusion));
  _directive_list_append (&self->conclusions, conclusion);
}

/**
 * directive_notice_get_recipients:
 * @self: a notice
 *
 * Gets the recipients under "Nơi nhận", in order.
 *
 * Returns: (transfer none): a list model of [class@Directive.Recipient]
 */
GListModel *
directive_notice_get_recipients (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->recipients, DIRECTIVE_TYPE_RECIPIENT));
}

/**
 * directive_notice_add_recipient:
 * @self: a notice
 * @recipient: a recipient
 *
 * Appends @recipient to the recipients under "Nơi nhận".
 */
void
directive_notice_add_recipient (DirectiveNotice    *self,
                                DirectiveRecipient *recipient)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  g_return_if_fail (DIRECTIVE_IS_RECIPIENT (recipient));
  _directive_list_append (&self->recipients, recipient);
}

guint
_directive_notice_get_n_recipients (DirectiveNotice *self)
{
  return _directive_list_get_n_items (&self->recipients);
}

DirectiveRecipient *
_directive_notice_get_recipient_item (DirectiveNotice *self,
                                      guint            position)
{
  return _directive_list_get_item (&self->recipients, position);
}

/**
 * directive_notice_get_addressees:
 * @self: a notice
 *
 * Gets the addressees under "Kính gửi", in order.
 *
 * Returns: (transfer none): a list model of [class@Directive.Recipient]
 */
GListModel *
directive_notice_get_addressees (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return G_LIST_MODEL (_directive_list_get (&self->addressees, DIRECTIVE_TYPE_RECIPIENT));
}

/**
 * directive_notice_add_addressee:
 * @self: a notice
 * @addressee: a recipient
 *
 * Appends @addressee to the addressees under "Kính gửi".
 */
void
directive_notice_add_addressee (DirectiveNotice    *self,
                                DirectiveRecipient *addressee)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  g_return_if_fail (DIRECTIVE_IS_RECIPIENT (addressee));
  _directive_list_append (&self->addressees, addressee);
}

/**
 * directive_notice_get_archive:
 * @self: a notice
 *
 * Gets the "Lưu:" line split on commas.
 *
 * Returns: (array zero-terminated=1) (transfer none) (nullable): the archive marks
 */
const char * const *
directive_notice_get_archive (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return (const char * const *) self->archive;
}

/**
 * directive_notice_set_archive:
 * @self: a notice
 * @archive: (array zero-terminated=1) (nullable): the archive marks
 *
 * Sets the "Lưu:" line split on commas: `VT`, `KGVX`; @archive is copied.
 */
void
directive_notice_set_archive (DirectiveNotice    *self,
                              const char * const *archive)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (_directive_set_strv (&self->archive, archive))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_ARCHIVE]);
}

/**
 * directive_notice_get_signer:
 * @self: a notice
 *
 * Gets who signed the document.
 *
 * Returns: (transfer none) (nullable): who signed the document
 */
DirectiveSigner *
directive_notice_get_signer (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->signer;
}

/**
 * directive_notice_set_signer:
 * @self: a notice
 * @signer: (nullable): who signed the document
 *
 * Sets who signed the document.
 */
void
directive_notice_set_signer (DirectiveNotice *self,
                             DirectiveSigner *signer)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  g_return_if_fail (signer == NULL || DIRECTIVE_IS_SIGNER (signer));
  if (g_set_object (&self->signer, signer))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_SIGNER]);
}

/**
 * directive_notice_get_urgency:
 * @self: a notice
 *
 * Gets how urgent the document is marked.
 *
 * Returns: how urgent the document is marked
 */
DirectiveUrgency
directive_notice_get_urgency (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), DIRECTIVE_URGENCY_NONE);
  return self->urgency;
}

/**
 * directive_notice_set_urgency:
 * @self: a notice
 * @urgency: how urgent the document is marked
 *
 * Sets how urgent the document is marked.
 */
void
directive_notice_set_urgency (DirectiveNotice  *self,
                              DirectiveUrgency  urgency)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (self->urgency == urgency)
    return;
  self->urgency = urgency;
  g_object_notify_by_pspec ((GObject *) self, properties[PROP_URGENCY]);
}

/**
 * directive_notice_get_source_file:
 * @self: a notice
 *
 * Gets the file the notice was parsed from.
 *
 * Returns: (nullable): the file the notice was parsed from
 */
const char *
directive_notice_get_source_file (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->source_file;
}

/**
 * directive_notice_set_source_file:
 * @self: a notice
 * @source_file: (nullable): the file the notice was parsed from
 *
 * Sets the file the notice was parsed from.
 */
void
directive_notice_set_source_file (DirectiveNotice *self,
                                  const char      *source_file)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (_directive_set_string (&self->source_file, source_file))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_SOURCE_FILE]);
}

/**
 * directive_notice_get_source_sha256:
 * @self: a notice
 *
 * Gets the SHA-256 of the source file, in hexadecimal.
 *
 * Returns: (nullable): the SHA-256 of the source file, in hexadecimal
 */
const char *
directive_notice_get_source_sha256 (DirectiveNotice *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_NOTICE (self), NULL);
  return self->source_sha256;
}

/**
 * directive_notice_set_source_sha256:
 * @self: a notice
 * @source_sha256: (nullable): the SHA-256 of the source file, in hexadecimal
 *
 * Sets the SHA-256 of the file the notice was parsed from.
 */
void
directive_notice_set_source_sha256 (DirectiveNotice *self,
                                    const char      *source_sha256)
{
  g_return_if_fail (DIRECTIVE_IS_NOTICE (self));
  if (_directive_set_string (&self->source_sha256, source_sha256))
    g_object_notify_by_pspec ((GObject *) self, properties[PROP_SOURCE_SHA256]);
}
