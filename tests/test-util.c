/* test-util.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "test-util.h"

const char *
test_shared_corpus_dir (void)
{
  static char *dir;

  if (dir == NULL)
    {
      const char *env = g_getenv ("DIRECTIVE_SHARED_CORPUS");

      if (env != NULL && g_file_test (env, G_FILE_TEST_IS_DIR))
        dir = g_canonicalize_filename (env, NULL);
    }
  return dir;
}

char *
test_data_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, name, NULL);
}

void
test_count_notify_cb (GObject    *object,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  (*(int *) user_data)++;
}

void
test_count_items_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  (*(int *) user_data)++;
}

void
test_notify_cb (GObject    *object,
                GParamSpec *pspec,
                gpointer    user_data)
{
  TestNotifyCount *count = user_data;

  count->total++;
  if (g_strcmp0 (pspec->name, count->name) == 0)
    count->matching++;
}

void
test_items_changed_cb (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       gpointer    user_data)
{
  TestItemsChanged *changed = user_data;

  changed->emissions++;
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
  changed->n_items = g_list_model_get_n_items (model);
}

void
test_check_string_property (gpointer       object,
                            const char    *property,
                            TestGetString  get,
                            TestSetString  set,
                            const char    *value,
                            const char    *other)
{
  g_autoptr(GObject) owned = object;
  TestNotifyCount count = { 0, 0, property };
  g_autofree char *buffer = g_strdup (value);
  g_autofree char *from_gobject = NULL;

  g_signal_connect (object, "notify", G_CALLBACK (test_notify_cb), &count);

  /* The setter copies. */
  set (object, buffer);
  buffer[0] = 'X';
  g_assert_cmpstr (get (object), ==, value);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (object, property, &from_gobject, NULL);
  g_assert_cmpstr (from_gobject, ==, value);

  /* The same value, by the same or another pointer, is no change. */
  set (object, get (object));
  set (object, value);
  g_object_set (object, property, value, NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  /* A change through GObject is seen by the C accessor. */
  g_object_set (object, property, other, NULL);
  g_assert_cmpstr (get (object), ==, other);
  g_assert_cmpuint (count.matching, ==, 2);

  /* Back to NULL, once. */
  set (object, NULL);
  g_assert_null (get (object));
  g_assert_cmpuint (count.matching, ==, 3);
  set (object, NULL);
  g_object_set (object, property, NULL, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  /* No other property was notified. */
  g_assert_cmpuint (count.total, ==, count.matching);
}

void
test_assert_rw_property (gpointer    klass,
                         const char *name,
                         GType       type)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);

  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == type);
  g_assert_true ((pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
}

void
test_assert_list_property (gpointer    klass,
                           const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);

  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == G_TYPE_LIST_MODEL);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
}

DirectiveDate *
test_date_new (guint year,
               guint month,
               guint day)
{
  g_autoptr(GError) error = NULL;
  DirectiveDate *date = directive_date_new (year, month, day, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);
  return date;
}

DirectiveDate *
test_date_parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  DirectiveDate *d = directive_date_new_from_string (text, &error);

  g_assert_no_error (error);
  return d;
}

void
test_run_threads (GThreadFunc func,
                  gpointer    data,
                  guint       n_threads)
{
  GThread *threads[16];

  g_assert_cmpuint (n_threads, <=, G_N_ELEMENTS (threads));
  for (guint i = 0; i < n_threads; i++)
    threads[i] = g_thread_new ("test", func, data);
  for (guint i = 0; i < n_threads; i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}
