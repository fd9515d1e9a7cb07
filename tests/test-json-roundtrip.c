/* test-json-roundtrip.c: a directive/1 file loaded and saved means the same,
 * unknown keys and reduced-precision dates included; saving is atomic.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <directive.h>

#include "test-util.h"

/* The spec: a missing optional key and null mean the same; so does an empty list. */
static gboolean
is_absent (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node) ||
         (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) == 0);
}

static gboolean same_meaning (JsonNode *a, JsonNode *b, GString *path);

static gboolean
same_members (JsonObject *a,
              JsonObject *b,
              GString    *path)
{
  g_autoptr(GList) members = json_object_get_members (a);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      gsize len = path->len;

      g_string_append_printf (path, ".%s", key);
      if (!same_meaning (json_object_get_member (a, key), json_object_get_member (b, key), path))
        return FALSE;
      g_string_truncate (path, len);
    }
  return TRUE;
}

static gboolean
same_meaning (JsonNode *a,
              JsonNode *b,
              GString  *path)
{
  if (is_absent (a) || is_absent (b))
    {
      if (is_absent (a) && is_absent (b))
        return TRUE;
      g_test_message ("%s: present on one side only", path->str);
      return FALSE;
    }
  if (json_node_get_node_type (a) != json_node_get_node_type (b))
    {
      g_test_message ("%s: different types", path->str);
      return FALSE;
    }
  switch (json_node_get_node_type (a))
    {
    case JSON_NODE_OBJECT:
      return same_members (json_node_get_object (a), json_node_get_object (b), path) &&
             same_members (json_node_get_object (b), json_node_get_object (a), path);
    case JSON_NODE_ARRAY:
      {
        JsonArray *x = json_node_get_array (a), *y = json_node_get_array (b);

        if (json_array_get_length (x) != json_array_get_length (y))
          {
            g_test_message ("%s: %u vs %u elements", path->str, json_array_get_length (x),
                            json_array_get_length (y));
            return FALSE;
          }
        for (guint i = 0; i < json_array_get_length (x); i++)
          {
            gsize len = path->len;

            g_string_append_printf (path, "[%u]", i);
            if (!same_meaning (json_array_get_element (x, i), json_array_get_element (y, i), path))
              return FALSE;
            g_string_truncate (path, len);
          }
        return TRUE;
      }
    case JSON_NODE_VALUE:
      if (!json_node_equal (a, b))
        {
          g_test_message ("%s: different values", path->str);
          return FALSE;
        }
      return TRUE;
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Load @original, save it, check the meaning is kept and that saving again
 * gives the very same text. */
static void
check_round_trip (const char *original,
                  const char *name)
{
  g_autoptr(DirectiveCollection) first = directive_collection_new ();
  g_autoptr(DirectiveCollection) second = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  g_autoptr(GString) path = g_string_new (name);

  g_assert_true (directive_collection_load_from_data (first, original, -1, &error));
  g_assert_no_error (error);
  saved = directive_collection_to_data (first, NULL);

  a = parse (original);
  b = parse (saved);
  if (!same_meaning (a, b, path))
    g_error ("%s: the saved file does not mean the same as the original:\n%s", name, saved);

  g_assert_true (directive_collection_load_from_data (second, saved, -1, &error));
  g_assert_no_error (error);
  saved_again = directive_collection_to_data (second, NULL);
  g_assert_cmpstr (saved, ==, saved_again);
}

static void
test_round_trip_corpus (void)
{
  const char *corpus = test_shared_corpus_dir ();
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  if (corpus == NULL)
    {
      g_test_skip ("../shared/corpus is not beside this checkout");
      return;
    }

  dir = g_dir_open (corpus, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;

      if (!g_str_has_suffix (name, ".truth.json"))
        continue;
      path = g_build_filename (corpus, name, NULL);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      check_round_trip (text, name);
      n++;
    }
  g_test_message ("%u truth files round-tripped", n);
  g_assert_cmpuint (n, >, 0);
}

static void
test_round_trip_examples (void)
{
  const char *files[] = { "roundtrip-extras.json", "roundtrip-full.json" };

  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = test_data_path (files[i]);
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      check_round_trip (text, files[i]);
    }
}

/* What a user reads back: unknown keys at every level, dates as written. */
static void
test_extras_and_dates_kept (void)
{
  g_autofree char *path = test_data_path ("roundtrip-extras.json");
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(DirectiveNotice) notice = NULL;
  g_autoptr(DirectiveConclusion) conclusion = NULL;
  g_autoptr(DirectiveTask) task = NULL;
  g_autofree char *issued = NULL;
  g_autofree char *deadline = NULL;

  g_assert_true (directive_collection_load_from_file (collection, path, &error));
  g_assert_no_error (error);

  notice = g_list_model_get_item (directive_collection_get_notices (collection), 0);
  issued = directive_date_to_string (directive_notice_get_issued_on (notice));
  g_assert_cmpstr (issued, ==, "2021");
  conclusion = g_list_model_get_item (directive_notice_get_conclusions (notice), 0);
  task = g_list_model_get_item (directive_conclusion_get_tasks (conclusion), 0);
  deadline = directive_date_to_string (directive_task_get_deadline (task));
  g_assert_cmpstr (deadline, ==, "2021-12");

  saved = directive_collection_to_data (collection, NULL);
  g_assert_nonnull (strstr (saved, "\"issued_on\": \"2021\""));
  g_assert_nonnull (strstr (saved, "\"deadline\": \"2021-12\""));
  g_assert_nonnull (strstr (saved, "\"x-top\""));
  g_assert_nonnull (strstr (saved, "\"x-agency-note\""));
  g_assert_nonnull (strstr (saved, "\"x-task-priority\""));
  g_assert_nonnull (strstr (saved, "\"x-source-scanner\""));
  g_assert_nonnull (strstr (saved, "\"x-signer-seal\""));
}

/* Saving replaces the file whole: a failure leaves the previous one intact. */
static void
test_save_atomic (void)
{
  g_autofree char *path = test_data_path ("roundtrip-full.json");
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveCollection) reloaded = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("directive-save-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "tasks.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (directive_collection_load_from_file (collection, path, &error));
  g_assert_no_error (error);

  g_assert_true (directive_collection_save_to_file (collection, target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &before, NULL, NULL));
  expected = directive_collection_to_data (collection, NULL);
  g_assert_cmpstr (before, ==, expected);
  g_assert_true (directive_collection_load_from_file (reloaded, target, &error));
  g_assert_no_error (error);

  /* A folder we may not write to: root may write anywhere, so only test it as a user. */
  if (geteuid () != 0)
    {
      g_chmod (dir, 0555);
      g_assert_false (directive_collection_save_to_file (collection, target, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
      g_assert_nonnull (strstr (error->message, "tasks.json"));
      g_clear_error (&error);
      g_chmod (dir, 0755);
      g_assert_true (g_file_get_contents (target, &after, NULL, NULL));
      g_assert_cmpstr (before, ==, after);
      g_clear_pointer (&after, g_free);
    }

  /* A path whose folder does not exist fails without touching anything. */
  {
    g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "x.json", NULL);

    g_assert_false (directive_collection_save_to_file (collection, nowhere, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
    g_clear_error (&error);
  }

  g_unlink (target);
  g_rmdir (dir);
}

static void
load_async_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  directive_collection_load_finish (DIRECTIVE_COLLECTION (source), result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "done"); /* marks completion */
}

static void
test_load_async (void)
{
  g_autofree char *path = test_data_path ("roundtrip-full.json");
  g_autofree char *missing = test_data_path ("no-such-file.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  GError *error = NULL;
  int changes = 0;

  g_signal_connect (directive_collection_get_notices (collection), "items-changed",
                    G_CALLBACK (test_count_items_cb), &changes);
  directive_collection_load_async (collection, file, NULL, load_async_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_notices (collection)), ==, 2);

  directive_collection_load_async (collection, missing_file, NULL, load_async_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Unchanged after the failure. */
  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_notices (collection)), ==, 2);
}

/* Loading into a collection replaces what it had. */
static void
test_load_replaces (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveAgency) stale = directive_agency_new ("stale", "Stale");
  g_autofree char *path = test_data_path ("roundtrip-full.json");
  g_autoptr(GError) error = NULL;

  g_assert_true (directive_collection_add_agency (collection, stale, NULL));
  g_assert_true (directive_collection_load_from_file (collection, path, &error));
  g_assert_no_error (error);
  g_assert_null (directive_collection_lookup_agency (collection, "stale"));
  g_assert_nonnull (directive_collection_lookup_agency (collection, "so-tai-chinh"));
}

/* Loads @json, which must load. */
static DirectiveCollection *
load_ok (const char *json)
{
  DirectiveCollection *collection = directive_collection_new ();
  g_autoptr(GError) error = NULL;

  directive_collection_load_from_data (collection, json, -1, &error);
  g_assert_no_error (error);
  return collection;
}

static DirectiveTask *
first_task (DirectiveCollection *collection)
{
  g_autoptr(DirectiveNotice) notice = g_list_model_get_item (directive_collection_get_notices (collection), 0);
  g_autoptr(DirectiveConclusion) conclusion = g_list_model_get_item (directive_notice_get_conclusions (notice), 0);

  return g_list_model_get_item (directive_conclusion_get_tasks (conclusion), 0);
}

static const char *
agency_id_at (GListModel *agencies,
              guint       i)
{
  g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);

  return agency ? directive_agency_get_id (agency) : NULL;
}

