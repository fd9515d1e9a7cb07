/* test-notice.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive.h"

#include "test-util.h"

static void
test_notice_new (void)
{
  g_autoptr(DirectiveNotice) notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_OFFICIAL_LETTER);

  g_assert_true (DIRECTIVE_IS_NOTICE (notice));
  g_assert_cmpint (directive_notice_get_kind (notice), ==, DIRECTIVE_DOCUMENT_KIND_OFFICIAL_LETTER);
  g_assert_null (directive_notice_get_number (notice));
  g_assert_null (directive_notice_get_symbol (notice));
  g_assert_null (directive_notice_get_issuer (notice));
  g_assert_null (directive_notice_get_place (notice));
  g_assert_null (directive_notice_get_issued_on (notice));
  g_assert_null (directive_notice_get_subject (notice));
  g_assert_null (directive_notice_get_archive (notice));
  g_assert_null (directive_notice_get_signer (notice));
  g_assert_cmpint (directive_notice_get_urgency (notice), ==, DIRECTIVE_URGENCY_NONE);
  g_assert_null (directive_notice_get_source_file (notice));
  g_assert_null (directive_notice_get_source_sha256 (notice));

  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_conclusions (notice)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_recipients (notice)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_addressees (notice)), ==, 0);
  g_assert_true (g_list_model_get_item_type (directive_notice_get_conclusions (notice)) == DIRECTIVE_TYPE_CONCLUSION);
  g_assert_true (g_list_model_get_item_type (directive_notice_get_recipients (notice)) == DIRECTIVE_TYPE_RECIPIENT);
  g_assert_true (g_list_model_get_item_type (directive_notice_get_addressees (notice)) == DIRECTIVE_TYPE_RECIPIENT);

  {
    g_autoptr(DirectiveNotice) plain = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);

    g_assert_cmpint (directive_notice_get_kind (plain), ==, DIRECTIVE_DOCUMENT_KIND_NOTICE);
  }
}

static void
test_notice_properties (void)
{
  g_autoptr(DirectiveNotice) notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  g_autoptr(DirectiveAgency) issuer = directive_agency_new ("ubnd-tinh", "Ủy ban nhân dân tỉnh Đồng Nai");
  g_autoptr(DirectiveSigner) signer = directive_signer_new (NULL, "Phó Chánh Văn phòng");
  g_autoptr(DirectiveDate) issued_on = test_date_new (2021, 11, 23);
  const char *archive[] = { "VT", "KGVX", NULL };
  DirectiveDocumentKind kind;
  DirectiveUrgency urgency;
  g_autofree char *number = NULL;
  g_autofree char *symbol = NULL;
  g_autofree char *place = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *source_file = NULL;
  g_autofree char *source_sha256 = NULL;
  g_auto(GStrv) got_archive = NULL;
  g_autoptr(DirectiveAgency) got_issuer = NULL;
  g_autoptr(DirectiveSigner) got_signer = NULL;
  g_autoptr(DirectiveDate) got_issued_on = NULL;

  directive_notice_set_kind (notice, DIRECTIVE_DOCUMENT_KIND_DIRECTIVE);
  g_assert_cmpint (directive_notice_get_kind (notice), ==, DIRECTIVE_DOCUMENT_KIND_DIRECTIVE);
  directive_notice_set_number (notice, "123");
  g_assert_cmpstr (directive_notice_get_number (notice), ==, "123");
  directive_notice_set_symbol (notice, "TB-UBND");
  g_assert_cmpstr (directive_notice_get_symbol (notice), ==, "TB-UBND");
  directive_notice_set_issuer (notice, issuer);
  g_assert_true (directive_notice_get_issuer (notice) == issuer);
  directive_notice_set_place (notice, "Đồng Nai");
  g_assert_cmpstr (directive_notice_get_place (notice), ==, "Đồng Nai");
  directive_notice_set_issued_on (notice, issued_on);
  g_assert_true (directive_notice_get_issued_on (notice) != issued_on); /* copied */
  g_assert_true (directive_date_equal (directive_notice_get_issued_on (notice), issued_on));
  directive_notice_set_subject (notice, "Kết luận của đồng chí Phó Chủ tịch");
  g_assert_cmpstr (directive_notice_get_subject (notice), ==, "Kết luận của đồng chí Phó Chủ tịch");
  directive_notice_set_archive (notice, archive);
  g_assert_true (directive_notice_get_archive (notice) != archive); /* copied */
  g_assert_true (g_strv_equal (directive_notice_get_archive (notice), archive));
  directive_notice_set_signer (notice, signer);
  g_assert_true (directive_notice_get_signer (notice) == signer);
  directive_notice_set_urgency (notice, DIRECTIVE_URGENCY_HOA_TOC);
  g_assert_cmpint (directive_notice_get_urgency (notice), ==, DIRECTIVE_URGENCY_HOA_TOC);
  directive_notice_set_source_file (notice, "scan-12.txt");
  g_assert_cmpstr (directive_notice_get_source_file (notice), ==, "scan-12.txt");
  directive_notice_set_source_sha256 (notice, "e3b0c442");
  g_assert_cmpstr (directive_notice_get_source_sha256 (notice), ==, "e3b0c442");

  g_object_get (notice,
                "kind", &kind,
                "number", &number,
                "symbol", &symbol,
                "issuer", &got_issuer,
                "place", &place,
                "issued-on", &got_issued_on,
                "subject", &subject,
                "archive", &got_archive,
                "signer", &got_signer,
                "urgency", &urgency,
                "source-file", &source_file,
                "source-sha256", &source_sha256,
                NULL);
  g_assert_cmpint (kind, ==, DIRECTIVE_DOCUMENT_KIND_DIRECTIVE);
  g_assert_cmpstr (number, ==, "123");
  g_assert_cmpstr (symbol, ==, "TB-UBND");
  g_assert_true (got_issuer == issuer);
  g_assert_cmpstr (place, ==, "Đồng Nai");
  g_assert_true (directive_date_equal (got_issued_on, issued_on));
  g_assert_cmpstr (subject, ==, "Kết luận của đồng chí Phó Chủ tịch");
  g_assert_true (g_strv_equal ((const char * const *) got_archive, archive));
  g_assert_true (got_signer == signer);
  g_assert_cmpint (urgency, ==, DIRECTIVE_URGENCY_HOA_TOC);
  g_assert_cmpstr (source_file, ==, "scan-12.txt");
  g_assert_cmpstr (source_sha256, ==, "e3b0c442");

  g_object_set (notice,
                "kind", DIRECTIVE_DOCUMENT_KIND_PLAN,
                "number", NULL,
                "symbol", "KH-UBND",
                "issuer", NULL,
                "place", "Biên Hòa",
                "issued-on", NULL,
                "subject", "Kế hoạch",
                "archive", NULL,
                "signer", NULL,
                "urgency", DIRECTIVE_URGENCY_KHAN,
                "source-file", NULL,
                "source-sha256", NULL,
                NULL);
  g_assert_cmpint (directive_notice_get_kind (notice), ==, DIRECTIVE_DOCUMENT_KIND_PLAN);
  g_assert_null (directive_notice_get_number (notice));
  g_assert_cmpstr (directive_notice_get_symbol (notice), ==, "KH-UBND");
  g_assert_null (directive_notice_get_issuer (notice));
  g_assert_cmpstr (directive_notice_get_place (notice), ==, "Biên Hòa");
  g_assert_null (directive_notice_get_issued_on (notice));
  g_assert_cmpstr (directive_notice_get_subject (notice), ==, "Kế hoạch");
  g_assert_null (directive_notice_get_archive (notice));
  g_assert_null (directive_notice_get_signer (notice));
  g_assert_cmpint (directive_notice_get_urgency (notice), ==, DIRECTIVE_URGENCY_KHAN);
  g_assert_null (directive_notice_get_source_file (notice));
  g_assert_null (directive_notice_get_source_sha256 (notice));

  g_object_set (notice, "archive", archive, "issued-on", issued_on, NULL);
  g_assert_true (g_strv_equal (directive_notice_get_archive (notice), archive));
  g_assert_true (directive_date_equal (directive_notice_get_issued_on (notice), issued_on));

  /* An empty archive is not no archive. */
  {
    const char *empty[] = { NULL };

    directive_notice_set_archive (notice, empty);
    g_assert_nonnull (directive_notice_get_archive (notice));
    g_assert_null (directive_notice_get_archive (notice)[0]);
  }
}

