/* test-collection.c: the model part of DirectiveCollection
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"
#include "directive-collection-private.h"

static void
test_collection_new (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  GListModel *agencies = directive_collection_get_agencies (collection);
  GListModel *notices = directive_collection_get_notices (collection);
  g_autoptr(GListModel) got_agencies = NULL;
  g_autoptr(GListModel) got_notices = NULL;
  guint64 max_input_size = 0;
  guint max_depth = 0;

  g_assert_true (DIRECTIVE_IS_COLLECTION (collection));
  g_assert_cmpuint (g_list_model_get_n_items (agencies), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 0);
  g_assert_true (g_list_model_get_item_type (agencies) == DIRECTIVE_TYPE_AGENCY);
  g_assert_true (g_list_model_get_item_type (notices) == DIRECTIVE_TYPE_NOTICE);
  g_assert_null (directive_collection_lookup_agency (collection, "so-tai-chinh"));

  g_assert_cmpuint (directive_collection_get_max_input_size (collection), ==, 268435456);
  g_assert_cmpuint (directive_collection_get_max_depth (collection), ==, 64);

  g_object_get (collection,
                "agencies", &got_agencies,
                "notices", &got_notices,
                "max-input-size", &max_input_size,
                "max-depth", &max_depth,
                NULL);
  g_assert_true (got_agencies == agencies);
  g_assert_true (got_notices == notices);
  g_assert_cmpuint (max_input_size, ==, 268435456);
  g_assert_cmpuint (max_depth, ==, 64);

  for (guint i = 0; i < 2; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (collection),
                                                        i == 0 ? "agencies" : "notices");

      g_assert_nonnull (pspec);
      g_assert_true (pspec->value_type == G_TYPE_LIST_MODEL);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
    }
}

static void
test_collection_limits (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  guint n_size = 0, n_depth = 0;
  guint64 max_input_size = 0;
  guint max_depth = 0;

  g_signal_connect (collection, "notify::max-input-size", G_CALLBACK (test_count_notify_cb), &n_size);
  g_signal_connect (collection, "notify::max-depth", G_CALLBACK (test_count_notify_cb), &n_depth);

  directive_collection_set_max_input_size (collection, 268435456);
  g_assert_cmpuint (n_size, ==, 0);
  directive_collection_set_max_input_size (collection, 1024);
  g_assert_cmpuint (n_size, ==, 1);
  g_assert_cmpuint (directive_collection_get_max_input_size (collection), ==, 1024);
  directive_collection_set_max_input_size (collection, 1024);
  g_object_set (collection, "max-input-size", (guint64) 1024, NULL);
  g_assert_cmpuint (n_size, ==, 1);
  g_object_set (collection, "max-input-size", (guint64) 4096, NULL);
  g_assert_cmpuint (n_size, ==, 2);
  g_assert_cmpuint (directive_collection_get_max_input_size (collection), ==, 4096);
  g_object_get (collection, "max-input-size", &max_input_size, NULL);
  g_assert_cmpuint (max_input_size, ==, 4096);

  directive_collection_set_max_depth (collection, 64);
  g_assert_cmpuint (n_depth, ==, 0);
  directive_collection_set_max_depth (collection, 8);
  directive_collection_set_max_depth (collection, 8);
  g_assert_cmpuint (n_depth, ==, 1);
  g_assert_cmpuint (directive_collection_get_max_depth (collection), ==, 8);
  g_object_set (collection, "max-depth", 8, NULL);
  g_assert_cmpuint (n_depth, ==, 1);
  g_object_set (collection, "max-depth", 16, NULL);
  g_assert_cmpuint (n_depth, ==, 2);
  g_object_get (collection, "max-depth", &max_depth, NULL);
  g_assert_cmpuint (max_depth, ==, 16);

  g_assert_cmpuint (n_size, ==, 2);
}

static void
test_collection_agencies (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveAgency) stc = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  g_autoptr(DirectiveAgency) syt = directive_agency_new ("so-y-te", "Sở Y tế");
  g_autoptr(DirectiveAgency) got = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *agencies = directive_collection_get_agencies (collection);
  TestItemsChanged ic = { 0 };

  g_signal_connect (agencies, "items-changed", G_CALLBACK (test_items_changed_cb), &ic);

  g_assert_true (directive_collection_add_agency (collection, stc, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ic.emissions, ==, 1);
  g_assert_cmpuint (ic.position, ==, 0);
  g_assert_cmpuint (ic.removed, ==, 0);
  g_assert_cmpuint (ic.added, ==, 1);
  g_assert_cmpuint (ic.n_items, ==, 1);

  g_assert_true (directive_collection_add_agency (collection, syt, NULL));
  g_assert_cmpuint (ic.emissions, ==, 2);
  g_assert_cmpuint (ic.position, ==, 1);
  g_assert_cmpuint (ic.removed, ==, 0);
  g_assert_cmpuint (ic.added, ==, 1);
  g_assert_cmpuint (ic.n_items, ==, 2);

  got = g_list_model_get_item (agencies, 1);
  g_assert_true (got == syt);

  g_assert_true (directive_collection_lookup_agency (collection, "so-tai-chinh") == stc);
  g_assert_true (directive_collection_lookup_agency (collection, "so-y-te") == syt);
  g_assert_null (directive_collection_lookup_agency (collection, "so-xay-dung"));
  g_assert_null (directive_collection_lookup_agency (collection, ""));
}

static void
lookup_in_handler_cb (GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  DirectiveCollection *collection = user_data;
  g_autoptr(DirectiveAgency) agency = g_list_model_get_item (model, position);

  /* A view that reacts to the new row can already look it up. */
  g_assert_true (directive_collection_lookup_agency (collection, directive_agency_get_id (agency)) == agency);
}

