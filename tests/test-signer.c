/* test-signer.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

typedef const char *(*SignerGetString) (DirectiveSigner *self);
typedef void        (*SignerSetString) (DirectiveSigner *self,
                                        const char      *value);

typedef struct
{
  guint total;    /* every notify:: emission */
  guint matching; /* emissions for the property under test */
  const char *name;
} NotifyCount;

typedef struct
{
  guint emissions;
  guint position;
  guint removed;
  guint added;
  guint n_items;  /* what the model said during the last emission */
} ItemsChanged;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  NotifyCount *count = user_data;

  count->total++;
  if (g_strcmp0 (pspec->name, count->name) == 0)
    count->matching++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *changed = user_data;

  changed->emissions++;
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
  changed->n_items = g_list_model_get_n_items (model);
}

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
check_string_property (const char      *property,
                       SignerGetString  get,
                       SignerSetString  set)
{
  g_autoptr(DirectiveSigner) signer = directive_signer_new (NULL, NULL);
  NotifyCount count = { 0, 0, property };
  g_autofree char *buffer = g_strdup ("Phó Chánh Văn phòng");
  g_autofree char *from_gobject = NULL;

  g_signal_connect (signer, "notify", G_CALLBACK (notify_cb), &count);

  set (signer, buffer);
  buffer[0] = 'X';
  g_assert_cmpstr (get (signer), ==, "Phó Chánh Văn phòng");
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (signer, property, &from_gobject, NULL);
  g_assert_cmpstr (from_gobject, ==, "Phó Chánh Văn phòng");

  set (signer, get (signer));
  set (signer, "Phó Chánh Văn phòng");
  g_object_set (signer, property, "Phó Chánh Văn phòng", NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (signer, property, "Nguyễn Văn A", NULL);
  g_assert_cmpstr (get (signer), ==, "Nguyễn Văn A");
  g_assert_cmpuint (count.matching, ==, 2);

  set (signer, NULL);
  g_assert_null (get (signer));
  g_assert_cmpuint (count.matching, ==, 3);
  set (signer, NULL);
  g_object_set (signer, property, NULL, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
}

static void
test_signer_properties (void)
{
  check_string_property ("name", directive_signer_get_name, directive_signer_set_name);
  check_string_property ("position", directive_signer_get_position,
                         directive_signer_set_position);
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
  ItemsChanged changed = { 0 };
  NotifyCount count = { 0, 0, "authority" };
  guint n_items = 0;

  g_signal_connect (authority, "items-changed", G_CALLBACK (items_changed_cb), &changed);
  g_signal_connect (signer, "notify", G_CALLBACK (notify_cb), &count);

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
  GParamSpec *authority;

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), strings[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->value_type == G_TYPE_STRING);
      g_assert_true ((pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
    }

  authority = g_object_class_find_property (G_OBJECT_CLASS (klass), "authority");
  g_assert_nonnull (authority);
  g_assert_true (authority->value_type == G_TYPE_LIST_MODEL);
  g_assert_true (authority->flags & G_PARAM_READABLE);
  g_assert_false (authority->flags & G_PARAM_WRITABLE);
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
