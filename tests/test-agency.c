/* test-agency.c: DirectiveAgency
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <directive.h>

#include "test-util.h"

static void
test_agency_properties (void)
{
  g_autoptr(DirectiveAgency) agency = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  g_autofree char *short_name = NULL;
  DirectiveAgencyKind kind;

  g_assert_cmpstr (directive_agency_get_id (agency), ==, "so-tai-chinh");
  g_assert_cmpstr (directive_agency_get_name (agency), ==, "Sở Tài chính");
  g_assert_null (directive_agency_get_short_name (agency));
  g_assert_cmpint (directive_agency_get_kind (agency), ==, DIRECTIVE_AGENCY_KIND_UNSPECIFIED);

  g_object_set (agency, "short-name", "STC", "kind", DIRECTIVE_AGENCY_KIND_DEPARTMENT,
                "locality", "Đồng Nai", NULL);
  g_object_get (agency, "short-name", &short_name, "kind", &kind, NULL);
  g_assert_cmpstr (short_name, ==, "STC");
  g_assert_cmpint (kind, ==, DIRECTIVE_AGENCY_KIND_DEPARTMENT);
  g_assert_cmpstr (directive_agency_get_locality (agency), ==, "Đồng Nai");

  directive_agency_set_id (agency, "stc");
  directive_agency_set_short_name (agency, "Sở TC");
  directive_agency_set_locality (agency, NULL);
  g_assert_cmpstr (directive_agency_get_id (agency), ==, "stc");
  g_assert_cmpstr (directive_agency_get_short_name (agency), ==, "Sở TC");
  g_assert_null (directive_agency_get_locality (agency));
}

static void
test_agency_notify (void)
{
  g_autoptr(DirectiveAgency) agency = directive_agency_new ("a", "A");
  int name_count = 0, kind_count = 0, parent_count = 0;
  int short_count = 0, locality_count = 0, id_count = 0;
  g_autoptr(DirectiveAgency) parent = directive_agency_new ("p", "P");

  g_signal_connect (agency, "notify::name", G_CALLBACK (test_count_notify_cb), &name_count);
  g_signal_connect (agency, "notify::kind", G_CALLBACK (test_count_notify_cb), &kind_count);
  g_signal_connect (agency, "notify::parent", G_CALLBACK (test_count_notify_cb), &parent_count);
  g_signal_connect (agency, "notify::short-name", G_CALLBACK (test_count_notify_cb), &short_count);
  g_signal_connect (agency, "notify::locality", G_CALLBACK (test_count_notify_cb), &locality_count);
  g_signal_connect (agency, "notify::id", G_CALLBACK (test_count_notify_cb), &id_count);

  directive_agency_set_short_name (agency, "X");
  directive_agency_set_short_name (agency, "X");
  directive_agency_set_locality (agency, "Huế");
  directive_agency_set_locality (agency, "Huế");
  directive_agency_set_id (agency, "a");
  directive_agency_set_id (agency, "b");
  g_assert_cmpint (short_count, ==, 1);
  g_assert_cmpint (locality_count, ==, 1);
  g_assert_cmpint (id_count, ==, 1);

  directive_agency_set_name (agency, "B");
  directive_agency_set_name (agency, "B");
  g_object_set (agency, "name", "B", NULL);
  g_assert_cmpint (name_count, ==, 1);

  directive_agency_set_kind (agency, DIRECTIVE_AGENCY_KIND_PRESS);
  directive_agency_set_kind (agency, DIRECTIVE_AGENCY_KIND_PRESS);
  g_assert_cmpint (kind_count, ==, 1);

  g_assert_true (directive_agency_set_parent (agency, parent, NULL));
  g_assert_true (directive_agency_set_parent (agency, parent, NULL));
  g_assert_cmpint (parent_count, ==, 1);
  g_assert_true (directive_agency_get_parent (agency) == parent);
}

static void
test_agency_parent_cycle (void)
{
  g_autoptr(DirectiveAgency) a = directive_agency_new ("a", "A");
  g_autoptr(DirectiveAgency) b = directive_agency_new ("b", "B");
  g_autoptr(DirectiveAgency) c = directive_agency_new ("c", "C");
  g_autoptr(GError) error = NULL;

  g_assert_true (directive_agency_set_parent (b, a, NULL));
  g_assert_true (directive_agency_set_parent (c, b, NULL));
  g_assert_false (directive_agency_set_parent (a, c, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "'a'"));
  g_assert_null (directive_agency_get_parent (a));
  g_clear_error (&error);

  g_assert_false (directive_agency_set_parent (a, a, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_CYCLE);
}

static void
test_agency_finalize (void)
{
  DirectiveAgency *agency = directive_agency_new ("a", "A");
  DirectiveAgency *parent = directive_agency_new ("p", "P");

  g_object_add_weak_pointer (G_OBJECT (agency), (gpointer *) &agency);
  g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &parent);
  directive_agency_set_parent (agency, parent, NULL);
  g_object_unref (parent);
  g_assert_nonnull (parent); /* the child holds it */
  g_object_unref (agency);
  g_assert_null (agency);
  g_assert_null (parent);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agency/properties", test_agency_properties);
  g_test_add_func ("/agency/notify", test_agency_notify);
  g_test_add_func ("/agency/parent-cycle", test_agency_parent_cycle);
  g_test_add_func ("/agency/finalize", test_agency_finalize);

  return g_test_run ();
}
