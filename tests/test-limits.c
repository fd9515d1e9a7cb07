/* test-limits.c: the limits that keep a hostile or broken file from taking the
 * process down, each refused with its own error code and a message naming the
 * place.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <directive.h>

#include "test-util.h"

static void
assert_refused (DirectiveCollection *collection,
                const char          *json,
                gssize               length,
                int                  code,
                const char          *in_message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (directive_collection_load_from_data (collection, json, length, &error));
  g_assert_error (error, DIRECTIVE_ERROR, code);
  g_test_message ("%s", error->message);
  if (strstr (error->message, in_message) == NULL)
    g_error ("expected '%s' in: %s", in_message, error->message);
}

static void
assert_loads (DirectiveCollection *collection,
              const char          *json)
{
  g_autoptr(GError) error = NULL;

  directive_collection_load_from_data (collection, json, -1, &error);
  g_assert_no_error (error);
}

static void
test_defaults (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();

  g_assert_cmpuint (directive_collection_get_max_input_size (collection), ==, 256 * 1024 * 1024);
  g_assert_cmpuint (directive_collection_get_max_depth (collection), ==, 64);
  g_assert_cmpuint (directive_collection_get_max_string_length (collection), ==, 1024 * 1024);
  g_assert_cmpuint (directive_collection_get_max_subtask_depth (collection), ==, 16);
}

static void
test_notify (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  int count = 0;
  guint64 value;

  g_signal_connect (collection, "notify::max-string-length", G_CALLBACK (test_count_notify_cb), &count);
  g_signal_connect (collection, "notify::max-subtask-depth", G_CALLBACK (test_count_notify_cb), &count);
  directive_collection_set_max_string_length (collection, 10);
  directive_collection_set_max_string_length (collection, 10);
  directive_collection_set_max_subtask_depth (collection, 3);
  directive_collection_set_max_subtask_depth (collection, 3);
  g_assert_cmpint (count, ==, 2);
  g_object_get (collection, "max-string-length", &value, NULL);
  g_assert_cmpuint (value, ==, 10);
}

static void
test_input_size (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();

  directive_collection_set_max_input_size (collection, 10);
  assert_refused (collection, "{\"format\": \"directive/1\"}", -1, DIRECTIVE_ERROR_TOO_LARGE,
                  "more than the limit of 10 bytes");
}

static void
test_depth (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GString) json = g_string_new ("{\"format\": \"directive/1\", \"x\": ");

  for (int i = 0; i < 100000; i++)
    g_string_append_c (json, '[');
  assert_refused (collection, json->str, (gssize) json->len, DIRECTIVE_ERROR_TOO_DEEP,
                  "deeper than 64 levels");
}

static void
test_string_length (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GString) long_value = g_string_new (NULL);
  g_autofree char *json = NULL;

  directive_collection_set_max_string_length (collection, 16);
  for (int i = 0; i < 17; i++)
    g_string_append (long_value, "x");

  /* A value the model knows. */
  json = g_strdup_printf ("{\"format\": \"directive/1\", \"notices\": [{\"kind\": \"notice\", "
                          "\"subject\": \"%s\"}]}", long_value->str);
  assert_refused (collection, json, -1, DIRECTIVE_ERROR_TOO_LARGE,
                  "notices[0].subject: a string of 17 bytes, longer than the limit of 16 bytes");
  g_free (json);

  /* A value kept without being known. */
  json = g_strdup_printf ("{\"format\": \"directive/1\", \"x\": {\"y\": [\"%s\"]}}", long_value->str);
  assert_refused (collection, json, -1, DIRECTIVE_ERROR_TOO_LARGE, "x.y[0]: a string of 17 bytes");
  g_free (json);

  /* A key. */
  json = g_strdup_printf ("{\"format\": \"directive/1\", \"x\": {\"%s\": 1}}", long_value->str);
  assert_refused (collection, json, -1, DIRECTIVE_ERROR_TOO_LARGE, "x: a key of 17 bytes");
  g_free (json);

  /* Escapes count as what they stand for: 16 × "\u00e9" is 32 bytes, under 64. */
  directive_collection_set_max_string_length (collection, 32);
  assert_loads (collection, "{\"format\": \"directive/1\", \"x\": \"\\u00e9\\u00e9\\u00e9\\u00e9"
                "\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"}");

  /* And the default lets 1 MiB through but not a byte more. */
  directive_collection_set_max_string_length (collection, 1024 * 1024);
  g_string_truncate (long_value, 0);
  for (int i = 0; i < 1024 * 1024; i++)
    g_string_append_c (long_value, 'x');
  json = g_strdup_printf ("{\"format\": \"directive/1\", \"x\": \"%s\"}", long_value->str);
  assert_loads (collection, json);
  g_free (json);
  g_string_append_c (long_value, 'x');
  json = g_strdup_printf ("{\"format\": \"directive/1\", \"x\": \"%s\"}", long_value->str);
  assert_refused (collection, json, -1, DIRECTIVE_ERROR_TOO_LARGE, "x: a string of 1048577 bytes");
}