static void
test_notice_list_properties (void)
{
  g_autoptr(DirectiveNotice) notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  const char *names[] = { "conclusions", "recipients", "addressees" };
  GListModel *models[] = {
    directive_notice_get_conclusions (notice),
    directive_notice_get_recipients (notice),
    directive_notice_get_addressees (notice),
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GListModel) got = NULL;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (notice), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->value_type == G_TYPE_LIST_MODEL);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
      g_object_get (notice, names[i], &got, NULL);
      g_assert_true (got == models[i]);
    }
  g_assert_true (models[1] != models[2]);
}

static void
test_notice_notify (void)
{
  g_autoptr(DirectiveNotice) notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  g_autoptr(DirectiveAgency) issuer = directive_agency_new ("ubnd-tinh", "UBND tỉnh");
  g_autoptr(DirectiveSigner) signer = directive_signer_new ("Nguyễn Sơn Hùng", NULL);
  g_autoptr(DirectiveDate) d1 = test_date_new (2021, 11, 23);
  g_autoptr(DirectiveDate) d1_again = test_date_new (2021, 11, 23);
  g_autoptr(DirectiveDate) d2 = test_date_new (2021, 11, 0);
  const char *archive[] = { "VT", "KGVX", NULL };
  const char *archive_again[] = { "VT", "KGVX", NULL };
  const char *archive_other[] = { "VT", NULL };
  guint kind = 0, number = 0, symbol = 0, n_issuer = 0, place = 0, issued_on = 0;
  guint subject = 0, n_archive = 0, n_signer = 0, urgency = 0, source_file = 0, source_sha256 = 0;

  g_signal_connect (notice, "notify::kind", G_CALLBACK (test_count_notify_cb), &kind);
  g_signal_connect (notice, "notify::number", G_CALLBACK (test_count_notify_cb), &number);
  g_signal_connect (notice, "notify::symbol", G_CALLBACK (test_count_notify_cb), &symbol);
  g_signal_connect (notice, "notify::issuer", G_CALLBACK (test_count_notify_cb), &n_issuer);
  g_signal_connect (notice, "notify::place", G_CALLBACK (test_count_notify_cb), &place);
  g_signal_connect (notice, "notify::issued-on", G_CALLBACK (test_count_notify_cb), &issued_on);
  g_signal_connect (notice, "notify::subject", G_CALLBACK (test_count_notify_cb), &subject);
  g_signal_connect (notice, "notify::archive", G_CALLBACK (test_count_notify_cb), &n_archive);
  g_signal_connect (notice, "notify::signer", G_CALLBACK (test_count_notify_cb), &n_signer);
  g_signal_connect (notice, "notify::urgency", G_CALLBACK (test_count_notify_cb), &urgency);
  g_signal_connect (notice, "notify::source-file", G_CALLBACK (test_count_notify_cb), &source_file);
  g_signal_connect (notice, "notify::source-sha256", G_CALLBACK (test_count_notify_cb), &source_sha256);

  directive_notice_set_kind (notice, DIRECTIVE_DOCUMENT_KIND_NOTICE);
  g_assert_cmpuint (kind, ==, 0);
  directive_notice_set_kind (notice, DIRECTIVE_DOCUMENT_KIND_DECISION);
  directive_notice_set_kind (notice, DIRECTIVE_DOCUMENT_KIND_DECISION);
  g_object_set (notice, "kind", DIRECTIVE_DOCUMENT_KIND_DECISION, NULL);
  g_assert_cmpuint (kind, ==, 1);

  directive_notice_set_number (notice, "12");
  directive_notice_set_number (notice, "12");
  g_assert_cmpuint (number, ==, 1);
  directive_notice_set_symbol (notice, "TB-UBND");
  directive_notice_set_symbol (notice, "TB-UBND");
  g_assert_cmpuint (symbol, ==, 1);
  directive_notice_set_place (notice, "Đồng Nai");
  g_object_set (notice, "place", "Đồng Nai", NULL);
  g_assert_cmpuint (place, ==, 1);
  directive_notice_set_subject (notice, "s");
  directive_notice_set_subject (notice, "s");
  g_assert_cmpuint (subject, ==, 1);
  directive_notice_set_source_file (notice, "a.txt");
  directive_notice_set_source_file (notice, "a.txt");
  g_assert_cmpuint (source_file, ==, 1);
  directive_notice_set_source_sha256 (notice, "00");
  directive_notice_set_source_sha256 (notice, "00");
  g_assert_cmpuint (source_sha256, ==, 1);

  directive_notice_set_issuer (notice, issuer);
  directive_notice_set_issuer (notice, issuer);
  g_assert_cmpuint (n_issuer, ==, 1);
  directive_notice_set_issuer (notice, NULL);
  g_assert_cmpuint (n_issuer, ==, 2);

  directive_notice_set_signer (notice, signer);
  g_object_set (notice, "signer", signer, NULL);
  g_assert_cmpuint (n_signer, ==, 1);

  directive_notice_set_urgency (notice, DIRECTIVE_URGENCY_NONE);
  g_assert_cmpuint (urgency, ==, 0);
  directive_notice_set_urgency (notice, DIRECTIVE_URGENCY_THUONG_KHAN);
  directive_notice_set_urgency (notice, DIRECTIVE_URGENCY_THUONG_KHAN);
  g_assert_cmpuint (urgency, ==, 1);

  /* Dates compare by value. */
  directive_notice_set_issued_on (notice, d1);
  g_assert_cmpuint (issued_on, ==, 1);
  directive_notice_set_issued_on (notice, d1_again);
  g_object_set (notice, "issued-on", d1_again, NULL);
  g_assert_cmpuint (issued_on, ==, 1);
  directive_notice_set_issued_on (notice, d2);
  g_assert_cmpuint (issued_on, ==, 2);
  directive_notice_set_issued_on (notice, NULL);
  directive_notice_set_issued_on (notice, NULL);
  g_assert_cmpuint (issued_on, ==, 3);

  /* String arrays compare by contents. */
  directive_notice_set_archive (notice, NULL);
  g_assert_cmpuint (n_archive, ==, 0);
  directive_notice_set_archive (notice, archive);
  g_assert_cmpuint (n_archive, ==, 1);
  directive_notice_set_archive (notice, archive_again);
  g_object_set (notice, "archive", archive_again, NULL);
  g_assert_cmpuint (n_archive, ==, 1);
  directive_notice_set_archive (notice, archive_other);
  g_assert_cmpuint (n_archive, ==, 2);
  directive_notice_set_archive (notice, NULL);
  g_assert_cmpuint (n_archive, ==, 3);

  /* Nothing else fired. */
  g_assert_cmpuint (kind, ==, 1);
  g_assert_cmpuint (number, ==, 1);
  g_assert_cmpuint (n_signer, ==, 1);
}

