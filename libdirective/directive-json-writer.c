/* directive-json-writer.c: writes the model as directive/1 JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive.h"
#include "directive-json-private.h"

/* The text is written straight into one GString, keys in the order the spec
 * lists them and then the keys that were read but not understood (kept as
 * json-glib nodes). Building a JsonNode tree for JsonGenerator first would
 * allocate a node per value and walk everything twice: saving a large file
 * took more than three times as long as generating it. */

#define MAX_DEPTH 256

typedef struct
{
  GString *out;
  guint depth;
  /* Whether the container at each depth has no member yet, for commas. */
  gboolean empty[MAX_DEPTH];
} Writer;

static void
newline (Writer *w)
{
  static const char spaces[] = "\n                                                                ";
  guint n = 2 * w->depth;

  g_string_append_len (w->out, spaces, 1 + MIN (n, sizeof spaces - 2));
  for (; n > sizeof spaces - 2; n--)
    g_string_append_c (w->out, ' ');
}

/* Starts an element of the current container: a comma after the previous one. */
static void
element (Writer *w)
{
  if (w->depth == 0)
    return;
  if (!w->empty[w->depth])
    g_string_append_c (w->out, ',');
  w->empty[w->depth] = FALSE;
  newline (w);
}

static void
open_container (Writer *w,
                char    c)
{
  g_string_append_c (w->out, c);
  /* Deeper than any model nesting: only extras can get here, and the reader
   * refused anything deeper than its limit. Keep writing, flat. */
  if (w->depth + 1 < MAX_DEPTH)
    w->depth++;
  w->empty[w->depth] = TRUE;
}

static void
close_container (Writer *w,
                 char    c)
{
  gboolean was_empty = w->empty[w->depth];

  if (w->depth > 0)
    w->depth--;
  if (!was_empty)
    newline (w);
  g_string_append_c (w->out, c);
}

static void
write_escaped (Writer     *w,
               const char *s)
{
  static const char hex[] = "0123456789abcdef";
  g_autofree char *valid = NULL;
  const char *run = s;

  /* Strings set from C may not be UTF-8; JSON text must be. */
  if (!g_utf8_validate (s, -1, NULL))
    run = s = valid = g_utf8_make_valid (s, -1);

  g_string_append_c (w->out, '"');
  for (; *s != '\0'; s++)
    {
      unsigned char c = (unsigned char) *s;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (w->out, run, s - run);
      run = s + 1;
      switch (c)
        {
        case '"':
          g_string_append_len (w->out, "\\\"", 2);
          break;
        case '\\':
          g_string_append_len (w->out, "\\\\", 2);
          break;
        case '\n':
          g_string_append_len (w->out, "\\n", 2);
          break;
        case '\t':
          g_string_append_len (w->out, "\\t", 2);
          break;
        case '\r':
          g_string_append_len (w->out, "\\r", 2);
          break;
        default:
          g_string_append_len (w->out, "\\u00", 4);
          g_string_append_c (w->out, hex[c >> 4]);
          g_string_append_c (w->out, hex[c & 0xf]);
        }
    }
  g_string_append_len (w->out, run, s - run);
  g_string_append_c (w->out, '"');
}

static void
key (Writer     *w,
     const char *name)
{
  element (w);
  write_escaped (w, name);
  g_string_append_len (w->out, ": ", 2);
}

static void
string_value (Writer     *w,
              const char *s)
{
  if (s == NULL)
    g_string_append_len (w->out, "null", 4);
  else
    write_escaped (w, s);
}

static void
member_string (Writer     *w,
               const char *name,
               const char *value)
{
  key (w, name);
  string_value (w, value);
}

static void
member_string_if (Writer     *w,
                  const char *name,
                  const char *value)
{
  if (value != NULL)
    member_string (w, name, value);
}

static void
member_null (Writer     *w,
             const char *name)
{
  key (w, name);
  g_string_append_len (w->out, "null", 4);
}

static void
member_date (Writer              *w,
             const char          *name,
             const DirectiveDate *date)
{
  key (w, name);
  if (date == NULL)
    g_string_append_len (w->out, "null", 4);
  else
    {
      char buf[16];
      guint month = directive_date_get_month (date), day = directive_date_get_day (date);

      if (month == 0)
        g_snprintf (buf, sizeof buf, "\"%04u\"", directive_date_get_year (date));
      else if (day == 0)
        g_snprintf (buf, sizeof buf, "\"%04u-%02u\"", directive_date_get_year (date), month);
      else
        g_snprintf (buf, sizeof buf, "\"%04u-%02u-%02u\"", directive_date_get_year (date), month, day);
      g_string_append (w->out, buf);
    }
}

