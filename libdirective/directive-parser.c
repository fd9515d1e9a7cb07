/* directive-parser.c: reads directive documents from text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-authority.h"
#include "directive-catalogue.h"
#include "directive-collection.h"
#include "directive-conclusion.h"
#include "directive-diagnostic.h"
#include "directive-enum-types.h"
#include "directive-error.h"
#include "directive-model-private.h"
#include "directive-parser.h"
#include "directive-parser-private.h"
#include "directive-person.h"
#include "directive-signer.h"

/**
 * DirectiveParser:
 *
 * Reads the text of a Vietnamese directive document (a Thông báo kết luận,
 * Chỉ thị, Công văn or Kế hoạch), clean or OCR output, into a
 * [class@Directive.Collection] holding one [class@Directive.Notice] and the
 * agencies it refers to.
 *
 * The parser never gives up on a readable document: what it cannot read stays
 * unset, and what it skipped, repaired or guessed is listed by
 * [method@Directive.Parser.get_diagnostics]. Errors are only for input that
 * cannot be read at all.
 *
 * Agencies are resolved against a [class@Directive.Catalogue], by default the
 * built-in one. The collection lists the agencies the notice refers to (its
 * issuer, addressees and recipients, the people's agencies, each task's lead,
 * cooperating and report-to agencies, and their parents and successors): an
 * agency a task only names ("chỉ đạo Báo, Đài ...") is not listed.
 *
 * The issuer may be a province's or centrally-run city's People's Committee,
 * one of its departments or its office, or a district's People's Committee
 * ("UBND HUYỆN GÒ DẦU" under the province's line, or alone under "ỦY BAN NHÂN
 * DÂN"): then "UBND huyện" in the tasks is that district's committee and its
 * offices take its name ("Phòng Tư pháp huyện Gò Dầu"). A Công văn's
 * addressees lead the tasks that name no agency of their own.
 *
 * ## Threads
 *
 * A parser is used from one thread at a time; several parsers may parse in
 * different threads at once, and get the same results as one thread. They
 * share the built-in catalogue ([func@Directive.Catalogue.get_default]),
 * which is loaded once, safely, by whichever thread asks first, and only read
 * afterwards. A catalogue of your own may be shared the same way as long as
 * nothing adds to it while parsers use it.
 * [method@Directive.Parser.parse_file_async] parses in a worker thread with a
 * copy of the parser's settings taken when it is called; the worker never
 * touches the parser itself.
 */
struct _DirectiveParser
{
  GObject parent_instance;

  DirectiveCatalogue *catalogue;
  char *locality;
  DirectiveDate *reference_date;
  GListStore *diagnostics;
  gsize max_input_size;
};

/* Notices are a few pages: 16 MiB is hundreds of them, and keeps a stray
 * video or disk image from being read into memory line by line. */
#define DEFAULT_MAX_INPUT_SIZE (16 * 1024 * 1024)