/* A conclusion whose task has @levels levels of subtasks below it. */
static char *
nested_tasks (guint levels)
{
  GString *json = g_string_new ("{\"format\": \"directive/1\", \"notices\": [{\"kind\": \"notice\", "
                                "\"conclusions\": [{\"tasks\": [{\"text\": \"0\"");

  for (guint i = 0; i < levels; i++)
    g_string_append_printf (json, ", \"subtasks\": [{\"text\": \"%u\"", i + 1);
  for (guint i = 0; i < levels; i++)
    g_string_append (json, "}]");
  g_string_append (json, "}]}]}]}");
  return g_string_free (json, FALSE);
}

static void
test_subtask_depth (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autofree char *ok = nested_tasks (16);
  g_autofree char *too_deep = nested_tasks (17);
  g_autofree char *two = nested_tasks (2);

  assert_loads (collection, ok);
  assert_refused (collection, too_deep, -1, DIRECTIVE_ERROR_TOO_DEEP,
                  "notices[0].conclusions[0].tasks[0]" /* ... */);
  assert_refused (collection, too_deep, -1, DIRECTIVE_ERROR_TOO_DEEP,
                  ".subtasks: too many levels of subtasks (the limit is 16)");

  directive_collection_set_max_subtask_depth (collection, 1);
  assert_refused (collection, two, -1, DIRECTIVE_ERROR_TOO_DEEP,
                  "notices[0].conclusions[0].tasks[0].subtasks[0].subtasks: too many levels of "
                  "subtasks (the limit is 1)");
  directive_collection_set_max_subtask_depth (collection, 0);
  assert_refused (collection, two, -1, DIRECTIVE_ERROR_TOO_DEEP,
                  "notices[0].conclusions[0].tasks[0].subtasks: too many levels");

  /* The limit is copied for a load in a worker thread too: see test-threads. */
}

static void
test_trailing_content (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();

  assert_refused (collection, "{\"format\": \"directive/1\"}\n{\"format\": \"directive/1\"}", -1,
                  DIRECTIVE_ERROR_INVALID_JSON,
                  "line 2, column 1: not valid JSON: more content after the end of the document");
  assert_refused (collection, "{\"format\": \"directive/1\"} x", -1, DIRECTIVE_ERROR_INVALID_JSON,
                  "line 1, column 27");
  /* Unbalanced brackets are reported where json-glib finds them. */
  assert_refused (collection, "{\"format\": \"directive/1\", \"agencies\": ]}", -1,
                  DIRECTIVE_ERROR_INVALID_JSON, "line 1, column 39");
  assert_loads (collection, "\xEF\xBB\xBF{\"format\": \"directive/1\"}\n\n  ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/defaults", test_defaults);
  g_test_add_func ("/limits/notify", test_notify);
  g_test_add_func ("/limits/input-size", test_input_size);
  g_test_add_func ("/limits/depth", test_depth);
  g_test_add_func ("/limits/string-length", test_string_length);
  g_test_add_func ("/limits/subtask-depth", test_subtask_depth);
  g_test_add_func ("/limits/trailing-content", test_trailing_content);

  return g_test_run ();
}
