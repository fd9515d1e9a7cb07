/* test-task.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_task_new (void)
{
  g_autoptr(DirectiveTask) task = directive_task_new ("1", "Sở Tài chính chủ trì");

  g_assert_true (DIRECTIVE_IS_TASK (task));
  g_assert_cmpstr (directive_task_get_ordinal (task), ==, "1");
  g_assert_cmpstr (directive_task_get_text (task), ==, "Sở Tài chính chủ trì");
  g_assert_null (directive_task_get_deadline (task));
  g_assert_null (directive_task_get_completed_on (task));
  g_assert_cmpint (directive_task_get_recurrence (task), ==, DIRECTIVE_RECURRENCE_NONE);
  g_assert_cmpint (directive_task_get_status (task), ==, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_cmpuint (directive_task_get_first_line (task), ==, 0);
  g_assert_cmpuint (directive_task_get_last_line (task), ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (task)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (task)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (task)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_subtasks (task)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_history (task)), ==, 0);

  g_assert_true (g_list_model_get_item_type (directive_task_get_lead (task)) == DIRECTIVE_TYPE_AGENCY);
  g_assert_true (g_list_model_get_item_type (directive_task_get_cooperating (task)) == DIRECTIVE_TYPE_AGENCY);
  g_assert_true (g_list_model_get_item_type (directive_task_get_report_to (task)) == DIRECTIVE_TYPE_AGENCY);
  g_assert_true (g_list_model_get_item_type (directive_task_get_subtasks (task)) == DIRECTIVE_TYPE_TASK);
  g_assert_true (g_list_model_get_item_type (directive_task_get_history (task)) == DIRECTIVE_TYPE_TASK_EVENT);

  {
    g_autoptr(DirectiveTask) empty = directive_task_new (NULL, NULL);

    g_assert_null (directive_task_get_ordinal (empty));
    g_assert_null (directive_task_get_text (empty));
  }
}

static void
test_task_properties (void)
{
  g_autoptr(DirectiveTask) task = directive_task_new (NULL, NULL);
  g_autoptr(DirectiveDate) deadline = test_date_new (2021, 12, 15);
  g_autoptr(DirectiveDate) done_on = test_date_new (2021, 12, 0);
  g_autofree char *ordinal = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DirectiveDate) got_deadline = NULL;
  g_autoptr(DirectiveDate) got_completed_on = NULL;
  DirectiveRecurrence recurrence;
  DirectiveTaskStatus status;
  guint first_line, last_line;

  /* C accessors */
  directive_task_set_ordinal (task, "2.1");
  g_assert_cmpstr (directive_task_get_ordinal (task), ==, "2.1");
  directive_task_set_text (task, "Báo cáo UBND tỉnh");
  g_assert_cmpstr (directive_task_get_text (task), ==, "Báo cáo UBND tỉnh");
  directive_task_set_deadline (task, deadline);
  g_assert_true (directive_task_get_deadline (task) != deadline); /* copied */
  g_assert_true (directive_date_equal (directive_task_get_deadline (task), deadline));
  directive_task_set_recurrence (task, DIRECTIVE_RECURRENCE_QUARTERLY);
  g_assert_cmpint (directive_task_get_recurrence (task), ==, DIRECTIVE_RECURRENCE_QUARTERLY);
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpint (directive_task_get_status (task), ==, DIRECTIVE_TASK_STATUS_DONE);
  directive_task_set_completed_on (task, done_on);
  g_assert_true (directive_date_equal (directive_task_get_completed_on (task), done_on));
  directive_task_set_lines (task, 12, 14);
  g_assert_cmpuint (directive_task_get_first_line (task), ==, 12);
  g_assert_cmpuint (directive_task_get_last_line (task), ==, 14);

  /* g_object_get sees the same */
  g_object_get (task,
                "ordinal", &ordinal,
                "text", &text,
                "deadline", &got_deadline,
                "recurrence", &recurrence,
                "status", &status,
                "completed-on", &got_completed_on,
                "first-line", &first_line,
                "last-line", &last_line,
                NULL);
  g_assert_cmpstr (ordinal, ==, "2.1");
  g_assert_cmpstr (text, ==, "Báo cáo UBND tỉnh");
  g_assert_true (directive_date_equal (got_deadline, deadline));
  g_assert_cmpint (recurrence, ==, DIRECTIVE_RECURRENCE_QUARTERLY);
  g_assert_cmpint (status, ==, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_true (directive_date_equal (got_completed_on, done_on));
  g_assert_cmpuint (first_line, ==, 12);
  g_assert_cmpuint (last_line, ==, 14);

  /* g_object_set reaches the C getters */
  g_object_set (task,
                "ordinal", "a",
                "text", "Phối hợp",
                "deadline", NULL,
                "recurrence", DIRECTIVE_RECURRENCE_ONGOING,
                "status", DIRECTIVE_TASK_STATUS_CANCELLED,
                "completed-on", NULL,
                "first-line", 3,
                "last-line", 4,
                NULL);
  g_assert_cmpstr (directive_task_get_ordinal (task), ==, "a");
  g_assert_cmpstr (directive_task_get_text (task), ==, "Phối hợp");
  g_assert_null (directive_task_get_deadline (task));
  g_assert_cmpint (directive_task_get_recurrence (task), ==, DIRECTIVE_RECURRENCE_ONGOING);
  g_assert_cmpint (directive_task_get_status (task), ==, DIRECTIVE_TASK_STATUS_CANCELLED);
  g_assert_null (directive_task_get_completed_on (task));
  g_assert_cmpuint (directive_task_get_first_line (task), ==, 3);
  g_assert_cmpuint (directive_task_get_last_line (task), ==, 4);

  g_object_set (task, "deadline", deadline, NULL);
  g_assert_true (directive_date_equal (directive_task_get_deadline (task), deadline));

  /* Tracking is not the model's business yet: done does not set completed-on. */
  {
    g_autoptr(DirectiveTask) fresh = directive_task_new ("1", NULL);

    directive_task_set_status (fresh, DIRECTIVE_TASK_STATUS_DONE);
    g_assert_cmpint (directive_task_get_status (fresh), ==, DIRECTIVE_TASK_STATUS_DONE);
  }
}

