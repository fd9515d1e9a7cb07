/* directive-json-reader.c: reads directive/1 JSON into the model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "directive.h"
#include "directive-json-private.h"

/* One pass over each JSON object: every member is dispatched by name, and the
 * ones the format does not define are kept as extras. Errors name the JSON path
 * of the value, built in a GString as the reader descends. */
typedef struct
{
  DirectiveCollection *collection;
  GString *path;
  GError **error;
  guint task_depth;        /* levels of task lists above the one being read */
  guint max_subtask_depth;
} Reader;

/* Descends into member @key or element @index; returns the path length to restore. */
static gsize
push_key (Reader     *r,
          const char *key)
{
  gsize len = r->path->len;

  if (len > 0)
    g_string_append_c (r->path, '.');
  g_string_append (r->path, key);
  return len;
}

static gsize
push_index (Reader *r,
            guint   index)
{
  gsize len = r->path->len;

  g_string_append_printf (r->path, "[%u]", index);
  return len;
}

static void
pop (Reader *r,
     gsize   len)
{
  g_string_truncate (r->path, len);
}

static const char *
path_or_top (Reader *r)
{
  return r->path->len > 0 ? r->path->str : "(top level)";
}

static gboolean G_GNUC_PRINTF (3, 4)
fail (Reader     *r,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (r->error, DIRECTIVE_ERROR, code, "%s: %s", path_or_top (r), message);
  return FALSE;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return "a string";
        case G_TYPE_BOOLEAN:
          return "a boolean";
        case G_TYPE_INT64:
          return "an integer";
        default:
          return "a number";
        }
    }
}

static gboolean
wrong_type (Reader     *r,
            JsonNode   *node,
            const char *expected)
{
  return fail (r, DIRECTIVE_ERROR_WRONG_TYPE, "expected %s, found %s", expected,
               node_type_name (node));
}

static inline gboolean
is_null (JsonNode *node)
{
  return JSON_NODE_HOLDS_NULL (node);
}

static inline gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A nullable string member. */
static gboolean
read_string (Reader      *r,
             JsonNode    *node,
             const char **out)
{
  if (is_null (node))
    {
      *out = NULL;
      return TRUE;
    }
  if (!is_string (node))
    return wrong_type (r, node, "a string or null");
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_object (Reader      *r,
             JsonNode    *node,
             JsonObject **out)
{
  *out = NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (r, node, "an object");
  *out = json_node_get_object (node);
  return TRUE;
}

/* A nullable array member: *out is NULL for null. */
static gboolean
read_array (Reader     *r,
            JsonNode   *node,
            JsonArray **out)
{
  *out = NULL;
  if (is_null (node))
    {
      *out = NULL;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (r, node, "an array or null");
  *out = json_node_get_array (node);
  return TRUE;
}

/* @null_value is what null reads as (-1: null is refused); when @null_is_unnamed,
 * that value is spelled null only (DIRECTIVE_RECURRENCE_NONE has a nick for C and
 * bindings, but JSON writes null). */
static gboolean
read_enum (Reader     *r,
           JsonNode   *node,
           GType       enum_type,
           const char *what,
           int         null_value,
           gboolean    null_is_unnamed,
           int        *out)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) allowed = NULL;
  const char *nick;
  GEnumValue *value;

  if (is_null (node) && null_value >= 0)
    {
      *out = null_value;
      return TRUE;
    }
  if (!is_string (node))
    return wrong_type (r, node, null_value >= 0 ? "a string or null" : "a string");

  klass = g_type_class_ref (enum_type);
  nick = json_node_get_string (node);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value != NULL && !(null_is_unnamed && value->value == null_value))
    {
      *out = value->value;
      return TRUE;
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (null_is_unnamed && klass->values[i].value == null_value)
        continue;
      if (allowed->len > 0)
        g_string_append (allowed, ", ");
      g_string_append (allowed, klass->values[i].value_nick);
    }
  return fail (r, DIRECTIVE_ERROR_INVALID_VALUE, "unknown %s '%s' (expected one of: %s)",
               what, nick, allowed->str);
}

/* A nullable date; *out is NULL for null. */
static gboolean
read_date (Reader         *r,
           JsonNode       *node,
           DirectiveDate **out)
{
  g_autoptr(GError) local_error = NULL;

  *out = NULL;
  if (is_null (node))
    return TRUE;
  if (!is_string (node))
    return wrong_type (r, node, "a date string (YYYY-MM-DD, YYYY-MM or YYYY) or null");
  *out = directive_date_new_from_string (json_node_get_string (node), &local_error);
  if (*out == NULL)
    return fail (r, DIRECTIVE_ERROR_INVALID_DATE, "%s", local_error->message);
  return TRUE;
}

/* A nullable agency reference; *out is NULL for null. */
static gboolean
read_agency_ref (Reader           *r,
                 JsonNode         *node,
                 DirectiveAgency **out)
{
  const char *id;

  *out = NULL;
  if (is_null (node))
    return TRUE;
  if (!is_string (node))
    return wrong_type (r, node, "an agency id (a string)");
  id = json_node_get_string (node);
  *out = directive_collection_lookup_agency (r->collection, id);
  if (*out == NULL)
    return fail (r, DIRECTIVE_ERROR_UNKNOWN_AGENCY, "no agency with id '%s'", id);
  return TRUE;
}