static void
test_collection_lookup_from_handler (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveAgency) stc = directive_agency_new ("so-tai-chinh", "Sở Tài chính");

  g_signal_connect (directive_collection_get_agencies (collection), "items-changed",
                    G_CALLBACK (lookup_in_handler_cb), collection);
  g_assert_true (directive_collection_add_agency (collection, stc, NULL));
}

static void
test_collection_duplicate_id (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveAgency) first = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  g_autoptr(DirectiveAgency) second = directive_agency_new ("so-tai-chinh", "Sở Tài chính (bis)");
  g_autoptr(GError) error = NULL;
  TestItemsChanged ic = { 0 };

  g_assert_true (directive_collection_add_agency (collection, first, NULL));
  g_signal_connect (directive_collection_get_agencies (collection), "items-changed",
                    G_CALLBACK (test_items_changed_cb), &ic);

  g_assert_false (directive_collection_add_agency (collection, second, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "so-tai-chinh"));
  g_clear_error (&error);

  /* The same object again is a duplicate too. */
  g_assert_false (directive_collection_add_agency (collection, first, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_DUPLICATE_ID);

  /* Nothing changed. */
  g_assert_cmpuint (ic.emissions, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_agencies (collection)), ==, 1);
  g_assert_true (directive_collection_lookup_agency (collection, "so-tai-chinh") == first);

  /* Refused without a GError to fill. */
  g_assert_false (directive_collection_add_agency (collection, second, NULL));
}

static void
test_collection_empty_id (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveAgency) no_id = directive_agency_new (NULL, "Sở Tài chính");
  g_autoptr(DirectiveAgency) empty_id = directive_agency_new ("", "Sở Y tế");
  g_autoptr(GError) error = NULL;
  TestItemsChanged ic = { 0 };

  g_signal_connect (directive_collection_get_agencies (collection), "items-changed",
                    G_CALLBACK (test_items_changed_cb), &ic);

  g_assert_false (directive_collection_add_agency (collection, no_id, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_false (directive_collection_add_agency (collection, empty_id, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_VALUE);

  g_assert_cmpuint (ic.emissions, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_agencies (collection)), ==, 0);
  g_assert_null (directive_collection_lookup_agency (collection, ""));
}

static void
test_collection_notices (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveNotice) n1 = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  g_autoptr(DirectiveNotice) n2 = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_DIRECTIVE);
  g_autoptr(DirectiveNotice) n3 = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_PLAN);
  g_autoptr(DirectiveNotice) stranger = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_OTHER);
  g_autoptr(DirectiveNotice) got = NULL;
  GListModel *notices = directive_collection_get_notices (collection);
  TestItemsChanged ic = { 0 };

  g_signal_connect (notices, "items-changed", G_CALLBACK (test_items_changed_cb), &ic);

  directive_collection_add_notice (collection, n1);
  g_assert_cmpuint (ic.emissions, ==, 1);
  g_assert_cmpuint (ic.position, ==, 0);
  g_assert_cmpuint (ic.removed, ==, 0);
  g_assert_cmpuint (ic.added, ==, 1);
  g_assert_cmpuint (ic.n_items, ==, 1);
  directive_collection_add_notice (collection, n2);
  directive_collection_add_notice (collection, n3);
  g_assert_cmpuint (ic.emissions, ==, 3);
  g_assert_cmpuint (ic.position, ==, 2);
  g_assert_cmpuint (ic.n_items, ==, 3);

  /* Removing the middle one. */
  g_assert_true (directive_collection_remove_notice (collection, n2));
  g_assert_cmpuint (ic.emissions, ==, 4);
  g_assert_cmpuint (ic.position, ==, 1);
  g_assert_cmpuint (ic.removed, ==, 1);
  g_assert_cmpuint (ic.added, ==, 0);
  g_assert_cmpuint (ic.n_items, ==, 2);
  got = g_list_model_get_item (notices, 1);
  g_assert_true (got == n3);

  /* Not there: FALSE and no signal. */
  g_assert_false (directive_collection_remove_notice (collection, n2));
  g_assert_false (directive_collection_remove_notice (collection, stranger));
  g_assert_cmpuint (ic.emissions, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 2);

  /* Notices do not touch the agencies. */
  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_agencies (collection)), ==, 0);
}

