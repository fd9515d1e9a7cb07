/* test-recipient.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_recipient_new (void)
{
  g_autoptr(DirectiveRecipient) recipient = directive_recipient_new ("Chủ tịch, PCT UBND tỉnh");
  GListModel *agencies;

  g_assert_true (DIRECTIVE_IS_RECIPIENT (recipient));
  g_assert_cmpstr (directive_recipient_get_text (recipient), ==, "Chủ tịch, PCT UBND tỉnh");
  g_assert_null (directive_recipient_get_note (recipient));

  agencies = directive_recipient_get_agencies (recipient);
  g_assert_nonnull (agencies);
  g_assert_true (g_list_model_get_item_type (agencies) == DIRECTIVE_TYPE_AGENCY);
  g_assert_cmpuint (g_list_model_get_n_items (agencies), ==, 0);
  g_assert_true (directive_recipient_get_agencies (recipient) == agencies);
}

static void
test_recipient_properties (void)
{
  test_check_string_property (directive_recipient_new (NULL), "text",
                              (TestGetString) directive_recipient_get_text,
                              (TestSetString) directive_recipient_set_text,
                              "KGVX", "Sở Tài chính");
  test_check_string_property (directive_recipient_new (NULL), "note",
                              (TestGetString) directive_recipient_get_note,
                              (TestSetString) directive_recipient_set_note,
                              "KGVX", "Sở Tài chính");
}

/* "- Sở Tài chính, Sở Kế hoạch và Đầu tư;" names two agencies. */
static void
test_recipient_agencies (void)
{
  g_autoptr(DirectiveRecipient) recipient =
    directive_recipient_new ("Sở Tài chính, Sở Kế hoạch và Đầu tư");
  g_autoptr(DirectiveAgency) stc = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  g_autoptr(DirectiveAgency) skhdt = directive_agency_new ("so-ke-hoach-va-dau-tu",
                                                           "Sở Kế hoạch và Đầu tư");
  g_autoptr(DirectiveAgency) item0 = NULL;
  g_autoptr(DirectiveAgency) item1 = NULL;
  g_autoptr(GListModel) from_gobject = NULL;
  GListModel *agencies = directive_recipient_get_agencies (recipient);
  TestItemsChanged changed = { 0 };
  TestNotifyCount count = { 0, 0, "agencies" };
  guint n_items = 0;

  g_signal_connect (agencies, "items-changed", G_CALLBACK (test_items_changed_cb), &changed);
  g_signal_connect (recipient, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_recipient_add_agency (recipient, stc);
  g_assert_cmpuint (changed.emissions, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (changed.n_items, ==, 1);

  directive_recipient_add_agency (recipient, skhdt);
  g_assert_cmpuint (changed.emissions, ==, 2);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (changed.n_items, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (agencies), ==, 2);

  item0 = g_list_model_get_item (agencies, 0);
  item1 = g_list_model_get_item (agencies, 1);
  g_assert_true (item0 == stc);
  g_assert_true (item1 == skhdt);

  g_assert_true (G_IS_LIST_STORE (agencies));
  g_object_get (agencies, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 2);

  g_object_get (recipient, "agencies", &from_gobject, NULL);
  g_assert_true (from_gobject == agencies);

  g_assert_cmpuint (count.total, ==, 0);
}

static void
test_recipient_add_invalid (void)
{
  g_autoptr(DirectiveRecipient) recipient = directive_recipient_new ("Như trên");

  g_test_expect_message ("Directive", G_LOG_LEVEL_CRITICAL, "*DIRECTIVE_IS_AGENCY*");
  directive_recipient_add_agency (recipient, NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (g_list_model_get_n_items (directive_recipient_get_agencies (recipient)), ==, 0);
}

static void
test_recipient_pspecs (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (DIRECTIVE_TYPE_RECIPIENT);
  const char *strings[] = { "text", "note" };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    test_assert_rw_property (klass, strings[i], G_TYPE_STRING);

  test_assert_list_property (klass, "agencies");
}

static void
test_recipient_autoptr (void)
{
  DirectiveRecipient *weak = NULL;

  {
    g_autoptr(DirectiveRecipient) recipient = directive_recipient_new ("Lưu: VT");

    weak = recipient;
    g_object_add_weak_pointer (G_OBJECT (recipient), (gpointer *) &weak);
  }

  g_assert_null (weak);
}

static void
test_recipient_finalize (void)
{
  DirectiveRecipient *recipient = directive_recipient_new ("Sở Tài chính");
  DirectiveAgency *agency = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  gpointer weak_recipient = recipient;
  gpointer weak_agency = agency;
  gpointer weak_agencies = directive_recipient_get_agencies (recipient);

  g_object_add_weak_pointer (G_OBJECT (recipient), &weak_recipient);
  g_object_add_weak_pointer (G_OBJECT (agency), &weak_agency);
  g_object_add_weak_pointer (G_OBJECT (weak_agencies), &weak_agencies);

  directive_recipient_set_note (recipient, "b/c");
  directive_recipient_add_agency (recipient, agency);
  g_object_unref (agency);
  g_assert_nonnull (weak_agency);

  g_object_unref (recipient);
  g_assert_null (weak_recipient);
  g_assert_null (weak_agency);
  g_assert_null (weak_agencies);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recipient/new", test_recipient_new);
  g_test_add_func ("/recipient/properties", test_recipient_properties);
  g_test_add_func ("/recipient/agencies", test_recipient_agencies);
  g_test_add_func ("/recipient/add-invalid", test_recipient_add_invalid);
  g_test_add_func ("/recipient/pspecs", test_recipient_pspecs);
  g_test_add_func ("/recipient/autoptr", test_recipient_autoptr);
  g_test_add_func ("/recipient/finalize", test_recipient_finalize);

  return g_test_run ();
}