typedef void (*AddAgencyFunc) (gpointer self, DirectiveAgency *agency);

static gboolean
read_agency_list (Reader        *r,
                  JsonNode      *node,
                  gpointer       owner,
                  AddAgencyFunc  add)
{
  JsonArray *array;

  if (!read_array (r, node, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0, n = json_array_get_length (array); i < n; i++)
    {
      gsize mark = push_index (r, i);
      DirectiveAgency *agency;

      if (!read_agency_ref (r, json_array_get_element (array, i), &agency))
        return FALSE;
      if (agency == NULL)
        return fail (r, DIRECTIVE_ERROR_WRONG_TYPE, "expected an agency id, found null");
      add (owner, agency);
      pop (r, mark);
    }
  return TRUE;
}

static void
keep_extra (JsonObject **extras,
            const char  *key,
            JsonNode    *node)
{
  if (*extras == NULL)
    *extras = json_object_new ();
  json_object_set_member (*extras, key, json_node_copy (node));
}

static void
attach_extras (gpointer    object,
               const char *part,
               JsonObject *extras)
{
  if (extras != NULL)
    {
      _directive_json_set_extras (G_OBJECT (object), part, extras);
      json_object_unref (extras);
    }
}

/* Fails with MISSING_KEY unless @seen. */
static gboolean
require (Reader     *r,
         gboolean    seen,
         const char *key)
{
  if (seen)
    return TRUE;
  return fail (r, DIRECTIVE_ERROR_MISSING_KEY, "missing required key '%s'", key);
}

/* Iterates @object's members in document order (json_object_iter_init() would
 * go in hash-table order, and unknown keys would come out shuffled, differently
 * after each load and save). */
#define FOR_EACH_MEMBER(r, object, key, node)                                       \
  JsonObjectIter _iter;                                                             \
  json_object_iter_init_ordered (&_iter, (object));                                 \
  while (json_object_iter_next_ordered (&_iter, &(key), &(node)))

/* ---- Person, meeting, signer, recipient ---- */

static DirectivePerson *
read_person (Reader   *r,
             JsonNode *node)
{
  g_autoptr(DirectivePerson) person = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  person = g_object_new (DIRECTIVE_TYPE_PERSON, NULL);
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      const char *s;
      gboolean ok = TRUE;

      if (strcmp (key, "name") == 0)
        ok = read_string (r, member, &s) && (directive_person_set_name (person, s), TRUE);
      else if (strcmp (key, "position") == 0)
        ok = read_string (r, member, &s) && (directive_person_set_position (person, s), TRUE);
      else if (strcmp (key, "honorific") == 0)
        ok = read_string (r, member, &s) && (directive_person_set_honorific (person, s), TRUE);
      else if (strcmp (key, "text") == 0)
        ok = read_string (r, member, &s) && (directive_person_set_text (person, s), TRUE);
      else if (strcmp (key, "agency") == 0)
        {
          DirectiveAgency *agency;

          ok = read_agency_ref (r, member, &agency);
          if (ok)
            directive_person_set_agency (person, agency);
        }
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  attach_extras (person, "", extras);
  return g_steal_pointer (&person);
}

/* A nullable person member. */
static gboolean
read_person_member (Reader           *r,
                    JsonNode         *node,
                    DirectivePerson **out)
{
  *out = NULL;
  if (is_null (node))
    return TRUE;
  *out = read_person (r, node);
  return *out != NULL;
}

static DirectiveMeeting *
read_meeting (Reader   *r,
              JsonNode *node)
{
  g_autoptr(DirectiveMeeting) meeting = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  meeting = directive_meeting_new ();
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;

      if (strcmp (key, "date") == 0)
        {
          g_autoptr(DirectiveDate) date = NULL;

          ok = read_date (r, member, &date);
          if (ok)
            directive_meeting_set_date (meeting, date);
        }
      else if (strcmp (key, "venue") == 0 || strcmp (key, "topic") == 0)
        {
          const char *s;

          ok = read_string (r, member, &s);
          if (ok && key[0] == 'v')
            directive_meeting_set_venue (meeting, s);
          else if (ok)
            directive_meeting_set_topic (meeting, s);
        }
      else if (strcmp (key, "chair") == 0)
        {
          g_autoptr(DirectivePerson) chair = NULL;

          ok = read_person_member (r, member, &chair);
          if (ok)
            directive_meeting_set_chair (meeting, chair);
        }
      else if (strcmp (key, "attendees") == 0)
        {
          JsonArray *array;

          ok = read_array (r, member, &array);
          for (guint i = 0, n = array ? json_array_get_length (array) : 0; ok && i < n; i++)
            {
              gsize mark2 = push_index (r, i);
              g_autoptr(DirectivePerson) attendee = read_person (r, json_array_get_element (array, i));

              ok = attendee != NULL;
              if (ok)
                {
                  directive_meeting_add_attendee (meeting, attendee);
                  pop (r, mark2);
                }
            }
        }
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  attach_extras (meeting, "", extras);
  return g_steal_pointer (&meeting);
}

static DirectiveAuthority *
read_authority (Reader   *r,
                JsonNode *node)
{
  g_autoptr(DirectiveAuthority) authority = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  gboolean seen_mode = FALSE;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  authority = g_object_new (DIRECTIVE_TYPE_AUTHORITY, NULL);
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;

      if (strcmp (key, "mode") == 0)
        {
          int mode;

          ok = read_enum (r, member, DIRECTIVE_TYPE_AUTHORITY_MODE, "authority mode", -1, FALSE, &mode);
          if (ok)
            directive_authority_set_mode (authority, mode);
          seen_mode = TRUE;
        }
      else if (strcmp (key, "for") == 0)
        {
          const char *s;

          ok = read_string (r, member, &s);
          if (ok)
            directive_authority_set_on_behalf_of (authority, s);
        }
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  if (!require (r, seen_mode, "mode"))
    {
      g_clear_pointer (&extras, json_object_unref);
      return NULL;
    }
  attach_extras (authority, "", extras);
  return g_steal_pointer (&authority);
}

static DirectiveSigner *
read_signer (Reader   *r,
             JsonNode *node)
{
  g_autoptr(DirectiveSigner) signer = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  signer = g_object_new (DIRECTIVE_TYPE_SIGNER, NULL);
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;
      const char *s;

      if (strcmp (key, "name") == 0)
        ok = read_string (r, member, &s) && (directive_signer_set_name (signer, s), TRUE);
      else if (strcmp (key, "position") == 0)
        ok = read_string (r, member, &s) && (directive_signer_set_position (signer, s), TRUE);
      else if (strcmp (key, "authority") == 0)
        {
          JsonArray *array;

          ok = read_array (r, member, &array);
          for (guint i = 0, n = array ? json_array_get_length (array) : 0; ok && i < n; i++)
            {
              gsize mark2 = push_index (r, i);
              g_autoptr(DirectiveAuthority) authority =
                read_authority (r, json_array_get_element (array, i));

              ok = authority != NULL;
              if (ok)
                {
                  directive_signer_add_authority (signer, authority);
                  pop (r, mark2);
                }
            }
        }
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  attach_extras (signer, "", extras);
  return g_steal_pointer (&signer);
}

static DirectiveRecipient *
read_recipient (Reader   *r,
                JsonNode *node)
{
  g_autoptr(DirectiveRecipient) recipient = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  recipient = g_object_new (DIRECTIVE_TYPE_RECIPIENT, NULL);
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;
      const char *s;

      if (strcmp (key, "text") == 0)
        ok = read_string (r, member, &s) && (directive_recipient_set_text (recipient, s), TRUE);
      else if (strcmp (key, "note") == 0)
        ok = read_string (r, member, &s) && (directive_recipient_set_note (recipient, s), TRUE);
      else if (strcmp (key, "agencies") == 0)
        ok = read_agency_list (r, member, recipient, (AddAgencyFunc) directive_recipient_add_agency);
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  attach_extras (recipient, "", extras);
  return g_steal_pointer (&recipient);
}

typedef void (*AddRecipientFunc) (DirectiveNotice *self, DirectiveRecipient *recipient);

static gboolean
read_recipient_list (Reader           *r,
                     JsonNode         *node,
                     DirectiveNotice  *notice,
                     AddRecipientFunc  add)
{
  JsonArray *array;

  if (!read_array (r, node, &array))
    return FALSE;
  for (guint i = 0, n = array ? json_array_get_length (array) : 0; i < n; i++)
    {
      gsize mark = push_index (r, i);
      g_autoptr(DirectiveRecipient) recipient = read_recipient (r, json_array_get_element (array, i));

      if (recipient == NULL)
        return FALSE;
      add (notice, recipient);
      pop (r, mark);
    }
  return TRUE;
}

/* ---- Task ---- */

static DirectiveTaskEvent *
read_event (Reader   *r,
            JsonNode *node)
{
  g_autoptr(DirectiveTaskEvent) event = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  event = g_object_new (DIRECTIVE_TYPE_TASK_EVENT, NULL);
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;

      if (strcmp (key, "on") == 0)
        {
          g_autoptr(DirectiveDate) on = NULL;

          ok = read_date (r, member, &on);
          if (ok)
            directive_task_event_set_on (event, on);
        }
      else if (strcmp (key, "status") == 0)
        {
          int status;

          ok = read_enum (r, member, DIRECTIVE_TYPE_TASK_STATUS, "task status", -1, FALSE, &status);
          if (ok)
            directive_task_event_set_status (event, status);
        }
      else if (strcmp (key, "note") == 0)
        {
          const char *s;

          ok = read_string (r, member, &s);
          if (ok)
            directive_task_event_set_note (event, s);
        }
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  attach_extras (event, "", extras);
  return g_steal_pointer (&event);
}

static gboolean
read_lines (Reader        *r,
            JsonNode      *node,
            DirectiveTask *task)
{
  JsonArray *array;
  gint64 first, last;

  if (!read_array (r, node, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  if (json_array_get_length (array) != 2)
    return fail (r, DIRECTIVE_ERROR_INVALID_VALUE,
                 "expected [first, last] line numbers, found %u elements",
                 json_array_get_length (array));
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_INT64)
        {
          gsize mark = push_index (r, i);
          gboolean ok = wrong_type (r, element, "a line number (an integer)");

          pop (r, mark);
          return ok;
        }
    }
  first = json_array_get_int_element (array, 0);
  last = json_array_get_int_element (array, 1);
  if (first < 1 || last < first || last > G_MAXUINT)
    return fail (r, DIRECTIVE_ERROR_INVALID_VALUE,
                 "[%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "] is not a range of 1-based lines",
                 first, last);
  directive_task_set_lines (task, (guint) first, (guint) last);
  return TRUE;
}

