/* build-notice.c: build a notice in code and save it as directive/1 JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: build-notice OUTPUT.json
 *
 * Builds what a clerk would type in from a meeting: the agencies, a notice
 * with its conclusion and two tasks, and saves the collection.
 */
#include <stdio.h>
#include <stdlib.h>

#include <directive.h>

static DirectiveAgency *
add_agency (DirectiveCollection *collection,
            const char          *id,
            const char          *name,
            DirectiveAgencyKind  kind,
            DirectiveAgency     *parent)
{
  g_autoptr(DirectiveAgency) agency = directive_agency_new (id, name);
  g_autoptr(GError) error = NULL;

  directive_agency_set_kind (agency, kind);
  directive_agency_set_locality (agency, "Tây Ninh");
  if (parent != NULL && !directive_agency_set_parent (agency, parent, &error))
    g_error ("%s", error->message);
  if (!directive_collection_add_agency (collection, agency, &error))
    g_error ("%s", error->message);

  /* The collection holds a reference; hand back the shared object. */
  return directive_collection_lookup_agency (collection, id);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(DirectiveNotice) notice = NULL;
  g_autoptr(DirectiveConclusion) conclusion = NULL;
  g_autoptr(DirectivePerson) chair = NULL;
  g_autoptr(DirectiveTask) first = NULL;
  g_autoptr(DirectiveTask) second = NULL;
  g_autoptr(DirectiveDate) issued_on = NULL;
  g_autoptr(DirectiveDate) deadline = NULL;
  g_autoptr(DirectiveSigner) signer = NULL;
  g_autoptr(DirectiveAuthority) authority = NULL;
  g_autoptr(GError) error = NULL;
  DirectiveAgency *province, *agriculture, *finance;
  const char * const archive[] = { "VT", "KT", NULL };

  if (argc != 2)
    {
      fprintf (stderr, "Usage: %s OUTPUT.json\n", argv[0]);
      return EXIT_FAILURE;
    }

  collection = directive_collection_new ();
  province = add_agency (collection, "ubnd-tinh", "Ủy ban nhân dân tỉnh Tây Ninh",
                         DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE, NULL);
  agriculture = add_agency (collection, "so-nnptnt", "Sở Nông nghiệp và Phát triển nông thôn",
                            DIRECTIVE_AGENCY_KIND_DEPARTMENT, province);
  finance = add_agency (collection, "so-tai-chinh", "Sở Tài chính",
                        DIRECTIVE_AGENCY_KIND_DEPARTMENT, province);

  notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  directive_notice_set_number (notice, "218");
  directive_notice_set_symbol (notice, "TB-VP");
  directive_notice_set_issuer (notice, province);
  directive_notice_set_place (notice, "Tây Ninh");
  issued_on = directive_date_new (2022, 8, 16, &error);
  g_assert_no_error (error);
  directive_notice_set_issued_on (notice, issued_on);
  directive_notice_set_subject (notice, "Kết luận về tiến độ cấp nước sạch nông thôn năm 2022");
  directive_notice_set_archive (notice, archive);

  chair = directive_person_new ("Trần Văn Chiến", "Phó Chủ tịch UBND tỉnh");
  directive_person_set_agency (chair, province);
  conclusion = directive_conclusion_new ();
  directive_conclusion_set_by (conclusion, chair);
  directive_conclusion_set_summary (conclusion, "Tỷ lệ hộ dân nông thôn dùng nước sạch đạt 68%.");

  first = directive_task_new ("1", "Rà soát công trình cấp nước tập trung, đề xuất phương án sửa chữa.");
  directive_task_add_lead (first, agriculture);
  directive_task_add_cooperating (first, finance);
  directive_task_add_report_to (first, province);
  deadline = directive_date_new_from_string ("2022-09-30", &error);
  g_assert_no_error (error);
  directive_task_set_deadline (first, deadline);
  directive_conclusion_add_task (conclusion, first);

  second = directive_task_new ("2", "Tuyên truyền người dân sử dụng nước sạch, tiết kiệm nước.");
  directive_task_add_lead (second, agriculture);
  directive_task_set_recurrence (second, DIRECTIVE_RECURRENCE_ONGOING);
  directive_conclusion_add_task (conclusion, second);

  directive_notice_add_conclusion (notice, conclusion);

  signer = directive_signer_new ("Nguyễn Văn Hùng", "Chánh Văn phòng");
  authority = directive_authority_new (DIRECTIVE_AUTHORITY_MODE_TL, "Chủ tịch");
  directive_signer_add_authority (signer, authority);
  directive_notice_set_signer (notice, signer);

  directive_collection_add_notice (collection, notice);

  if (!directive_collection_save_to_file (collection, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }

  printf ("Saved %u notice with %u tasks to %s\n",
          g_list_model_get_n_items (directive_collection_get_notices (collection)),
          g_list_model_get_n_items (directive_conclusion_get_tasks (conclusion)),
          argv[1]);
  return EXIT_SUCCESS;
}