static void
test_task_list_properties (void)
{
  g_autoptr(DirectiveTask) task = directive_task_new ("1", NULL);
  const char *names[] = { "lead", "cooperating", "report-to", "subtasks", "history" };
  GListModel *models[] = {
    directive_task_get_lead (task),
    directive_task_get_cooperating (task),
    directive_task_get_report_to (task),
    directive_task_get_subtasks (task),
    directive_task_get_history (task),
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GListModel) got = NULL;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (task), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->value_type == G_TYPE_LIST_MODEL);
      g_assert_true ((pspec->flags & G_PARAM_READABLE) != 0);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);

      g_object_get (task, names[i], &got, NULL);
      g_assert_true (got == models[i]);
    }
}

static void
test_task_notify (void)
{
  g_autoptr(DirectiveTask) task = directive_task_new ("1", "text");
  g_autoptr(DirectiveDate) d1 = test_date_new (2021, 12, 15);
  g_autoptr(DirectiveDate) d1_again = test_date_new (2021, 12, 15);
  g_autoptr(DirectiveDate) d2 = test_date_new (2021, 12, 0);
  guint ordinal = 0, text = 0, deadline = 0, recurrence = 0, status = 0;
  guint completed_on = 0, first_line = 0, last_line = 0;

  g_signal_connect (task, "notify::ordinal", G_CALLBACK (test_count_notify_cb), &ordinal);
  g_signal_connect (task, "notify::text", G_CALLBACK (test_count_notify_cb), &text);
  g_signal_connect (task, "notify::deadline", G_CALLBACK (test_count_notify_cb), &deadline);
  g_signal_connect (task, "notify::recurrence", G_CALLBACK (test_count_notify_cb), &recurrence);
  g_signal_connect (task, "notify::status", G_CALLBACK (test_count_notify_cb), &status);
  g_signal_connect (task, "notify::completed-on", G_CALLBACK (test_count_notify_cb), &completed_on);
  g_signal_connect (task, "notify::first-line", G_CALLBACK (test_count_notify_cb), &first_line);
  g_signal_connect (task, "notify::last-line", G_CALLBACK (test_count_notify_cb), &last_line);

  directive_task_set_ordinal (task, "1");
  g_assert_cmpuint (ordinal, ==, 0);
  directive_task_set_ordinal (task, "2");
  g_assert_cmpuint (ordinal, ==, 1);
  directive_task_set_ordinal (task, "2");
  g_object_set (task, "ordinal", "2", NULL);
  g_assert_cmpuint (ordinal, ==, 1);
  directive_task_set_ordinal (task, NULL);
  g_assert_cmpuint (ordinal, ==, 2);
  directive_task_set_ordinal (task, NULL);
  g_assert_cmpuint (ordinal, ==, 2);

  directive_task_set_text (task, "other");
  directive_task_set_text (task, "other");
  g_assert_cmpuint (text, ==, 1);

  /* Dates compare by value, not by pointer. */
  directive_task_set_deadline (task, d1);
  g_assert_cmpuint (deadline, ==, 1);
  directive_task_set_deadline (task, d1_again);
  g_assert_cmpuint (deadline, ==, 1);
  g_object_set (task, "deadline", d1_again, NULL);
  g_assert_cmpuint (deadline, ==, 1);
  directive_task_set_deadline (task, d2);
  g_assert_cmpuint (deadline, ==, 2);
  directive_task_set_deadline (task, NULL);
  g_assert_cmpuint (deadline, ==, 3);
  directive_task_set_deadline (task, NULL);
  g_assert_cmpuint (deadline, ==, 3);

  directive_task_set_completed_on (task, d1);
  directive_task_set_completed_on (task, d1_again);
  g_assert_cmpuint (completed_on, ==, 1);
  directive_task_set_completed_on (task, NULL);
  g_assert_cmpuint (completed_on, ==, 2);

  directive_task_set_recurrence (task, DIRECTIVE_RECURRENCE_NONE);
  g_assert_cmpuint (recurrence, ==, 0);
  directive_task_set_recurrence (task, DIRECTIVE_RECURRENCE_ANNUAL);
  directive_task_set_recurrence (task, DIRECTIVE_RECURRENCE_ANNUAL);
  g_object_set (task, "recurrence", DIRECTIVE_RECURRENCE_ANNUAL, NULL);
  g_assert_cmpuint (recurrence, ==, 1);

  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_cmpuint (status, ==, 0);
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_cmpuint (status, ==, 1);

  /* set_lines notifies each line that changed, once. */
  directive_task_set_lines (task, 0, 0);
  g_assert_cmpuint (first_line, ==, 0);
  g_assert_cmpuint (last_line, ==, 0);
  directive_task_set_lines (task, 5, 7);
  g_assert_cmpuint (first_line, ==, 1);
  g_assert_cmpuint (last_line, ==, 1);
  directive_task_set_lines (task, 5, 7);
  g_assert_cmpuint (first_line, ==, 1);
  g_assert_cmpuint (last_line, ==, 1);
  directive_task_set_lines (task, 5, 9);
  g_assert_cmpuint (first_line, ==, 1);
  g_assert_cmpuint (last_line, ==, 2);
  directive_task_set_lines (task, 6, 9);
  g_assert_cmpuint (first_line, ==, 2);
  g_assert_cmpuint (last_line, ==, 2);
  g_object_set (task, "first-line", 6, "last-line", 10, NULL);
  g_assert_cmpuint (first_line, ==, 2);
  g_assert_cmpuint (last_line, ==, 3);
}