static DirectiveTask *read_task (Reader *r, JsonNode *node);

static gboolean
read_task_list (Reader    *r,
                JsonNode  *node,
                gpointer   owner,
                void     (*add) (gpointer owner, DirectiveTask *task))
{
  JsonArray *array;

  if (!read_array (r, node, &array))
    return FALSE;
  if (array == NULL || json_array_get_length (array) == 0)
    return TRUE;
  /* Level 0 is a conclusion's tasks; each list of subtasks is one more. */
  if (r->task_depth > r->max_subtask_depth)
    return fail (r, DIRECTIVE_ERROR_TOO_DEEP, "too many levels of subtasks (the limit is %u)",
                 r->max_subtask_depth);

  r->task_depth++;
  for (guint i = 0, n = json_array_get_length (array); i < n; i++)
    {
      gsize mark = push_index (r, i);
      g_autoptr(DirectiveTask) task = read_task (r, json_array_get_element (array, i));

      if (task == NULL)
        return FALSE;
      add (owner, task);
      pop (r, mark);
    }
  r->task_depth--;
  return TRUE;
}

static DirectiveTask *
read_task (Reader   *r,
           JsonNode *node)
{
  g_autoptr(DirectiveTask) task = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  task = g_object_new (DIRECTIVE_TYPE_TASK, NULL);
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;
      const char *s;
      int value;

      if (strcmp (key, "ordinal") == 0)
        ok = read_string (r, member, &s) && (directive_task_set_ordinal (task, s), TRUE);
      else if (strcmp (key, "text") == 0)
        ok = read_string (r, member, &s) && (directive_task_set_text (task, s), TRUE);
      else if (strcmp (key, "lead") == 0)
        ok = read_agency_list (r, member, task, (AddAgencyFunc) directive_task_add_lead);
      else if (strcmp (key, "cooperating") == 0)
        ok = read_agency_list (r, member, task, (AddAgencyFunc) directive_task_add_cooperating);
      else if (strcmp (key, "report_to") == 0)
        ok = read_agency_list (r, member, task, (AddAgencyFunc) directive_task_add_report_to);
      else if (strcmp (key, "deadline") == 0 || strcmp (key, "completed_on") == 0)
        {
          g_autoptr(DirectiveDate) date = NULL;

          ok = read_date (r, member, &date);
          if (ok && key[0] == 'd')
            directive_task_set_deadline (task, date);
          else if (ok)
            directive_task_set_completed_on (task, date);
        }
      else if (strcmp (key, "recurrence") == 0)
        ok = read_enum (r, member, DIRECTIVE_TYPE_RECURRENCE, "recurrence",
                        DIRECTIVE_RECURRENCE_NONE, TRUE, &value) &&
             (directive_task_set_recurrence (task, value), TRUE);
      else if (strcmp (key, "status") == 0)
        ok = read_enum (r, member, DIRECTIVE_TYPE_TASK_STATUS, "task status",
                        DIRECTIVE_TASK_STATUS_PENDING, FALSE, &value) &&
             (directive_task_set_status (task, value), TRUE);
      else if (strcmp (key, "subtasks") == 0)
        ok = read_task_list (r, member, task, (void (*) (gpointer, DirectiveTask *)) directive_task_add_subtask);
      else if (strcmp (key, "history") == 0)
        {
          JsonArray *array;

          ok = read_array (r, member, &array);
          for (guint i = 0, n = array ? json_array_get_length (array) : 0; ok && i < n; i++)
            {
              gsize mark2 = push_index (r, i);
              g_autoptr(DirectiveTaskEvent) event = read_event (r, json_array_get_element (array, i));

              ok = event != NULL;
              if (ok)
                {
                  directive_task_add_event (task, event);
                  pop (r, mark2);
                }
            }
        }
      else if (strcmp (key, "lines") == 0)
        ok = read_lines (r, member, task);
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  attach_extras (task, "", extras);
  return g_steal_pointer (&task);
}

