/* test-meeting.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_meeting_new (void)
{
  g_autoptr(DirectiveMeeting) meeting = directive_meeting_new ();
  GListModel *attendees;

  g_assert_true (DIRECTIVE_IS_MEETING (meeting));
  g_assert_null (directive_meeting_get_date (meeting));
  g_assert_null (directive_meeting_get_venue (meeting));
  g_assert_null (directive_meeting_get_topic (meeting));
  g_assert_null (directive_meeting_get_chair (meeting));

  attendees = directive_meeting_get_attendees (meeting);
  g_assert_nonnull (attendees);
  g_assert_true (g_list_model_get_item_type (attendees) == DIRECTIVE_TYPE_PERSON);
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, 0);
  g_assert_null (g_list_model_get_item (attendees, 0));
  /* The same model every time, so a view bound to it stays live. */
  g_assert_true (directive_meeting_get_attendees (meeting) == attendees);
}

static void
test_meeting_strings (void)
{
  test_check_string_property (directive_meeting_new (), "venue",
                              (TestGetString) directive_meeting_get_venue,
                              (TestSetString) directive_meeting_set_venue,
                              "Trụ sở UBND tỉnh", "Phòng họp số 1, Sở Tài chính");
  test_check_string_property (directive_meeting_new (), "topic",
                              (TestGetString) directive_meeting_get_topic,
                              (TestSetString) directive_meeting_set_topic,
                              "Trụ sở UBND tỉnh", "Phòng họp số 1, Sở Tài chính");
}