/* Keys in any order: notices before the agencies they name, a child agency
 * before its parent, members in no particular order. */
static void
test_key_order (void)
{
  g_autoptr(DirectiveCollection) collection = load_ok (
    "{\"notices\": [{\"conclusions\": [{\"tasks\": [{\"lead\": [\"b\"], \"text\": \"t\"}]}],"
    "  \"issuer\": \"a\", \"kind\": \"plan\"}],"
    " \"x-between\": [1],"
    " \"agencies\": [{\"parent\": \"a\", \"name\": \"B\", \"id\": \"b\"}, {\"name\": \"A\", \"id\": \"a\"}],"
    " \"format\": \"directive/1\"}");
  g_autoptr(DirectiveNotice) notice = g_list_model_get_item (directive_collection_get_notices (collection), 0);
  g_autoptr(DirectiveTask) task = first_task (collection);
  DirectiveAgency *b = directive_collection_lookup_agency (collection, "b");

  g_assert_cmpint (directive_notice_get_kind (notice), ==, DIRECTIVE_DOCUMENT_KIND_PLAN);
  g_assert_true (directive_notice_get_issuer (notice) == directive_collection_lookup_agency (collection, "a"));
  g_assert_true (directive_agency_get_parent (b) == directive_collection_lookup_agency (collection, "a"));
  g_assert_cmpstr (agency_id_at (directive_task_get_lead (task), 0), ==, "b");
  /* The agencies keep the order of the file. */
  g_assert_cmpstr (agency_id_at (directive_collection_get_agencies (collection), 0), ==, "b");
}