/* ---- Conclusion, notice ---- */

static DirectiveConclusion *
read_conclusion (Reader   *r,
                 JsonNode *node)
{
  g_autoptr(DirectiveConclusion) conclusion = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  conclusion = directive_conclusion_new ();
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;

      if (strcmp (key, "by") == 0)
        {
          g_autoptr(DirectivePerson) by = NULL;

          ok = read_person_member (r, member, &by);
          if (ok)
            directive_conclusion_set_by (conclusion, by);
        }
      else if (strcmp (key, "meeting") == 0)
        {
          g_autoptr(DirectiveMeeting) meeting = NULL;

          if (!is_null (member))
            {
              meeting = read_meeting (r, member);
              ok = meeting != NULL;
            }
          if (ok)
            directive_conclusion_set_meeting (conclusion, meeting);
        }
      else if (strcmp (key, "summary") == 0)
        {
          const char *s;

          ok = read_string (r, member, &s);
          if (ok)
            directive_conclusion_set_summary (conclusion, s);
        }
      else if (strcmp (key, "tasks") == 0)
        ok = read_task_list (r, member, conclusion,
                             (void (*) (gpointer, DirectiveTask *)) directive_conclusion_add_task);
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  attach_extras (conclusion, "", extras);
  return g_steal_pointer (&conclusion);
}