static const char *
enum_nick (GType type,
           int   value)
{
  /* The library's enum classes stay alive once made; ref only the first time. */
  GEnumClass *klass = g_type_class_peek (type);
  GEnumValue *ev;

  if (klass == NULL)
    klass = g_type_class_ref (type);
  ev = g_enum_get_value (klass, value);
  return ev ? ev->value_nick : NULL;
}

/* A json-glib node, kept from a load: the values of keys the model does not know. */
static void
write_node (Writer   *w,
            JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        open_container (w, '{');
        /* Document order: json_object_iter_init() goes in hash-table order. */
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            key (w, name);
            write_node (w, member);
          }
        close_container (w, '}');
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        open_container (w, '[');
        for (guint i = 0, n = json_array_get_length (array); i < n; i++)
          {
            element (w);
            write_node (w, json_array_get_element (array, i));
          }
        close_container (w, ']');
      }
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_escaped (w, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        default:
          {
            char buf[G_ASCII_DTOSTR_BUF_SIZE + 2];

            g_ascii_dtostr (buf, G_ASCII_DTOSTR_BUF_SIZE, json_node_get_double (node));
            /* 1500.0 must stay a double through a round trip, not become 1500. */
            if (strpbrk (buf, ".eE") == NULL)
              strcat (buf, ".0");
            g_string_append (w->out, buf);
          }
        }
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append_len (w->out, "null", 4);
    }
}

static void
write_extras (Writer     *w,
              gpointer    model_object,
              const char *part)
{
  JsonObject *extras = _directive_json_get_extras (G_OBJECT (model_object), part);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extras == NULL)
    return;
  /* In the order they were read, so that saving again gives the same text. */
  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      key (w, name);
      write_node (w, node);
    }
}

static void
member_agency_ids (Writer     *w,
                   const char *name,
                   GListModel *agencies)
{
  guint n = g_list_model_get_n_items (agencies);

  key (w, name);
  if (n == 0)
    {
      g_string_append_len (w->out, "[]", 2);
      return;
    }
  /* Short lists of ids stay on one line, as people write them. */
  g_string_append_c (w->out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);

      if (i > 0)
        g_string_append_len (w->out, ", ", 2);
      string_value (w, directive_agency_get_id (agency));
    }
  g_string_append_c (w->out, ']');
}

typedef void (*WriteFunc) (Writer *w, gpointer item);

static void
member_list (Writer     *w,
             const char *name,
             GListModel *model,
             WriteFunc   write)
{
  key (w, name);
  open_container (w, '[');
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      element (w);
      write (w, item);
    }
  close_container (w, ']');
}

static void
write_agency (Writer          *w,
              DirectiveAgency *agency)
{
  DirectiveAgency *parent = directive_agency_get_parent (agency);
  DirectiveAgency *successor = directive_agency_get_successor (agency);
  const DirectiveDate *ceased_on = directive_agency_get_ceased_on (agency);
  DirectiveAgencyKind kind = directive_agency_get_kind (agency);

  open_container (w, '{');
  member_string (w, "id", directive_agency_get_id (agency));
  member_string (w, "name", directive_agency_get_name (agency));
  member_string_if (w, "short_name", directive_agency_get_short_name (agency));
  if (kind != DIRECTIVE_AGENCY_KIND_UNSPECIFIED)
    member_string (w, "kind", enum_nick (DIRECTIVE_TYPE_AGENCY_KIND, kind));
  if (parent != NULL)
    member_string (w, "parent", directive_agency_get_id (parent));
  member_string_if (w, "locality", directive_agency_get_locality (agency));
  /* An extension of directive/1: who took over a merged agency, and when. */
  if (successor != NULL)
    member_string (w, "successor", directive_agency_get_id (successor));
  if (ceased_on != NULL)
    member_date (w, "ceased_on", ceased_on);
  write_extras (w, agency, "");
  close_container (w, '}');
}