typedef struct {
  GListModel *(*get) (DirectiveNotice *);
  void (*add) (DirectiveNotice *, DirectiveRecipient *);
} RecipientList;

static void
test_notice_lists (void)
{
  g_autoptr(DirectiveNotice) notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_OFFICIAL_LETTER);
  g_autoptr(DirectiveConclusion) conclusion = directive_conclusion_new ();
  g_autoptr(DirectiveConclusion) got_conclusion = NULL;
  TestItemsChanged ic = { 0 };
  const RecipientList lists[] = {
    { directive_notice_get_recipients, directive_notice_add_recipient },
    { directive_notice_get_addressees, directive_notice_add_addressee },
  };

  g_signal_connect (directive_notice_get_conclusions (notice), "items-changed",
                    G_CALLBACK (test_items_changed_cb), &ic);
  directive_notice_add_conclusion (notice, conclusion);
  g_assert_cmpuint (ic.emissions, ==, 1);
  g_assert_cmpuint (ic.position, ==, 0);
  g_assert_cmpuint (ic.removed, ==, 0);
  g_assert_cmpuint (ic.added, ==, 1);
  g_assert_cmpuint (ic.n_items, ==, 1);
  got_conclusion = g_list_model_get_item (directive_notice_get_conclusions (notice), 0);
  g_assert_true (got_conclusion == conclusion);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(DirectiveRecipient) r1 = directive_recipient_new ("Chủ tịch, PCT UBND tỉnh");
      g_autoptr(DirectiveRecipient) r2 = directive_recipient_new ("Sở Tài chính");
      g_autoptr(DirectiveRecipient) got = NULL;
      GListModel *model = lists[i].get (notice);
      TestItemsChanged lic = { 0 };

      g_signal_connect (model, "items-changed", G_CALLBACK (test_items_changed_cb), &lic);
      lists[i].add (notice, r1);
      g_assert_cmpuint (lic.emissions, ==, 1);
      g_assert_cmpuint (lic.position, ==, 0);
      g_assert_cmpuint (lic.removed, ==, 0);
      g_assert_cmpuint (lic.added, ==, 1);
      g_assert_cmpuint (lic.n_items, ==, 1);
      lists[i].add (notice, r2);
      g_assert_cmpuint (lic.emissions, ==, 2);
      g_assert_cmpuint (lic.position, ==, 1);
      g_assert_cmpuint (lic.added, ==, 1);
      g_assert_cmpuint (lic.n_items, ==, 2);
      got = g_list_model_get_item (model, 1);
      g_assert_true (got == r2);
      g_signal_handlers_disconnect_by_data (model, &lic);
    }

  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_recipients (notice)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_addressees (notice)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_conclusions (notice)), ==, 1);
}