static gboolean
read_source (Reader          *r,
             JsonNode        *node,
             DirectiveNotice *notice)
{
  JsonObject *extras = NULL;
  JsonObject *object;
  const char *key;
  JsonNode *member;

  if (is_null (node))
    return TRUE;
  if (!read_object (r, node, &object))
    return FALSE;

  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      const char *s;
      gboolean ok = TRUE;

      if (strcmp (key, "file") == 0)
        ok = read_string (r, member, &s) && (directive_notice_set_source_file (notice, s), TRUE);
      else if (strcmp (key, "sha256") == 0)
        ok = read_string (r, member, &s) && (directive_notice_set_source_sha256 (notice, s), TRUE);
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return FALSE;
        }
      pop (r, mark);
    }

  attach_extras (notice, "source", extras);
  return TRUE;
}

static gboolean
read_archive (Reader          *r,
              JsonNode        *node,
              DirectiveNotice *notice)
{
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;

  if (!read_array (r, node, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  items = g_ptr_array_new ();
  for (guint i = 0, n = json_array_get_length (array); i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!is_string (element))
        {
          push_index (r, i);
          return wrong_type (r, element, "a string");
        }
      g_ptr_array_add (items, (gpointer) json_node_get_string (element));
    }
  g_ptr_array_add (items, NULL);
  directive_notice_set_archive (notice, (const char * const *) items->pdata);
  return TRUE;
}

static DirectiveNotice *
read_notice (Reader   *r,
             JsonNode *node)
{
  g_autoptr(DirectiveNotice) notice = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  gboolean seen_kind = FALSE;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  notice = g_object_new (DIRECTIVE_TYPE_NOTICE, NULL);
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;
      const char *s;
      int value;

      if (strcmp (key, "kind") == 0)
        {
          ok = read_enum (r, member, DIRECTIVE_TYPE_DOCUMENT_KIND, "document kind", -1, FALSE, &value) &&
               (directive_notice_set_kind (notice, value), TRUE);
          seen_kind = TRUE;
        }
      else if (strcmp (key, "number") == 0)
        ok = read_string (r, member, &s) && (directive_notice_set_number (notice, s), TRUE);
      else if (strcmp (key, "symbol") == 0)
        ok = read_string (r, member, &s) && (directive_notice_set_symbol (notice, s), TRUE);
      else if (strcmp (key, "place") == 0)
        ok = read_string (r, member, &s) && (directive_notice_set_place (notice, s), TRUE);
      else if (strcmp (key, "subject") == 0)
        ok = read_string (r, member, &s) && (directive_notice_set_subject (notice, s), TRUE);
      else if (strcmp (key, "issuer") == 0)
        {
          DirectiveAgency *issuer;

          ok = read_agency_ref (r, member, &issuer);
          if (ok)
            directive_notice_set_issuer (notice, issuer);
        }
      else if (strcmp (key, "issued_on") == 0)
        {
          g_autoptr(DirectiveDate) date = NULL;

          ok = read_date (r, member, &date);
          if (ok)
            directive_notice_set_issued_on (notice, date);
        }
      else if (strcmp (key, "conclusions") == 0)
        {
          JsonArray *array;

          ok = read_array (r, member, &array);
          for (guint i = 0, n = array ? json_array_get_length (array) : 0; ok && i < n; i++)
            {
              gsize mark2 = push_index (r, i);
              g_autoptr(DirectiveConclusion) conclusion =
                read_conclusion (r, json_array_get_element (array, i));

              ok = conclusion != NULL;
              if (ok)
                {
                  directive_notice_add_conclusion (notice, conclusion);
                  pop (r, mark2);
                }
            }
        }
      else if (strcmp (key, "recipients") == 0)
        ok = read_recipient_list (r, member, notice, directive_notice_add_recipient);
      else if (strcmp (key, "addressees") == 0)
        ok = read_recipient_list (r, member, notice, directive_notice_add_addressee);
      else if (strcmp (key, "archive") == 0)
        ok = read_archive (r, member, notice);
      else if (strcmp (key, "signer") == 0)
        {
          g_autoptr(DirectiveSigner) signer = NULL;

          if (!is_null (member))
            {
              signer = read_signer (r, member);
              ok = signer != NULL;
            }
          if (ok)
            directive_notice_set_signer (notice, signer);
        }
      else if (strcmp (key, "urgency") == 0)
        ok = read_enum (r, member, DIRECTIVE_TYPE_URGENCY, "urgency", DIRECTIVE_URGENCY_NONE,
                        TRUE, &value) &&
             (directive_notice_set_urgency (notice, value), TRUE);
      else if (strcmp (key, "source") == 0)
        ok = read_source (r, member, notice);
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  if (!require (r, seen_kind, "kind"))
    {
      g_clear_pointer (&extras, json_object_unref);
      return NULL;
    }
  attach_extras (notice, "", extras);
  return g_steal_pointer (&notice);
}

/* ---- Agencies ---- */

/* First pass: the agency without its parent, which may be defined later in the list. */
static DirectiveAgency *
read_agency (Reader   *r,
             JsonNode *node)
{
  g_autoptr(DirectiveAgency) agency = NULL;
  JsonObject *extras = NULL;
  JsonObject *object;
  gboolean seen_id = FALSE, seen_name = FALSE;
  const char *key;
  JsonNode *member;

  if (!read_object (r, node, &object))
    return NULL;

  agency = g_object_new (DIRECTIVE_TYPE_AGENCY, NULL);
  FOR_EACH_MEMBER (r, object, key, member)
    {
      gsize mark = push_key (r, key);
      gboolean ok = TRUE;
      const char *s = NULL;
      int kind;

      if (strcmp (key, "id") == 0 || strcmp (key, "name") == 0)
        {
          ok = read_string (r, member, &s);
          if (ok && (s == NULL || *s == '\0'))
            ok = fail (r, DIRECTIVE_ERROR_INVALID_VALUE, "must be a non-empty string");
          if (ok && key[0] == 'i')
            {
              directive_agency_set_id (agency, s);
              seen_id = TRUE;
            }
          else if (ok)
            {
              directive_agency_set_name (agency, s);
              seen_name = TRUE;
            }
        }
      else if (strcmp (key, "short_name") == 0)
        ok = read_string (r, member, &s) && (directive_agency_set_short_name (agency, s), TRUE);
      else if (strcmp (key, "locality") == 0)
        ok = read_string (r, member, &s) && (directive_agency_set_locality (agency, s), TRUE);
      else if (strcmp (key, "kind") == 0)
        ok = read_enum (r, member, DIRECTIVE_TYPE_AGENCY_KIND, "agency kind",
                        DIRECTIVE_AGENCY_KIND_UNSPECIFIED, TRUE, &kind) &&
             (directive_agency_set_kind (agency, kind), TRUE);
      else if (strcmp (key, "parent") == 0)
        ok = is_null (member) || is_string (member) ||
             wrong_type (r, member, "an agency id (a string) or null");
      else
        keep_extra (&extras, key, member);

      if (!ok)
        {
          g_clear_pointer (&extras, json_object_unref);
          return NULL;
        }
      pop (r, mark);
    }

  if (!require (r, seen_id, "id") || !require (r, seen_name, "name"))
    {
      g_clear_pointer (&extras, json_object_unref);
      return NULL;
    }
  attach_extras (agency, "", extras);
  return g_steal_pointer (&agency);
}

static gboolean
read_agencies (Reader    *r,
               JsonArray *array)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      gsize mark = push_index (r, i);
      g_autoptr(DirectiveAgency) agency = read_agency (r, json_array_get_element (array, i));
      g_autoptr(GError) local_error = NULL;

      if (agency == NULL)
        return FALSE;
      if (!directive_collection_add_agency (r->collection, agency, &local_error))
        {
          push_key (r, "id");
          return fail (r, local_error->code, "%s", local_error->message);
        }
      pop (r, mark);
    }

  /* Second pass: parents, now that every id is known. */
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonNode *member = json_object_get_member (object, "parent");
      DirectiveAgency *agency, *parent;
      g_autoptr(GError) local_error = NULL;
      gsize mark;

      if (member == NULL || is_null (member))
        continue;

      mark = push_index (r, i);
      push_key (r, "parent");
      if (!read_agency_ref (r, member, &parent))
        return FALSE;
      agency = g_list_model_get_item (directive_collection_get_agencies (r->collection), i);
      g_object_unref (agency); /* the collection keeps it alive */
      if (!directive_agency_set_parent (agency, parent, &local_error))
        return fail (r, DIRECTIVE_ERROR_CYCLE, "%s", local_error->message);
      pop (r, mark);
    }

  return TRUE;
}

