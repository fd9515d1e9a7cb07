/* test-tracking.c: timeliness, completion dates, parents done with their
 * subtasks, and agencies that merged
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <directive.h>

#include "directive-tracking-private.h"
#include "test-util.h"

static DirectiveTask *
task_due (const char *deadline)
{
  DirectiveTask *task = directive_task_new ("1", "Báo cáo");

  if (deadline != NULL)
    {
      g_autoptr(DirectiveDate) d = test_date_parse (deadline);

      directive_task_set_deadline (task, d);
    }
  return task;
}

static DirectiveTimeliness
timeliness_on (DirectiveTask *task,
               const char    *today,
               guint          due_soon_days)
{
  g_autoptr(DirectiveDate) d = test_date_parse (today);

  return directive_task_get_timeliness (task, d, due_soon_days);
}

static void
test_timeliness_open (void)
{
  g_autoptr(DirectiveTask) none = task_due (NULL);
  g_autoptr(DirectiveTask) dec15 = task_due ("2021-12-15");
  g_autoptr(DirectiveTask) dec = task_due ("2021-12");
  g_autoptr(DirectiveTask) year = task_due ("2021");

  g_assert_cmpint (timeliness_on (none, "2021-12-10", 7), ==, DIRECTIVE_TIMELINESS_NO_DEADLINE);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-01", 7), ==, DIRECTIVE_TIMELINESS_ON_TRACK);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-07", 7), ==, DIRECTIVE_TIMELINESS_ON_TRACK);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-08", 7), ==, DIRECTIVE_TIMELINESS_DUE_SOON);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-15", 7), ==, DIRECTIVE_TIMELINESS_DUE_SOON);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-15", 0), ==, DIRECTIVE_TIMELINESS_DUE_SOON);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-14", 0), ==, DIRECTIVE_TIMELINESS_ON_TRACK);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-16", 7), ==, DIRECTIVE_TIMELINESS_OVERDUE);

  /* A month or a year counts as its last day. */
  g_assert_cmpint (timeliness_on (dec, "2021-12-20", 7), ==, DIRECTIVE_TIMELINESS_ON_TRACK);
  g_assert_cmpint (timeliness_on (dec, "2021-12-31", 7), ==, DIRECTIVE_TIMELINESS_DUE_SOON);
  g_assert_cmpint (timeliness_on (dec, "2022-01-01", 7), ==, DIRECTIVE_TIMELINESS_OVERDUE);
  g_assert_cmpint (timeliness_on (year, "2021-06-30", 7), ==, DIRECTIVE_TIMELINESS_ON_TRACK);
  g_assert_cmpint (timeliness_on (year, "2022-01-01", 7), ==, DIRECTIVE_TIMELINESS_OVERDUE);

  directive_task_set_status (dec15, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-16", 7), ==, DIRECTIVE_TIMELINESS_OVERDUE);
  directive_task_set_status (dec15, DIRECTIVE_TASK_STATUS_CANCELLED);
  g_assert_cmpint (timeliness_on (dec15, "2021-12-16", 7), ==, DIRECTIVE_TIMELINESS_CANCELLED);
}

static void
test_timeliness_done (void)
{
  g_autoptr(DirectiveTask) task = task_due ("2021-12");
  g_autoptr(DirectiveDate) on_time = test_date_parse ("2021-12-31");
  g_autoptr(DirectiveDate) late = test_date_parse ("2022-01-01");
  g_autoptr(DirectiveTask) none = task_due (NULL);

  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_DONE);
  directive_task_set_completed_on (task, on_time);
  g_assert_cmpint (timeliness_on (task, "2023-01-01", 7), ==, DIRECTIVE_TIMELINESS_DONE_ON_TIME);
  directive_task_set_completed_on (task, late);
  g_assert_cmpint (timeliness_on (task, "2023-01-01", 7), ==, DIRECTIVE_TIMELINESS_DONE_LATE);
  /* No completion date: taken as on time. */
  directive_task_set_completed_on (task, NULL);
  g_assert_cmpint (timeliness_on (task, "2023-01-01", 7), ==, DIRECTIVE_TIMELINESS_DONE_ON_TIME);

  directive_task_set_status (none, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpint (timeliness_on (none, "2023-01-01", 7), ==, DIRECTIVE_TIMELINESS_DONE_ON_TIME);
}