typedef struct {
  const char *name;
  GListModel *(*get) (DirectiveTask *);
  void (*add) (DirectiveTask *, DirectiveAgency *);
} AgencyList;

static void
test_task_agency_lists (void)
{
  const AgencyList lists[] = {
    { "lead", directive_task_get_lead, directive_task_add_lead },
    { "cooperating", directive_task_get_cooperating, directive_task_add_cooperating },
    { "report-to", directive_task_get_report_to, directive_task_add_report_to },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(DirectiveTask) task = directive_task_new ("1", NULL);
      g_autoptr(DirectiveAgency) a = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
      g_autoptr(DirectiveAgency) b = directive_agency_new ("so-y-te", "Sở Y tế");
      g_autoptr(DirectiveAgency) first = NULL;
      g_autoptr(DirectiveAgency) second = NULL;
      GListModel *model = lists[i].get (task);
      TestItemsChanged ic = { 0 };

      g_test_message ("list %s", lists[i].name);
      g_signal_connect (model, "items-changed", G_CALLBACK (test_items_changed_cb), &ic);

      lists[i].add (task, a);
      g_assert_cmpuint (ic.emissions, ==, 1);
      g_assert_cmpuint (ic.position, ==, 0);
      g_assert_cmpuint (ic.removed, ==, 0);
      g_assert_cmpuint (ic.added, ==, 1);
      g_assert_cmpuint (ic.n_items, ==, 1);

      lists[i].add (task, b);
      g_assert_cmpuint (ic.emissions, ==, 2);
      g_assert_cmpuint (ic.position, ==, 1);
      g_assert_cmpuint (ic.removed, ==, 0);
      g_assert_cmpuint (ic.added, ==, 1);
      g_assert_cmpuint (ic.n_items, ==, 2);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

      first = g_list_model_get_item (model, 0);
      second = g_list_model_get_item (model, 1);
      g_assert_true (first == a);
      g_assert_true (second == b);
      g_assert_null (g_list_model_get_item (model, 2));

      /* The other lists are untouched. */
      for (guint j = 0; j < G_N_ELEMENTS (lists); j++)
        if (j != i)
          g_assert_cmpuint (g_list_model_get_n_items (lists[j].get (task)), ==, 0);
    }
}

