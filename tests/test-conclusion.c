/* test-conclusion.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_conclusion_new (void)
{
  g_autoptr(DirectiveConclusion) conclusion = directive_conclusion_new ();
  GListModel *tasks;

  g_assert_true (DIRECTIVE_IS_CONCLUSION (conclusion));
  g_assert_null (directive_conclusion_get_by (conclusion));
  g_assert_null (directive_conclusion_get_meeting (conclusion));
  g_assert_null (directive_conclusion_get_summary (conclusion));

  tasks = directive_conclusion_get_tasks (conclusion);
  g_assert_nonnull (tasks);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 0);
  g_assert_true (g_list_model_get_item_type (tasks) == DIRECTIVE_TYPE_TASK);
}

static void
test_conclusion_properties (void)
{
  g_autoptr(DirectiveConclusion) conclusion = directive_conclusion_new ();
  g_autoptr(DirectivePerson) by = directive_person_new ("Nguyễn Sơn Hùng", "Phó Chủ tịch UBND tỉnh");
  g_autoptr(DirectivePerson) other = directive_person_new ("Võ Văn Phi", NULL);
  g_autoptr(DirectiveMeeting) meeting = directive_meeting_new ();
  g_autoptr(DirectivePerson) got_by = NULL;
  g_autoptr(DirectiveMeeting) got_meeting = NULL;
  g_autoptr(GListModel) got_tasks = NULL;
  g_autofree char *summary = NULL;
  GParamSpec *pspec;

  directive_conclusion_set_by (conclusion, by);
  g_assert_true (directive_conclusion_get_by (conclusion) == by);
  directive_conclusion_set_meeting (conclusion, meeting);
  g_assert_true (directive_conclusion_get_meeting (conclusion) == meeting);
  directive_conclusion_set_summary (conclusion, "Thời gian qua, các đơn vị đã ...");
  g_assert_cmpstr (directive_conclusion_get_summary (conclusion), ==, "Thời gian qua, các đơn vị đã ...");

  g_object_get (conclusion,
                "by", &got_by,
                "meeting", &got_meeting,
                "summary", &summary,
                "tasks", &got_tasks,
                NULL);
  g_assert_true (got_by == by);
  g_assert_true (got_meeting == meeting);
  g_assert_cmpstr (summary, ==, "Thời gian qua, các đơn vị đã ...");
  g_assert_true (got_tasks == directive_conclusion_get_tasks (conclusion));

  g_object_set (conclusion, "by", other, "meeting", NULL, "summary", NULL, NULL);
  g_assert_true (directive_conclusion_get_by (conclusion) == other);
  g_assert_null (directive_conclusion_get_meeting (conclusion));
  g_assert_null (directive_conclusion_get_summary (conclusion));

  directive_conclusion_set_by (conclusion, NULL);
  g_assert_null (directive_conclusion_get_by (conclusion));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (conclusion), "tasks");
  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == G_TYPE_LIST_MODEL);
  g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
}

static void
test_conclusion_notify (void)
{
  g_autoptr(DirectiveConclusion) conclusion = directive_conclusion_new ();
  g_autoptr(DirectivePerson) by = directive_person_new ("Nguyễn Sơn Hùng", NULL);
  g_autoptr(DirectiveMeeting) meeting = directive_meeting_new ();
  guint n_by = 0, n_meeting = 0, n_summary = 0;

  g_signal_connect (conclusion, "notify::by", G_CALLBACK (test_count_notify_cb), &n_by);
  g_signal_connect (conclusion, "notify::meeting", G_CALLBACK (test_count_notify_cb), &n_meeting);
  g_signal_connect (conclusion, "notify::summary", G_CALLBACK (test_count_notify_cb), &n_summary);

  directive_conclusion_set_by (conclusion, NULL);
  g_assert_cmpuint (n_by, ==, 0);
  directive_conclusion_set_by (conclusion, by);
  g_assert_cmpuint (n_by, ==, 1);
  directive_conclusion_set_by (conclusion, by);
  g_object_set (conclusion, "by", by, NULL);
  g_assert_cmpuint (n_by, ==, 1);
  directive_conclusion_set_by (conclusion, NULL);
  g_assert_cmpuint (n_by, ==, 2);

  directive_conclusion_set_meeting (conclusion, meeting);
  directive_conclusion_set_meeting (conclusion, meeting);
  g_assert_cmpuint (n_meeting, ==, 1);
  g_object_set (conclusion, "meeting", NULL, NULL);
  g_assert_cmpuint (n_meeting, ==, 2);

  directive_conclusion_set_summary (conclusion, "a");
  directive_conclusion_set_summary (conclusion, "a");
  g_object_set (conclusion, "summary", "a", NULL);
  g_assert_cmpuint (n_summary, ==, 1);
  directive_conclusion_set_summary (conclusion, "b");
  g_assert_cmpuint (n_summary, ==, 2);

  /* None of the others fired. */
  g_assert_cmpuint (n_by, ==, 2);
  g_assert_cmpuint (n_meeting, ==, 2);
}