static void
test_collection_clear (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveAgency) stc = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  g_autoptr(DirectiveAgency) syt = directive_agency_new ("so-y-te", "Sở Y tế");
  g_autoptr(DirectiveNotice) notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  TestItemsChanged agencies_ic = { 0 };
  TestItemsChanged notices_ic = { 0 };

  g_assert_true (directive_collection_add_agency (collection, stc, NULL));
  g_assert_true (directive_collection_add_agency (collection, syt, NULL));
  directive_collection_add_notice (collection, notice);

  g_signal_connect (directive_collection_get_agencies (collection), "items-changed",
                    G_CALLBACK (test_items_changed_cb), &agencies_ic);
  g_signal_connect (directive_collection_get_notices (collection), "items-changed",
                    G_CALLBACK (test_items_changed_cb), &notices_ic);

  _directive_collection_clear (collection);
  g_assert_cmpuint (agencies_ic.emissions, ==, 1);
  g_assert_cmpuint (agencies_ic.position, ==, 0);
  g_assert_cmpuint (agencies_ic.removed, ==, 2);
  g_assert_cmpuint (agencies_ic.added, ==, 0);
  g_assert_cmpuint (agencies_ic.n_items, ==, 0);
  g_assert_cmpuint (notices_ic.emissions, ==, 1);
  g_assert_cmpuint (notices_ic.removed, ==, 1);
  g_assert_cmpuint (notices_ic.n_items, ==, 0);
  g_assert_null (directive_collection_lookup_agency (collection, "so-tai-chinh"));
  g_assert_null (directive_collection_lookup_agency (collection, "so-y-te"));

  /* The ids are free again. */
  g_assert_true (directive_collection_add_agency (collection, stc, NULL));
  g_assert_true (directive_collection_lookup_agency (collection, "so-tai-chinh") == stc);

  /* Clearing an empty store emits nothing for it. */
  _directive_collection_clear (collection);
  _directive_collection_clear (collection);
  g_assert_cmpuint (agencies_ic.emissions, ==, 3); /* clear, add, clear */
  g_assert_cmpuint (notices_ic.emissions, ==, 1);
}

static void
test_collection_finalize (void)
{
  DirectiveCollection *collection = directive_collection_new ();
  DirectiveAgency *agency = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  DirectiveNotice *notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  GListModel *agencies = directive_collection_get_agencies (collection);

  g_object_add_weak_pointer (G_OBJECT (collection), (gpointer *) &collection);
  g_object_add_weak_pointer (G_OBJECT (agency), (gpointer *) &agency);
  g_object_add_weak_pointer (G_OBJECT (notice), (gpointer *) &notice);
  g_object_add_weak_pointer (G_OBJECT (agencies), (gpointer *) &agencies);

  g_assert_true (directive_collection_add_agency (collection, agency, NULL));
  directive_notice_set_issuer (notice, agency);
  directive_collection_add_notice (collection, notice);
  g_object_unref (agency);
  g_object_unref (notice);
  g_assert_nonnull (agency);
  g_assert_nonnull (notice);

  g_object_unref (collection);
  g_assert_null (collection);
  g_assert_null (notice);
  g_assert_null (agency);
  g_assert_null (agencies);
}

static void
test_collection_remove_drops_reference (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  DirectiveNotice *notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);

  g_object_add_weak_pointer (G_OBJECT (notice), (gpointer *) &notice);
  directive_collection_add_notice (collection, notice);
  g_object_unref (notice);
  g_assert_nonnull (notice);

  /* The collection drops its reference on removal. */
  g_assert_true (directive_collection_remove_notice (collection, notice));
  g_assert_null (notice);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collection/new", test_collection_new);
  g_test_add_func ("/collection/limits", test_collection_limits);
  g_test_add_func ("/collection/agencies", test_collection_agencies);
  g_test_add_func ("/collection/lookup-from-handler", test_collection_lookup_from_handler);
  g_test_add_func ("/collection/duplicate-id", test_collection_duplicate_id);
  g_test_add_func ("/collection/empty-id", test_collection_empty_id);
  g_test_add_func ("/collection/notices", test_collection_notices);
  g_test_add_func ("/collection/clear", test_collection_clear);
  g_test_add_func ("/collection/finalize", test_collection_finalize);
  g_test_add_func ("/collection/remove-drops-reference", test_collection_remove_drops_reference);

  return g_test_run ();
}