G_DEFINE_FINAL_TYPE (DirectiveParser, directive_parser, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOGUE,
  PROP_LOCALITY,
  PROP_REFERENCE_DATE,
  PROP_MAX_INPUT_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
directive_parser_dispose (GObject *object)
{
  DirectiveParser *self = DIRECTIVE_PARSER (object);

  g_clear_object (&self->catalogue);
  g_clear_object (&self->diagnostics);

  G_OBJECT_CLASS (directive_parser_parent_class)->dispose (object);
}

static void
directive_parser_finalize (GObject *object)
{
  DirectiveParser *self = DIRECTIVE_PARSER (object);

  g_free (self->locality);
  g_clear_pointer (&self->reference_date, directive_date_free);

  G_OBJECT_CLASS (directive_parser_parent_class)->finalize (object);
}

static void
directive_parser_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DirectiveParser *self = DIRECTIVE_PARSER (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      g_value_set_object (value, directive_parser_get_catalogue (self));
      break;
    case PROP_LOCALITY:
      g_value_set_string (value, self->locality);
      break;
    case PROP_MAX_INPUT_SIZE:
      g_value_set_uint64 (value, self->max_input_size);
      break;
    case PROP_REFERENCE_DATE:
      g_value_set_boxed (value, self->reference_date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_parser_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DirectiveParser *self = DIRECTIVE_PARSER (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      directive_parser_set_catalogue (self, g_value_get_object (value));
      break;
    case PROP_LOCALITY:
      directive_parser_set_locality (self, g_value_get_string (value));
      break;
    case PROP_MAX_INPUT_SIZE:
      directive_parser_set_max_input_size (self, (gsize) MIN (g_value_get_uint64 (value), G_MAXSIZE));
      break;
    case PROP_REFERENCE_DATE:
      directive_parser_set_reference_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_parser_class_init (DirectiveParserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = directive_parser_dispose;
  object_class->finalize = directive_parser_finalize;
  object_class->get_property = directive_parser_get_property;
  object_class->set_property = directive_parser_set_property;

  /**
   * DirectiveParser:catalogue:
   *
   * The agency catalogue mentions are resolved against; the built-in one
   * ([func@Directive.Catalogue.get_default]) when unset.
   */
  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, DIRECTIVE_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveParser:locality:
   *
   * The province or city the documents come from ("Đồng Nai"), for documents
   * whose header does not say.
   */
  properties[PROP_LOCALITY] =
    g_param_spec_string ("locality", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveParser:reference-date:
   *
   * The date that deadlines written without a year ("trước 30/6") are taken
   * relative to; the document's own date when unset.
   */
  properties[PROP_REFERENCE_DATE] =
    g_param_spec_boxed ("reference-date", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * DirectiveParser:max-input-size:
   *
   * The largest document, in bytes, the parser reads: 16 MiB unless set. A
   * larger one is refused with %DIRECTIVE_ERROR_TOO_LARGE before it is read
   * into memory, so that a file picked by mistake (a scan's image, a disk
   * image) cannot exhaust it.
   */
  properties[PROP_MAX_INPUT_SIZE] =
    g_param_spec_uint64 ("max-input-size", NULL, NULL, 1, G_MAXUINT64, DEFAULT_MAX_INPUT_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
directive_parser_init (DirectiveParser *self)
{
  self->diagnostics = g_list_store_new (DIRECTIVE_TYPE_DIAGNOSTIC);
  self->max_input_size = DEFAULT_MAX_INPUT_SIZE;
}

/**
 * directive_parser_get_max_input_size:
 * @self: a #DirectiveParser
 *
 * Gets the largest document the parser reads, in bytes.
 *
 * Returns: the limit in bytes
 */
gsize
directive_parser_get_max_input_size (DirectiveParser *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), 0);
  return self->max_input_size;
}

/**
 * directive_parser_set_max_input_size:
 * @self: a #DirectiveParser
 * @max_input_size: the limit in bytes, at least 1
 *
 * Sets the largest document the parser reads; see
 * [property@Directive.Parser:max-input-size].
 */
void
directive_parser_set_max_input_size (DirectiveParser *self,
                                     gsize            max_input_size)
{
  g_return_if_fail (DIRECTIVE_IS_PARSER (self));
  g_return_if_fail (max_input_size > 0);

  if (self->max_input_size == max_input_size)
    return;
  self->max_input_size = max_input_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_INPUT_SIZE]);
}

/**
 * directive_parser_new:
 *
 * Creates a parser using the built-in agency catalogue.
 *
 * Returns: (transfer full): a new #DirectiveParser
 */
DirectiveParser *
directive_parser_new (void)
{
  return g_object_new (DIRECTIVE_TYPE_PARSER, NULL);
}

/**
 * directive_parser_get_catalogue:
 * @self: a #DirectiveParser
 *
 * Gets the agency catalogue the parser resolves mentions against.
 *
 * Returns: (transfer none): the catalogue
 */
DirectiveCatalogue *
directive_parser_get_catalogue (DirectiveParser *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), NULL);

  return self->catalogue ? self->catalogue : directive_catalogue_get_default ();
}

/**
 * directive_parser_set_catalogue:
 * @self: a #DirectiveParser
 * @catalogue: (nullable): a catalogue, or %NULL for the built-in one
 *
 * Sets the agency catalogue the parser resolves mentions against.
 */
void
directive_parser_set_catalogue (DirectiveParser    *self,
                                DirectiveCatalogue *catalogue)
{
  g_return_if_fail (DIRECTIVE_IS_PARSER (self));
  g_return_if_fail (catalogue == NULL || DIRECTIVE_IS_CATALOGUE (catalogue));

  if (g_set_object (&self->catalogue, catalogue))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOGUE]);
}