static void
test_task_subtasks_and_history (void)
{
  g_autoptr(DirectiveTask) task = directive_task_new ("1", NULL);
  g_autoptr(DirectiveTask) sub_a = directive_task_new ("a", NULL);
  g_autoptr(DirectiveTask) sub_b = directive_task_new ("b", NULL);
  g_autoptr(DirectiveDate) on = test_date_new (2021, 12, 1);
  g_autoptr(DirectiveTaskEvent) event = directive_task_event_new (on, DIRECTIVE_TASK_STATUS_IN_PROGRESS, "started");
  g_autoptr(DirectiveTask) got = NULL;
  g_autoptr(DirectiveTaskEvent) got_event = NULL;
  TestItemsChanged sub_ic = { 0 };
  TestItemsChanged history_ic = { 0 };

  g_signal_connect (directive_task_get_subtasks (task), "items-changed",
                    G_CALLBACK (test_items_changed_cb), &sub_ic);
  g_signal_connect (directive_task_get_history (task), "items-changed",
                    G_CALLBACK (test_items_changed_cb), &history_ic);

  directive_task_add_subtask (task, sub_a);
  g_assert_cmpuint (sub_ic.emissions, ==, 1);
  g_assert_cmpuint (sub_ic.position, ==, 0);
  g_assert_cmpuint (sub_ic.removed, ==, 0);
  g_assert_cmpuint (sub_ic.added, ==, 1);
  g_assert_cmpuint (sub_ic.n_items, ==, 1);
  directive_task_add_subtask (task, sub_b);
  g_assert_cmpuint (sub_ic.emissions, ==, 2);
  g_assert_cmpuint (sub_ic.position, ==, 1);
  g_assert_cmpuint (sub_ic.n_items, ==, 2);
  got = g_list_model_get_item (directive_task_get_subtasks (task), 1);
  g_assert_true (got == sub_b);

  directive_task_add_event (task, event);
  g_assert_cmpuint (history_ic.emissions, ==, 1);
  g_assert_cmpuint (history_ic.position, ==, 0);
  g_assert_cmpuint (history_ic.removed, ==, 0);
  g_assert_cmpuint (history_ic.added, ==, 1);
  g_assert_cmpuint (history_ic.n_items, ==, 1);
  got_event = g_list_model_get_item (directive_task_get_history (task), 0);
  g_assert_true (got_event == event);

  /* Adding to the history is not setting the status. */
  g_assert_cmpint (directive_task_get_status (task), ==, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_cmpuint (sub_ic.emissions, ==, 2);
}

static void
test_task_add_self_as_subtask (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(DirectiveTask) task = directive_task_new ("1", NULL);

      directive_task_add_subtask (task, task);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*subtask != self*");
}

static void
test_task_finalize (void)
{
  DirectiveTask *task = directive_task_new ("1", NULL);
  DirectiveTask *sub = directive_task_new ("a", NULL);
  DirectiveAgency *agency = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  GListModel *lead = directive_task_get_lead (task);

  g_object_add_weak_pointer (G_OBJECT (task), (gpointer *) &task);
  g_object_add_weak_pointer (G_OBJECT (sub), (gpointer *) &sub);
  g_object_add_weak_pointer (G_OBJECT (agency), (gpointer *) &agency);
  g_object_add_weak_pointer (G_OBJECT (lead), (gpointer *) &lead);

  directive_task_add_subtask (task, sub);
  directive_task_add_lead (task, agency);
  directive_task_add_cooperating (task, agency);
  g_object_unref (sub);
  g_object_unref (agency);
  /* The task holds them. */
  g_assert_nonnull (sub);
  g_assert_nonnull (agency);

  g_object_unref (task);
  g_assert_null (task);
  g_assert_null (sub);
  g_assert_null (agency);
  g_assert_null (lead);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/task/new", test_task_new);
  g_test_add_func ("/task/properties", test_task_properties);
  g_test_add_func ("/task/list-properties", test_task_list_properties);
  g_test_add_func ("/task/notify", test_task_notify);
  g_test_add_func ("/task/agency-lists", test_task_agency_lists);
  g_test_add_func ("/task/subtasks-and-history", test_task_subtasks_and_history);
  g_test_add_func ("/task/add-self-as-subtask", test_task_add_self_as_subtask);
  g_test_add_func ("/task/finalize", test_task_finalize);

  return g_test_run ();
}