/* Every escape JSON has, surrogate pairs included, and escaped member names. */
static void
test_escapes (void)
{
  g_autoptr(DirectiveCollection) collection = load_ok (
    "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"s\\u1edf\", \"n\\u0061me\": \"S\\u1EDF T\\u00e0i ch\\u00ednh\"}],"
    " \"notices\": [{\"kind\": \"notice\", \"issuer\": \"s\xe1\xbb\x9f\","
    "  \"subject\": \"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00 \\uD834\\uDD1E \\u0001 Đ\"}]}");
  g_autoptr(DirectiveNotice) notice = g_list_model_get_item (directive_collection_get_notices (collection), 0);
  g_autoptr(DirectiveCollection) again = NULL;
  g_autofree char *saved = NULL;

  g_assert_cmpstr (directive_notice_get_subject (notice), ==,
                   "q\" b\\ s/ \b\f\n\r\t \xc3\xa9 \xf0\x9f\x98\x80 \xf0\x9d\x84\x9e \x01 \xc4\x90");
  g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (notice)), ==,
                   "S\xe1\xbb\x9f T\xc3\xa0i ch\xc3\xadnh");

  /* And what the writer escapes reads back the same. */
  saved = directive_collection_to_data (collection, NULL);
  again = load_ok (saved);
  g_clear_object (&notice);
  notice = g_list_model_get_item (directive_collection_get_notices (again), 0);
  g_assert_cmpstr (directive_notice_get_subject (notice), ==,
                   "q\" b\\ s/ \b\f\n\r\t \xc3\xa9 \xf0\x9f\x98\x80 \xf0\x9d\x84\x9e \x01 \xc4\x90");
}

/* Unknown keys keep any JSON value: integers (64 bits), other numbers, and the rest. */
static void
test_numbers_in_extras (void)
{
  g_autoptr(DirectiveCollection) collection = load_ok (
    "{\"format\": \"directive/1\", \"x\": {\"int\": -42, \"max\": 9223372036854775807,"
    " \"min\": -9223372036854775808, \"big\": 18446744073709551616, \"zero\": -0, \"real\": 1.5e3,"
    " \"small\": -2.5E-3, \"third\": 0.3333333333333333, \"list\": [0, 1.0, true, false, null, \"s\", {}, []]}}");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = directive_collection_to_data (collection, NULL);
  JsonObject *x;
  JsonArray *list;

  g_assert_true (json_parser_load_from_data (parser, saved, -1, &error));
  g_assert_no_error (error);
  x = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "x");
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (x, "int")), ==, G_TYPE_INT64);
  g_assert_cmpint (json_object_get_int_member (x, "int"), ==, -42);
  g_assert_cmpint (json_object_get_int_member (x, "max"), ==, G_MAXINT64);
  g_assert_cmpint (json_object_get_int_member (x, "min"), ==, G_MININT64);
  /* Beyond 64 bits an integer reads as a double, not wrapped around. */
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (x, "big")), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_object_get_double_member (x, "big"), ==, 18446744073709551616.0);
  g_assert_cmpint (json_object_get_int_member (x, "zero"), ==, 0);
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (x, "real")), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_object_get_double_member (x, "real"), ==, 1500.0);
  g_assert_cmpfloat (json_object_get_double_member (x, "small"), ==, -0.0025);
  g_assert_cmpfloat (json_object_get_double_member (x, "third"), ==, 0.3333333333333333);
  list = json_object_get_array_member (x, "list");
  g_assert_cmpuint (json_array_get_length (list), ==, 8);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (list, 0)), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (list, 1)), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_array_get_double_element (list, 1), ==, 1.0);
  g_assert_true (json_array_get_boolean_element (list, 2));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_array_get_element (list, 4)));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_array_get_element (list, 6)));
}