/**
 * directive_parser_get_locality:
 * @self: a #DirectiveParser
 *
 * Gets the locality hint.
 *
 * Returns: (nullable): the locality, or %NULL
 */
const char *
directive_parser_get_locality (DirectiveParser *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), NULL);

  return self->locality;
}

/**
 * directive_parser_set_locality:
 * @self: a #DirectiveParser
 * @locality: (nullable): a province or city, or %NULL
 *
 * Sets the locality used when a document's header names none.
 */
void
directive_parser_set_locality (DirectiveParser *self,
                               const char      *locality)
{
  g_return_if_fail (DIRECTIVE_IS_PARSER (self));

  if (g_strcmp0 (self->locality, locality) == 0)
    return;
  g_free (self->locality);
  self->locality = g_strdup (locality);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCALITY]);
}

/**
 * directive_parser_get_reference_date:
 * @self: a #DirectiveParser
 *
 * Gets the reference date for deadlines without a year.
 *
 * Returns: (nullable) (transfer none): the date, or %NULL
 */
const DirectiveDate *
directive_parser_get_reference_date (DirectiveParser *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), NULL);

  return self->reference_date;
}

/**
 * directive_parser_set_reference_date:
 * @self: a #DirectiveParser
 * @reference_date: (nullable): a date, or %NULL for the document's own
 *
 * Sets the date deadlines written without a year are relative to.
 */
void
directive_parser_set_reference_date (DirectiveParser     *self,
                                     const DirectiveDate *reference_date)
{
  g_return_if_fail (DIRECTIVE_IS_PARSER (self));

  if (self->reference_date == reference_date
      || (self->reference_date && reference_date && directive_date_equal (self->reference_date, reference_date)))
    return;
  g_clear_pointer (&self->reference_date, directive_date_free);
  self->reference_date = reference_date ? directive_date_copy (reference_date) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DATE]);
}

/**
 * directive_parser_get_diagnostics:
 * @self: a #DirectiveParser
 *
 * Lists what the last parse skipped, repaired or guessed.
 *
 * Returns: (transfer none): a #GListModel of #DirectiveDiagnostic
 */
GListModel *
directive_parser_get_diagnostics (DirectiveParser *self)
{
  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

/* ---------------------------------------------------------------- pipeline */

/* The date of issue cannot precede the meeting it reports: a month read before
 * the meeting's was misread. */
static void
check_issued_on (DirectiveParse *p)
{
  const DirectiveDate *issued = directive_notice_get_issued_on (p->notice);

  if (issued == NULL || p->meeting_date == NULL)
    return;
  if (directive_date_get_precision (issued) != DIRECTIVE_DATE_PRECISION_YEAR
      && directive_date_get_year (issued) == directive_date_get_year (p->meeting_date)
      && directive_date_get_month (issued) < directive_date_get_month (p->meeting_date))
    {
      g_autoptr(DirectiveDate) year = directive_date_new (directive_date_get_year (issued), 0, 0, NULL);

      _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_WARNING,
                                 "the date of issue precedes the meeting: only its year is kept");
      directive_notice_set_issued_on (p->notice, year);
    }
}

static void
set_by_from_signer (DirectiveParse      *p,
                    DirectiveConclusion *conclusion)
{
  DirectiveSigner *signer = directive_notice_get_signer (p->notice);
  g_autoptr(DirectivePerson) by = NULL;

  if (directive_conclusion_get_by (conclusion) != NULL || signer == NULL
      || directive_signer_get_name (signer) == NULL)
    return;
  /* only when the signer signs in their own name (no TL, TUQ) */
  for (guint i = 0; i < _directive_signer_get_n_authority (signer); i++)
    {
      g_autoptr(GObject) a = (GObject *) _directive_signer_get_authority_item (signer, i);
      DirectiveAuthorityMode mode = directive_authority_get_mode (DIRECTIVE_AUTHORITY (a));

      if (mode == DIRECTIVE_AUTHORITY_MODE_TL || mode == DIRECTIVE_AUTHORITY_MODE_TUQ)
        return;
    }
  by = directive_person_new (directive_signer_get_name (signer), directive_signer_get_position (signer));
  directive_conclusion_set_by (conclusion, by);
}

