/* test-parser-options.c: what DirectiveParser's properties change in what it reads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <directive.h>

#include "test-util.h"

/* A notice whose header was lost: no issuer line, no place, no date. */
static const char *headless =
  "THÔNG BÁO\n"
  "Kết luận về công tác phòng, chống dịch\n"
  "\n"
  "1. Sở Y tế chủ trì, phối hợp Báo Nghệ An tuyên truyền; báo cáo UBND tỉnh trước ngày 30/6.\n";

static DirectiveTask *
first_task (DirectiveCollection *collection)
{
  g_autoptr(DirectiveNotice) notice = g_list_model_get_item (directive_collection_get_notices (collection), 0);
  g_autoptr(DirectiveConclusion) conclusion =
    g_list_model_get_item (directive_notice_get_conclusions (notice), 0);

  return g_list_model_get_item (directive_conclusion_get_tasks (conclusion), 0);
}

static void
test_parser_properties (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCatalogue) catalogue = directive_catalogue_new ();
  g_autoptr(DirectiveDate) date = directive_date_new (2024, 1, 15, NULL);
  g_autoptr(DirectiveDate) same = directive_date_new (2024, 1, 15, NULL);
  int locality_count = 0, date_count = 0, catalogue_count = 0;

  /* By default the built-in catalogue, no locality, no reference date. */
  g_assert_true (directive_parser_get_catalogue (parser) == directive_catalogue_get_default ());
  g_assert_null (directive_parser_get_locality (parser));
  g_assert_null (directive_parser_get_reference_date (parser));

  g_signal_connect (parser, "notify::locality", G_CALLBACK (test_count_notify_cb), &locality_count);
  g_signal_connect (parser, "notify::reference-date", G_CALLBACK (test_count_notify_cb), &date_count);
  g_signal_connect (parser, "notify::catalogue", G_CALLBACK (test_count_notify_cb), &catalogue_count);

  directive_parser_set_locality (parser, "Nghệ An");
  directive_parser_set_locality (parser, "Nghệ An");
  g_assert_cmpstr (directive_parser_get_locality (parser), ==, "Nghệ An");
  g_assert_cmpint (locality_count, ==, 1);

  directive_parser_set_reference_date (parser, date);
  directive_parser_set_reference_date (parser, same);
  g_assert_true (directive_date_equal (directive_parser_get_reference_date (parser), date));
  g_assert_cmpint (date_count, ==, 1);

  directive_parser_set_catalogue (parser, catalogue);
  directive_parser_set_catalogue (parser, catalogue);
  g_assert_true (directive_parser_get_catalogue (parser) == catalogue);
  g_assert_cmpint (catalogue_count, ==, 1);
}

/* Without a date in the document, "trước ngày 30/6" takes the reference date's year. */
static void
test_reference_date_gives_the_year (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCollection) without = NULL;
  g_autoptr(DirectiveCollection) with = NULL;
  g_autoptr(DirectiveDate) reference = directive_date_new_from_string ("2024-03", NULL);
  g_autoptr(DirectiveTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *deadline = NULL;

  without = directive_parser_parse_data (parser, headless, -1, &error);
  g_assert_no_error (error);
  g_clear_object (&task);
  task = first_task (without);
  g_assert_null (directive_task_get_deadline (task));

  directive_parser_set_reference_date (parser, reference);
  with = directive_parser_parse_data (parser, headless, -1, &error);
  g_assert_no_error (error);
  g_clear_object (&task);
  task = first_task (with);
  g_assert_nonnull (directive_task_get_deadline (task));
  deadline = directive_date_to_string (directive_task_get_deadline (task));
  g_assert_cmpstr (deadline, ==, "2024-06-30");
}

/* The locality hint names the province a headless document comes from. */
static void
test_locality_names_agencies (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(GError) error = NULL;
  DirectiveAgency *committee;
  gboolean found = FALSE;
  GListModel *agencies;

  directive_parser_set_locality (parser, "Nghệ An");
  collection = directive_parser_parse_data (parser, headless, -1, &error);
  g_assert_no_error (error);

  agencies = directive_collection_get_agencies (collection);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);

      if (directive_agency_get_kind (agency) == DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE)
        {
          committee = agency;
          g_assert_cmpstr (directive_agency_get_name (committee), ==, "Ủy ban nhân dân tỉnh Nghệ An");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

/* An empty catalogue knows nothing: agencies are kept as written. */
static void
test_user_catalogue (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCatalogue) catalogue = directive_catalogue_new ();
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(DirectiveTask) task = NULL;
  g_autoptr(DirectiveAgency) lead = NULL;
  g_autoptr(GError) error = NULL;

  directive_parser_set_catalogue (parser, catalogue);
  collection = directive_parser_parse_data (parser,
    "THÔNG BÁO\nKết luận\n\n1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\n", -1, &error);
  g_assert_no_error (error);
  task = first_task (collection);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (task)), ==, 1);
  lead = g_list_model_get_item (directive_task_get_lead (task), 0);
  g_assert_cmpstr (directive_agency_get_name (lead), ==, "Sở Y tế");
}