/* ---- Top level ---- */

static gboolean read_root (Reader *r, JsonNode *root);

gboolean
_directive_json_read_node (DirectiveCollection  *into,
                           JsonNode             *root,
                           GError              **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  Reader r = { into, path, error, 0, G_MAXUINT };

  return read_root (&r, root);
}

static gboolean
read_root (Reader   *reader,
           JsonNode *root)
{
  Reader r = *reader;
  JsonObject *extras = NULL;
  JsonObject *object;
  JsonNode *format, *agencies, *notices;
  JsonArray *array;
  const char *key;
  JsonNode *member;

  if (root == NULL)
    return fail (&r, DIRECTIVE_ERROR_EMPTY, "the document is empty");
  if (!read_object (&r, root, &object))
    return FALSE;

  format = json_object_get_member (object, "format");
  if (format == NULL)
    return fail (&r, DIRECTIVE_ERROR_INVALID_FORMAT,
                 "missing key 'format': this is not a " DIRECTIVE_JSON_FORMAT " document");
  if (!is_string (format) || strcmp (json_node_get_string (format), DIRECTIVE_JSON_FORMAT) != 0)
    {
      push_key (&r, "format");
      if (!is_string (format))
        return wrong_type (&r, format, "the string '" DIRECTIVE_JSON_FORMAT "'");
      return fail (&r, DIRECTIVE_ERROR_INVALID_FORMAT,
                   "unsupported format '%s' (this library reads '" DIRECTIVE_JSON_FORMAT "')",
                   json_node_get_string (format));
    }

  /* Agencies first: everything else refers to them by id. */
  agencies = json_object_get_member (object, "agencies");
  if (agencies != NULL)
    {
      gsize mark = push_key (&r, "agencies");

      if (!read_array (&r, agencies, &array))
        return FALSE;
      if (array != NULL && !read_agencies (&r, array))
        return FALSE;
      pop (&r, mark);
    }

  notices = json_object_get_member (object, "notices");
  if (notices != NULL)
    {
      gsize mark = push_key (&r, "notices");

      if (!read_array (&r, notices, &array))
        return FALSE;
      for (guint i = 0, n = array ? json_array_get_length (array) : 0; i < n; i++)
        {
          gsize mark2 = push_index (&r, i);
          g_autoptr(DirectiveNotice) notice = read_notice (&r, json_array_get_element (array, i));

          if (notice == NULL)
            return FALSE;
          directive_collection_add_notice (r.collection, notice);
          pop (&r, mark2);
        }
      pop (&r, mark);
    }

  FOR_EACH_MEMBER (&r, object, key, member)
    {
      if (strcmp (key, "format") != 0 && strcmp (key, "agencies") != 0 &&
          strcmp (key, "notices") != 0)
        keep_extra (&extras, key, member);
    }
  attach_extras (r.collection, "", extras);

  return TRUE;
}