static void
write_person (Writer          *w,
              DirectivePerson *person)
{
  DirectiveAgency *agency;
  const char *text;

  if (person == NULL)
    {
      g_string_append_len (w->out, "null", 4);
      return;
    }

  open_container (w, '{');
  text = directive_person_get_text (person);
  /* A group ("lãnh đạo các Phòng") is its text alone; a person always has a name, maybe null. */
  if (text == NULL || directive_person_get_name (person) != NULL)
    member_string (w, "name", directive_person_get_name (person));
  member_string_if (w, "position", directive_person_get_position (person));
  agency = directive_person_get_agency (person);
  if (agency != NULL)
    member_string (w, "agency", directive_agency_get_id (agency));
  member_string_if (w, "honorific", directive_person_get_honorific (person));
  member_string_if (w, "text", text);
  write_extras (w, person, "");
  close_container (w, '}');
}

static void
write_meeting (Writer           *w,
               DirectiveMeeting *meeting)
{
  if (meeting == NULL)
    {
      g_string_append_len (w->out, "null", 4);
      return;
    }

  open_container (w, '{');
  member_date (w, "date", directive_meeting_get_date (meeting));
  member_string (w, "venue", directive_meeting_get_venue (meeting));
  member_string (w, "topic", directive_meeting_get_topic (meeting));
  key (w, "chair");
  write_person (w, directive_meeting_get_chair (meeting));
  member_list (w, "attendees", directive_meeting_get_attendees (meeting), (WriteFunc) write_person);
  write_extras (w, meeting, "");
  close_container (w, '}');
}

static void
write_event (Writer             *w,
             DirectiveTaskEvent *event)
{
  open_container (w, '{');
  member_date (w, "on", directive_task_event_get_on (event));
  member_string (w, "status",
                 enum_nick (DIRECTIVE_TYPE_TASK_STATUS, directive_task_event_get_status (event)));
  member_string_if (w, "note", directive_task_event_get_note (event));
  write_extras (w, event, "");
  close_container (w, '}');
}

static void
write_task (Writer        *w,
            DirectiveTask *task)
{
  DirectiveRecurrence recurrence = directive_task_get_recurrence (task);
  const DirectiveDate *completed_on = directive_task_get_completed_on (task);
  GListModel *subtasks = directive_task_get_subtasks (task);
  GListModel *history = directive_task_get_history (task);
  guint first_line = directive_task_get_first_line (task);

  open_container (w, '{');
  member_string (w, "ordinal", directive_task_get_ordinal (task));
  member_string (w, "text", directive_task_get_text (task));
  member_agency_ids (w, "lead", directive_task_get_lead (task));
  member_agency_ids (w, "cooperating", directive_task_get_cooperating (task));
  member_agency_ids (w, "report_to", directive_task_get_report_to (task));
  member_date (w, "deadline", directive_task_get_deadline (task));
  if (recurrence == DIRECTIVE_RECURRENCE_NONE)
    member_null (w, "recurrence");
  else
    member_string (w, "recurrence", enum_nick (DIRECTIVE_TYPE_RECURRENCE, recurrence));
  member_string (w, "status", enum_nick (DIRECTIVE_TYPE_TASK_STATUS, directive_task_get_status (task)));
  if (completed_on != NULL)
    member_date (w, "completed_on", completed_on);
  if (g_list_model_get_n_items (subtasks) > 0)
    member_list (w, "subtasks", subtasks, (WriteFunc) write_task);
  if (g_list_model_get_n_items (history) > 0)
    member_list (w, "history", history, (WriteFunc) write_event);
  if (first_line > 0)
    {
      key (w, "lines");
      g_string_append_printf (w->out, "[%u, %u]", first_line, directive_task_get_last_line (task));
    }
  write_extras (w, task, "");
  close_container (w, '}');
}

static void
write_conclusion (Writer              *w,
                  DirectiveConclusion *conclusion)
{
  open_container (w, '{');
  key (w, "by");
  write_person (w, directive_conclusion_get_by (conclusion));
  key (w, "meeting");
  write_meeting (w, directive_conclusion_get_meeting (conclusion));
  member_string (w, "summary", directive_conclusion_get_summary (conclusion));
  member_list (w, "tasks", directive_conclusion_get_tasks (conclusion), (WriteFunc) write_task);
  write_extras (w, conclusion, "");
  close_container (w, '}');
}

static void
write_recipient (Writer             *w,
                 DirectiveRecipient *recipient)
{
  GListModel *agencies = directive_recipient_get_agencies (recipient);

  open_container (w, '{');
  member_string (w, "text", directive_recipient_get_text (recipient));
  member_string_if (w, "note", directive_recipient_get_note (recipient));
  if (g_list_model_get_n_items (agencies) > 0)
    member_agency_ids (w, "agencies", agencies);
  write_extras (w, recipient, "");
  close_container (w, '}');
}

