/* directive-json-writer.c: writes the model as directive/1 JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"
#include "directive-json-private.h"

/* The model is turned into a JsonNode tree, keys in the order the spec lists
 * them, then the keys that were read but not understood; json-glib's generator
 * writes the text. Nodes are built directly rather than through JsonBuilder,
 * which costs a state machine and a copy per value. */

static JsonNode *
string_or_null (const char *s)
{
  JsonNode *node = json_node_alloc ();

  if (s == NULL)
    return json_node_init_null (node);
  return json_node_init_string (node, s);
}

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  json_object_set_member (object, key, string_or_null (value));
}

static void
set_string_if (JsonObject *object,
               const char *key,
               const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, key, value);
}

static void
set_date (JsonObject          *object,
          const char          *key,
          const DirectiveDate *date)
{
  if (date == NULL)
    json_object_set_null_member (object, key);
  else
    {
      g_autofree char *text = directive_date_to_string (date);

      json_object_set_string_member (object, key, text);
    }
}

static const char *
enum_nick (GType type,
           int   value)
{
  /* Enum classes of the library stay referenced once created. */
  GEnumClass *klass = g_type_class_peek (type);
  GEnumValue *ev;

  if (klass == NULL)
    klass = g_type_class_ref (type);
  ev = g_enum_get_value (klass, value);
  return ev ? ev->value_nick : NULL;
}

static void
add_extras (JsonObject *object,
            gpointer    model_object,
            const char *part)
{
  JsonObject *extras = _directive_json_get_extras (G_OBJECT (model_object), part);
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (extras == NULL)
    return;

  /* In the order they were read, so that saving again gives the same text. */
  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      /* A key the model now has a value for wins over the stale copy. */
      if (!json_object_has_member (object, key))
        json_object_set_member (object, key, json_node_copy (node));
    }
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_object (node, object);
  json_object_unref (object);
  return node;
}

static JsonNode *
array_node (JsonArray *array)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_array (node, array);
  json_array_unref (array);
  return node;
}

static JsonNode *
agency_ids (GListModel *agencies)
{
  guint n = g_list_model_get_n_items (agencies);
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);

      json_array_add_string_element (array, directive_agency_get_id (agency));
    }
  return array_node (array);
}

typedef JsonNode *(*WriteFunc) (gpointer item);

static JsonNode *
list_node (GListModel *model,
           WriteFunc   write)
{
  guint n = g_list_model_get_n_items (model);
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      json_array_add_element (array, write (item));
    }
  return array_node (array);
}

static JsonNode *
write_agency (DirectiveAgency *agency)
{
  JsonObject *object = json_object_new ();
  DirectiveAgency *parent = directive_agency_get_parent (agency);
  DirectiveAgencyKind kind = directive_agency_get_kind (agency);

  set_string (object, "id", directive_agency_get_id (agency));
  set_string (object, "name", directive_agency_get_name (agency));
  set_string_if (object, "short_name", directive_agency_get_short_name (agency));
  if (kind != DIRECTIVE_AGENCY_KIND_UNSPECIFIED)
    json_object_set_string_member (object, "kind", enum_nick (DIRECTIVE_TYPE_AGENCY_KIND, kind));
  if (parent != NULL)
    json_object_set_string_member (object, "parent", directive_agency_get_id (parent));
  set_string_if (object, "locality", directive_agency_get_locality (agency));
  add_extras (object, agency, "");
  return object_node (object);
}

static JsonNode *
write_person (DirectivePerson *person)
{
  JsonObject *object;
  DirectiveAgency *agency;
  const char *text;

  if (person == NULL)
    return json_node_init_null (json_node_alloc ());

  object = json_object_new ();
  text = directive_person_get_text (person);
  /* A group ("lãnh đạo các Phòng") is its text alone; a person always has a name, maybe null. */
  if (text == NULL || directive_person_get_name (person) != NULL)
    set_string (object, "name", directive_person_get_name (person));
  set_string_if (object, "position", directive_person_get_position (person));
  agency = directive_person_get_agency (person);
  if (agency != NULL)
    json_object_set_string_member (object, "agency", directive_agency_get_id (agency));
  set_string_if (object, "honorific", directive_person_get_honorific (person));
  set_string_if (object, "text", text);
  add_extras (object, person, "");
  return object_node (object);
}