/* ---- Checks before json-glib sees the data ---- */

static void
offset_to_line_column (const char *data,
                       gsize       offset,
                       guint      *line,
                       guint      *column)
{
  const char *last_line = data;

  *line = 1;
  for (const char *p = data; p < data + offset; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          last_line = p + 1;
        }
    }
  *column = (guint) (data + offset - last_line) + 1;
}

/* json-glib 1.6 parses recursively, so a document nested deeply enough overflows
 * the stack. Measure the depth first, outside strings, and refuse what is deeper
 * than the limit.
 *
 * json-glib 1.6 also reads a second value after the first one ("{} {}") as a
 * new root, leaking the first and keeping the last: *end is set to the offset
 * of anything but white space after the first top-level value, or to @length.
 * (Brackets that do not match can make that offset wrong, but then the text
 * up to it is not JSON either, and json-glib says where.) */
static gboolean
check_depth (const char  *data,
             gsize        length,
             guint        max_depth,
             gsize       *end,
             gsize       *longest_string,
             GError     **error)
{
  guint depth = 0;
  gboolean in_string = FALSE;
  gboolean in_scalar = FALSE; /* inside a number or literal at the top level */
  gboolean seen_value = FALSE; /* a whole top-level value has been read */
  gsize i = 0;
  gsize string_start = 0;

  *end = length;
  *longest_string = 0;

  /* json-glib skips a byte-order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  for (; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            {
              /* With escapes, at least as long as the string it stands for. */
              if (i - string_start > *longest_string)
                *longest_string = i - string_start;
              in_string = FALSE;
              if (depth == 0)
                seen_value = TRUE;
            }
          continue;
        }

      if (depth == 0)
        {
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
              if (in_scalar)
                seen_value = TRUE;
              in_scalar = FALSE;
              continue;
            }
          if (in_scalar && c != '"' && c != '{' && c != '[' && c != ',' && c != ':' &&
              c != ']' && c != '}')
            continue;
          if (in_scalar)
            seen_value = TRUE;
          in_scalar = FALSE;
          if (seen_value)
            {
              *end = i;
              return TRUE;
            }
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          string_start = i + 1;
          break;
        case '[':
        case '{':
          if (++depth > max_depth)
            {
              guint line, column;

              offset_to_line_column (data, i, &line, &column);
              g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_DEEP,
                           "line %u, column %u: the document nests deeper than %u levels",
                           line, column, max_depth);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0 && --depth == 0)
            seen_value = TRUE;
          break;
        default:
          if (depth == 0)
            in_scalar = TRUE;
          break;
        }
    }
  return TRUE;
}

