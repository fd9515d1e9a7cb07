/* test-recipient.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

typedef const char *(*RecipientGetString) (DirectiveRecipient *self);
typedef void        (*RecipientSetString) (DirectiveRecipient *self,
                                           const char         *value);

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
check_string_property (const char         *property,
                       RecipientGetString  get,
                       RecipientSetString  set)
{
  g_autoptr(DirectiveRecipient) recipient = directive_recipient_new (NULL);
  NotifyCount count = { 0, 0, property };
  g_autofree char *buffer = g_strdup ("KGVX");
  g_autofree char *from_gobject = NULL;

  g_signal_connect (recipient, "notify", G_CALLBACK (notify_cb), &count);

  set (recipient, buffer);
  buffer[0] = 'X';
  g_assert_cmpstr (get (recipient), ==, "KGVX");
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_get (recipient, property, &from_gobject, NULL);
  g_assert_cmpstr (from_gobject, ==, "KGVX");

  set (recipient, get (recipient));
  set (recipient, "KGVX");
  g_object_set (recipient, property, "KGVX", NULL);
  g_assert_cmpuint (count.matching, ==, 1);

  g_object_set (recipient, property, "Sở Tài chính", NULL);
  g_assert_cmpstr (get (recipient), ==, "Sở Tài chính");
  g_assert_cmpuint (count.matching, ==, 2);

  set (recipient, NULL);
  g_assert_null (get (recipient));
  g_assert_cmpuint (count.matching, ==, 3);
  set (recipient, NULL);
  g_object_set (recipient, property, NULL, NULL);
  g_assert_cmpuint (count.matching, ==, 3);

  g_assert_cmpuint (count.total, ==, count.matching);
}

static void
test_recipient_properties (void)
{
  check_string_property ("text", directive_recipient_get_text, directive_recipient_set_text);
  check_string_property ("note", directive_recipient_get_note, directive_recipient_set_note);
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
  ItemsChanged changed = { 0 };
  NotifyCount count = { 0, 0, "agencies" };
  guint n_items = 0;

  g_signal_connect (agencies, "items-changed", G_CALLBACK (items_changed_cb), &changed);
  g_signal_connect (recipient, "notify", G_CALLBACK (notify_cb), &count);

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
  GParamSpec *agencies;

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), strings[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->value_type == G_TYPE_STRING);
      g_assert_true ((pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
    }

  agencies = g_object_class_find_property (G_OBJECT_CLASS (klass), "agencies");
  g_assert_nonnull (agencies);
  g_assert_true (agencies->value_type == G_TYPE_LIST_MODEL);
  g_assert_true (agencies->flags & G_PARAM_READABLE);
  g_assert_false (agencies->flags & G_PARAM_WRITABLE);
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
