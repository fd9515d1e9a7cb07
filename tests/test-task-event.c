/* test-task-event.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_task_event_new (void)
{
  g_autoptr(DirectiveDate) on = test_date_new (2021, 12, 15);
  g_autoptr(DirectiveTaskEvent) event =
    directive_task_event_new (on, DIRECTIVE_TASK_STATUS_DONE, "Sở Tài chính đã trình UBND tỉnh");
  const DirectiveDate *got;

  g_assert_true (DIRECTIVE_IS_TASK_EVENT (event));
  got = directive_task_event_get_on (event);
  g_assert_nonnull (got);
  g_assert_true (got != on); /* copied */
  g_assert_true (directive_date_equal (got, on));
  g_assert_cmpint (directive_task_event_get_status (event), ==, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpstr (directive_task_event_get_note (event), ==, "Sở Tài chính đã trình UBND tỉnh");
}

static void
test_task_event_new_unknown (void)
{
  g_autoptr(DirectiveTaskEvent) event =
    directive_task_event_new (NULL, DIRECTIVE_TASK_STATUS_IN_PROGRESS, NULL);
  g_autoptr(DirectiveTaskEvent) bare = g_object_new (DIRECTIVE_TYPE_TASK_EVENT, NULL);

  g_assert_null (directive_task_event_get_on (event));
  g_assert_cmpint (directive_task_event_get_status (event), ==, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_null (directive_task_event_get_note (event));

  g_assert_null (directive_task_event_get_on (bare));
  g_assert_cmpint (directive_task_event_get_status (bare), ==, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_null (directive_task_event_get_note (bare));
}

static void
test_task_event_on (void)
{
  g_autoptr(DirectiveTaskEvent) event =
    directive_task_event_new (NULL, DIRECTIVE_TASK_STATUS_DONE, NULL);
  TestNotifyCount count = { 0, 0, "on" };
  DirectiveDate *day = test_date_new (2021, 11, 23);
  g_autoptr(DirectiveDate) same_day = test_date_new (2021, 11, 23);
  g_autoptr(DirectiveDate) month = test_date_new (2021, 12, 0);
  g_autoptr(DirectiveDate) from_gobject = NULL;

  g_signal_connect (event, "notify", G_CALLBACK (test_notify_cb), &count);

  /* The setter copies: freeing the argument leaves the event's date intact. */
  directive_task_event_set_on (event, day);
  g_clear_pointer (&day, directive_date_free);
  g_assert_nonnull (directive_task_event_get_on (event));
  g_assert_true (directive_date_equal (directive_task_event_get_on (event), same_day));
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (event, "on", &from_gobject, NULL);
  g_assert_nonnull (from_gobject);
  g_assert_true (from_gobject != directive_task_event_get_on (event));
  g_assert_true (directive_date_equal (from_gobject, same_day));

  /* An equal date is no change, whichever way it is set. */
  directive_task_event_set_on (event, same_day);
  directive_task_event_set_on (event, directive_task_event_get_on (event));
  g_object_set (event, "on", same_day, NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  /* A date of reduced precision. */
  g_object_set (event, "on", month, NULL);
  g_assert_true (directive_date_equal (directive_task_event_get_on (event), month));
  g_assert_cmpint (directive_date_get_precision (directive_task_event_get_on (event)), ==,
                   DIRECTIVE_DATE_PRECISION_MONTH);
  g_assert_cmpuint (count.matching, ==, 2);

  directive_task_event_set_on (event, NULL);
  g_assert_null (directive_task_event_get_on (event));
  g_assert_cmpuint (count.matching, ==, 3);
  directive_task_event_set_on (event, NULL);
  g_object_set (event, "on", NULL, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
}

static void
test_task_event_status (void)
{
  g_autoptr(DirectiveTaskEvent) event =
    directive_task_event_new (NULL, DIRECTIVE_TASK_STATUS_PENDING, NULL);
  TestNotifyCount count = { 0, 0, "status" };
  DirectiveTaskStatus status = DIRECTIVE_TASK_STATUS_PENDING;

  g_signal_connect (event, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_task_event_set_status (event, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_cmpint (directive_task_event_get_status (event), ==, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (event, "status", &status, NULL);
  g_assert_cmpint (status, ==, DIRECTIVE_TASK_STATUS_IN_PROGRESS);

  directive_task_event_set_status (event, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_object_set (event, "status", DIRECTIVE_TASK_STATUS_IN_PROGRESS, NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (event, "status", DIRECTIVE_TASK_STATUS_CANCELLED, NULL);
  g_assert_cmpint (directive_task_event_get_status (event), ==, DIRECTIVE_TASK_STATUS_CANCELLED);
  g_assert_cmpuint (count.matching, ==, 2);

  directive_task_event_set_status (event, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_cmpint (directive_task_event_get_status (event), ==, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
}

static void
test_task_event_note (void)
{
  g_autoptr(DirectiveTaskEvent) event =
    directive_task_event_new (NULL, DIRECTIVE_TASK_STATUS_DONE, NULL);
  TestNotifyCount count = { 0, 0, "note" };
  g_autofree char *buffer = g_strdup ("Đã hoàn thành");
  g_autofree char *from_gobject = NULL;

  g_signal_connect (event, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_task_event_set_note (event, buffer);
  buffer[0] = 'X';
  g_assert_cmpstr (directive_task_event_get_note (event), ==, "Đã hoàn thành");
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (event, "note", &from_gobject, NULL);
  g_assert_cmpstr (from_gobject, ==, "Đã hoàn thành");

  directive_task_event_set_note (event, "Đã hoàn thành");
  g_object_set (event, "note", "Đã hoàn thành", NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (event, "note", "Chờ ý kiến UBND tỉnh", NULL);
  g_assert_cmpstr (directive_task_event_get_note (event), ==, "Chờ ý kiến UBND tỉnh");
  g_assert_cmpuint (count.matching, ==, 2);

  directive_task_event_set_note (event, NULL);
  g_assert_null (directive_task_event_get_note (event));
  g_assert_cmpuint (count.matching, ==, 3);
  directive_task_event_set_note (event, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
}

static void
test_task_event_pspecs (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (DIRECTIVE_TYPE_TASK_EVENT);
  const struct {
    const char *name;
    GType type;
  } props[] = {
    { "on", DIRECTIVE_TYPE_DATE },
    { "status", DIRECTIVE_TYPE_TASK_STATUS },
    { "note", G_TYPE_STRING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    test_assert_rw_property (klass, props[i].name, props[i].type);
}

static void
test_task_event_autoptr (void)
{
  DirectiveTaskEvent *weak = NULL;

  {
    g_autoptr(DirectiveTaskEvent) event =
      directive_task_event_new (NULL, DIRECTIVE_TASK_STATUS_DONE, "xong");

    weak = event;
    g_object_add_weak_pointer (G_OBJECT (event), (gpointer *) &weak);
  }

  g_assert_null (weak);
}

static void
test_task_event_finalize (void)
{
  g_autoptr(DirectiveDate) on = test_date_new (2022, 3, 31);
  DirectiveTaskEvent *event = directive_task_event_new (on, DIRECTIVE_TASK_STATUS_DONE, "xong");
  gpointer weak = event;

  g_object_add_weak_pointer (G_OBJECT (event), &weak);
  g_object_unref (event);
  g_assert_null (weak);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/task-event/new", test_task_event_new);
  g_test_add_func ("/task-event/new-unknown", test_task_event_new_unknown);
  g_test_add_func ("/task-event/on", test_task_event_on);
  g_test_add_func ("/task-event/status", test_task_event_status);
  g_test_add_func ("/task-event/note", test_task_event_note);
  g_test_add_func ("/task-event/pspecs", test_task_event_pspecs);
  g_test_add_func ("/task-event/autoptr", test_task_event_autoptr);
  g_test_add_func ("/task-event/finalize", test_task_event_finalize);

  return g_test_run ();
}
