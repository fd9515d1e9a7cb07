/* test-signer.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_signer_new (void)
{
  g_autoptr(DirectiveSigner) signer = directive_signer_new ("Nguyễn Sơn Hùng",
                                                            "Phó Chủ tịch");
  GListModel *authority;

  g_assert_true (DIRECTIVE_IS_SIGNER (signer));
  g_assert_cmpstr (directive_signer_get_name (signer), ==, "Nguyễn Sơn Hùng");
  g_assert_cmpstr (directive_signer_get_position (signer), ==, "Phó Chủ tịch");

  authority = directive_signer_get_authority (signer);
  g_assert_nonnull (authority);
  g_assert_true (g_list_model_get_item_type (authority) == DIRECTIVE_TYPE_AUTHORITY);
  g_assert_cmpuint (g_list_model_get_n_items (authority), ==, 0);
  g_assert_true (directive_signer_get_authority (signer) == authority);
}

static void
test_signer_new_unreadable_name (void)
{
  /* {"name": null, "position": "Phó Chánh Văn phòng", ...} */
  g_autoptr(DirectiveSigner) signer = directive_signer_new (NULL, "Phó Chánh Văn phòng");

  g_assert_null (directive_signer_get_name (signer));
  g_assert_cmpstr (directive_signer_get_position (signer), ==, "Phó Chánh Văn phòng");
}

static void
test_signer_properties (void)
{
  test_check_string_property (directive_signer_new (NULL, NULL), "name",
                              (TestGetString) directive_signer_get_name,
                              (TestSetString) directive_signer_set_name,
                              "Phó Chánh Văn phòng", "Nguyễn Văn A");
  test_check_string_property (directive_signer_new (NULL, NULL), "position",
                              (TestGetString) directive_signer_get_position,
                              (TestSetString) directive_signer_set_position,
                              "Phó Chánh Văn phòng", "Nguyễn Văn A");
}

/* TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG: outermost first. */
static void
test_signer_authority (void)
{
  g_autoptr(DirectiveSigner) signer = directive_signer_new (NULL, "Phó Chánh Văn phòng");
  g_autoptr(DirectiveAuthority) tl = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_TL,
                                                              "Chủ tịch");
  g_autoptr(DirectiveAuthority) kt = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_KT,
                                                              "Chánh Văn phòng");
  g_autoptr(DirectiveAuthority) item0 = NULL;
  g_autoptr(DirectiveAuthority) item1 = NULL;
  g_autoptr(GListModel) from_gobject = NULL;
  GListModel *authority = directive_signer_get_authority (signer);
  TestItemsChanged changed = { 0 };
  TestNotifyCount count = { 0, 0, "authority" };
  guint n_items = 0;

  g_signal_connect (authority, "items-changed", G_CALLBACK (test_items_changed_cb), &changed);
  g_signal_connect (signer, "notify", G_CALLBACK (test_notify_cb), &count);

  directive_signer_add_authority (signer, tl);
  g_assert_cmpuint (changed.emissions, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (changed.n_items, ==, 1);

  directive_signer_add_authority (signer, kt);
  g_assert_cmpuint (changed.emissions, ==, 2);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (changed.n_items, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (authority), ==, 2);

  item0 = g_list_model_get_item (authority, 0);
  item1 = g_list_model_get_item (authority, 1);
  g_assert_true (item0 == tl);
  g_assert_true (item1 == kt);
  g_assert_cmpint (directive_authority_get_mode (item0), ==, DIRECTIVE_AUTHORITY_MODE_TL);
  g_assert_cmpstr (directive_authority_get_on_behalf_of (item0), ==, "Chủ tịch");
  g_assert_cmpint (directive_authority_get_mode (item1), ==, DIRECTIVE_AUTHORITY_MODE_KT);
  g_assert_cmpstr (directive_authority_get_on_behalf_of (item1), ==, "Chánh Văn phòng");

  g_assert_true (G_IS_LIST_STORE (authority));
  g_object_get (authority, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 2);

  g_object_get (signer, "authority", &from_gobject, NULL);
  g_assert_true (from_gobject == authority);

  g_assert_cmpuint (count.total, ==, 0);
  g_assert_cmpstr (directive_signer_get_position (signer), ==, "Phó Chánh Văn phòng");
}

static void
test_signer_add_invalid (void)
{
  g_autoptr(DirectiveSigner) signer = directive_signer_new (NULL, NULL);

  g_test_expect_message ("Directive", G_LOG_LEVEL_CRITICAL, "*DIRECTIVE_IS_AUTHORITY*");
  directive_signer_add_authority (signer, NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (g_list_model_get_n_items (directive_signer_get_authority (signer)), ==, 0);
}

static void
test_signer_pspecs (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (DIRECTIVE_TYPE_SIGNER);
  const char *strings[] = { "name", "position" };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    test_assert_rw_property (klass, strings[i], G_TYPE_STRING);

  test_assert_list_property (klass, "authority");
}

static void
test_signer_autoptr (void)
{
  DirectiveSigner *weak = NULL;

  {
    g_autoptr(DirectiveSigner) signer = directive_signer_new ("Nguyễn Sơn Hùng", NULL);

    weak = signer;
    g_object_add_weak_pointer (G_OBJECT (signer), (gpointer *) &weak);
  }

  g_assert_null (weak);
}

static void
test_signer_finalize (void)
{
  DirectiveSigner *signer = directive_signer_new ("Nguyễn Văn A", "Phó Chánh Văn phòng");
  DirectiveAuthority *tl = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_TL, "Chủ tịch");
  DirectiveAuthority *kt = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_KT, "Chánh Văn phòng");
  gpointer weak_signer = signer;
  gpointer weak_tl = tl;
  gpointer weak_kt = kt;
  gpointer weak_authority = directive_signer_get_authority (signer);

  g_object_add_weak_pointer (G_OBJECT (signer), &weak_signer);
  g_object_add_weak_pointer (G_OBJECT (tl), &weak_tl);
  g_object_add_weak_pointer (G_OBJECT (kt), &weak_kt);
  g_object_add_weak_pointer (G_OBJECT (weak_authority), &weak_authority);

  directive_signer_add_authority (signer, tl);
  directive_signer_add_authority (signer, kt);
  g_object_unref (tl);
  g_object_unref (kt);
  g_assert_nonnull (weak_tl);
  g_assert_nonnull (weak_kt);

  g_object_unref (signer);
  g_assert_null (weak_signer);
  g_assert_null (weak_tl);
  g_assert_null (weak_kt);
  g_assert_null (weak_authority);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/signer/new", test_signer_new);
  g_test_add_func ("/signer/new-unreadable-name", test_signer_new_unreadable_name);
  g_test_add_func ("/signer/properties", test_signer_properties);
  g_test_add_func ("/signer/authority", test_signer_authority);
  g_test_add_func ("/signer/add-invalid", test_signer_add_invalid);
  g_test_add_func ("/signer/pspecs", test_signer_pspecs);
  g_test_add_func ("/signer/autoptr", test_signer_autoptr);
  g_test_add_func ("/signer/finalize", test_signer_finalize);

  return g_test_run ();
}