static JsonNode *
write_meeting (DirectiveMeeting *meeting)
{
  JsonObject *object;

  if (meeting == NULL)
    return json_node_init_null (json_node_alloc ());

  object = json_object_new ();
  set_date (object, "date", directive_meeting_get_date (meeting));
  set_string (object, "venue", directive_meeting_get_venue (meeting));
  set_string (object, "topic", directive_meeting_get_topic (meeting));
  json_object_set_member (object, "chair", write_person (directive_meeting_get_chair (meeting)));
  json_object_set_member (object, "attendees",
                          list_node (directive_meeting_get_attendees (meeting),
                                     (WriteFunc) write_person));
  add_extras (object, meeting, "");
  return object_node (object);
}

static JsonNode *
write_event (DirectiveTaskEvent *event)
{
  JsonObject *object = json_object_new ();

  set_date (object, "on", directive_task_event_get_on (event));
  json_object_set_string_member (object, "status",
                                 enum_nick (DIRECTIVE_TYPE_TASK_STATUS,
                                            directive_task_event_get_status (event)));
  set_string_if (object, "note", directive_task_event_get_note (event));
  add_extras (object, event, "");
  return object_node (object);
}

static JsonNode *
write_task (DirectiveTask *task)
{
  JsonObject *object = json_object_new ();
  DirectiveRecurrence recurrence = directive_task_get_recurrence (task);
  const DirectiveDate *completed_on = directive_task_get_completed_on (task);
  GListModel *subtasks = directive_task_get_subtasks (task);
  GListModel *history = directive_task_get_history (task);
  guint first_line = directive_task_get_first_line (task);

  set_string (object, "ordinal", directive_task_get_ordinal (task));
  set_string (object, "text", directive_task_get_text (task));
  json_object_set_member (object, "lead", agency_ids (directive_task_get_lead (task)));
  json_object_set_member (object, "cooperating", agency_ids (directive_task_get_cooperating (task)));
  json_object_set_member (object, "report_to", agency_ids (directive_task_get_report_to (task)));
  set_date (object, "deadline", directive_task_get_deadline (task));
  set_string (object, "recurrence",
              recurrence == DIRECTIVE_RECURRENCE_NONE
              ? NULL : enum_nick (DIRECTIVE_TYPE_RECURRENCE, recurrence));
  json_object_set_string_member (object, "status",
                                 enum_nick (DIRECTIVE_TYPE_TASK_STATUS,
                                            directive_task_get_status (task)));
  if (completed_on != NULL)
    set_date (object, "completed_on", completed_on);
  if (g_list_model_get_n_items (subtasks) > 0)
    json_object_set_member (object, "subtasks", list_node (subtasks, (WriteFunc) write_task));
  if (g_list_model_get_n_items (history) > 0)
    json_object_set_member (object, "history", list_node (history, (WriteFunc) write_event));
  if (first_line > 0)
    {
      JsonArray *lines = json_array_sized_new (2);

      json_array_add_int_element (lines, first_line);
      json_array_add_int_element (lines, directive_task_get_last_line (task));
      json_object_set_member (object, "lines", array_node (lines));
    }
  add_extras (object, task, "");
  return object_node (object);
}

static JsonNode *
write_conclusion (DirectiveConclusion *conclusion)
{
  JsonObject *object = json_object_new ();

  json_object_set_member (object, "by", write_person (directive_conclusion_get_by (conclusion)));
  json_object_set_member (object, "meeting",
                          write_meeting (directive_conclusion_get_meeting (conclusion)));
  set_string (object, "summary", directive_conclusion_get_summary (conclusion));
  json_object_set_member (object, "tasks",
                          list_node (directive_conclusion_get_tasks (conclusion),
                                     (WriteFunc) write_task));
  add_extras (object, conclusion, "");
  return object_node (object);
}

static JsonNode *
write_recipient (DirectiveRecipient *recipient)
{
  JsonObject *object = json_object_new ();
  GListModel *agencies = directive_recipient_get_agencies (recipient);

  set_string (object, "text", directive_recipient_get_text (recipient));
  set_string_if (object, "note", directive_recipient_get_note (recipient));
  if (g_list_model_get_n_items (agencies) > 0)
    json_object_set_member (object, "agencies", agency_ids (agencies));
  add_extras (object, recipient, "");
  return object_node (object);
}

