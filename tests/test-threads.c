/* test-threads.c: what the documentation says is thread-safe is.
 *
 * Each DirectiveCollection and DirectiveParser is used from one thread at a
 * time, and several of them at once in different threads; the built-in
 * catalogue is shared by every parser, read-only. Here 4 threads at once load
 * and save JSON, and parse every corpus document, and must get exactly what
 * one thread gets. .ci/tsan.sh runs this under ThreadSanitizer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <directive.h>

#include "test-util.h"

#define N_THREADS 4

typedef struct
{
  GPtrArray *inputs;    /* char *: file paths */
  GPtrArray *expected;  /* char *: the output of one thread, per input */
  char *tmpdir;
  guint rounds;
} Work;

/* ---- JSON ---- */

static GPtrArray *
json_inputs (void)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func (g_free);
  const char *corpus = test_shared_corpus_dir ();

  g_ptr_array_add (inputs, test_data_path ("roundtrip-full.json"));
  g_ptr_array_add (inputs, test_data_path ("roundtrip-extras.json"));
  if (corpus != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (corpus, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".truth.json"))
          g_ptr_array_add (inputs, g_build_filename (corpus, name, NULL));
    }
  return inputs;
}

/* Load, write to a file of this thread, load that back, write to memory. */
static char *
json_round (const char *path,
            const char *save_as)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveCollection) again = directive_collection_new ();
  g_autoptr(GError) error = NULL;

  directive_collection_load_from_file (collection, path, &error);
  g_assert_no_error (error);
  directive_collection_save_to_file (collection, save_as, &error);
  g_assert_no_error (error);
  directive_collection_load_from_file (again, save_as, &error);
  g_assert_no_error (error);
  return directive_collection_to_data (again, NULL);
}

static gpointer
json_thread (gpointer user_data)
{
  Work *work = user_data;
  g_autofree char *save_as = g_strdup_printf ("%s/thread-%p.json", work->tmpdir, (void *) g_thread_self ());

  for (guint round = 0; round < work->rounds; round++)
    for (guint i = 0; i < work->inputs->len; i++)
      {
        g_autofree char *out = json_round (work->inputs->pdata[i], save_as);

        if (g_strcmp0 (out, work->expected->pdata[i]) != 0)
          return GINT_TO_POINTER (FALSE);
      }
  g_remove (save_as);
  return GINT_TO_POINTER (TRUE);
}

static void
test_json (void)
{
  Work work = { 0 };
  g_autofree char *one = NULL;

  work.inputs = json_inputs ();
  work.expected = g_ptr_array_new_with_free_func (g_free);
  work.tmpdir = g_dir_make_tmp ("test-threads-XXXXXX", NULL);
  work.rounds = 3;
  one = g_build_filename (work.tmpdir, "one.json", NULL);
  for (guint i = 0; i < work.inputs->len; i++)
    g_ptr_array_add (work.expected, json_round (work.inputs->pdata[i], one));
  g_remove (one);

  test_run_threads (json_thread, &work, N_THREADS);

  g_remove (work.tmpdir);
  g_free (work.tmpdir);
  g_ptr_array_unref (work.inputs);
  g_ptr_array_unref (work.expected);
}

/* Loads in worker threads through load_async, several at once. */
typedef struct
{
  guint pending;
} AsyncState;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  directive_collection_load_finish (DIRECTIVE_COLLECTION (source), result, &error);
  g_assert_no_error (error);
  state->pending--;
}

static void
test_json_async (void)
{
  g_autoptr(GPtrArray) inputs = json_inputs ();
  g_autoptr(GPtrArray) collections = g_ptr_array_new_with_free_func (g_object_unref);
  AsyncState state = { 0 };

  for (guint round = 0; round < 4; round++)
    for (guint i = 0; i < inputs->len; i++)
      {
        DirectiveCollection *collection = directive_collection_new ();
        g_autoptr(GFile) file = g_file_new_for_path (inputs->pdata[i]);

        g_ptr_array_add (collections, collection);
        state.pending++;
        directive_collection_load_async (collection, file, NULL, loaded_cb, &state);
      }
  while (state.pending > 0)
    g_main_context_iteration (NULL, TRUE);
}

/* ---- Parser ---- */

static GPtrArray *
parser_inputs (void)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func (g_free);
  const char *corpus = test_shared_corpus_dir ();
  g_autoptr(GDir) dir = corpus ? g_dir_open (corpus, 0, NULL) : NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (inputs, g_build_filename (corpus, name, NULL));

  /* Under valgrind, which runs one thread at a time 50 times slower, a few
   * documents show the same (.ci/valgrind.sh keeps to its time budget). */
  if (g_getenv ("DIRECTIVE_TEST_VALGRIND") != NULL && inputs->len > 4)
    g_ptr_array_set_size (inputs, 4);
  return inputs;
}

/* The collection's JSON and the diagnostics, as one text. */
static char *
parse_one (DirectiveParser *parser,
           const char      *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(GError) error = NULL;
  GString *out;
  GListModel *diagnostics;
  char *json;

  collection = directive_parser_parse_file (parser, file, NULL, &error);
  g_assert_no_error (error);
  json = directive_collection_to_data (collection, NULL);
  out = g_string_new (json);
  g_free (json);
  diagnostics = directive_parser_get_diagnostics (parser);
  g_string_append_printf (out, "%u diagnostics\n", g_list_model_get_n_items (diagnostics));
  return g_string_free (out, FALSE);
}

static gpointer
parser_thread (gpointer user_data)
{
  Work *work = user_data;
  g_autoptr(DirectiveParser) parser = directive_parser_new ();

  for (guint round = 0; round < work->rounds; round++)
    for (guint i = 0; i < work->inputs->len; i++)
      {
        g_autofree char *out = parse_one (parser, work->inputs->pdata[i]);

        if (g_strcmp0 (out, work->expected->pdata[i]) != 0)
          {
            g_printerr ("%s differs in a thread\n", (char *) work->inputs->pdata[i]);
            return GINT_TO_POINTER (FALSE);
          }
      }
  return GINT_TO_POINTER (TRUE);
}

static void
test_parser (void)
{
  Work work = { 0 };
  g_autoptr(DirectiveParser) parser = NULL;

  work.inputs = parser_inputs ();
  if (work.inputs->len == 0)
    {
      g_ptr_array_unref (work.inputs);
      g_test_skip ("../shared/corpus is not beside this checkout");
      return;
    }

  /* One thread first, for what every thread must get. */
  parser = directive_parser_new ();
  work.expected = g_ptr_array_new_with_free_func (g_free);
  work.rounds = 1;
  for (guint i = 0; i < work.inputs->len; i++)
    g_ptr_array_add (work.expected, parse_one (parser, work.inputs->pdata[i]));

  test_run_threads (parser_thread, &work, N_THREADS);

  g_ptr_array_unref (work.inputs);
  g_ptr_array_unref (work.expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/threads/json", test_json);
  g_test_add_func ("/threads/json-async", test_json_async);
  g_test_add_func ("/threads/parser", test_parser);

  return g_test_run ();
}
