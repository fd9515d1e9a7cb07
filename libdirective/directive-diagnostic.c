/* directive-diagnostic.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-diagnostic.h"
#include "directive-enum-types.h"

/**
 * DirectiveDiagnostic:
 *
 * Something the parser skipped, repaired or guessed while reading a document:
 * the 1-based line of the text it concerns (0 for the document as a whole), how
 * serious it is and a message for people.
 *
 * Diagnostics of the last parse are listed by
 * [method@Directive.Parser.get_diagnostics].
 */
struct _DirectiveDiagnostic
{
  GObject parent_instance;

  guint line;
  DirectiveSeverity severity;
  char *message;
};

G_DEFINE_FINAL_TYPE (DirectiveDiagnostic, directive_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LINE,
  PROP_SEVERITY,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Dispose and finalize cast without checks: GObject calls them with an
 * object of this class, and every object a parse makes goes through both. */
static void
directive_diagnostic_finalize (GObject *object)
{
  DirectiveDiagnostic *self = (DirectiveDiagnostic *) object;

  g_free (self->message);

  ((GObjectClass *) directive_diagnostic_parent_class)->finalize (object);
}

static void
directive_diagnostic_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DirectiveDiagnostic *self = DIRECTIVE_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_diagnostic_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DirectiveDiagnostic *self = DIRECTIVE_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_LINE:
      self->line = g_value_get_uint (value);
      break;
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case PROP_MESSAGE:
      g_free (self->message);
      self->message = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_diagnostic_class_init (DirectiveDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = directive_diagnostic_finalize;
  object_class->get_property = directive_diagnostic_get_property;
  object_class->set_property = directive_diagnostic_set_property;

  /**
   * DirectiveDiagnostic:line:
   *
   * The 1-based line of the parsed text, or 0 for the whole document.
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveDiagnostic:severity:
   *
   * How serious the diagnostic is.
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       DIRECTIVE_TYPE_SEVERITY, DIRECTIVE_SEVERITY_WARNING,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveDiagnostic:message:
   *
   * What was skipped, repaired or guessed, for people.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_diagnostic_init (DirectiveDiagnostic *self)
{
  self->severity = DIRECTIVE_SEVERITY_WARNING;
}

/**
 * directive_diagnostic_new:
 * @line: the 1-based line, or 0 for the whole document
 * @severity: how serious it is
 * @message: what happened, for people
 *
 * Creates a diagnostic.
 *
 * Returns: (transfer full): a new #DirectiveDiagnostic
 */
DirectiveDiagnostic *
directive_diagnostic_new (guint              line,
                          DirectiveSeverity  severity,
                          const char        *message)
{
  g_return_val_if_fail (message != NULL, NULL);

  return g_object_new (DIRECTIVE_TYPE_DIAGNOSTIC,
                       "line", line,
                       "severity", severity,
                       "message", message,
                       NULL);
}

/**
 * directive_diagnostic_get_line:
 * @self: a #DirectiveDiagnostic
 *
 * Gets the 1-based line the diagnostic is about.
 *
 * Returns: the line, or 0 for the whole document
 */
guint
directive_diagnostic_get_line (DirectiveDiagnostic *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_DIAGNOSTIC (self), 0);

  return self->line;
}

/**
 * directive_diagnostic_get_severity:
 * @self: a #DirectiveDiagnostic
 *
 * Gets how serious the diagnostic is.
 *
 * Returns: the severity
 */
DirectiveSeverity
directive_diagnostic_get_severity (DirectiveDiagnostic *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_DIAGNOSTIC (self), DIRECTIVE_SEVERITY_INFO);

  return self->severity;
}

/**
 * directive_diagnostic_get_message:
 * @self: a #DirectiveDiagnostic
 *
 * Gets the message.
 *
 * Returns: (transfer none): the message
 */
const char *
directive_diagnostic_get_message (DirectiveDiagnostic *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}
