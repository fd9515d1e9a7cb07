/* test-regressions.c: every input that once crashed or misbehaved under the
 * fuzzers (fuzz/) stays fixed.
 *
 * Each file in tests/data/regressions/ is run through the checks of the fuzz
 * target its name starts with: json-* through fuzz-json-load, date-* through
 * fuzz-date, parser-* through fuzz-parser. Under ASan (.ci/asan.sh) and
 * valgrind (.ci/valgrind.sh) this also catches a memory error coming back.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <directive.h>

#include "test-util.h"

/* A refusal is an error in our domain, with a message. */
static void
assert_refusal (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == DIRECTIVE_ERROR);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
}

/* What loads writes, what it writes loads again and writes the same text. */
static void
check_json (const char *data,
            gsize       length)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveCollection) again = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize text_length, again_length;

  if (!directive_collection_load_from_data (collection, data, (gssize) length, &error))
    {
      g_test_message ("refused: %s", error->message);
      assert_refusal (error);
      return;
    }
  text = directive_collection_to_data (collection, &text_length);
  directive_collection_load_from_data (again, text, (gssize) text_length, &error);
  g_assert_no_error (error);
  text_again = directive_collection_to_data (again, &again_length);
  g_assert_cmpstr (text, ==, text_again);
}

/* A date reads back from its text form as the same date and the same text. */
static void
check_date (const char *data,
            gsize       length)
{
  g_autofree char *text = g_strndup (data, length);
  g_autoptr(DirectiveDate) date = NULL;
  g_autoptr(DirectiveDate) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  date = directive_date_new_from_string (text, &error);
  if (date == NULL)
    {
      g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_DATE);
      return;
    }
  written = directive_date_to_string (date);
  g_assert_cmpstr (written, ==, text);
  again = directive_date_new_from_string (written, &error);
  g_assert_no_error (error);
  g_assert_true (directive_date_equal (date, again));
}

/* The parser reads or refuses the text, and what it reads is valid directive/1. */
static void
check_parser (const char *data,
              gsize       length)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(DirectiveCollection) again = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize text_length;

  collection = directive_parser_parse_data (parser, data, (gssize) length, &error);
  if (collection == NULL)
    {
      g_test_message ("refused: %s", error->message);
      assert_refusal (error);
      return;
    }
  text = directive_collection_to_data (collection, &text_length);
  directive_collection_load_from_data (again, text, (gssize) text_length, &error);
  g_assert_no_error (error);
}

static void
test_regression (gconstpointer user_data)
{
  const char *path = user_data;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);

  if (g_str_has_prefix (name, "json-"))
    check_json (data, length);
  else if (g_str_has_prefix (name, "date-"))
    check_date (data, length);
  else if (g_str_has_prefix (name, "parser-"))
    check_parser (data, length);
  else
    g_assert_not_reached ();
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir_path = test_data_path ("regressions");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, "json-") || g_str_has_prefix (name, "date-") ||
          g_str_has_prefix (name, "parser-"))
        g_ptr_array_add (names, g_strdup (name));
    }
  /* In a stable order, whatever the file system's. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = names->pdata[i];
      g_autofree char *test_path = g_strdup_printf ("/regressions/%s", file);
      char *path = g_build_filename (dir_path, file, NULL);

      g_ptr_array_add (paths, path);
      g_test_add_data_func (test_path, path, test_regression);
    }

  return g_test_run ();
}
