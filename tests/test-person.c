/* test-person.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_person_new (void)
{
  g_autoptr(DirectivePerson) person = directive_person_new ("Nguyễn Sơn Hùng",
                                                             "Phó Chủ tịch UBND tỉnh");

  g_assert_true (DIRECTIVE_IS_PERSON (person));
  g_assert_cmpstr (directive_person_get_name (person), ==, "Nguyễn Sơn Hùng");
  g_assert_cmpstr (directive_person_get_position (person), ==, "Phó Chủ tịch UBND tỉnh");
  g_assert_null (directive_person_get_honorific (person));
  g_assert_null (directive_person_get_agency (person));
  g_assert_null (directive_person_get_text (person));
}

static void
test_person_new_unreadable_name (void)
{
  /* A signature block without a readable name. */
  g_autoptr(DirectivePerson) person = directive_person_new (NULL, "Phó Chánh Văn phòng");

  g_assert_null (directive_person_get_name (person));
  g_assert_cmpstr (directive_person_get_position (person), ==, "Phó Chánh Văn phòng");
}

static void
test_person_new_group (void)
{
  g_autoptr(DirectivePerson) group =
    directive_person_new_group ("lãnh đạo các Phòng, Trung tâm thuộc Sở");

  g_assert_cmpstr (directive_person_get_text (group), ==, "lãnh đạo các Phòng, Trung tâm thuộc Sở");
  g_assert_null (directive_person_get_name (group));
  g_assert_null (directive_person_get_position (group));
  g_assert_null (directive_person_get_honorific (group));
  g_assert_null (directive_person_get_agency (group));
}

static void
test_person_properties (void)
{
  test_check_string_property (directive_person_new (NULL, NULL), "name",
                              (TestGetString) directive_person_get_name,
                              (TestSetString) directive_person_set_name,
                              "đồng chí", "Trụ sở UBND tỉnh");
  test_check_string_property (directive_person_new (NULL, NULL), "position",
                              (TestGetString) directive_person_get_position,
                              (TestSetString) directive_person_set_position,
                              "đồng chí", "Trụ sở UBND tỉnh");
  test_check_string_property (directive_person_new (NULL, NULL), "honorific",
                              (TestGetString) directive_person_get_honorific,
                              (TestSetString) directive_person_set_honorific,
                              "đồng chí", "Trụ sở UBND tỉnh");
  test_check_string_property (directive_person_new (NULL, NULL), "text",
                              (TestGetString) directive_person_get_text,
                              (TestSetString) directive_person_set_text,
                              "đồng chí", "Trụ sở UBND tỉnh");
}

static void
test_person_agency (void)
{
  g_autoptr(DirectivePerson) person = directive_person_new ("Nguyễn Sơn Hùng", NULL);
  g_autoptr(DirectiveAgency) ubnd = directive_agency_new ("ubnd-tinh",
                                                          "Ủy ban nhân dân tỉnh Đồng Nai");
  g_autoptr(DirectiveAgency) stc = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  g_autoptr(DirectiveAgency) from_gobject = NULL;
  TestNotifyCount count = { 0, 0, "agency" };

  g_signal_connect (person, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_person_set_agency (person, ubnd);
  g_assert_true (directive_person_get_agency (person) == ubnd);
  g_assert_cmpuint (count.matching, ==, 1);

  /* The person holds its own reference. */
  g_assert_cmpuint (G_OBJECT (ubnd)->ref_count, ==, 2);

  g_object_get (person, "agency", &from_gobject, NULL);
  g_assert_true (from_gobject == ubnd);
  g_clear_object (&from_gobject);

  directive_person_set_agency (person, ubnd);
  g_object_set (person, "agency", ubnd, NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (person, "agency", stc, NULL);
  g_assert_true (directive_person_get_agency (person) == stc);
  g_assert_cmpuint (count.matching, ==, 2);
  g_assert_cmpuint (G_OBJECT (ubnd)->ref_count, ==, 1);

  directive_person_set_agency (person, NULL);
  g_assert_null (directive_person_get_agency (person));
  g_assert_cmpuint (count.matching, ==, 3);
  directive_person_set_agency (person, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
}

static void
test_person_construct_properties (void)
{
  g_autoptr(DirectiveAgency) agency = directive_agency_new ("ubnd-tinh", "Ủy ban nhân dân tỉnh");
  g_autoptr(DirectivePerson) person = g_object_new (DIRECTIVE_TYPE_PERSON,
                                                    "name", "Nguyễn Sơn Hùng",
                                                    "position", "Phó Chủ tịch UBND tỉnh",
                                                    "honorific", "đồng chí",
                                                    "agency", agency,
                                                    NULL);

  g_assert_cmpstr (directive_person_get_name (person), ==, "Nguyễn Sơn Hùng");
  g_assert_cmpstr (directive_person_get_position (person), ==, "Phó Chủ tịch UBND tỉnh");
  g_assert_cmpstr (directive_person_get_honorific (person), ==, "đồng chí");
  g_assert_true (directive_person_get_agency (person) == agency);
  g_assert_null (directive_person_get_text (person));
}

static void
test_person_pspecs (void)
{
  const char *names[] = { "name", "position", "honorific", "agency", "text" };
  g_autoptr(GTypeClass) klass = g_type_class_ref (DIRECTIVE_TYPE_PERSON);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true ((pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
    }

  g_assert_true (g_object_class_find_property (G_OBJECT_CLASS (klass), "agency")->value_type
                 == DIRECTIVE_TYPE_AGENCY);
}

static void
test_person_autoptr (void)
{
  DirectivePerson *weak = NULL;

  {
    g_autoptr(DirectivePerson) person = directive_person_new ("Nguyễn Sơn Hùng", NULL);

    weak = person;
    g_object_add_weak_pointer (G_OBJECT (person), (gpointer *) &weak);
  }

  g_assert_null (weak);
}

static void
test_person_finalize (void)
{
  DirectivePerson *person = directive_person_new ("Nguyễn Sơn Hùng", "Phó Chủ tịch UBND tỉnh");
  DirectiveAgency *agency = directive_agency_new ("ubnd-tinh", "Ủy ban nhân dân tỉnh");
  gpointer weak_person = person;
  gpointer weak_agency = agency;

  g_object_add_weak_pointer (G_OBJECT (person), &weak_person);
  g_object_add_weak_pointer (G_OBJECT (agency), &weak_agency);

  directive_person_set_honorific (person, "đồng chí");
  directive_person_set_text (person, "lãnh đạo");
  directive_person_set_agency (person, agency);
  g_object_unref (agency);
  g_assert_nonnull (weak_agency); /* still held by the person */

  g_object_unref (person);
  g_assert_null (weak_person);
  g_assert_null (weak_agency);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/person/new", test_person_new);
  g_test_add_func ("/person/new-unreadable-name", test_person_new_unreadable_name);
  g_test_add_func ("/person/new-group", test_person_new_group);
  g_test_add_func ("/person/properties", test_person_properties);
  g_test_add_func ("/person/agency", test_person_agency);
  g_test_add_func ("/person/construct-properties", test_person_construct_properties);
  g_test_add_func ("/person/pspecs", test_person_pspecs);
  g_test_add_func ("/person/autoptr", test_person_autoptr);
  g_test_add_func ("/person/finalize", test_person_finalize);

  return g_test_run ();
}