static DirectiveCollection *
run_pipeline (DirectiveParse *p,
              const char     *text,
              gsize           length)
{
  g_autoptr(DirectiveConclusion) conclusion = directive_conclusion_new ();
  DirectiveCollection *collection;
  GPtrArray *accepted;

  p->notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_OTHER);

  _directive_parse_lines (p, text, length);
  _directive_parse_split (p);
  _directive_parse_header (p);
  _directive_parse_meeting (p, conclusion);
  check_issued_on (p);
  _directive_parse_tasks (p, conclusion);
  _directive_parse_footer (p);
  set_by_from_signer (p, conclusion);
  directive_notice_add_conclusion (p->notice, conclusion);

  collection = directive_collection_new ();
  /* Appended in one items-changed; their ids are unique (the parse keeps them
   * by id), and one without an id cannot be referred to. */
  accepted = g_ptr_array_sized_new (p->agency_order->len);
  for (guint i = 0; i < p->agency_order->len; i++)
    {
      const char *id = directive_agency_get_id (p->agency_order->pdata[i]);

      if (id != NULL && *id != '\0')
        g_ptr_array_add (accepted, p->agency_order->pdata[i]);
      else
        _directive_parse_diagnose (p, 0, DIRECTIVE_SEVERITY_ERROR, "agency skipped: an agency must have a non-empty id");
    }
  _directive_collection_take_parsed_agencies (collection, (DirectiveAgency **) accepted->pdata, accepted->len);
  g_ptr_array_unref (accepted);
  directive_collection_add_notice (collection, p->notice);

  return collection;
}

static void
store_diagnostics (DirectiveParser *self,
                   GPtrArray       *diagnostics)
{
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->diagnostics));

  /* (most documents leave none after none: no items-changed for nothing) */
  if (old > 0 || diagnostics->len > 0)
    g_list_store_splice (self->diagnostics, 0, old, diagnostics->pdata, diagnostics->len);
}

static DirectiveParse *
parse_new (DirectiveParser *self)
{
  return _directive_parse_new (directive_parser_get_catalogue (self), self->locality, self->reference_date);
}

static gboolean
check_size (guint64   size,
            gsize     limit,
            GError  **error)
{
  if (size <= limit)
    return TRUE;
  g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_LARGE,
               "the document is %" G_GUINT64_FORMAT " bytes, more than the limit of %"
               G_GSIZE_FORMAT " bytes", size, limit);
  return FALSE;
}

static gboolean
check_text (const char  *text,
            gsize        length,
            gsize        limit,
            GError     **error)
{
  gsize nul = 0;

  if (!check_size (length, limit, error))
    return FALSE;
  if (length == 0)
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_EMPTY, "the document is empty");
      return FALSE;
    }
  /* NULs in the first 4 KiB: memchr() skips the text between them. */
  for (const char *c = text, *end = text + MIN (length, 4096);
       nul <= 8 && (c = memchr (c, '\0', end - c)) != NULL; c++)
    nul++;
  if (nul > 8)
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_NOT_TEXT, "the document is not text");
      return FALSE;
    }

  return TRUE;
}

/**
 * directive_parser_parse_data:
 * @self: a #DirectiveParser
 * @text: the document's text, UTF-8 (from a binding: a string; raw bytes go to
 *   directive_parser_parse_bytes())
 * @length: the length of @text in bytes, or -1 when it is NUL-terminated
 * @error: return location for a #GError
 *
 * Reads a document. Invalid UTF-8 is repaired and reported as a diagnostic.
 * A document larger than [property@Directive.Parser:max-input-size] is
 * refused with %DIRECTIVE_ERROR_TOO_LARGE.
 *
 * Returns: (transfer full): a new #DirectiveCollection with the notice and its
 *   agencies, or %NULL when the text is empty or not text
 */
DirectiveCollection *
directive_parser_parse_data (DirectiveParser  *self,
                             const char       *text,
                             gssize            length,
                             GError          **error)
{
  DirectiveParse *p;
  DirectiveCollection *collection;
  gsize n;

  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = length < 0 ? strlen (text) : (gsize) length;
  if (!check_text (text, n, self->max_input_size, error))
    {
      g_list_store_remove_all (self->diagnostics);
      return NULL;
    }
  p = parse_new (self);
  collection = run_pipeline (p, text, n);
  store_diagnostics (self, p->diagnostics);
  _directive_parse_free (p);

  return collection;
}