static void
test_timeliness_today (void)
{
  g_autoptr(DirectiveTask) past = task_due ("2000-01-01");
  g_autoptr(DirectiveTask) future = task_due ("2999-01-01");
  g_autoptr(DirectiveDate) today = _directive_date_new_today ();
  g_autoptr(DirectiveTask) now = directive_task_new (NULL, NULL);

  g_assert_cmpint (directive_task_get_timeliness (past, NULL, 7), ==, DIRECTIVE_TIMELINESS_OVERDUE);
  g_assert_cmpint (directive_task_get_timeliness (future, NULL, 7), ==, DIRECTIVE_TIMELINESS_ON_TRACK);
  directive_task_set_deadline (now, today);
  g_assert_cmpint (directive_task_get_timeliness (now, NULL, 0), ==, DIRECTIVE_TIMELINESS_DUE_SOON);

  /* The enum types are registered with their nicks. */
  {
    GEnumClass *klass = g_type_class_ref (DIRECTIVE_TYPE_TIMELINESS);
    GFlagsClass *roles = g_type_class_ref (DIRECTIVE_TYPE_AGENCY_ROLE);

    g_assert_cmpstr (g_enum_get_value (klass, DIRECTIVE_TIMELINESS_DONE_LATE)->value_nick, ==, "done-late");
    g_assert_cmpstr (g_enum_get_value (klass, DIRECTIVE_TIMELINESS_NO_DEADLINE)->value_nick, ==, "no-deadline");
    g_assert_cmpuint (roles->mask, ==, DIRECTIVE_AGENCY_ROLE_ANY);
    g_type_class_unref (klass);
    g_type_class_unref (roles);
  }
}

static void
test_completed_on (void)
{
  g_autoptr(DirectiveTask) task = directive_task_new ("1", "Báo cáo");
  g_autoptr(DirectiveDate) today = _directive_date_new_today ();
  g_autoptr(DirectiveDate) back = test_date_parse ("2021-12-20");
  int notified = 0;

  g_signal_connect (task, "notify::completed-on", G_CALLBACK (test_count_notify_cb), &notified);

  /* Done records today... */
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_true (directive_date_equal (directive_task_get_completed_on (task), today));
  g_assert_cmpint (notified, ==, 1);
  /* ...and reopening clears what was recorded. */
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_null (directive_task_get_completed_on (task));
  g_assert_cmpint (notified, ==, 2);

  /* A back-filled date stays through done and reopening. */
  directive_task_set_completed_on (task, back);
  g_assert_cmpint (notified, ==, 3);
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_true (directive_date_equal (directive_task_get_completed_on (task), back));
  g_assert_cmpint (notified, ==, 3);
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_true (directive_date_equal (directive_task_get_completed_on (task), back));

  /* A recorded date that is then back-filled is the user's. */
  directive_task_set_completed_on (task, NULL);
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_DONE);
  directive_task_set_completed_on (task, back);
  directive_task_set_status (task, DIRECTIVE_TASK_STATUS_CANCELLED);
  g_assert_true (directive_date_equal (directive_task_get_completed_on (task), back));
}