/* The id of the agency an addressee was resolved to, or NULL for none. */
static char *
addressee_agency_id (DirectiveParser *parser,
                     const char      *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) collection = directive_parser_parse_data (parser, text, -1, &error);
  g_autoptr(DirectiveNotice) notice = NULL;
  g_autoptr(DirectiveRecipient) addressee = NULL;
  g_autoptr(DirectiveAgency) agency = NULL;

  g_assert_no_error (error);
  notice = g_list_model_get_item (directive_collection_get_notices (collection), 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_addressees (notice)), ==, 1);
  addressee = g_list_model_get_item (directive_notice_get_addressees (notice), 0);
  if (g_list_model_get_n_items (directive_recipient_get_agencies (addressee)) == 0)
    return NULL;
  agency = g_list_model_get_item (directive_recipient_get_agencies (addressee), 0);

  return g_strdup (directive_agency_get_id (agency));
}

/* The header's phrases are remembered from one document to the next; an
 * agency added to the catalogue in between is still found in them. */
static void
test_catalogue_grows_between_parses (void)
{
  static const char *letter =
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH ĐỒNG NAI                  Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/UBND-KT          Đồng Nai, ngày 3 tháng 4 năm 2024\n"
    "V/v kiểm tra kho bãi\n"
    "\n"
    "Kính gửi: Trung tâm Điều phối Kho vận Miền Đông\n"
    "\n"
    "1. Kiểm tra kho bãi trước ngày 30/5/2024.\n";
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCatalogue) catalogue = directive_catalogue_new_default ();
  g_autoptr(DirectiveAgency) depot = directive_agency_new ("tt-kho-van", "Trung tâm Điều phối Kho vận Miền Đông");
  const char *aliases[] = { "Trung tâm Điều phối Kho vận Miền Đông", NULL };
  g_autofree char *before = NULL;
  g_autofree char *again = NULL;
  g_autofree char *after = NULL;

  directive_parser_set_catalogue (parser, catalogue);
  before = addressee_agency_id (parser, letter);
  again = addressee_agency_id (parser, letter);
  g_assert_cmpstr (before, ==, again);
  g_assert_cmpstr (before, !=, "tt-kho-van");

  directive_catalogue_add_agency (catalogue, depot, aliases);
  after = addressee_agency_id (parser, letter);
  g_assert_cmpstr (after, ==, "tt-kho-van");
}

/* A document over the size limit is refused before it is read, from data and from files. */
static void
test_max_input_size (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("directive-parser-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  int count = 0;

  g_assert_cmpuint (directive_parser_get_max_input_size (parser), ==, 16 * 1024 * 1024);
  g_signal_connect (parser, "notify::max-input-size", G_CALLBACK (test_count_notify_cb), &count);
  directive_parser_set_max_input_size (parser, 64);
  directive_parser_set_max_input_size (parser, 64);
  g_assert_cmpint (count, ==, 1);

  collection = directive_parser_parse_data (parser, headless, -1, &error);
  g_assert_null (collection);
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than the limit of 64 bytes"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, headless, -1, NULL));
  collection = directive_parser_parse_file (parser, file, NULL, &error);
  g_assert_null (collection);
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Within the limit it reads as usual. */
  directive_parser_set_max_input_size (parser, 4096);
  collection = directive_parser_parse_file (parser, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (collection);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parser-options/properties", test_parser_properties);
  g_test_add_func ("/parser-options/reference-date", test_reference_date_gives_the_year);
  g_test_add_func ("/parser-options/locality", test_locality_names_agencies);
  g_test_add_func ("/parser-options/user-catalogue", test_user_catalogue);
  g_test_add_func ("/parser-options/catalogue-grows", test_catalogue_grows_between_parses);
  g_test_add_func ("/parser-options/max-input-size", test_max_input_size);

  return g_test_run ();
}