static void
test_conclusion_tasks (void)
{
  g_autoptr(DirectiveConclusion) conclusion = directive_conclusion_new ();
  g_autoptr(DirectiveTask) t1 = directive_task_new ("1", "first");
  g_autoptr(DirectiveTask) t2 = directive_task_new ("2", "second");
  g_autoptr(DirectiveTask) got = NULL;
  GListModel *tasks = directive_conclusion_get_tasks (conclusion);
  TestItemsChanged ic = { 0 };

  g_signal_connect (tasks, "items-changed", G_CALLBACK (test_items_changed_cb), &ic);

  directive_conclusion_add_task (conclusion, t1);
  g_assert_cmpuint (ic.emissions, ==, 1);
  g_assert_cmpuint (ic.position, ==, 0);
  g_assert_cmpuint (ic.removed, ==, 0);
  g_assert_cmpuint (ic.added, ==, 1);
  g_assert_cmpuint (ic.n_items, ==, 1);

  directive_conclusion_add_task (conclusion, t2);
  g_assert_cmpuint (ic.emissions, ==, 2);
  g_assert_cmpuint (ic.position, ==, 1);
  g_assert_cmpuint (ic.removed, ==, 0);
  g_assert_cmpuint (ic.added, ==, 1);
  g_assert_cmpuint (ic.n_items, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 2);

  got = g_list_model_get_item (tasks, 0);
  g_assert_true (got == t1);
  g_clear_object (&got);
  got = g_list_model_get_item (tasks, 1);
  g_assert_true (got == t2);
}

static void
test_conclusion_finalize (void)
{
  DirectiveConclusion *conclusion = directive_conclusion_new ();
  DirectivePerson *by = directive_person_new ("Nguyễn Sơn Hùng", NULL);
  DirectiveMeeting *meeting = directive_meeting_new ();
  DirectiveTask *task = directive_task_new ("1", NULL);

  g_object_add_weak_pointer (G_OBJECT (conclusion), (gpointer *) &conclusion);
  g_object_add_weak_pointer (G_OBJECT (by), (gpointer *) &by);
  g_object_add_weak_pointer (G_OBJECT (meeting), (gpointer *) &meeting);
  g_object_add_weak_pointer (G_OBJECT (task), (gpointer *) &task);

  directive_conclusion_set_by (conclusion, by);
  directive_conclusion_set_meeting (conclusion, meeting);
  directive_conclusion_add_task (conclusion, task);
  g_object_unref (by);
  g_object_unref (meeting);
  g_object_unref (task);
  g_assert_nonnull (by);
  g_assert_nonnull (meeting);
  g_assert_nonnull (task);

  g_object_unref (conclusion);
  g_assert_null (conclusion);
  g_assert_null (by);
  g_assert_null (meeting);
  g_assert_null (task);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/conclusion/new", test_conclusion_new);
  g_test_add_func ("/conclusion/properties", test_conclusion_properties);
  g_test_add_func ("/conclusion/notify", test_conclusion_notify);
  g_test_add_func ("/conclusion/tasks", test_conclusion_tasks);
  g_test_add_func ("/conclusion/finalize", test_conclusion_finalize);

  return g_test_run ();
}