static void
test_meeting_date (void)
{
  g_autoptr(DirectiveMeeting) meeting = directive_meeting_new ();
  TestNotifyCount count = { 0, 0, "date" };
  DirectiveDate *date = test_date_new (2021, 11, 23);
  g_autoptr(DirectiveDate) same = test_date_new (2021, 11, 23);
  g_autoptr(DirectiveDate) other = test_date_new (2021, 11, 0);
  g_autoptr(DirectiveDate) from_gobject = NULL;

  g_signal_connect (meeting, "notify", G_CALLBACK (test_notify_cb), &count);

  /* Copied: freeing the argument leaves the meeting's date intact. */
  directive_meeting_set_date (meeting, date);
  g_clear_pointer (&date, directive_date_free);
  g_assert_nonnull (directive_meeting_get_date (meeting));
  g_assert_true (directive_date_equal (directive_meeting_get_date (meeting), same));
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (meeting, "date", &from_gobject, NULL);
  g_assert_nonnull (from_gobject);
  g_assert_true (directive_date_equal (from_gobject, same));

  directive_meeting_set_date (meeting, same);
  directive_meeting_set_date (meeting, directive_meeting_get_date (meeting));
  g_object_set (meeting, "date", same, NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (meeting, "date", other, NULL);
  g_assert_true (directive_date_equal (directive_meeting_get_date (meeting), other));
  g_assert_cmpuint (count.matching, ==, 2);

  directive_meeting_set_date (meeting, NULL);
  g_assert_null (directive_meeting_get_date (meeting));
  g_assert_cmpuint (count.matching, ==, 3);
  g_object_set (meeting, "date", NULL, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
}

static void
test_meeting_chair (void)
{
  g_autoptr(DirectiveMeeting) meeting = directive_meeting_new ();
  g_autoptr(DirectivePerson) chair = directive_person_new ("Nguyễn Sơn Hùng",
                                                            "Phó Chủ tịch UBND tỉnh");
  g_autoptr(DirectivePerson) other = directive_person_new ("Võ Văn Phi", "Phó Chủ tịch UBND tỉnh");
  g_autoptr(DirectivePerson) from_gobject = NULL;
  TestNotifyCount count = { 0, 0, "chair" };

  g_signal_connect (meeting, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_meeting_set_chair (meeting, chair);
  g_assert_true (directive_meeting_get_chair (meeting) == chair);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (meeting, "chair", &from_gobject, NULL);
  g_assert_true (from_gobject == chair);

  directive_meeting_set_chair (meeting, chair);
  g_object_set (meeting, "chair", chair, NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (meeting, "chair", other, NULL);
  g_assert_true (directive_meeting_get_chair (meeting) == other);
  g_assert_cmpuint (count.matching, ==, 2);

  directive_meeting_set_chair (meeting, NULL);
  g_assert_null (directive_meeting_get_chair (meeting));
  g_assert_cmpuint (count.matching, ==, 3);
  directive_meeting_set_chair (meeting, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
}

static void
test_meeting_attendees (void)
{
  g_autoptr(DirectiveMeeting) meeting = directive_meeting_new ();
  g_autoptr(DirectivePerson) first = directive_person_new ("Nguyễn Văn A", "Giám đốc Sở Tài chính");
  g_autoptr(DirectivePerson) group =
    directive_person_new_group ("lãnh đạo các Phòng, Trung tâm thuộc Sở");
  g_autoptr(GListModel) from_gobject = NULL;
  g_autoptr(DirectivePerson) item0 = NULL;
  g_autoptr(DirectivePerson) item1 = NULL;
  GListModel *attendees = directive_meeting_get_attendees (meeting);
  TestItemsChanged changed = { 0 };
  TestNotifyCount count = { 0, 0, "attendees" };
  guint n_items = 0;

  g_signal_connect (attendees, "items-changed", G_CALLBACK (test_items_changed_cb), &changed);
  g_signal_connect (meeting, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_meeting_add_attendee (meeting, first);
  g_assert_cmpuint (changed.emissions, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (changed.n_items, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, 1);

  directive_meeting_add_attendee (meeting, group);
  g_assert_cmpuint (changed.emissions, ==, 2);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (changed.n_items, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, 2);

  /* In the order added; the objects themselves, not copies. */
  item0 = g_list_model_get_item (attendees, 0);
  item1 = g_list_model_get_item (attendees, 1);
  g_assert_true (item0 == first);
  g_assert_true (item1 == group);
  g_assert_null (g_list_model_get_item (attendees, 2));

  /* GJS iterates only a Gio.ListStore, whose n-items agrees too. */
  g_assert_true (G_IS_LIST_STORE (attendees));
  g_object_get (attendees, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 2);

  /* The property is the same model. */
  g_object_get (meeting, "attendees", &from_gobject, NULL);
  g_assert_true (from_gobject == attendees);

  /* Adding to the list is not a change of the property. */
  g_assert_cmpuint (count.total, ==, 0);
}

static void
test_meeting_add_invalid (void)
{
  g_autoptr(DirectiveMeeting) meeting = directive_meeting_new ();

  g_test_expect_message ("Directive", G_LOG_LEVEL_CRITICAL, "*DIRECTIVE_IS_PERSON*");
  directive_meeting_add_attendee (meeting, NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (g_list_model_get_n_items (directive_meeting_get_attendees (meeting)), ==, 0);
}

static void
test_meeting_pspecs (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (DIRECTIVE_TYPE_MEETING);
  const struct {
    const char *name;
    GType type;
  } props[] = {
    { "date", DIRECTIVE_TYPE_DATE },
    { "venue", G_TYPE_STRING },
    { "topic", G_TYPE_STRING },
    { "chair", DIRECTIVE_TYPE_PERSON },
  };

  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    test_assert_rw_property (klass, props[i].name, props[i].type);

  test_assert_list_property (klass, "attendees");
}

static void
test_meeting_autoptr (void)
{
  DirectiveMeeting *weak = NULL;

  {
    g_autoptr(DirectiveMeeting) meeting = directive_meeting_new ();

    weak = meeting;
    g_object_add_weak_pointer (G_OBJECT (meeting), (gpointer *) &weak);
  }

  g_assert_null (weak);
}

static void
test_meeting_finalize (void)
{
  DirectiveMeeting *meeting = directive_meeting_new ();
  DirectivePerson *chair = directive_person_new ("Nguyễn Sơn Hùng", "Phó Chủ tịch UBND tỉnh");
  DirectivePerson *attendee = directive_person_new ("Nguyễn Văn A", "Giám đốc Sở Tài chính");
  g_autoptr(DirectiveDate) date = test_date_new (2021, 11, 23);
  gpointer weak_meeting = meeting;
  gpointer weak_chair = chair;
  gpointer weak_attendee = attendee;
  gpointer weak_attendees = directive_meeting_get_attendees (meeting);

  g_object_add_weak_pointer (G_OBJECT (meeting), &weak_meeting);
  g_object_add_weak_pointer (G_OBJECT (chair), &weak_chair);
  g_object_add_weak_pointer (G_OBJECT (attendee), &weak_attendee);
  g_object_add_weak_pointer (G_OBJECT (weak_attendees), &weak_attendees);

  directive_meeting_set_date (meeting, date);
  directive_meeting_set_venue (meeting, "Trụ sở UBND tỉnh");
  directive_meeting_set_topic (meeting, "tình hình thực hiện nhiệm vụ");
  directive_meeting_set_chair (meeting, chair);
  directive_meeting_add_attendee (meeting, attendee);
  g_object_unref (chair);
  g_object_unref (attendee);
  g_assert_nonnull (weak_chair);
  g_assert_nonnull (weak_attendee);

  g_object_unref (meeting);
  g_assert_null (weak_meeting);
  g_assert_null (weak_chair);
  g_assert_null (weak_attendee);
  g_assert_null (weak_attendees);
}

/* A view may hold the attendees model longer than the meeting. */
static void
test_meeting_attendees_outlive (void)
{
  DirectiveMeeting *meeting = directive_meeting_new ();
  g_autoptr(DirectivePerson) attendee = directive_person_new ("Nguyễn Văn A", NULL);
  GListModel *attendees;
  gpointer weak_attendees;

  directive_meeting_add_attendee (meeting, attendee);
  attendees = g_object_ref (directive_meeting_get_attendees (meeting));
  weak_attendees = attendees;
  g_object_add_weak_pointer (G_OBJECT (attendees), &weak_attendees);

  g_object_unref (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, 1);

  g_object_unref (attendees);
  g_assert_null (weak_attendees);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting/new", test_meeting_new);
  g_test_add_func ("/meeting/strings", test_meeting_strings);
  g_test_add_func ("/meeting/date", test_meeting_date);
  g_test_add_func ("/meeting/chair", test_meeting_chair);
  g_test_add_func ("/meeting/attendees", test_meeting_attendees);
  g_test_add_func ("/meeting/add-invalid", test_meeting_add_invalid);
  g_test_add_func ("/meeting/pspecs", test_meeting_pspecs);
  g_test_add_func ("/meeting/autoptr", test_meeting_autoptr);
  g_test_add_func ("/meeting/finalize", test_meeting_finalize);
  g_test_add_func ("/meeting/attendees-outlive", test_meeting_attendees_outlive);

  return g_test_run ();
}