static void
test_parent_done (void)
{
  g_autoptr(DirectiveTask) parent = directive_task_new ("1", "Cha");
  g_autoptr(DirectiveTask) a = directive_task_new ("a", "Con a");
  g_autoptr(DirectiveTask) b = directive_task_new ("b", "Con b");
  int notified = 0;

  directive_task_add_subtask (parent, a);
  directive_task_add_subtask (parent, b);
  g_signal_connect (parent, "notify::status", G_CALLBACK (test_count_notify_cb), &notified);

  directive_task_set_status (a, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpint (directive_task_get_status (parent), ==, DIRECTIVE_TASK_STATUS_PENDING);
  directive_task_set_status (b, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_cmpint (notified, ==, 0);
  directive_task_set_status (b, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpint (directive_task_get_status (parent), ==, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_nonnull (directive_task_get_completed_on (parent));
  g_assert_cmpint (notified, ==, 1);

  /* Reopening a subtask leaves the parent as the user set it. */
  directive_task_set_status (b, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_cmpint (directive_task_get_status (parent), ==, DIRECTIVE_TASK_STATUS_DONE);
}

static void
test_parent_done_nested (void)
{
  g_autoptr(DirectiveTask) top = directive_task_new ("1", "Ông");
  g_autoptr(DirectiveTask) mid = directive_task_new ("a", "Cha");
  g_autoptr(DirectiveTask) leaf = directive_task_new ("-", "Con");

  directive_task_add_subtask (top, mid);
  directive_task_add_subtask (mid, leaf);
  directive_task_set_status (leaf, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpint (directive_task_get_status (mid), ==, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpint (directive_task_get_status (top), ==, DIRECTIVE_TASK_STATUS_DONE);
}

static void
test_successor (void)
{
  g_autoptr(DirectiveAgency) stttt = directive_agency_new ("so-tttt", "Sở Thông tin và Truyền thông");
  g_autoptr(DirectiveAgency) khcn = directive_agency_new ("so-khcn", "Sở Khoa học và Công nghệ");
  g_autoptr(DirectiveAgency) other = directive_agency_new ("x", "X");
  g_autoptr(DirectiveDate) merger = test_date_parse ("2025-03-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveAgency) got = NULL;
  g_autoptr(DirectiveDate) got_date = NULL;
  int notified = 0;

  g_signal_connect (stttt, "notify", G_CALLBACK (test_count_notify_cb), &notified);

  g_assert_null (directive_agency_get_successor (stttt));
  g_assert_null (directive_agency_get_ceased_on (stttt));
  g_assert_true (directive_agency_set_successor (stttt, khcn, &error));
  g_assert_no_error (error);
  g_assert_true (directive_agency_get_successor (stttt) == khcn);
  g_assert_cmpint (notified, ==, 1);
  g_assert_true (directive_agency_set_successor (stttt, khcn, NULL));
  g_assert_cmpint (notified, ==, 1);

  directive_agency_set_ceased_on (stttt, merger);
  g_assert_true (directive_date_equal (directive_agency_get_ceased_on (stttt), merger));
  g_assert_cmpint (notified, ==, 2);
  directive_agency_set_ceased_on (stttt, merger);
  g_assert_cmpint (notified, ==, 2);

  g_object_get (stttt, "successor", &got, "ceased-on", &got_date, NULL);
  g_assert_true (got == khcn);
  g_assert_true (directive_date_equal (got_date, merger));

  /* Cycles are refused, as parent cycles are. */
  g_assert_false (directive_agency_set_successor (khcn, stttt, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_false (directive_agency_set_successor (khcn, khcn, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_null (directive_agency_get_successor (khcn));
  g_assert_true (directive_agency_set_successor (khcn, other, NULL));
  g_assert_false (directive_agency_set_successor (other, stttt, NULL));

  /* Clearing works. */
  g_assert_true (directive_agency_set_successor (stttt, NULL, NULL));
  directive_agency_set_ceased_on (stttt, NULL);
  g_assert_null (directive_agency_get_successor (stttt));
  g_assert_null (directive_agency_get_ceased_on (stttt));
}

static const char merged_json[] =
  "{\"format\": \"directive/1\", \"agencies\": ["
  "{\"id\": \"so-tttt\", \"name\": \"Sở Thông tin và Truyền thông\", \"successor\": \"so-khcn\", \"ceased_on\": \"2025-03-01\"},"
  "{\"id\": \"so-khcn\", \"name\": \"Sở Khoa học và Công nghệ\"}],"
  " \"notices\": [{\"kind\": \"notice\", \"issuer\": \"so-khcn\", \"conclusions\": [{\"tasks\": ["
  "{\"ordinal\": \"1\", \"text\": \"Xong\", \"status\": \"done\"},"
  "{\"ordinal\": \"2\", \"text\": \"Xong\", \"status\": \"done\", \"completed_on\": \"2021-12-01\"}]}]}]}";

static void
test_json (void)
{
  g_autoptr(DirectiveCollection) c = directive_collection_new ();
  g_autoptr(DirectiveCollection) again = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  DirectiveAgency *stttt, *khcn;
  g_autoptr(DirectiveNotice) notice = NULL;
  g_autoptr(DirectiveConclusion) conclusion = NULL;
  g_autoptr(DirectiveTask) t1 = NULL;
  g_autoptr(DirectiveTask) t2 = NULL;

  g_assert_true (directive_collection_load_from_data (c, merged_json, -1, &error));
  g_assert_no_error (error);
  stttt = directive_collection_lookup_agency (c, "so-tttt");
  khcn = directive_collection_lookup_agency (c, "so-khcn");
  g_assert_true (directive_agency_get_successor (stttt) == khcn);
  g_assert_cmpuint (directive_date_get_year (directive_agency_get_ceased_on (stttt)), ==, 2025);
  g_assert_null (directive_agency_get_successor (khcn));

  /* A done task read without a completion date keeps none. */
  notice = g_list_model_get_item (directive_collection_get_notices (c), 0);
  conclusion = g_list_model_get_item (directive_notice_get_conclusions (notice), 0);
  t1 = g_list_model_get_item (directive_conclusion_get_tasks (conclusion), 0);
  t2 = g_list_model_get_item (directive_conclusion_get_tasks (conclusion), 1);
  g_assert_null (directive_task_get_completed_on (t1));
  g_assert_cmpuint (directive_date_get_day (directive_task_get_completed_on (t2)), ==, 1);

  saved = directive_collection_to_data (c, NULL);
  g_assert_nonnull (strstr (saved, "\"successor\": \"so-khcn\""));
  g_assert_nonnull (strstr (saved, "\"ceased_on\": \"2025-03-01\""));
  g_assert_true (directive_collection_load_from_data (again, saved, -1, &error));
  g_assert_no_error (error);
  g_assert_true (directive_agency_get_successor (directive_collection_lookup_agency (again, "so-tttt")) ==
                 directive_collection_lookup_agency (again, "so-khcn"));
}

static void
test_json_errors (void)
{
  static const struct {
    const char *json;
    DirectiveError code;
  } cases[] = {
    { "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"a\", \"name\": \"A\", \"successor\": \"nobody\"}], \"notices\": []}",
      DIRECTIVE_ERROR_UNKNOWN_AGENCY },
    { "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"a\", \"name\": \"A\", \"successor\": \"b\"},"
      " {\"id\": \"b\", \"name\": \"B\", \"successor\": \"a\"}], \"notices\": []}",
      DIRECTIVE_ERROR_CYCLE },
    { "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"a\", \"name\": \"A\", \"ceased_on\": \"soon\"}], \"notices\": []}",
      DIRECTIVE_ERROR_INVALID_DATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DirectiveCollection) c = directive_collection_new ();
      g_autoptr(GError) error = NULL;

      g_assert_false (directive_collection_load_from_data (c, cases[i].json, -1, &error));
      g_assert_error (error, DIRECTIVE_ERROR, (int) cases[i].code);
      g_test_message ("%s", error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tracking/timeliness/open", test_timeliness_open);
  g_test_add_func ("/tracking/timeliness/done", test_timeliness_done);
  g_test_add_func ("/tracking/timeliness/today", test_timeliness_today);
  g_test_add_func ("/tracking/completed-on", test_completed_on);
  g_test_add_func ("/tracking/parent-done", test_parent_done);
  g_test_add_func ("/tracking/parent-done/nested", test_parent_done_nested);
  g_test_add_func ("/tracking/successor", test_successor);
  g_test_add_func ("/tracking/json", test_json);
  g_test_add_func ("/tracking/json/errors", test_json_errors);

  return g_test_run ();
}