static void
test_notice_finalize (void)
{
  DirectiveNotice *notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  DirectiveAgency *issuer = directive_agency_new ("ubnd-tinh", NULL);
  DirectiveSigner *signer = directive_signer_new (NULL, NULL);
  DirectiveConclusion *conclusion = directive_conclusion_new ();
  DirectiveRecipient *recipient = directive_recipient_new ("Như trên");

  g_object_add_weak_pointer (G_OBJECT (notice), (gpointer *) &notice);
  g_object_add_weak_pointer (G_OBJECT (issuer), (gpointer *) &issuer);
  g_object_add_weak_pointer (G_OBJECT (signer), (gpointer *) &signer);
  g_object_add_weak_pointer (G_OBJECT (conclusion), (gpointer *) &conclusion);
  g_object_add_weak_pointer (G_OBJECT (recipient), (gpointer *) &recipient);

  directive_notice_set_issuer (notice, issuer);
  directive_notice_set_signer (notice, signer);
  directive_notice_add_conclusion (notice, conclusion);
  directive_notice_add_recipient (notice, recipient);
  directive_notice_add_addressee (notice, recipient);
  g_object_unref (issuer);
  g_object_unref (signer);
  g_object_unref (conclusion);
  g_object_unref (recipient);
  g_assert_nonnull (issuer);
  g_assert_nonnull (signer);
  g_assert_nonnull (conclusion);
  g_assert_nonnull (recipient);

  g_object_unref (notice);
  g_assert_null (notice);
  g_assert_null (issuer);
  g_assert_null (signer);
  g_assert_null (conclusion);
  g_assert_null (recipient);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notice/new", test_notice_new);
  g_test_add_func ("/notice/properties", test_notice_properties);
  g_test_add_func ("/notice/list-properties", test_notice_list_properties);
  g_test_add_func ("/notice/notify", test_notice_notify);
  g_test_add_func ("/notice/lists", test_notice_lists);
  g_test_add_func ("/notice/finalize", test_notice_finalize);

  return g_test_run ();
}