/**
 * directive_parser_parse_bytes:
 * @self: a #DirectiveParser
 * @bytes: the document's text
 * @error: return location for a #GError
 *
 * Reads a document from bytes; see [method@Directive.Parser.parse_data].
 *
 * Returns: (transfer full): a new #DirectiveCollection, or %NULL on error
 */
DirectiveCollection *
directive_parser_parse_bytes (DirectiveParser  *self,
                              GBytes           *bytes,
                              GError          **error)
{
  gsize n;
  const char *data;

  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &n);
  return directive_parser_parse_data (self, data ? data : "", n, error);
}

static void
set_source (DirectiveCollection *collection,
            GFile               *file,
            GBytes              *bytes)
{
  g_autoptr(GObject) notice = g_list_model_get_item (directive_collection_get_notices (collection), 0);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  directive_notice_set_source_file (DIRECTIVE_NOTICE (notice), name);
  directive_notice_set_source_sha256 (DIRECTIVE_NOTICE (notice), sum);
}

static DirectiveCollection *
parse_file_with (DirectiveParse *p,
                 GFile          *file,
                 gsize           max_input_size,
                 GCancellable   *cancellable,
                 GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFileInfo) info = NULL;
  DirectiveCollection *collection;
  const char *data;
  gsize n;

  /* Refuse a huge file before reading it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && !check_size ((guint64) g_file_info_get_size (info), max_input_size, error))
    return NULL;

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &n);
  if (!check_text (data ? data : "", n, max_input_size, error))
    return NULL;
  collection = run_pipeline (p, data, n);
  set_source (collection, file, bytes);

  return collection;
}

/**
 * directive_parser_parse_file:
 * @self: a #DirectiveParser
 * @file: the document's text file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a document from a file, and records the file's name and SHA-256 as the
 * notice's source.
 *
 * Returns: (transfer full): a new #DirectiveCollection, or %NULL on error
 */
DirectiveCollection *
directive_parser_parse_file (DirectiveParser  *self,
                             GFile            *file,
                             GCancellable     *cancellable,
                             GError          **error)
{
  DirectiveParse *p;
  DirectiveCollection *collection;

  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  p = parse_new (self);
  collection = parse_file_with (p, file, self->max_input_size, cancellable, error);
  store_diagnostics (self, p->diagnostics);
  _directive_parse_free (p);

  return collection;
}

typedef struct
{
  DirectiveParse *parse;
  GFile *file;
  gsize max_input_size;
} ParseData;

static void
parse_data_free (gpointer data)
{
  ParseData *d = data;

  _directive_parse_free (d->parse);
  g_object_unref (d->file);
  g_free (d);
}

static void
parse_file_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ParseData *d = task_data;
  GError *error = NULL;
  DirectiveCollection *collection = parse_file_with (d->parse, d->file, d->max_input_size,
                                                     cancellable, &error);

  if (collection == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, collection, g_object_unref);
}

/**
 * directive_parser_parse_file_async:
 * @self: a #DirectiveParser
 * @file: the document's text file
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the document is read
 * @user_data: data for @callback
 *
 * Reads a document from a file in a worker thread; see
 * [method@Directive.Parser.parse_file].
 */
void
directive_parser_parse_file_async (DirectiveParser     *self,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ParseData *d;

  g_return_if_fail (DIRECTIVE_IS_PARSER (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, directive_parser_parse_file_async);
  d = g_new0 (ParseData, 1);
  d->parse = parse_new (self);
  d->file = g_object_ref (file);
  d->max_input_size = self->max_input_size;
  g_task_set_task_data (task, d, parse_data_free);
  g_task_run_in_thread (task, parse_file_thread);
}

/**
 * directive_parser_parse_file_finish:
 * @self: a #DirectiveParser
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Directive.Parser.parse_file_async]; the diagnostics of the
 * parse are then listed by [method@Directive.Parser.get_diagnostics].
 *
 * Returns: (transfer full): a new #DirectiveCollection, or %NULL on error
 */
DirectiveCollection *
directive_parser_parse_file_finish (DirectiveParser  *self,
                                    GAsyncResult     *result,
                                    GError          **error)
{
  ParseData *d;

  g_return_val_if_fail (DIRECTIVE_IS_PARSER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  d = g_task_get_task_data (G_TASK (result));
  store_diagnostics (self, d->parse->diagnostics);

  return g_task_propagate_pointer (G_TASK (result), error);
}