/* Rewrites json-glib's "<data>:3:4: Parse error: unexpected ..." as "line 3, column 4: ...". */
static void
set_syntax_error (GError     **error,
                  const GError *json_error)
{
  const char *message = json_error->message;
  unsigned line = 0, column = 0;
  const char *rest;

  if (g_str_has_prefix (message, "<data>:") &&
      sscanf (message + strlen ("<data>:"), "%u:%u:", &line, &column) == 2 &&
      (rest = strstr (message, ": ")) != NULL)
    {
      rest += 2;
      if (g_str_has_prefix (rest, "Parse error: "))
        rest += strlen ("Parse error: ");
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_JSON,
                   "line %u, column %u: not valid JSON: %s", line, column, rest);
    }
  else
    g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_JSON,
                 "not valid JSON: %s", message);
}

/* Finds the first string, value or key, longer than the limit, and fails with
 * its path. Only called when the scan saw a string that long in the text. */
static gboolean
check_string_lengths (Reader   *r,
                      JsonNode *node,
                      gsize     limit)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *key;
        JsonNode *member;

        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &key, &member))
          {
            gsize key_length = strlen (key);
            gsize mark;

            if (key_length > limit)
              return fail (r, DIRECTIVE_ERROR_TOO_LARGE,
                           "a key of %" G_GSIZE_FORMAT " bytes, longer than the limit of %"
                           G_GSIZE_FORMAT " bytes", key_length, limit);
            mark = push_key (r, key);
            if (!check_string_lengths (r, member, limit))
              return FALSE;
            pop (r, mark);
          }
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0, n = json_array_get_length (array); i < n; i++)
          {
            gsize mark = push_index (r, i);

            if (!check_string_lengths (r, json_array_get_element (array, i), limit))
              return FALSE;
            pop (r, mark);
          }
      }
      break;
    case JSON_NODE_VALUE:
      if (is_string (node))
        {
          gsize string_length = strlen (json_node_get_string (node));

          if (string_length > limit)
            return fail (r, DIRECTIVE_ERROR_TOO_LARGE,
                         "a string of %" G_GSIZE_FORMAT " bytes, longer than the limit of %"
                         G_GSIZE_FORMAT " bytes", string_length, limit);
        }
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
  return TRUE;
}

void
_directive_json_limits_init (DirectiveJsonLimits *limits,
                             DirectiveCollection *from)
{
  limits->max_input_size = directive_collection_get_max_input_size (from);
  limits->max_depth = directive_collection_get_max_depth (from);
  limits->max_string_length = directive_collection_get_max_string_length (from);
  limits->max_subtask_depth = directive_collection_get_max_subtask_depth (from);
}

gboolean
_directive_json_read (DirectiveCollection        *into,
                      const char                 *data,
                      gsize                       length,
                      const DirectiveJsonLimits  *limits,
                      GError                    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  Reader r = { into, path, error, 0, limits->max_subtask_depth };
  const char *invalid;
  gsize i, end, longest_string;

  if (length > limits->max_input_size)
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_LARGE,
                   "the document is %" G_GSIZE_FORMAT " bytes, more than the limit of %"
                   G_GSIZE_FORMAT " bytes", length, limits->max_input_size);
      return FALSE;
    }

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_EMPTY, "the document is empty");
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      guint line, column;

      offset_to_line_column (data, (gsize) (invalid - data), &line, &column);
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_UTF8,
                   "line %u, column %u: not valid UTF-8 (byte offset %" G_GSIZE_FORMAT ")",
                   line, column, (gsize) (invalid - data));
      return FALSE;
    }

  if (!check_depth (data, length, limits->max_depth, &end, &longest_string, error))
    return FALSE;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) end, &json_error))
    {
      set_syntax_error (error, json_error);
      return FALSE;
    }
  if (end < length)
    {
      guint line, column;

      offset_to_line_column (data, end, &line, &column);
      g_set_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_JSON,
                   "line %u, column %u: not valid JSON: more content after the end of the "
                   "document", line, column);
      return FALSE;
    }

  /* The walk costs a pass over the tree: only when a string may be too long. */
  if (longest_string > limits->max_string_length &&
      !check_string_lengths (&r, json_parser_get_root (parser), limits->max_string_length))
    return FALSE;

  return read_root (&r, json_parser_get_root (parser));
}

/* ---- Extras ---- */

static GQuark
extras_quark (const char *part)
{
  g_autofree char *name = NULL;

  /* The common case without an allocation: the writer asks every object. */
  if (*part == '\0')
    return g_quark_from_static_string ("directive-json-extras");
  name = g_strconcat ("directive-json-extras:", part, NULL);
  return g_quark_from_string (name);
}

void
_directive_json_set_extras (GObject    *object,
                            const char *part,
                            JsonObject *extras)
{
  g_object_set_qdata_full (object, extras_quark (part),
                           extras ? json_object_ref (extras) : NULL,
                           (GDestroyNotify) json_object_unref);
}

JsonObject *
_directive_json_get_extras (GObject    *object,
                            const char *part)
{
  return g_object_get_qdata (object, extras_quark (part));
}