static void
write_authority (Writer             *w,
                 DirectiveAuthority *authority)
{
  open_container (w, '{');
  member_string (w, "mode",
                 enum_nick (DIRECTIVE_TYPE_AUTHORITY_MODE, directive_authority_get_mode (authority)));
  member_string (w, "for", directive_authority_get_on_behalf_of (authority));
  write_extras (w, authority, "");
  close_container (w, '}');
}

static void
write_signer (Writer          *w,
              DirectiveSigner *signer)
{
  if (signer == NULL)
    {
      g_string_append_len (w->out, "null", 4);
      return;
    }

  open_container (w, '{');
  member_string (w, "name", directive_signer_get_name (signer));
  member_string (w, "position", directive_signer_get_position (signer));
  member_list (w, "authority", directive_signer_get_authority (signer), (WriteFunc) write_authority);
  write_extras (w, signer, "");
  close_container (w, '}');
}

static void
write_notice (Writer          *w,
              DirectiveNotice *notice)
{
  DirectiveAgency *issuer = directive_notice_get_issuer (notice);
  const char * const *archive = directive_notice_get_archive (notice);
  GListModel *addressees = directive_notice_get_addressees (notice);
  DirectiveUrgency urgency = directive_notice_get_urgency (notice);
  const char *source_file = directive_notice_get_source_file (notice);
  const char *source_sha256 = directive_notice_get_source_sha256 (notice);

  open_container (w, '{');
  member_string (w, "kind",
                 enum_nick (DIRECTIVE_TYPE_DOCUMENT_KIND, directive_notice_get_kind (notice)));
  member_string (w, "number", directive_notice_get_number (notice));
  member_string (w, "symbol", directive_notice_get_symbol (notice));
  member_string (w, "issuer", issuer ? directive_agency_get_id (issuer) : NULL);
  member_string (w, "place", directive_notice_get_place (notice));
  member_date (w, "issued_on", directive_notice_get_issued_on (notice));
  member_string (w, "subject", directive_notice_get_subject (notice));
  if (urgency != DIRECTIVE_URGENCY_NONE)
    member_string (w, "urgency", enum_nick (DIRECTIVE_TYPE_URGENCY, urgency));
  if (g_list_model_get_n_items (addressees) > 0)
    member_list (w, "addressees", addressees, (WriteFunc) write_recipient);
  member_list (w, "conclusions", directive_notice_get_conclusions (notice),
               (WriteFunc) write_conclusion);
  member_list (w, "recipients", directive_notice_get_recipients (notice),
               (WriteFunc) write_recipient);
  key (w, "archive");
  if (archive == NULL)
    g_string_append_len (w->out, "null", 4);
  else
    {
      g_string_append_c (w->out, '[');
      for (guint i = 0; archive[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append_len (w->out, ", ", 2);
          write_escaped (w, archive[i]);
        }
      g_string_append_c (w->out, ']');
    }
  key (w, "signer");
  write_signer (w, directive_notice_get_signer (notice));
  if (source_file != NULL || source_sha256 != NULL ||
      _directive_json_get_extras (G_OBJECT (notice), "source") != NULL)
    {
      key (w, "source");
      open_container (w, '{');
      member_string_if (w, "file", source_file);
      member_string_if (w, "sha256", source_sha256);
      write_extras (w, notice, "source");
      close_container (w, '}');
    }
  write_extras (w, notice, "");
  close_container (w, '}');
}

char *
_directive_json_write (DirectiveCollection *self,
                       gsize               *length)
{
  GListModel *notices = directive_collection_get_notices (self);
  Writer w = { 0, };

  /* Most of a file is its notices: guess generously to avoid regrowing. */
  w.out = g_string_sized_new (4096 + (gsize) g_list_model_get_n_items (notices) * 4096);

  open_container (&w, '{');
  member_string (&w, "format", DIRECTIVE_JSON_FORMAT);
  member_list (&w, "agencies", directive_collection_get_agencies (self), (WriteFunc) write_agency);
  member_list (&w, "notices", notices, (WriteFunc) write_notice);
  write_extras (&w, self, "");
  close_container (&w, '}');
  g_string_append_c (w.out, '\n');

  if (length != NULL)
    *length = w.out->len;
  return g_string_free (w.out, FALSE);
}