static JsonNode *
write_authority (DirectiveAuthority *authority)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "mode",
                                 enum_nick (DIRECTIVE_TYPE_AUTHORITY_MODE,
                                            directive_authority_get_mode (authority)));
  set_string (object, "for", directive_authority_get_on_behalf_of (authority));
  add_extras (object, authority, "");
  return object_node (object);
}

static JsonNode *
write_signer (DirectiveSigner *signer)
{
  JsonObject *object;

  if (signer == NULL)
    return json_node_init_null (json_node_alloc ());

  object = json_object_new ();
  set_string (object, "name", directive_signer_get_name (signer));
  set_string (object, "position", directive_signer_get_position (signer));
  json_object_set_member (object, "authority",
                          list_node (directive_signer_get_authority (signer),
                                     (WriteFunc) write_authority));
  add_extras (object, signer, "");
  return object_node (object);
}

static JsonNode *
write_notice (DirectiveNotice *notice)
{
  JsonObject *object = json_object_new ();
  DirectiveAgency *issuer = directive_notice_get_issuer (notice);
  const char * const *archive = directive_notice_get_archive (notice);
  GListModel *addressees = directive_notice_get_addressees (notice);
  DirectiveUrgency urgency = directive_notice_get_urgency (notice);
  const char *source_file = directive_notice_get_source_file (notice);
  const char *source_sha256 = directive_notice_get_source_sha256 (notice);
  JsonObject *source_extras = _directive_json_get_extras (G_OBJECT (notice), "source");

  json_object_set_string_member (object, "kind",
                                 enum_nick (DIRECTIVE_TYPE_DOCUMENT_KIND,
                                            directive_notice_get_kind (notice)));
  set_string (object, "number", directive_notice_get_number (notice));
  set_string (object, "symbol", directive_notice_get_symbol (notice));
  set_string (object, "issuer", issuer ? directive_agency_get_id (issuer) : NULL);
  set_string (object, "place", directive_notice_get_place (notice));
  set_date (object, "issued_on", directive_notice_get_issued_on (notice));
  set_string (object, "subject", directive_notice_get_subject (notice));
  if (urgency != DIRECTIVE_URGENCY_NONE)
    json_object_set_string_member (object, "urgency", enum_nick (DIRECTIVE_TYPE_URGENCY, urgency));
  if (g_list_model_get_n_items (addressees) > 0)
    json_object_set_member (object, "addressees",
                            list_node (addressees, (WriteFunc) write_recipient));
  json_object_set_member (object, "conclusions",
                          list_node (directive_notice_get_conclusions (notice),
                                     (WriteFunc) write_conclusion));
  json_object_set_member (object, "recipients",
                          list_node (directive_notice_get_recipients (notice),
                                     (WriteFunc) write_recipient));
  if (archive != NULL)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; archive[i] != NULL; i++)
        json_array_add_string_element (array, archive[i]);
      json_object_set_member (object, "archive", array_node (array));
    }
  else
    json_object_set_null_member (object, "archive");
  json_object_set_member (object, "signer", write_signer (directive_notice_get_signer (notice)));
  if (source_file != NULL || source_sha256 != NULL || source_extras != NULL)
    {
      JsonObject *source = json_object_new ();

      set_string_if (source, "file", source_file);
      set_string_if (source, "sha256", source_sha256);
      add_extras (source, notice, "source");
      json_object_set_member (object, "source", object_node (source));
    }
  add_extras (object, notice, "");
  return object_node (object);
}

JsonNode *
_directive_json_write_node (DirectiveCollection *self)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "format", DIRECTIVE_JSON_FORMAT);
  json_object_set_member (object, "agencies",
                          list_node (directive_collection_get_agencies (self),
                                     (WriteFunc) write_agency));
  json_object_set_member (object, "notices",
                          list_node (directive_collection_get_notices (self),
                                     (WriteFunc) write_notice));
  add_extras (object, self, "");
  return object_node (object);
}

char *
_directive_json_write (DirectiveCollection *self,
                       gsize               *length)
{
  g_autoptr(JsonNode) root = _directive_json_write_node (self);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *out;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  out = g_string_sized_new (4096);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