/* Of duplicate keys the last wins, as in any JSON object: what the earlier
 * ones said is gone, even when it was wrong. */
static void
test_duplicate_keys (void)
{
  g_autoptr(DirectiveCollection) collection = load_ok (
    "{\"format\": \"directive/2\", \"format\": \"directive/1\","
    " \"agencies\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\", \"parent\": \"nope\", \"parent\": null}],"
    " \"notices\": [{\"kind\": \"memo\", \"kind\": \"decision\", \"subject\": \"one\", \"subject\": \"two\","
    "  \"x-k\": 1, \"x-k\": [2],"
    "  \"source\": {\"file\": \"f\", \"sha256\": \"h\"}, \"source\": {\"file\": \"g\"},"
    "  \"conclusions\": [{\"tasks\": [{\"lead\": [\"a\", \"zz\"], \"lead\": [\"b\"], \"lines\": [1, 2], \"lines\": null,"
    "    \"subtasks\": [{\"text\": \"gone\"}], \"subtasks\": [{\"text\": \"s1\"}, {\"text\": \"s2\"}]}],"
    "   \"tasks\": [{\"text\": \"t\", \"status\": \"finished\"}], \"tasks\": [{\"text\": \"t\", \"lead\": [\"a\"], \"lead\": [\"b\"]}]}]}],"
    " \"notices\": [{\"kind\": \"plan\", \"conclusions\": [{\"tasks\": [{\"text\": \"t\", \"lead\": [\"a\", \"zz\"],"
    "   \"subtasks\": [{\"text\": \"gone\"}], \"subtasks\": [{\"text\": \"s1\"}, {\"text\": \"s2\"}],"
    "   \"lead\": [\"b\", \"a\"]}]}], \"source\": {\"file\": \"f\", \"sha256\": \"h\"}, \"source\": {\"file\": \"g\"},"
    "   \"x-k\": 1, \"subject\": \"one\", \"x-k\": [2], \"subject\": \"two\", \"archive\": [\"A\"], \"archive\": null}]}");
  g_autoptr(DirectiveNotice) notice = g_list_model_get_item (directive_collection_get_notices (collection), 0);
  g_autoptr(DirectiveTask) task = first_task (collection);
  g_autoptr(DirectiveTask) sub = NULL;
  g_autofree char *saved = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_notices (collection)), ==, 1);
  g_assert_cmpint (directive_notice_get_kind (notice), ==, DIRECTIVE_DOCUMENT_KIND_PLAN);
  g_assert_cmpstr (directive_notice_get_subject (notice), ==, "two");
  g_assert_null (directive_notice_get_archive (notice));
  g_assert_cmpstr (directive_notice_get_source_file (notice), ==, "g");
  g_assert_null (directive_notice_get_source_sha256 (notice));
  g_assert_null (directive_agency_get_parent (directive_collection_lookup_agency (collection, "b")));

  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (task)), ==, 2);
  g_assert_cmpstr (agency_id_at (directive_task_get_lead (task), 0), ==, "b");
  g_assert_cmpstr (agency_id_at (directive_task_get_lead (task), 1), ==, "a");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_subtasks (task)), ==, 2);
  sub = g_list_model_get_item (directive_task_get_subtasks (task), 0);
  g_assert_cmpstr (directive_task_get_text (sub), ==, "s1");

  saved = directive_collection_to_data (collection, NULL);
  g_assert_nonnull (strstr (saved, "\"x-k\": ["));
  g_assert_null (strstr (saved, "gone"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-roundtrip/corpus", test_round_trip_corpus);
  g_test_add_func ("/json-roundtrip/examples", test_round_trip_examples);
  g_test_add_func ("/json-roundtrip/extras-and-dates-kept", test_extras_and_dates_kept);
  g_test_add_func ("/json-roundtrip/save-atomic", test_save_atomic);
  g_test_add_func ("/json-roundtrip/load-async", test_load_async);
  g_test_add_func ("/json-roundtrip/load-replaces", test_load_replaces);
  g_test_add_func ("/json-roundtrip/key-order", test_key_order);
  g_test_add_func ("/json-roundtrip/escapes", test_escapes);
  g_test_add_func ("/json-roundtrip/numbers-in-extras", test_numbers_in_extras);
  g_test_add_func ("/json-roundtrip/duplicate-keys", test_duplicate_keys);

  return g_test_run ();
}
