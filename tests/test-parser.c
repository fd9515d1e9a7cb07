/* test-parser.c: the document parser, stage by stage, on a few lines each
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <unistd.h>

#include <glib/gstdio.h>

#include <directive.h>

#include "directive-memo-private.h"
#include "directive-parser-private.h"
#include "directive-text-private.h"
#include "test-util.h"

static DirectiveNotice *
parse (const char       *text,
       DirectiveParser **parser_out)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) c = directive_parser_parse_data (parser, text, -1, &error);
  DirectiveNotice *notice;

  g_assert_no_error (error);
  g_assert_nonnull (c);
  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_notices (c)), ==, 1);
  notice = g_list_model_get_item (directive_collection_get_notices (c), 0);
  if (parser_out)
    *parser_out = g_steal_pointer (&parser);

  return notice;
}

static DirectiveTask *
task_at (DirectiveNotice *notice,
         guint            i)
{
  g_autoptr(DirectiveConclusion) c = g_list_model_get_item (directive_notice_get_conclusions (notice), 0);
  DirectiveTask *t = g_list_model_get_item (directive_conclusion_get_tasks (c), i);

  g_object_unref (t);   /* the notice holds it */
  return t;
}

static const char *
agency_name (GListModel *list,
             guint       i)
{
  g_autoptr(DirectiveAgency) a = g_list_model_get_item (list, i);

  return a ? directive_agency_get_name (a) : NULL;
}

static DirectiveConclusion *
first_conclusion (DirectiveNotice *n)
{
  DirectiveConclusion *c = g_list_model_get_item (directive_notice_get_conclusions (n), 0);

  g_object_unref (c);   /* the notice holds it */
  return c;
}

#define HEADER \
  "        ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" \
  "         TỈNH ĐỒNG NAI                    Độc lập - Tự do - Hạnh phúc\n" \
  "\n" \
  "        Số: 362/TB-UBND               Đồng Nai, ngày 04 tháng 11 năm 2022\n" \
  "\n" \
  "                                   THÔNG BÁO\n" \
  "         Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp\n" \
  "\n"

#define FOOTER \
  "    Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n" \
  "\n" \
  "Nơi nhận:                                              TL. CHỦ TỊCH\n" \
  "- Chủ tịch, các PCT UBND tỉnh;                     KT. CHÁNH VĂN PHÒNG\n" \
  "- Chánh, PCVP UBND tỉnh (KTN);                     PHÓ CHÁNH VĂN PHÒNG\n" \
  "- Lưu: VT, KTN.                                       Đỗ Quang Vinh\n"

static void
test_header (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER "    1. Giao Sở Tài chính chủ trì.\n" FOOTER, NULL);
  g_autofree char *date = directive_date_to_string (directive_notice_get_issued_on (n));

  g_assert_cmpint (directive_notice_get_kind (n), ==, DIRECTIVE_DOCUMENT_KIND_NOTICE);
  g_assert_cmpstr (directive_notice_get_number (n), ==, "362");
  g_assert_cmpstr (directive_notice_get_symbol (n), ==, "TB-UBND");
  g_assert_cmpstr (directive_notice_get_place (n), ==, "Đồng Nai");
  g_assert_cmpstr (date, ==, "2022-11-04");
  g_assert_cmpstr (directive_notice_get_subject (n), ==, "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp");
  g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (n)), ==, "Ủy ban nhân dân tỉnh Đồng Nai");
}

static void
test_header_ocr (void)
{
  /* a scan: no issuer lines, "S6:" for "Số:", an unreadable number and day */
  g_autoptr(DirectiveNotice) n = parse (" S6: WHB-UBND Déng Nai, ngaythdng 11 nam 2021\n"
                                        "THONG BAO\n\n"
                                        "Két ludn cia ddng chi X\n\n"
                                        "1. Chu tri, phdi hop S& Tai chinh ra soat.\n"
                                        "Noi nhan: TL. CHU TICH\n", NULL);
  g_autofree char *date = directive_date_to_string (directive_notice_get_issued_on (n));

  g_assert_cmpint (directive_notice_get_kind (n), ==, DIRECTIVE_DOCUMENT_KIND_NOTICE);
  g_assert_null (directive_notice_get_number (n));
  g_assert_cmpstr (directive_notice_get_symbol (n), ==, "TB-UBND");
  g_assert_cmpstr (directive_notice_get_place (n), ==, "Đồng Nai");
  g_assert_cmpstr (date, ==, "2021-11");
}

static void
test_header_city (void)
{
  /* "thành" is within OCR's reach of "tỉnh": the level is read as written */
  g_autoptr(DirectiveNotice) n = parse (
    "     ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   THÀNH PHỐ CẦN THƠ                 Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/KH-UBND                  Cần Thơ, ngày 10 tháng 2 năm 2023\n"
    "                                 KẾ HOẠCH\n"
    "               Chuyển đổi số năm 2023\n"
    "1. Sở Tài chính bố trí kinh phí.\n" FOOTER, NULL);

  g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (n)), ==,
                   "Ủy ban nhân dân thành phố Cần Thơ");
}

static void
test_header_motto_ocr (void)
{
  /* OCR wraps the motto's last word onto a line of its own and leaves the
   * damaged second motto line beside the province */
  g_autoptr(DirectiveNotice) n = parse (
    "Uy BANNHANDAN = CONG HOA XA HOI CHU NGHIA VIET\n\n"
    "NAM ,\n"
    "TINH GIALAI Bdc lap - Tw do - Hanh phiic\n"
    "$6: 96/KH-UBND Gia Lai, ngay 15 thang 01 nam 2024\n"
    "KE HOACH\n"
    "Cai cach hanh chinh nam 2024\n\n"
    "1. Sở Nội vụ chủ trì.\n" FOOTER, NULL);

  g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (n)), ==,
                   "Ủy ban nhân dân tỉnh Gia Lai");
}

static void
test_header_motto_start_damaged (void)
{
  /* the motto's "Độc lập" read past recognition ("DOc jap", "Tudo"): its
   * end, "Hạnh phúc", still tells the office's name from it */
  g_autoptr(DirectiveNotice) n = parse (
    "UBND TINH BINH PHUOC CONG HOA XA HOI CHU NGHIA VIET NAM\n\n"
    "VAN PHONG DOc jap - Tudo - Hanh phic\n"
    "S6: 85 /TB-VPUBND Binh Phuc, ngay 18 thang 3 nam 2025\n"
    "THONG BAO\n\n"
    "Két ludn cia Chui tich UBND tinh\n\n"
    "1. Sở Xây dựng chủ trì.\n" FOOTER, NULL);

  g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (n)), ==,
                   "Văn phòng Ủy ban nhân dân tỉnh");
  g_assert_cmpstr (directive_notice_get_symbol (n), ==, "TB-VPUBND");
}

static void
test_header_number_label_ocr (void)
{
  /* "Số:" with its "ố" read as two digits */
  g_autoptr(DirectiveNotice) n = parse (
    "Uy BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n\n"
    "TINH LANG SON Ddc lap - Tw do - Hanh phtic\n"
    "S86: 27/TB-UBND Lang Son, ngay 14 thang 01 ném 2025\n"
    "THONG BAO\n\n"
    "1. Sở Công Thương chủ trì.\n" FOOTER, NULL);
  const DirectiveDate *on = directive_notice_get_issued_on (n);

  g_assert_cmpstr (directive_notice_get_number (n), ==, "27");
  g_assert_cmpstr (directive_notice_get_symbol (n), ==, "TB-UBND");
  g_assert_cmpstr (directive_notice_get_place (n), ==, "Lạng Sơn");
  g_assert_nonnull (on);
  g_assert_cmpuint (directive_date_get_day (on), ==, 14);
}

static void
test_header_urgency (void)
{
  /* the urgency alone on its line, over the number or under a Công văn's subject */
  const struct { const char *before, *after; DirectiveUrgency urgency; } cases[] = {
    { "    HỎA TỐC\n", "", DIRECTIVE_URGENCY_HOA_TOC },
    { "", "\n       KHẨN\n", DIRECTIVE_URGENCY_KHAN },
    { "", "\n       THƯỢNG KHẨN\n", DIRECTIVE_URGENCY_THUONG_KHAN },
    { "", "", DIRECTIVE_URGENCY_NONE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *text = g_strconcat (
        "      ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "       TỈNH PHÚ YÊN                         Độc lập - Tự do - Hạnh phúc\n"
        "\n", cases[c].before,
        "   Số: 6125/UBND-KT                       Phú Yên, ngày 24 tháng 11 năm 2024\n"
        "V/v chủ động ứng phó với bão số 9\n"
        "        và mưa lũ\n", cases[c].after,
        "\n"
        "                     Kính gửi:\n"
        "                         - Công an tỉnh;\n"
        "                         - UBND các huyện, thị xã, thành phố.\n"
        "\n"
        "    1. Công an tỉnh sẵn sàng lực lượng; hoàn thành trước 17 giờ ngày 24/11/2024.\n",
        FOOTER, NULL);
      g_autoptr(DirectiveNotice) n = parse (text, NULL);
      g_autofree char *when = directive_date_to_string (directive_task_get_deadline (task_at (n, 0)));

      g_assert_cmpint (directive_notice_get_urgency (n), ==, cases[c].urgency);
      g_assert_cmpstr (directive_notice_get_subject (n), ==, "V/v chủ động ứng phó với bão số 9 và mưa lũ");
      /* the hour before the day */
      g_assert_cmpstr (when, ==, "2024-11-24");
    }
}

static void
test_header_addressees_ocr (void)
{
  /* "Kính gửi:" as OCR reads it: its list is no task list */
  const char *labels[] = { "Kinh gv:", "Kínhgửi:  - Sở Y tế;" };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "TINH DONG NAI D6c lap - Ty do - Hanh phiic\n"
        "$6: 11835/UBND-KGVX Dong Nai, ngay 29 thang 9 nam 2021\n"
        "Viv tang cudng cong tac phong, chéng dich\n\n"
        "%s\n%s"
        "- Céng an tinh.\n\n"
        "De chu dong phong, chong dich, Chu tich UBND tinh yeu cau:\n"
        "1. Sở Y tế chủ trì.\n"
        "2. Công an tỉnh phối hợp.\n" FOOTER, labels[i], i == 0 ? "- SOY té;\n" : "");
      g_autoptr(DirectiveNotice) n = parse (text, NULL);
      g_autoptr(DirectiveConclusion) c = g_list_model_get_item (directive_notice_get_conclusions (n), 0);

      g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_addressees (n)), ==, 2);
      g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (c)), ==, 2);
      g_assert_cmpstr (directive_task_get_ordinal (task_at (n, 0)), ==, "1");
    }
}

static void
test_header_addressees_spread (void)
{
  /* a scan's blank lines between the addressees; "V/" for "V/v" */
  g_autoptr(DirectiveNotice) n = parse (
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "TỈNH PHÚ YÊN Độc lập - Tự do - Hạnh phúc\n"
    "Số: 6125/UBND-KT Phú Yên, ngày 24 tháng 11 năm 2024\n"
    "V/ chủ động ứng phó với bão số 9\n"
    "và mưa lũ\n"
    "Kính gửi:\n\n"
    "- Công an tỉnh;\n\n"
    "- Các Sở: Nông nghiệp và Phát triển nông thôn, Công\n"
    "Thương, Y tế;\n\n"
    "- UBND các huyện, thị xã, thành phố.\n\n"
    "Để chủ động ứng phó với bão, Chủ tịch UBND tỉnh yêu cầu:\n"
    "1. Công an tỉnh sẵn sàng lực lượng.\n" FOOTER, NULL);
  g_autoptr(DirectiveConclusion) c = g_list_model_get_item (directive_notice_get_conclusions (n), 0);
  g_autoptr(DirectiveRecipient) departments = g_list_model_get_item (directive_notice_get_addressees (n), 1);

  g_assert_cmpstr (directive_notice_get_subject (n), ==, "V/v chủ động ứng phó với bão số 9 và mưa lũ");
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_addressees (n)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (directive_recipient_get_agencies (departments)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (c)), ==, 1);
}

static void
test_header_subject_capital_line (void)
{
  /* a Công văn's subject going on with a capital after "của Phó" */
  g_autoptr(DirectiveNotice) n = parse (
    "       UBND TỈNH LONG AN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "          VĂN PHÒNG                       Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "        Số: 4127/VP-KT                  Long An, ngày 14 tháng 12 năm 2023\n"
    "V/v triển khai ý kiến chỉ đạo của Phó\n"
    "Chủ tịch UBND tỉnh về phòng, chống hạn\n"
    "  hán, xâm nhập mặn mùa khô 2023 - 2024\n"
    "\n"
    "            KHẨN\n"
    "\n"
    "                 Kính gửi: Sở Nông nghiệp và PTNT.\n"
    "\n"
    "    1. Sở Nông nghiệp và PTNT theo dõi tình hình xâm nhập mặn.\n" FOOTER, NULL);

  g_assert_cmpstr (directive_notice_get_subject (n), ==,
                   "V/v triển khai ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về phòng, chống hạn hán, "
                   "xâm nhập mặn mùa khô 2023 - 2024");
  g_assert_cmpint (directive_notice_get_urgency (n), ==, DIRECTIVE_URGENCY_KHAN);
}

static void
test_header_issuer_from_symbol (void)
{
  /* the department's line past reading: its symbol's initials name it */
  const struct { const char *symbol, *issuer; } cases[] = {
    { "1254/SCT-QLTM", "Sở Công Thương" },
    { "88/SKHĐT-TH", "Sở Kế hoạch và Đầu tư" },
    { "88/SKHDT-TH", "Sở Kế hoạch và Đầu tư" },
    { "12/STNMT-MT", "Sở Tài nguyên và Môi trường" },
    /* no department has these initials: the committee's line is all there is */
    { "12/SQX-VP", "Ủy ban nhân dân tỉnh Ninh Bình" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *text = g_strdup_printf (
        "UBND TINH NINH BINH CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "s0) CONG THUONG D6c lap - Tu do - Hanh phic\n\n"
        "$6: %s Ninh Binh, ngay 05 thang 7 nam 2024\n"
        "Vw ting cudng kiém tra hoat dong kinh doanh\n\n"
        "1. Công an tỉnh kiểm tra.\n%s", cases[c].symbol, FOOTER);
      g_autoptr(DirectiveNotice) n = parse (text, NULL);

      g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (n)), ==, cases[c].issuer);
    }
}

static void
test_header_province_phu (void)
{
  /* "TỈNH PHÚ THỌ" is within OCR's reach of "thành phố": "tỉnh" as written wins */
  g_autoptr(DirectiveNotice) n = parse (
    "      ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "       TỈNH PHÚ THỌ                         Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "    Số: 07/CT-UBND                        Phú Thọ, ngày 21 tháng 6 năm 2023\n"
    "\n"
    "                                   CHỈ THỊ\n"
    "           Về phòng, chống bệnh Dịch tả lợn châu Phi\n"
    "\n"
    "    1. Công an tỉnh kiểm soát việc vận chuyển lợn.\n"
    FOOTER, NULL);

  g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (n)), ==, "Ủy ban nhân dân tỉnh Phú Thọ");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==, "Công an tỉnh Phú Thọ");
}

static void
test_header_cong_van_ocr (void)
{
  /* "V/v" read as "VA"; an addressee wrapped without its indent; "Các" as "Céc" */
  g_autoptr(DirectiveNotice) n = parse (
    "_ UBND TINH DONG NAI CONG HOA XA HOI CHU NGHIA VIET NAM\n"
    "SO GIAO DUC VA DAO TAO DOc lap - Tw do - Hanh phiic\n"
    "\n"
    "$6: 1935/SGDDT-KHTC Dong Nai, ngay 24 thang 7 nam 2024\n"
    "VA chuan bi co’ sé vat chat, d6i ngii\n"
    "cho ném hoc 2024 - 2025\n"
    "\n"
    "Kinh gtr:\n"
    "- Phong Gido duc va Dao tao céc huyén, thi x4,\n"
    "thanh phd;\n"
    "- Céc truong trung hoc phé thong truc thudc S6.\n"
    "\n"
    "So Giao duc va Dao tao dé nghi cac don vi thuc hién cac ndi dung sau:\n"
    "1. Ra soat, sta chtra phong hoc; hoan thanh trudc ngay 20/8/2024.\n"
    FOOTER, NULL);
  DirectiveTask *t = task_at (n, 0);
  g_autoptr(DirectiveRecipient) first = g_list_model_get_item (directive_notice_get_addressees (n), 0);

  g_assert_cmpstr (directive_notice_get_subject (n), ==,
                   "V/v chuan bi co’ sé vat chat, d6i ngii cho ném hoc 2024 - 2025");
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_addressees (n)), ==, 2);
  g_assert_cmpstr (directive_recipient_get_text (first), ==, "Phong Gido duc va Dao tao céc huyén, thi x4, thanh phd");
  g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (first_conclusion (n))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (t)), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==,
                   "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố");
}

static void
test_header_addressees_lead (void)
{
  /* A Công văn's addressees, groups too, are who its unnamed tasks are for */
  g_autoptr(DirectiveNotice) n = parse (
    "      UBND TỈNH ĐỒNG NAI               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "    SỞ GIÁO DỤC VÀ ĐÀO TẠO                Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "Số: 1935/SGDĐT-KHTC                    Đồng Nai, ngày 24 tháng 7 năm 2024\n"
    "V/v chuẩn bị năm học 2024 - 2025\n"
    "\n"
    "                 Kính gửi:\n"
    "                          - Phòng Giáo dục và Đào tạo các huyện, thành phố;\n"
    "                          - Các trường trung học phổ thông trực thuộc Sở.\n"
    "\n"
    "    Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện các nội dung sau:\n"
    "    1. Rà soát, sửa chữa phòng học; hoàn thành trước ngày 20/8/2024.\n"
    "    2. Công an tỉnh phối hợp bảo đảm an ninh trường học.\n"
    FOOTER, NULL);
  DirectiveTask *t = task_at (n, 0);
  g_autoptr(DirectiveAgency) schools = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (t)), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==,
                   "Phòng Giáo dục và Đào tạo các huyện, thành phố");
  schools = g_list_model_get_item (directive_task_get_lead (t), 1);
  g_assert_cmpstr (directive_agency_get_name (schools), ==, "Các trường trung học phổ thông trực thuộc Sở");
  g_assert_cmpint (directive_agency_get_kind (schools), ==, DIRECTIVE_AGENCY_KIND_GROUP);
  /* a task that names its agency keeps it */
  t = task_at (n, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (t)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Công an tỉnh Đồng Nai");
}

static void
test_meeting_ocr (void)
{
  /* OCR damages the honorific and drops the comma between name and position */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "Ngay 22/7/2022, tai Phong hop s6 3 UBND tinh, déng chi Pham Thi Thanh Mai\n"
    "Ph6 Cha tich UBND tinh chu tri cuéc hop ban giai phap phat trién du lich.\n"
    "Tham dy cudc hop cé éng Trinh Van Luc - Gidm déc SO Du lich.\n"
    "Sau khi nghe bao cao, déng chi Phé Chu tich UBND tinh két ludn nhw sau:\n"
    "1. Sở Du lịch chủ trì.\n" FOOTER, NULL);
  DirectiveMeeting *m = directive_conclusion_get_meeting (first_conclusion (n));
  DirectivePerson *chair = directive_meeting_get_chair (m);
  g_autoptr(DirectivePerson) a = g_list_model_get_item (directive_meeting_get_attendees (m), 0);

  g_assert_cmpstr (directive_person_get_name (chair), ==, "Pham Thi Thanh Mai");
  g_assert_cmpstr (directive_person_get_honorific (chair), ==, "đồng chí");
  g_assert_cmpstr (directive_person_get_position (chair), ==, "Ph6 Cha tich UBND tinh");
  g_assert_cmpstr (directive_person_get_name (a), ==, "Trinh Van Luc");
  g_assert_cmpstr (directive_person_get_name (directive_conclusion_get_by (first_conclusion (n))), ==,
                   "Pham Thi Thanh Mai");
}

static void
test_meeting_chair_verb_damaged (void)
{
  /* "chủ trì" past recognition ("cht wi") before "cuộc họp"; an item's "Đề"
   * read as a small "pé" right after its number */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "Ngay 16 thang 10 nam 2023, tai Phong hop sO 1 UBND tinh, Phé Chit tich\n"
    "UBND tinh Hoang Van Thang cht wi cudc hop nghe bao cao tién dé bdi thudng.\n"
    "Tham du cudc hop cé 6éng Phan Dic Cuong - Gidm déc Sd Cong Thuong.\n"
    "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
    "1. Sở Công Thương chủ trì.\n"
    "2.pé nghi Cong ty Dién luc chuan bi phuong an cap dién.\n" FOOTER, NULL);
  DirectiveMeeting *m = directive_conclusion_get_meeting (first_conclusion (n));

  g_assert_cmpstr (directive_meeting_get_venue (m), ==, "Phong hop sO 1 UBND tinh");
  g_assert_cmpstr (directive_person_get_name (directive_meeting_get_chair (m)), ==, "Hoang Van Thang");
  g_assert_cmpstr (directive_task_get_ordinal (task_at (n, 1)), ==, "2");
}

static void
test_meeting_attendee_list_ocr (void)
{
  /* "các đồng chí:" as OCR reads it labels the list; an item that names
   * bodies ("đại diện lãnh đạo ...") is no person */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "Ngay 22/7/2022, tai Phong hop s6 3 UBND tinh, déng chi Pham Thi Thanh Mai\n"
    "Ph6 Cha tich UBND tinh chu tri cuéc hop ban giai phap phat trién du lich.\n"
    "Tham dy cudc hop cé cdc dng chi: Trinh Van Luc, Gidm déc SO Du lich; Hoang Bitc\n"
    "Minh, Pho Giam déc Sé Tai chinh; dai dién lanh dao Cong an tinh, UBND thanh phé Ha Long.\n"
    "Sau khi nghe bao cao, déng chi Phé Chu tich UBND tinh két ludn nhw sau:\n"
    "1. Sở Du lịch chủ trì.\n" FOOTER, NULL);
  DirectiveMeeting *m = directive_conclusion_get_meeting (first_conclusion (n));
  GListModel *attendees = directive_meeting_get_attendees (m);
  g_autoptr(DirectivePerson) a = g_list_model_get_item (attendees, 0);
  g_autoptr(DirectivePerson) b = g_list_model_get_item (attendees, 1);
  g_autoptr(DirectivePerson) c = g_list_model_get_item (attendees, 2);

  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, 3);
  g_assert_cmpstr (directive_person_get_name (a), ==, "Trinh Van Luc");
  g_assert_cmpstr (directive_person_get_position (a), ==, "Gidm déc SO Du lich");
  g_assert_cmpstr (directive_person_get_honorific (a), ==, "đồng chí");
  g_assert_cmpstr (directive_person_get_name (b), ==, "Hoang Bitc Minh");
  g_assert_null (directive_person_get_name (c));
  g_assert_cmpstr (directive_person_get_text (c), ==, "dai dién lanh dao Cong an tinh, UBND thanh phé Ha Long");
}

static void
test_directing_official (void)
{
  /* no meeting: the official the document directs in the name of */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    Xét Báo cáo số 518/BC-SCT ngày 03/12/2021 của Sở Công Thương, Chủ tịch UBND tỉnh\n"
    "Hà Minh Khang có ý kiến chỉ đạo như sau:\n"
    "    1. Giao Sở Công Thương chủ trì.\n" FOOTER, NULL);
  DirectivePerson *by = directive_conclusion_get_by (first_conclusion (n));

  g_assert_null (directive_conclusion_get_meeting (first_conclusion (n)));
  g_assert_cmpstr (directive_person_get_name (by), ==, "Hà Minh Khang");
  g_assert_cmpstr (directive_person_get_position (by), ==, "Chủ tịch UBND tỉnh");
}

static void
check_deadline (const char *text,
                const char *expected)
{
  g_autofree char *fold = _directive_text_fold (text, -1);
  g_autoptr(DirectiveDate) d = _directive_parse_deadline (fold, strlen (fold), 2022);
  g_autofree char *s = d ? directive_date_to_string (d) : NULL;

  g_assert_cmpstr (s, ==, expected);
}

static void
test_deadlines (void)
{
  check_deadline ("báo cáo UBND tỉnh trước ngày 15/12/2021.", "2021-12-15");
  check_deadline ("hoàn thành chậm nhất ngày 05/10/2021", "2021-10-05");
  check_deadline ("chậm nhất ngày 15 tháng 6 năm 2024", "2024-06-15");
  check_deadline ("hoàn thành trong tháng 12/2021", "2021-12-31");
  check_deadline ("hoàn thành trong tháng 2/2024", "2024-02-29");
  check_deadline ("đề xuất UBND tỉnh trong quý I/2022", "2022-03-31");
  check_deadline ("trong Quý IV/2023", "2023-12-31");
  check_deadline ("trong quý 2 năm 2023", "2023-06-30");
  /* the fold reads "ii" as a damaged "ư": II and III must still count */
  check_deadline ("hoàn thành trong quý II/2024", "2024-06-30");
  check_deadline ("trong quý III năm 2023", "2023-09-30");
  check_deadline ("trong Quy III/2024", "2024-09-30");
  /* before a month is by the end of the one before it */
  check_deadline ("hoàn thành trước tháng 9/2024", "2024-08-31");
  check_deadline ("trước tháng 01/2025", "2024-12-31");
  check_deadline ("hoàn thành trong 6 tháng đầu năm 2024", "2024-06-30");
  check_deadline ("trong 6 tháng cuối năm 2024", "2024-12-31");
  check_deadline ("báo cáo trước 30/6", "2022-06-30");
  check_deadline ("hoàn thành trong năm 2023", "2023-12-31");
  check_deadline ("bdo cdo UBND tinh truéc ngay 30/6/2022", "2022-06-30");
  /* the end of a period */
  check_deadline ("báo cáo kết quả vào cuối năm 2024", "2024-12-31");
  check_deadline ("hoàn thành trước cuối tháng 6/2024", "2024-06-30");
  check_deadline ("chậm nhất cuối quý III/2024", "2024-09-30");
  check_deadline ("duy trì đến hết năm 2025", "2025-12-31");
  check_deadline ("thi công đến hết ngày 15/8/2024", "2024-08-15");
  check_deadline ("tại cuộc họp ngày 10/5/2024", NULL);
  check_deadline ("hết sức quan tâm", NULL);
  check_deadline ("kích cầu các tháng cuối năm 2022; báo cáo trước ngày 15/8/2022", "2022-08-15");
  /* "hoàn" is one slip from the cue "hạn", but "hoàn thành" is a cue of its own */
  check_deadline ("triển khai, hoàn thành ngày 31/12/2024", "2024-12-31");
  check_deadline ("thời hạn hoàn thành: ngày 31/12/2024", "2024-12-31");
  /* the hour before the day */
  check_deadline ("hoàn thành trước 17 giờ ngày 24/11/2024", "2024-11-24");
  check_deadline ("trước 17h00 ngày 24/11/2024", "2024-11-24");
  check_deadline ("trước 17 giờ 30 phút ngày 24/11/2024", "2024-11-24");
  check_deadline ("báo cáo trước 16 giờ hằng ngày", NULL);
  /* a period's end, unless a cue names the deadline */
  check_deadline ("phân luồng trong thời gian cao điểm từ ngày 20/01/2025 đến ngày 15/02/2025", "2025-02-15");
  check_deadline ("tổ chức tuyên truyền từ tháng 3 đến tháng 6/2024", "2024-06-30");
  check_deadline ("thực hiện từ nay đến ngày 31/12/2024", "2024-12-31");
  check_deadline ("báo cáo kết quả từ ngày 01/01 đến ngày 30/6/2024 trước ngày 15/7/2024", "2024-07-15");
  check_deadline ("báo cáo số liệu tính đến ngày 30/6/2024", NULL);
  check_deadline ("rà soát công trình vi phạm từ năm 2023 đến nay", NULL);
  /* a Roman numeral's stroke read as a bracket */
  check_deadline ("hoàn thành trong quý I] năm 2024", "2024-06-30");
  check_deadline ("trong quy I|/2024", "2024-06-30");
  check_deadline ("không bố trí vốn năm 2024 cho các chủ đầu tư", NULL);
  check_deadline ("Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020", NULL);
}

static void
test_recurrence (void)
{
  struct { const char *text; DirectiveRecurrence r; } cases[] = {
    { "thực hiện thường xuyên", DIRECTIVE_RECURRENCE_ONGOING },
    { "thyc hién thugng xuyén", DIRECTIVE_RECURRENCE_ONGOING },
    { "kế hoạch hằng năm", DIRECTIVE_RECURRENCE_ANNUAL },
    { "ké hoach hing nim", DIRECTIVE_RECURRENCE_ANNUAL },
    { "định kỳ hằng quý báo cáo", DIRECTIVE_RECURRENCE_QUARTERLY },
    { "phiên họp thường kỳ hằng tháng", DIRECTIVE_RECURRENCE_MONTHLY },
    { "rà soát, báo cáo", DIRECTIVE_RECURRENCE_NONE },
    /* two words each near "hằng tháng" are not the phrase */
    { "gửi Sở Nông nghiệp và Phát triển nông thôn trước ngày 15/9/2022", DIRECTIVE_RECURRENCE_NONE },
    { "gửi Sở Nong nghiép va Phat trién néng thén trudc ngay 15/9/2022", DIRECTIVE_RECURRENCE_NONE },
    { "bdo cdo hing thdng", DIRECTIVE_RECURRENCE_MONTHLY },
    /* "hạn" is no "hằng" */
    { "giải quyết trong thời hạn quy định", DIRECTIVE_RECURRENCE_NONE },
    { "báo cáo đúng thời hạn năm 2024", DIRECTIVE_RECURRENCE_NONE },
    /* nor is "hành" */
    { "tham mưu ban hành quy chế phối hợp trong quý III/2024", DIRECTIVE_RECURRENCE_NONE },
    { "tiến hành tháo dỡ công trình vi phạm", DIRECTIVE_RECURRENCE_NONE },
    { "báo cáo hàng quý", DIRECTIVE_RECURRENCE_QUARTERLY },
    /* nor are two words apart by a comma */
    { "kiểm tra các cửa hàng có dấu hiệu găm hàng, tăng giá", DIRECTIVE_RECURRENCE_NONE },
    { "báo cáo hằng  tháng", DIRECTIVE_RECURRENCE_MONTHLY },
    /* the last month of each quarter, not of a quarter named */
    { "báo cáo UBND tỉnh trước ngày 10 của tháng cuối quý", DIRECTIVE_RECURRENCE_QUARTERLY },
    { "báo cáo trước ngày 15 tháng cuối quý.", DIRECTIVE_RECURRENCE_QUARTERLY },
    { "hoàn thành chậm nhất cuối quý III/2024", DIRECTIVE_RECURRENCE_NONE },
    { "hoàn thành cuối quý 2 năm 2024", DIRECTIVE_RECURRENCE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *fold = _directive_text_fold (cases[i].text, -1);

      g_assert_cmpint (_directive_parse_recurrence (fold, strlen (fold)), ==, cases[i].r);
    }
}

/* A parsed collection's agencies are found by id, and an id it has is
 * refused again, as in a collection built by hand */
static void
test_collection_index (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) c = directive_parser_parse_data (parser, HEADER
    "    1. Sở Y tế chủ trì, phối hợp Sở Tài chính rà soát.\n" FOOTER, -1, &error);
  GListModel *agencies;
  g_autoptr(DirectiveAgency) again = directive_agency_new ("so-y-te", "Sở Y tế");
  g_autoptr(DirectiveAgency) other = directive_agency_new ("so-xay-dung", "Sở Xây dựng");

  g_assert_no_error (error);
  agencies = directive_collection_get_agencies (c);
  g_assert_cmpuint (g_list_model_get_n_items (agencies), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(DirectiveAgency) a = g_list_model_get_item (agencies, i);

      g_assert_true (directive_collection_lookup_agency (c, directive_agency_get_id (a)) == a);
    }
  g_assert_nonnull (directive_collection_lookup_agency (c, "so-tai-chinh"));
  g_assert_null (directive_collection_lookup_agency (c, "so-xay-dung"));
  g_assert_false (directive_collection_add_agency (c, again, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_true (directive_collection_add_agency (c, other, &error));
  g_assert_true (directive_collection_lookup_agency (c, "so-xay-dung") == other);
}

static void
test_roles_summary_addressee_unused (void)
{
  /* every task names its lead: the summary's addressee leads none, and is
   * no agency of the document */
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) c = directive_parser_parse_data (parser, HEADER
    "    Để chủ động, yêu cầu các cơ quan, đơn vị thực hiện các nhiệm vụ sau:\n"
    "    1. Sở Y tế chủ trì.\n"
    "    2. Sở Tài chính bố trí kinh phí.\n"
    FOOTER, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (directive_collection_lookup_agency (c, "so-y-te"));
  g_assert_null (directive_collection_lookup_agency (c, "cac-co-quan-don-vi"));
}

static void
test_roles (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    Sở Thông tin và Truyền thông cần thực hiện các nhiệm vụ sau:\n"
    "    1. Chỉ đạo, định hướng Báo, Đài tuyên truyền rộng rãi.\n"
    "    2. Chủ trì, phối hợp Sở Tài chính, Đài PTTH Đồng Nai rà soát đơn giá; trình UBND tỉnh theo\n"
    "quy định.\n"
    "    3. Giao Sở Y tế chủ trì, phối hợp Công an tỉnh xây dựng phương án; tham mưu\n"
    "UBND tỉnh ban hành.\n"
    "    4. Tham mưu kiện toàn Ban Biên tập.\n"
    FOOTER, NULL);
  DirectiveTask *t;

  t = task_at (n, 0);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Sở Thông tin và Truyền thông");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (t)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 0);

  t = task_at (n, 1);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Sở Thông tin và Truyền thông");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (t)), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 0), ==, "Sở Tài chính");
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân tỉnh Đồng Nai");
  g_assert_cmpuint (directive_task_get_first_line (t), ==, 11);
  g_assert_cmpuint (directive_task_get_last_line (t), ==, 12);

  t = task_at (n, 2);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Sở Y tế");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (t)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân tỉnh Đồng Nai");

  /* a bare "tham mưu" advises the People's Committee */
  t = task_at (n, 3);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân tỉnh Đồng Nai");
}

/* The collection lists the agencies the notice refers to: an agency a task
 * only names ("chỉ đạo Báo, Đài ...") is no lead, cooperating agency or
 * report-to, and is not listed. */
static void
test_roles_named_only (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) c = directive_parser_parse_data (parser, HEADER
    "    1. Sở Thông tin và Truyền thông chỉ đạo Báo Đồng Nai, Đài Phát thanh - Truyền hình\n"
    "Đồng Nai tuyên truyền; phối hợp Sở Tài chính bố trí kinh phí.\n"
    "    2. Sở Y tế chủ trì, báo cáo UBND tỉnh; Bộ Y tế đã có hướng dẫn.\n"
    FOOTER, -1, &error);
  GListModel *agencies;
  g_autoptr(DirectiveNotice) n = NULL;
  gboolean named[4] = { FALSE };
  const char *expected[] = { "Sở Thông tin và Truyền thông", "Sở Tài chính", "Sở Y tế",
                             "Ủy ban nhân dân tỉnh Đồng Nai" };

  g_assert_no_error (error);
  n = g_list_model_get_item (directive_collection_get_notices (c), 0);
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==, "Sở Thông tin và Truyền thông");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 0)), 0), ==, "Sở Tài chính");
  g_assert_cmpstr (agency_name (directive_task_get_report_to (task_at (n, 1)), 0), ==,
                   "Ủy ban nhân dân tỉnh Đồng Nai");

  agencies = directive_collection_get_agencies (c);
  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      const char *name = agency_name (agencies, i);

      g_assert_false (g_str_has_prefix (name, "Báo"));
      g_assert_false (g_str_has_prefix (name, "Đài"));
      g_assert_cmpstr (name, !=, "Bộ Y tế");
      for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
        named[k] |= g_str_equal (name, expected[k]);
    }
  for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
    g_assert_true (named[k]);
}

static GPrivate test_memo = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

/* A per-thread memo is the thread's own, kept between calls, and never holds
 * more than its bound: it starts again when full. */
static gpointer
memo_thread (gpointer data)
{
  GHashTable *memo = _directive_memo_get (&test_memo, g_free);

  g_assert_true (_directive_memo_get (&test_memo, g_free) == memo);
  g_assert_cmpuint (g_hash_table_size (memo), ==, 0);
  for (guint i = 0; i < 10; i++)
    _directive_memo_insert (memo, 4, g_strdup_printf ("k%u", i), g_strdup_printf ("v%u", i));
  /* 0-3, emptied, 4-7, emptied, 8-9 */
  g_assert_cmpuint (g_hash_table_size (memo), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (memo, "k9"), ==, "v9");
  g_assert_null (g_hash_table_lookup (memo, "k7"));

  return memo;
}

/* Keys tell a text with a context from one without, and from a context
 * that runs into the text; a string memo keeps NULL answers apart from none. */
static void
test_memo_keys (void)
{
  static GPrivate strings = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);
  GHashTable *memo = _directive_memo_get_strings (&strings);
  char a[64], b[64], c[64], tiny[8];
  char *found = (char *) "unset";

  g_assert_true (_directive_memo_key (a, sizeof a, 'p', NULL, "ab"));
  g_assert_true (_directive_memo_key (b, sizeof b, 'p', "a", "b"));
  g_assert_true (_directive_memo_key (c, sizeof c, 'p', "", "ab"));
  g_assert_cmpstr (a, !=, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (b, !=, c);
  g_assert_false (_directive_memo_key (tiny, sizeof tiny, 'p', "Đồng Nai", "x"));

  g_assert_false (_directive_memo_find_string (memo, a, &found));
  g_assert_null (_directive_memo_keep_string (memo, 4, a, NULL));
  g_assert_cmpstr (_directive_memo_keep_string (memo, 4, b, (char *) "B"), ==, "B");
  g_assert_true (_directive_memo_find_string (memo, a, &found));
  g_assert_null (found);
  g_assert_true (_directive_memo_find_string (memo, b, &found));
  g_assert_cmpstr (found, ==, "B");
  g_free (found);
}

static void
test_memo_bounded (void)
{
  GHashTable *here = _directive_memo_get (&test_memo, g_free);
  GThread *thread;
  gpointer there;

  _directive_memo_insert (here, 4, g_strdup ("main"), g_strdup ("kept"));
  thread = g_thread_new ("memo", memo_thread, NULL);
  there = g_thread_join (thread);
  g_assert_true (there != here);
  g_assert_cmpuint (g_hash_table_size (here), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (here, "main"), ==, "kept");
}

static void
test_roles_report_to (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Sở Xây dựng rà soát các công trình, báo cáo Sở Tài chính trước ngày 15/7/2022.\n"
    "    2. Sở Công Thương tổng hợp, gửi Sở Kế hoạch và Đầu tư trong tháng 8/2022.\n"
    "    3. Công an tỉnh kiểm tra; báo cáo kết quả về UBND tỉnh (qua Sở Tư pháp).\n"
    "    4. Sở Y tế phối hợp Sở Tài chính kiểm tra.\n"
    "    5. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ hằng quý.\n"
    "    6. Sở Nông nghiệp và Phát triển nông thôn (Cơ quan thường trực Ban Chỉ huy PCTT&TKCN tỉnh)\n"
    "chủ trì, phối hợp UBND các xã kiểm tra đê bao; báo cáo Ban Chỉ huy Phòng, chống thiên tai và Tìm\n"
    "kiếm cứu nạn tỉnh.\n"
    "    7. UBND các huyện gửi Sở Y tế trước ngày 25 hằng tháng để tổng hợp, báo cáo UBND tỉnh.\n"
    "    8. Văn phòng UBND tỉnh theo dõi, đôn đốc, báo cáo Chủ tịch UBND tỉnh.\n"
    "    9. Thống nhất chủ trương giao Sở Xây dựng làm chủ đầu tư; bảo đảm an toàn giao thông.\n"
    "    10. Sở Công Thương báo cáo Chủ tịch UBND tỉnh Võ Tấn Đức kết quả.\n"
    "    11. UBND các xã báo cáo danh sách các công trình vi phạm chưa xử lý về Sở Xây dựng.\n"
    "    12. UBND các xã báo cáo kết quả làm việc của đoàn công tác liên ngành với Sở Y tế.\n"
    FOOTER, NULL);
  DirectiveTask *t;

  /* "báo cáo Sở X": "cáo" is not the "các" that heads a list of departments */
  t = task_at (n, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Sở Tài chính");

  /* what is sent up is a report */
  t = task_at (n, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Sở Kế hoạch và Đầu tư");

  /* "qua Sở X" names the channel, not a second addressee */
  t = task_at (n, 2);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân tỉnh Đồng Nai");

  t = task_at (n, 3);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 0);

  /* a list after the verb */
  t = task_at (n, 4);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 1), ==, "Bộ Nội vụ");

  /* the body in parentheses describes the lead; "các xã" is not "cấp xã" */
  t = task_at (n, 5);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (t)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Sở Nông nghiệp và Phát triển nông thôn");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 0), ==, "UBND các xã");
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==,
                   "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Đồng Nai");

  /* "để tổng hợp, báo cáo UBND tỉnh" is Sở Y tế's report, not this task's */
  t = task_at (n, 6);
  g_assert_cmpstr (directive_task_get_ordinal (t), ==, "7");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Sở Y tế");

  /* the Chairman answers for the committee; his name is no place */
  t = task_at (n, 7);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân tỉnh Đồng Nai");
  t = task_at (n, 9);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân tỉnh Đồng Nai");
  /* who is given ("giao") the task leads it, wherever the verb stands */
  t = task_at (n, 8);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (t)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Sở Xây dựng");
  /* a long report goes "về" whom it is for; far from the verb, "với" does not */
  t = task_at (n, 10);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Sở Xây dựng");
  t = task_at (n, 11);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 0);
}

static void
test_roles_department_director (void)
{
  /* In a department's own notice its director is the department */
  g_autoptr(DirectiveNotice) n = parse (
    "      UBND TỈNH ĐỒNG NAI               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "       SỞ XÂY DỰNG                        Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "     Số: 88/TB-SXD                  Đồng Nai, ngày 04 tháng 11 năm 2022\n"
    "\n"
    "                                   THÔNG BÁO\n"
    "         Kết luận của Giám đốc Sở Xây dựng tại cuộc họp giao ban\n"
    "\n"
    "    1. Thanh tra Sở kiểm tra các dự án; báo cáo Giám đốc Sở trước ngày 20/11/2022.\n"
    "    2. Phòng Quản lý nhà tham mưu Giám đốc Sở phương án khai thác.\n"
    "    3. Phòng Kinh tế xây dựng báo cáo UBND tỉnh.\n"
    "    4. Thanh tra Sở phối hợp Phòng Lao động - Thương binh và Xã hội huyện Định Quán kiểm tra.\n"
    "    5. Đề nghị UBND thành phố Biên Hòa phối hợp Quỹ Đầu tư phát triển tỉnh thực hiện.\n"
    "    6. Các phòng xây dựng kế hoạch, gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2022.\n"
    "    7. Bảo tàng tỉnh phối hợp Thư viện tỉnh trưng bày; gửi số liệu về Sở trước ngày 20/11/2022.\n"
    FOOTER, NULL);
  DirectiveTask *t;
  g_autoptr(DirectiveAgency) unit = NULL;

  /* "gửi về Sở" is the department; "Bảo tàng tỉnh", "Thư viện tỉnh" the province's */
  g_assert_cmpstr (agency_name (directive_task_get_report_to (task_at (n, 5)), 0), ==, "Sở Xây dựng");
  g_assert_cmpstr (agency_name (directive_task_get_report_to (task_at (n, 6)), 0), ==, "Sở Xây dựng");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 6)), 0), ==, "Bảo tàng tỉnh Đồng Nai");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 6)), 0), ==, "Thư viện tỉnh Đồng Nai");

  for (guint i = 0; i < 2; i++)
    {
      t = task_at (n, i);
      g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 1);
      g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Sở Xây dựng");
    }
  g_assert_cmpstr (agency_name (directive_task_get_report_to (task_at (n, 2)), 0), ==,
                   "Ủy ban nhân dân tỉnh Đồng Nai");

  /* its units are named in full, under it */
  t = task_at (n, 3);
  unit = g_list_model_get_item (directive_task_get_lead (t), 0);
  g_assert_cmpstr (directive_agency_get_name (unit), ==, "Thanh tra Sở Xây dựng");
  g_assert_cmpstr (directive_agency_get_short_name (unit), ==, "Thanh tra Sở");
  g_assert_cmpstr (directive_agency_get_name (directive_agency_get_parent (unit)), ==, "Sở Xây dựng");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 0), ==,
                   "Phòng Lao động - Thương binh và Xã hội huyện Định Quán");

  /* "UBND thành phố Biên Hòa" is the city's committee, though "Biên" is no head
   * while "Quy Nhơn" starts like "Quỹ": both are districts of the gazetteer */
  t = task_at (n, 4);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Ủy ban nhân dân thành phố Biên Hòa");
}

static void
test_district_issuer (void)
{
  /* The province's committee over the district's, or the district's alone
   * under "ỦY BAN NHÂN DÂN": the district issues, in the province's locality */
  const char *headers[] = {
    "      UBND TỈNH TÂY NINH               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "      UBND HUYỆN GÒ DẦU                  Độc lập - Tự do - Hạnh phúc\n",
    "      ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "      HUYỆN GÒ DẦU                       Độc lập - Tự do - Hạnh phúc\n",
  };

  for (guint h = 0; h < G_N_ELEMENTS (headers); h++)
    {
      g_autofree char *text = g_strconcat (headers[h],
        "\n"
        "     Số: 184/TB-UBND                  Gò Dầu, ngày 18 tháng 9 năm 2023\n"
        "\n"
        "                                   THÔNG BÁO\n"
        "         Kết luận của Chủ tịch UBND huyện tại buổi làm việc\n"
        "\n"
        "    1. Phòng Tài chính - Kế hoạch huyện bố trí vốn; báo cáo UBND huyện trước ngày 30/10/2023.\n"
        "    2. Phòng Nội vụ tham mưu xây dựng kế hoạch.\n"
        "    3. Phòng Nông nghiệp và Phát triển nông thôn báo cáo kết quả về UBND tỉnh.\n"
        "    4. Ban Quản lý dự án đầu tư xây dựng huyện phối hợp Phong Tai nguyén va Mi trudng huyén,\n"
        "Phòng TC-KH kiểm tra.\n"
        "    5. Phòng Y tế định kỳ báo cáo kết quả về UBND huyện.\n"
        "    6. Đề nghị Phòng Cảnh sát giao thông Công an tỉnh hỗ trợ.\n",
        FOOTER, NULL);
      g_autoptr(DirectiveNotice) n = parse (text, NULL);
      DirectiveAgency *issuer = directive_notice_get_issuer (n);
      DirectiveTask *t;
      g_autoptr(DirectiveAgency) lead = NULL;

      g_assert_cmpstr (directive_agency_get_name (issuer), ==, "Ủy ban nhân dân huyện Gò Dầu");
      g_assert_cmpint (directive_agency_get_kind (issuer), ==, DIRECTIVE_AGENCY_KIND_DISTRICT);
      g_assert_cmpstr (directive_agency_get_locality (issuer), ==, "Tây Ninh");
      g_assert_cmpstr (directive_agency_get_name (directive_agency_get_parent (issuer)), ==,
                       "Ủy ban nhân dân tỉnh Tây Ninh");

      /* its offices take its name; "UBND huyện" and a bare "tham mưu" are it */
      t = task_at (n, 0);
      lead = g_list_model_get_item (directive_task_get_lead (t), 0);
      g_assert_cmpstr (directive_agency_get_name (lead), ==, "Phòng Tài chính - Kế hoạch huyện Gò Dầu");
      g_assert_true (directive_agency_get_parent (lead) == issuer);
      g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân huyện Gò Dầu");
      t = task_at (n, 1);
      g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Phòng Nội vụ huyện Gò Dầu");
      g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân huyện Gò Dầu");
      t = task_at (n, 2);
      g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân tỉnh Tây Ninh");
      /* a body named with the level; offices OCR-damaged or abbreviated, respelled */
      t = task_at (n, 3);
      g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==,
                       "Ban Quản lý dự án đầu tư xây dựng huyện Gò Dầu");
      g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (t)), ==, 2);
      g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 0), ==,
                       "Phòng Tài nguyên và Môi trường huyện Gò Dầu");
      g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 1), ==,
                       "Phòng Tài chính - Kế hoạch huyện Gò Dầu");
      t = task_at (n, 4);
      g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân huyện Gò Dầu");
      /* an office the catalogue does not know as a district's keeps its name */
      t = task_at (n, 5);
      g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Phòng Cảnh sát giao thông");
    }
}

/* A district's notice: the committees of @province and @district ("TỈNH
 * TÂY NINH", "HUYỆN GÒ DẦU") in the header, dated at @place, and @task as
 * its one task. */
static DirectiveNotice *
parse_district_notice (const char *province,
                       const char *district,
                       const char *place,
                       const char *task)
{
  g_autofree char *text = g_strdup_printf (
    "      UBND %-28s CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "      UBND %-28s Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "     Số: 57/TB-UBND                  %s, ngày 4 tháng 3 năm 2024\n"
    "\n"
    "                                   THÔNG BÁO\n"
    "         Kết luận của Chủ tịch UBND tại buổi làm việc\n"
    "\n"
    "    1. %s\n"
    "%s",
    province, district, place, task, FOOTER);

  return parse (text, NULL);
}

static void
test_issuer_two_lines (void)
{
  /* An issuer's name run over two lines of the left column; a district's
   * office named as its tasks name it */
  const struct {
    const char *lines;
    const char *name;
  } cases[] = {
    { "     UBND TỈNH ĐỒNG NAI               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "  SỞ TÀI NGUYÊN VÀ MÔI                    Độc lập - Tự do - Hạnh phúc\n"
      "        TRƯỜNG\n",
      "Sở Tài nguyên và Môi trường" },
    { "     UBND TỈNH TÂY NINH               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "     UBND HUYỆN GÒ DẦU                    Độc lập - Tự do - Hạnh phúc\n"
      "   PHÒNG TÀI CHÍNH -\n"
      "       KẾ HOẠCH\n",
      "Phòng Tài chính - Kế hoạch huyện Gò Dầu" },
    { "     UBND TỈNH ĐỒNG NAI               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "             SỞ                         Độc lập - Tự do - Hạnh phúc\n"
      "   TÀI NGUYÊN VÀ MÔI TRƯỜNG\n",
      "Sở Tài nguyên và Môi trường" },
    /* a first line that names another department alone ("Sở Văn hóa, Thể
     * thao" is one of its own since 2025), which the second goes on with "và" */
    { "     UBND TỈNH BÌNH THUẬN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "   SỞ VĂN HÓA, THỂ THAO                   Độc lập - Tự do - Hạnh phúc\n"
      "        VÀ DU LỊCH\n",
      "Sở Văn hóa, Thể thao và Du lịch" },
    /* one line still reads alone */
    { "     UBND TỈNH ĐỒNG NAI               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "        SỞ Y TẾ                          Độc lập - Tự do - Hạnh phúc\n",
      "Sở Y tế" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *text = g_strconcat (cases[c].lines,
        "\n"
        "     Số: 88/TB-STNMT                  Đồng Nai, ngày 12 tháng 4 năm 2024\n"
        "\n"
        "                                   THÔNG BÁO\n"
        "         Kết luận tại cuộc họp giao ban tháng 4\n"
        "\n"
        "    1. Phòng Quản lý đất đai rà soát hồ sơ; hoàn thành trước ngày 30/4/2024.\n",
        FOOTER, NULL);
      g_autoptr(DirectiveNotice) n = parse (text, NULL);

      g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (n)), ==, cases[c].name);
    }
}

static void
test_symbol_d (void)
{
  /* OCR reads "Đ" as "D": a symbol's code with one is restored, others kept */
  const char *symbols[][2] = {
    { "45/SGDDT-KHTC", "SGDĐT-KHTC" },
    { "12/TB-BCD", "TB-BCĐ" },
    { "7/TB-UBND", "TB-UBND" },
    { "9/TB-SDDT", "TB-SDDT" },
    { "3/QD-SGDDT", "QĐ-SGDĐT" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (symbols); c++)
    {
      g_autofree char *text = g_strdup_printf (
        "      UBND TINH DAK LAK               CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "                                          Doc lap - Tu do - Hanh phuc\n"
        "\n"
        "     So: %s                   Dak Lak, ngay 4 thang 3 nam 2024\n"
        "\n"
        "                                   THONG BAO\n"
        "         Ket luan tai cuoc hop giao ban\n"
        "\n"
        "    1. So Tai chinh bo tri von truoc ngay 30/4/2024.\n"
        "%s",
        symbols[c][0], FOOTER);
      g_autoptr(DirectiveNotice) n = parse (text, NULL);

      g_assert_cmpstr (directive_notice_get_symbol (n), ==, symbols[c][1]);
    }
}

static void
test_district_unknown_names (void)
{
  /* Bodies the catalogue does not know, named in a district's notice with its
   * level: "Tổ quốc" is no "Tổ" heading a team, "Quân sự" no "quận" */
  const char *cases[][2] = {
    { "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Gò Dầu" },
    { "Ban Chỉ huy Quân sự huyện", "Ban Chỉ huy Quân sự huyện Gò Dầu" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *task = g_strdup_printf ("%s chủ trì, phối hợp Phòng Nội vụ tuyên truyền, vận động.",
                                               cases[c][0]);
      g_autoptr(DirectiveNotice) n = parse_district_notice ("TỈNH TÂY NINH", "HUYỆN GÒ DẦU", "Gò Dầu", task);

      g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==, cases[c][1]);
    }

  /* ... and through the level "thị xã" it ends with ("thị" folds as "thì") */
  {
    g_autoptr(DirectiveNotice) n = parse_district_notice (
      "TỈNH BÀ RỊA - VŨNG TÀU", "THỊ XÃ PHÚ MỸ", "Phú Mỹ",
      "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã phối hợp UBND các phường tuyên truyền.");

    g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==,
                     "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Phú Mỹ");
  }
}

static void
test_district_place (void)
{
  /* A town of the issuer's province, dated at and named letter for letter, is
   * that town, not a province or city elsewhere one letter away that OCR
   * damage could have made of it (Phủ Lý, Vĩnh Long, Hạ Long) */
  const struct {
    const char *province;
    const char *district;
    const char *place;
    const char *expected;
  } cases[] = {
    { "TỈNH BÀ RỊA - VŨNG TÀU", "THỊ XÃ PHÚ MỸ", "Phú Mỹ", "Phú Mỹ" },
    { "TỈNH BÀ RỊA - VŨNG TÀU", "THỊ XÃ PHÚ MỸ", "Phu My", "Phú Mỹ" },
    { "TỈNH BÌNH PHƯỚC", "THỊ XÃ BÌNH LONG", "Bình Long", "Bình Long" },
    { "THÀNH PHỐ HÀ NỘI", "QUẬN HÀ ĐÔNG", "Hà Đông", "Hà Đông" },
    /* a province's own place still reads as before */
    { "TỈNH VĨNH LONG", "THỊ XÃ BÌNH MINH", "Vinh Long", "Vĩnh Long" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(DirectiveNotice) n = parse_district_notice (cases[c].province, cases[c].district, cases[c].place,
                                                            "Phòng Tài chính - Kế hoạch bố trí vốn trước ngày 30/4/2024.");

      g_assert_cmpstr (directive_notice_get_place (n), ==, cases[c].expected);
    }
}

static void
test_city_province_issuer (void)
{
  /* "THÀNH PHỐ HẢI PHÒNG" is a province-level city, "THÀNH PHỐ BẮC NINH" a district */
  g_autoptr(DirectiveNotice) a = parse (
    "      ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   THÀNH PHỐ HẢI PHÒNG                   Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "     Số: 18/TB-UBND                  Hải Phòng, ngày 18 tháng 9 năm 2023\n"
    "\n"
    "                                   THÔNG BÁO\n"
    "\n"
    "    1. Sở Xây dựng chủ trì.\n" FOOTER, NULL);
  g_autoptr(DirectiveNotice) b = parse (
    "      UBND TỈNH BẮC NINH               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   UBND THÀNH PHỐ BẮC NINH               Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "     Số: 18/TB-UBND                  Bắc Ninh, ngày 18 tháng 9 năm 2023\n"
    "\n"
    "                                   THÔNG BÁO\n"
    "\n"
    "    1. Phòng Quản lý đô thị chủ trì.\n" FOOTER, NULL);

  g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (a)), ==,
                   "Ủy ban nhân dân thành phố Hải Phòng");
  g_assert_cmpint (directive_agency_get_kind (directive_notice_get_issuer (a)), ==,
                   DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE);
  g_assert_cmpstr (directive_agency_get_name (directive_notice_get_issuer (b)), ==,
                   "Ủy ban nhân dân thành phố Bắc Ninh");
  g_assert_cmpint (directive_agency_get_kind (directive_notice_get_issuer (b)), ==, DIRECTIVE_AGENCY_KIND_DISTRICT);
  g_assert_cmpstr (directive_agency_get_locality (directive_notice_get_issuer (b)), ==, "Bắc Ninh");
}

/* A plan's section of aims numbers them too: they are its summary, not tasks */
static void
test_plan_aims_section (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    I. MỤC ĐÍCH, YÊU CẦU\n"
    "    1. Đẩy mạnh thanh toán trực tuyến trong dịch vụ công.\n"
    "    2. Phân công rõ trách nhiệm của từng cơ quan, đơn vị.\n"
    "    II. NHIỆM VỤ CỤ THỂ\n"
    "    1. Sở Tài chính hướng dẫn thu phí trực tuyến.\n"
    "    2. Công an tỉnh rà soát dữ liệu dân cư.\n"
    "    III. TỔ CHỨC THỰC HIỆN\n"
    "    Các sở, ngành triển khai Kế hoạch này.\n"
    FOOTER, NULL);
  DirectiveConclusion *c = first_conclusion (n);

  g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (c)), ==, 2);
  g_assert_cmpstr (directive_task_get_text (task_at (n, 0)), ==, "Sở Tài chính hướng dẫn thu phí trực tuyến.");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 1)), 0), ==, "Công an tỉnh Đồng Nai");
  g_assert_nonnull (strstr (directive_conclusion_get_summary (c), "Phân công rõ trách nhiệm"));

  /* OCR leaves the next section's title in small letters: still a section */
  g_clear_object (&n);
  n = parse (HEADER
    "I. MUC DICH, YEU CAU\n"
    "1. Day manh thanh toan truc tuyen.\n"
    "Il. NHIEM vU cu THE\n"
    "1. Sở Tài chính hướng dẫn thu phí trực tuyến.\n"
    FOOTER, NULL);
  c = first_conclusion (n);
  g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (c)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==, "Sở Tài chính");
}

static void
test_plan_item_fields (void)
{
  /* A plan names who and when in a paragraph of its own under the item */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Triển khai thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia.\n"
    "    Cơ quan chủ trì: Sở Thông tin và Truyền thông; phối hợp: Kho bạc Nhà nước Đồng Nai,\n"
    "Sở Tài chính; thời gian hoàn thành: trong quý III/2024.\n"
    "    2. Định kỳ hằng tháng báo cáo tiến độ giải ngân về Sở KH&ĐT để tổng hợp.\n"
    FOOTER, NULL);
  DirectiveTask *t = task_at (n, 0);
  g_autofree char *deadline = directive_date_to_string (directive_task_get_deadline (t));

  g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (first_conclusion (n))), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Sở Thông tin và Truyền thông");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (t)), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 0), ==, "Kho bạc Nhà nước Đồng Nai");
  /* nothing here reports to anyone */
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (t)), ==, 0);
  g_assert_cmpstr (deadline, ==, "2024-09-30");
  /* "giải" (giải ngân) is not "giao": the addressee after it is still read */
  t = task_at (n, 1);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Sở Kế hoạch và Đầu tư");
}

static void
test_plan_item_field_lines (void)
{
  /* the same fields as dash lines of their own, lists cut by semicolons */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Tổ chức chương trình nghệ thuật chào mừng Ngày giải phóng tỉnh.\n"
    "    - Cơ quan chủ trì: Trung tâm Văn hóa - Điện ảnh tỉnh.\n"
    "    - Cơ quan phối hợp: Sở Tài chính; Công an tỉnh; Sở Y tế.\n"
    "    - Thời gian thực hiện: trước ngày 18/4/2025.\n"
    FOOTER, NULL);
  DirectiveTask *t = task_at (n, 0);
  g_autofree char *deadline = directive_date_to_string (directive_task_get_deadline (t));

  g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (first_conclusion (n))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_subtasks (t)), ==, 0);
  /* a body named with its level alone is the province's */
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Trung tâm Văn hóa - Điện ảnh tỉnh Đồng Nai");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (t)), ==, 3);
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 2), ==, "Sở Y tế");
  g_assert_cmpstr (deadline, ==, "2025-04-18");
}

static void
test_roles_groups (void)
{
  /* The same body in every district is one group, named after the body */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chủ trì, phối hợp Phòng Nội vụ\n"
    "cùng cấp và Công an các huyện, thành phố rà soát.\n"
    "    2. Ban Quản lý các khu công nghiệp cung cấp thông tin cho Trung tâm Y tế cấp huyện.\n"
    "    3. UBND các huyện, thành phố:\n"
    "    a) Chỉ đạo Chi cục Thuế khu vực, UBND cấp xã tăng cường quản lý thu thuế.\n"
    FOOTER, NULL);
  DirectiveTask *t = task_at (n, 0);
  g_autoptr(DirectiveAgency) lead = g_list_model_get_item (directive_task_get_lead (t), 0);
  g_autoptr(DirectiveTask) a = g_list_model_get_item (directive_task_get_subtasks (task_at (n, 2)), 0);

  g_assert_cmpstr (directive_agency_get_name (lead), ==, "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố");
  g_assert_cmpint (directive_agency_get_kind (lead), ==, DIRECTIVE_AGENCY_KIND_GROUP);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (t)), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 0), ==, "Phòng Nội vụ cùng cấp");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 1), ==, "Công an các huyện, thành phố");

  /* "cung cấp" (to supply) is no "cùng cấp" */
  t = task_at (n, 1);
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Ban Quản lý các khu công nghiệp Đồng Nai");

  /* under an agency's heading, "Chỉ đạo X" is that agency directing X */
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (a)), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_lead (a), 0), ==, "UBND các huyện, thành phố");
}

/* A city inside a province writes to its offices: "thành phố" is the city,
 * not the province, and its bodies are named after it */
static void
test_roles_city_in_province (void)
{
  g_autoptr(DirectiveNotice) n = parse (
    "    ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "  THÀNH PHỐ BẢO LỘC                        Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "  Số: 1852/UBND-QLĐT                    Bảo Lộc, ngày 21 tháng 6 năm 2024\n"
    "V/v quản lý trật tự xây dựng\n"
    "\n"
    "                        Kính gửi:\n"
    "                               - Phòng Quản lý đô thị thành phố;\n"
    "                               - Công an thành phố.\n"
    "\n"
    "    1. Phòng Quản lý đô thị tham mưu UBND thành phố ban hành quy chế.\n"
    "    2. Công an thành phố chủ trì, phối hợp Phòng Quản lý đô thị thành phố kiểm tra.\n"
    "    3. Đội Kiểm tra quy tắc đô thị thành phố xử lý vi phạm do thiếu giấy phép.\n"
    FOOTER, NULL);
  DirectiveAgency *issuer = directive_notice_get_issuer (n);
  g_autoptr(DirectiveRecipient) first = g_list_model_get_item (directive_notice_get_addressees (n), 0);

  g_assert_cmpstr (directive_agency_get_name (issuer), ==, "Ủy ban nhân dân thành phố Bảo Lộc");
  g_assert_cmpstr (agency_name (directive_recipient_get_agencies (first), 0), ==,
                   "Phòng Quản lý đô thị thành phố Bảo Lộc");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==,
                   "Phòng Quản lý đô thị thành phố Bảo Lộc");
  g_assert_cmpstr (agency_name (directive_task_get_report_to (task_at (n, 0)), 0), ==,
                   "Ủy ban nhân dân thành phố Bảo Lộc");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 1)), 0), ==, "Công an thành phố Bảo Lộc");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 1)), 0), ==,
                   "Phòng Quản lý đô thị thành phố Bảo Lộc");
  /* "đô thị" is of a name, where "do" (because) and "thì" end one */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 2)), 0), ==,
                   "Đội Kiểm tra quy tắc đô thị thành phố Bảo Lộc");
}

/* More ways of asking, cooperating and timing a task */
static void
test_roles_asking (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Yêu cầu Sở Giao thông vận tải khẩn trương hoàn thiện hồ sơ, trình UBND tỉnh.\n"
    "    2. Bảo hiểm xã hội tỉnh chủ trì, cùng Sở Lao động - Thương binh và Xã hội rà soát đối tượng.\n"
    "    3. Trung tâm Xúc tiến Thương mại và Đầu tư tỉnh phối hợp với Hiệp hội Doanh nghiệp tỉnh\n"
    "tổ chức hội nghị đối thoại vào quý I năm 2025.\n"
    "    4. Sở Tư pháp thẩm định dự thảo, gửi Văn phòng UBND tỉnh trước ngày 10/12/2024 để trình UBND tỉnh.\n"
    "    5. Thanh tra tỉnh thanh tra việc quản lý đất đai; báo cáo kết quả cho Chủ tịch UBND tỉnh.\n"
    "    6. Trường Cao đẳng Y tế Đồng Nai phối hợp Bệnh viện Đa khoa tỉnh đào tạo nhân lực.\n"
    "    7. Hội Liên hiệp Phụ nữ tỉnh, Ủy ban MTTQ Việt Nam tỉnh vận động hội viên tham gia.\n"
    "    8. Các Sở: Tài chính, Kế hoạch và Đầu tư theo chức năng tham mưu bố trí vốn.\n"
    "    9. Thống nhất với đề xuất của Sở Công Thương tại Tờ trình số 45/TTr-SCT. Sở Công Thương\n"
    "tổ chức triển khai.\n"
    "    10. Kho bạc Nhà nước tỉnh phối hợp chặt chẽ với Sở Tài chính trong công tác thu, chi.\n"
    "    11. Thống nhất nội dung. UBND tỉnh sẽ xem xét bố trí vốn.\n"
    "    12. Về kinh phí: Sở Tài chính cân đối, tham mưu bố trí.\n"
    "    13. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền.\n"
    "    14. Bệnh viện Đa khoa Trung tâm Đồng Nai bố trí khu điều trị riêng.\n"
    FOOTER, NULL);
  g_autofree char *when = NULL;

  /* "yêu cầu" is one slip from "yêu các", which would head a list of departments */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==, "Sở Giao thông vận tải");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 1)), 0), ==,
                   "Sở Lao động - Thương binh và Xã hội");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 2)), 0), ==,
                   "Hiệp hội Doanh nghiệp tỉnh Đồng Nai");
  when = directive_date_to_string (directive_task_get_deadline (task_at (n, 2)));
  g_assert_cmpstr (when, ==, "2025-03-31");
  /* "để trình UBND tỉnh" is the office's submission, not this task's report */
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_report_to (task_at (n, 3))), ==, 1);
  g_assert_cmpstr (agency_name (directive_task_get_report_to (task_at (n, 3)), 0), ==,
                   "Văn phòng Ủy ban nhân dân tỉnh");
  /* the Chairman answers for the committee after "cho" too */
  g_assert_cmpstr (agency_name (directive_task_get_report_to (task_at (n, 4)), 0), ==,
                   "Ủy ban nhân dân tỉnh Đồng Nai");
  /* "Cao đẳng" is of a name: "đẳng" is no "đang" there */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 5)), 0), ==, "Trường Cao đẳng Y tế Đồng Nai");
  /* the province's mass organisations are named with it, as its trade union is */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 6)), 0), ==, "Hội Liên hiệp Phụ nữ tỉnh Đồng Nai");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 6)), 1), ==,
                   "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai");
  /* the departments listed after "Các Sở:" lead */
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (task_at (n, 7))), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 7)), 1), ==, "Sở Kế hoạch và Đầu tư");
  /* with none at the start, the agency that starts a later sentence leads;
   * the committee does not lead its own notice's task so */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 8)), 0), ==, "Sở Công Thương");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_lead (task_at (n, 10))), ==, 0);
  /* "phối hợp chặt chẽ với" */
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 9)), 0), ==, "Sở Tài chính");
  /* a topic's label before the lead */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 11)), 0), ==, "Sở Tài chính");
  /* the political-social organisations as a group */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 12)), 1), ==, "các tổ chức chính trị - xã hội");
  /* a head right before the province is of the name */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 13)), 0), ==, "Bệnh viện Đa khoa Trung tâm Đồng Nai");
}

/* A body the catalogue does not know, read by the English model without its
 * Vietnamese letters: its words respelt where the catalogue's names spell
 * them, two by two; a name written with them is kept as written */
static void
test_roles_unknown_respelt (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Phong Quan ly ngan sach chu tri kiem tra.\n"
    "    2. Trung tam Van hoa Nghe thuat tinh to chuc bieu dien.\n"
    "    3. Trung tam Lưu trữ lich su tinh chủ trì.\n"
    FOOTER, NULL);

  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==, "Phòng Quản lý ngan sach");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 1)), 0), ==, "Trung tâm Văn hóa Nghe thuat tinh");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 2)), 0), ==, "Trung tâm Lưu trữ lich su tinh");
}

/* "Công an huyện" with no name is the district's own */
static void
test_roles_district_police (void)
{
  g_autoptr(DirectiveNotice) n = parse (
    "   ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   HUYỆN CỦ CHI                                 Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "   Số: 214/TB-UBND                            Củ Chi, ngày 08 tháng 5 năm 2024\n"
    "\n"
    "                                   THÔNG BÁO\n"
    "\n"
    "    1. Công an huyện chủ trì, phối hợp Phòng Y tế kiểm tra.\n"
    FOOTER, NULL);

  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==, "Công an huyện Củ Chi");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 0)), 0), ==, "Phòng Y tế huyện Củ Chi");
}

/* A group of districts that names them is named as written, not cut to the
 * catalogue's "UBND các huyện" */
static void
test_roles_named_units (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Đề nghị UBND các huyện Hải Lăng, Cam Lộ đẩy nhanh bồi thường.\n"
    "    2. UBND các huyện: Giồng Trôm, Mỏ Cày Nam và Ba Tri rà soát; báo cáo Sở Xây dựng.\n"
    "    3. UBND các huyện, thị xã Kiến Tường, thành phố Tân An phối hợp Sở Y tế.\n"
    "    4. UBND các huyện, thị xã, thành phố triển khai thực hiện.\n"
    "    5. Ủy ban nhân dân các xã, thị trấn báo cáo Phòng Y tế hằng tháng.\n"
    "    6. UBND các huyện Cao Lộc, Văn Lãng, Tràng Định chỉ đạo các xã biên giới; phối hợp Bộ Chỉ\n"
    "huy Bộ đội Biên phòng tỉnh tuyên truyền.\n"
    "    7. UBND các phường, xã kiểm tra, phối hợp Ủy ban nhân dân các xã, phường, thị trấn.\n"
    FOOTER, NULL);
  g_autoptr(DirectiveAgency) group = NULL;

  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==,
                   "UBND các huyện Hải Lăng, Cam Lộ");
  group = g_list_model_get_item (directive_task_get_lead (task_at (n, 0)), 0);
  g_assert_cmpint (directive_agency_get_kind (group), ==, DIRECTIVE_AGENCY_KIND_GROUP);
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 1)), 0), ==,
                   "UBND các huyện: Giồng Trôm, Mỏ Cày Nam và Ba Tri");
  g_assert_cmpstr (agency_name (directive_task_get_report_to (task_at (n, 1)), 0), ==, "Sở Xây dựng");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 2)), 0), ==,
                   "UBND các huyện, thị xã Kiến Tường, thành phố Tân An");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 2)), 0), ==, "Sở Y tế");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 3)), 0), ==,
                   "UBND các huyện, thị xã, thành phố");
  /* the catalogue's "UBND các xã" and one more level, named after the
   * catalogue's (as OCR damages it too: "Uy ban nhan dan cac x4, thi tan") */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 4)), 0), ==, "UBND các xã, thị trấn");
  /* "Văn" of a district's name is one letter from "và", which goes on a
   * list only in small letters */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 5)), 0), ==,
                   "UBND các huyện Cao Lộc, Văn Lãng, Tràng Định");
  /* the border guard's command by its full name ("Bộ đội" is no head of another body) */
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 5)), 0), ==,
                   "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đồng Nai");
  /* the communes and wards without the towns are not all three */
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 6)), 0), ==, "UBND các phường, xã");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 6)), 0), ==,
                   "UBND các xã, phường, thị trấn");
}

/* After a department, a comma may go on with more departments named without
 * "Sở" or with another body altogether */
static void
test_roles_list_after_department (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Sở Xây dựng chủ trì, phối hợp Sở Tài nguyên và Môi trường, UBND huyện Trảng Bom\n"
    "hoàn chỉnh hồ sơ.\n"
    "    2. Sở Y tế phối hợp Sở Tài chính, Kế hoạch và Đầu tư bố trí kinh phí.\n"
    FOOTER, NULL);
  DirectiveTask *t = task_at (n, 0);

  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (t)), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 0), ==, "Sở Tài nguyên và Môi trường");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 1), ==, "Ủy ban nhân dân huyện Trảng Bom");

  t = task_at (n, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_cooperating (t)), ==, 2);
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 0), ==, "Sở Tài chính");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (t), 1), ==, "Sở Kế hoạch và Đầu tư");
}

static void
test_roles_unknown_names (void)
{
  /* Agencies the catalogue lacks keep the name words that fold to a stop word
   * ("triển" of "triển khai", "tăng" of "tăng cường", "tại") */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp Phòng Kinh tế và Hạ tầng rà soát.\n"
    "    2. Phòng Tài chính - Kế hoạch bố trí vốn; Trung tâm Phát triển quỹ đất triển khai thực hiện.\n"
    "    3. Phòng Tài nguyên và Môi trường tăng cường kiểm tra tại các xã.\n"
    FOOTER, NULL);

  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==,
                   "Phòng Nông nghiệp và Phát triển nông thôn");
  g_assert_cmpstr (agency_name (directive_task_get_cooperating (task_at (n, 0)), 0), ==, "Phòng Kinh tế và Hạ tầng");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 1)), 0), ==, "Phòng Tài chính - Kế hoạch");
  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 2)), 0), ==, "Phòng Tài nguyên và Môi trường");
}

static void
test_roles_unknown_name_locality (void)
{
  /* the document's locality ends an unknown name */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Công ty Cổ phần Cấp thoát nước Đồng Nai khơi thông cống, rãnh.\n"
    FOOTER, NULL);

  g_assert_cmpstr (agency_name (directive_task_get_lead (task_at (n, 0)), 0), ==,
                   "Công ty Cổ phần Cấp thoát nước Đồng Nai");
}

static void
test_meeting_attendee_cues (void)
{
  const char *cues[] = { "Cùng dự có", "Tham dự có", "Dự họp có" };

  for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
    {
      g_autofree char *text = g_strdup_printf (HEADER
        "    Ngày 22/7/2022, tại Phòng họp số 3 UBND tỉnh, đồng chí Phạm Thị Thanh Mai - Phó Chủ tịch\n"
        "UBND tỉnh chủ trì cuộc họp về phát triển du lịch. %s ông Trịnh Văn Lực - Giám đốc\n"
        "Sở Du lịch. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "    1. Sở Du lịch chủ trì.\n" FOOTER, cues[i]);
      g_autoptr(DirectiveNotice) n = parse (text, NULL);
      DirectiveMeeting *m = directive_conclusion_get_meeting (first_conclusion (n));
      g_autoptr(DirectivePerson) a = NULL;

      g_assert_nonnull (m);
      g_assert_cmpuint (g_list_model_get_n_items (directive_meeting_get_attendees (m)), ==, 1);
      a = g_list_model_get_item (directive_meeting_get_attendees (m), 0);
      g_assert_cmpstr (directive_person_get_name (a), ==, "Trịnh Văn Lực");
    }
}

static void
test_meeting_chair_first (void)
{
  /* The chair before the venue, which comes after the topic; a "tại" in the
   * topic that no venue follows is the topic's; "đại diện" opens the attendees */
  const struct {
    const char *sentence;
    const char *venue;
    const char *topic;
  } cases[] = {
    { "    Ngày 10/8/2023, đồng chí Trần Tuyết Minh - Phó Chủ tịch UBND tỉnh chủ trì\n"
      "cuộc họp nghe báo cáo tiến độ xây dựng nông thôn mới tại Phòng họp B, UBND\n"
      "tỉnh. Tham dự có đại diện lãnh đạo các sở, ngành liên quan. Sau khi nghe báo\n",
      "Phòng họp B, UBND tỉnh", "nghe báo cáo tiến độ xây dựng nông thôn mới" },
    { "    Sáng ngày 10/8/2023, đồng chí Trần Tuyết Minh - Phó Chủ tịch UBND tỉnh chủ trì\n"
      "cuộc họp về tình hình thu gom rác tại các khu dân cư. Tham dự có đại diện lãnh\n"
      "đạo các sở, ngành liên quan. Sau khi nghe báo\n",
      NULL, "về tình hình thu gom rác tại các khu dân cư" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *text = g_strconcat (HEADER, cases[c].sentence,
        "cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "    1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp Sở Tài chính\n"
        "tham mưu phân bổ vốn; hoàn thành trước ngày 30/9/2023.\n" FOOTER, NULL);
      g_autoptr(DirectiveNotice) n = parse (text, NULL);
      DirectiveConclusion *conclusion = first_conclusion (n);
      DirectiveMeeting *m = directive_conclusion_get_meeting (conclusion);
      DirectivePerson *chair;
      g_autoptr(DirectivePerson) a = NULL;

      g_assert_nonnull (m);
      g_assert_cmpstr (directive_meeting_get_venue (m), ==, cases[c].venue);
      g_assert_cmpstr (directive_meeting_get_topic (m), ==, cases[c].topic);
      chair = directive_meeting_get_chair (m);
      g_assert_nonnull (chair);
      g_assert_cmpstr (directive_person_get_name (chair), ==, "Trần Tuyết Minh");
      g_assert_cmpstr (directive_person_get_position (chair), ==, "Phó Chủ tịch UBND tỉnh");
      g_assert_cmpstr (directive_person_get_name (directive_conclusion_get_by (conclusion)), ==, "Trần Tuyết Minh");
      g_assert_cmpuint (g_list_model_get_n_items (directive_meeting_get_attendees (m)), ==, 1);
      a = g_list_model_get_item (directive_meeting_get_attendees (m), 0);
      g_assert_cmpstr (directive_person_get_text (a), ==, "đại diện lãnh đạo các sở, ngành liên quan");
    }
}

static void
test_subject_year_line (void)
{
  /* a subject's second line opening with its year is not the body's "Ngày ..." */
  g_autoptr(DirectiveNotice) n = parse (
    "        ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "         TỈNH ĐỒNG NAI                    Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "        Số: 12/KH-UBND               Đồng Nai, ngày 04 tháng 11 năm 2024\n"
    "\n"
    "                                   KẾ HOẠCH\n"
    "         Bình ổn thị trường hàng hóa dịp cuối năm\n"
    "         năm 2024 và Tết Nguyên đán Ất Tỵ 2025\n"
    "\n"
    "    1. Sở Công Thương chủ trì.\n" FOOTER, NULL);

  g_assert_cmpstr (directive_notice_get_subject (n), ==,
                   "Bình ổn thị trường hàng hóa dịp cuối năm năm 2024 và Tết Nguyên đán Ất Tỵ 2025");
}

static void
test_tasks (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    Để chủ động, Chủ tịch UBND tỉnh chỉ thị:\n"
    "    I. Sở Y tế:\n"
    "    - Chủ trì tiêm vắc xin; thực hiện thường xuyên.\n"
    "    - Định kỳ hằng tháng báo cáo UBND tỉnh.\n"
    "    II. Công an tỉnh:\n"
    "    1. Tăng cường kiểm tra.\n"
    "    a) Xử lý vi phạm.\n"
    "    b) Báo cáo kết quả về Sở Y tế để tổng hợp.\n"
    FOOTER, NULL);
  DirectiveTask *t = task_at (n, 0);
  g_autoptr(DirectiveTask) sub = g_list_model_get_item (directive_task_get_subtasks (t), 1);
  DirectiveTask *t2 = task_at (n, 1);
  g_autoptr(DirectiveTask) one = g_list_model_get_item (directive_task_get_subtasks (t2), 0);
  g_autoptr(DirectiveTask) b = g_list_model_get_item (directive_task_get_subtasks (one), 1);

  g_assert_cmpstr (directive_task_get_ordinal (t), ==, "I");
  g_assert_cmpstr (directive_task_get_text (t), ==, "Sở Y tế:");
  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_subtasks (t)), ==, 2);
  g_assert_cmpstr (directive_task_get_ordinal (sub), ==, "-");
  g_assert_cmpint (directive_task_get_recurrence (sub), ==, DIRECTIVE_RECURRENCE_MONTHLY);
  g_assert_cmpstr (agency_name (directive_task_get_lead (sub), 0), ==, "Sở Y tế");
  g_assert_cmpstr (directive_task_get_ordinal (b), ==, "b");
  g_assert_cmpstr (agency_name (directive_task_get_lead (b), 0), ==, "Công an tỉnh Đồng Nai");
  g_assert_cmpstr (agency_name (directive_task_get_report_to (b), 0), ==, "Sở Y tế");
}

/* A directive often ends with its last item, the end mark "./." in that
 * item's own last line: the item's lines run on to it (the closing
 * paragraph, when there is one, starts a paragraph of its own). */
static void
test_tasks_last_item_ends_text (void)
{
  const char *footer =
    "\n"
    "Nơi nhận:                                              CHỦ TỊCH\n"
    "- CT, các PCT UBND tỉnh;\n"
    "- Lưu: VT.                                            Nguyễn Văn A\n";
  g_autofree char *text = g_strconcat (HEADER,
    "    1. Công an tỉnh kiểm tra an toàn phòng cháy tại các chợ.\n"
    "    2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện\n"
    "Chỉ thị này, báo cáo Chủ tịch UBND tỉnh kết quả vào cuối\n"
    "năm 2024./.\n", footer, NULL);
  g_autoptr(DirectiveNotice) n = parse (text, NULL);
  DirectiveConclusion *c = first_conclusion (n);
  DirectiveTask *t;

  g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (c)), ==, 2);
  t = task_at (n, 1);
  g_assert_cmpstr (directive_task_get_text (t), ==,
                   "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này, "
                   "báo cáo Chủ tịch UBND tỉnh kết quả vào cuối năm 2024.");
  g_assert_cmpstr (agency_name (directive_task_get_lead (t), 0), ==, "Văn phòng Ủy ban nhân dân tỉnh");
  g_assert_cmpstr (agency_name (directive_task_get_report_to (t), 0), ==, "Ủy ban nhân dân tỉnh Đồng Nai");
  g_assert_cmpint (directive_date_get_year (directive_task_get_deadline (t)), ==, 2024);
  g_assert_cmpint (directive_date_get_month (directive_task_get_deadline (t)), ==, 12);
  g_assert_cmpint (directive_date_get_day (directive_task_get_deadline (t)), ==, 31);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A parsed task whose subtasks are all done is done too, as with
 * directive_task_add_subtask(): once, with a notification; and a subtask that
 * outlives its parent can still change. */
static void
test_tasks_subtasks_done (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    1. Sở Y tế:\n"
    "    a) Tiêm vắc xin.\n"
    "    b) Báo cáo UBND tỉnh.\n"
    "    2. Công an tỉnh tăng cường kiểm tra.\n"
    FOOTER, NULL);
  DirectiveTask *t = task_at (n, 0);
  g_autoptr(DirectiveTask) a = g_list_model_get_item (directive_task_get_subtasks (t), 0);
  g_autoptr(DirectiveTask) b = g_list_model_get_item (directive_task_get_subtasks (t), 1);
  guint notified = 0;

  g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_subtasks (t)), ==, 2);
  g_signal_connect (t, "notify::status", G_CALLBACK (count_notify), &notified);
  directive_task_set_status (a, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpint (directive_task_get_status (t), !=, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpuint (notified, ==, 0);
  g_object_set (b, "status", DIRECTIVE_TASK_STATUS_DONE, NULL);
  g_assert_cmpint (directive_task_get_status (t), ==, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_nonnull (directive_task_get_completed_on (t));

  /* the parent never reopens, and goes with its notice while its subtask lives on */
  directive_task_set_status (b, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_cmpint (directive_task_get_status (t), ==, DIRECTIVE_TASK_STATUS_DONE);
  g_signal_handlers_disconnect_by_func (t, count_notify, &notified);
  g_clear_object (&n);
  directive_task_set_status (b, DIRECTIVE_TASK_STATUS_DONE);
  g_assert_cmpint (directive_task_get_status (b), ==, DIRECTIVE_TASK_STATUS_DONE);
}

static void
test_tasks_ocr_ordinals (void)
{
  /* OCR's ordinals: "L." for "I.", a lost stop, "II." again for "III.",
   * "Iv." and "Hl." for "IV." and "III.", "2," for "2.", "~" for "-" */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    Chủ tịch UBND tỉnh chỉ thị:\n"
    "L. Sở Y tế:\n"
    "~ Chủ trì tiêm vắc xin.\n"
    "II Sở Tài chính\n"
    "1. Bố trí kinh phí.\n"
    "2, Thẩm định dự toán.\n"
    "II. Công an tỉnh:\n"
    "- Tăng cường kiểm tra.\n"
    "Iv. Sở Xây dựng:\n"
    "- Rà soát.\n"
    "__- Thẩm định.\n"
    FOOTER, NULL);
  const char *expected[] = { "I", "II", "III", "IV" };
  const guint subtasks[] = { 1, 2, 1, 2 };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      DirectiveTask *t = task_at (n, i);

      g_assert_cmpstr (directive_task_get_ordinal (t), ==, expected[i]);
      g_assert_cmpuint (g_list_model_get_n_items (directive_task_get_subtasks (t)), ==, subtasks[i]);
    }
  {
    /* a scan's specks before a dash do not hide the item */
    g_autoptr(DirectiveTask) last = g_list_model_get_item (directive_task_get_subtasks (task_at (n, 3)), 1);

    g_assert_cmpstr (directive_task_get_text (last), ==, "Thẩm định.");
  }
  {
    g_autoptr(DirectiveTask) sub = g_list_model_get_item (directive_task_get_subtasks (task_at (n, 0)), 0);
    g_autoptr(DirectiveTask) two = g_list_model_get_item (directive_task_get_subtasks (task_at (n, 1)), 1);

    g_assert_cmpstr (directive_task_get_ordinal (sub), ==, "-");
    g_assert_cmpstr (directive_task_get_ordinal (two), ==, "2");
    g_assert_cmpstr (directive_task_get_text (two), ==, "Thẩm định dự toán.");
  }
}

static void
test_ordinals_numbers_ocr (void)
{
  /* "3.UBND" without its space; "3." after "4." is OCR's "5."; a list that
   * starts again at "1." is not repaired */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "    Chủ tịch UBND tỉnh có ý kiến như sau:\n"
    "    1. Sở Y tế chủ trì.\n"
    "    2. Sở Tài chính bố trí kinh phí.\n"
    "    3.UBND huyện Trảng Bom giải phóng mặt bằng.\n"
    "    4. Sở Xây dựng thẩm định.\n"
    "    3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.\n"
    "    1. Sở Nội vụ tổng hợp.\n"
    FOOTER, NULL);
  const char *expected[] = { "1", "2", "3", "4", "5", "1" };
  g_autoptr(DirectiveConclusion) c = g_list_model_get_item (directive_notice_get_conclusions (n), 0);

  g_assert_cmpuint (g_list_model_get_n_items (directive_conclusion_get_tasks (c)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (directive_task_get_ordinal (task_at (n, i)), ==, expected[i]);
  g_assert_cmpstr (directive_task_get_text (task_at (n, 2)), ==, "UBND huyện Trảng Bom giải phóng mặt bằng.");

  {
    /* "1L." for "11." */
    GString *text = g_string_new (HEADER);
    g_autoptr(DirectiveNotice) m = NULL;

    for (guint i = 1; i <= 10; i++)
      g_string_append_printf (text, "    %u. Sở Y tế thực hiện việc %u.\n", i, i);
    g_string_append (text, "1L. Truong Cao dang Y té DOng Nai phdi hop Bénh vién Da khoa tinh.\n" FOOTER);
    m = parse (text->str, NULL);
    g_string_free (text, TRUE);
    g_assert_cmpstr (directive_task_get_ordinal (task_at (m, 10)), ==, "11");
  }
  {
    /* "đ)" read without its stroke, as "a)" */
    g_autoptr(DirectiveNotice) l = parse (HEADER
      "    1. Giao nhiệm vụ:\n"
      "    a) Sở Y tế chủ trì.\n    b) Sở Tài chính bố trí.\n    c) Sở Nội vụ tổng hợp.\n"
      "    d) Công an tỉnh kiểm tra.\n    a) UBND các huyện hoàn thành giao đất.\n"
      FOOTER, NULL);
    g_autoptr(DirectiveTask) last = g_list_model_get_item (directive_task_get_subtasks (task_at (l, 0)), 4);

    g_assert_cmpstr (directive_task_get_ordinal (last), ==, "đ");
  }
}

static void
test_footer_interleaved (void)
{
  /* the scan puts the signature column on the recipients' lines */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "1. Giao Sở Tài chính chủ trì.\n"
    "Trên đây là kết luận; yêu cầu các cơ quan thực hiện./.\n"
    "Noinhin: TL. CHU TICH\n"
    "- Nhu thanh phan dy hop; { X .\n"
    "- Chu tich, PCT UBND tinh (KGVX); KT, CHANH VAN PHONG\n"
    "- Chénh, PVP UBND tinh (KTN, KGVX); ; PHO CHANH VAN PHONG\n"
    "-Luu: VT, KGVX.\n", NULL);
  DirectiveSigner *s = directive_notice_get_signer (n);
  GListModel *auth = directive_signer_get_authority (s);
  g_autoptr(DirectiveAuthority) a0 = g_list_model_get_item (auth, 0);
  g_autoptr(DirectiveAuthority) a1 = g_list_model_get_item (auth, 1);
  g_autoptr(DirectiveRecipient) r1 = g_list_model_get_item (directive_notice_get_recipients (n), 1);
  const char * const *archive = directive_notice_get_archive (n);

  g_assert_cmpuint (g_list_model_get_n_items (auth), ==, 2);
  g_assert_cmpint (directive_authority_get_mode (a0), ==, DIRECTIVE_AUTHORITY_MODE_TL);
  g_assert_cmpint (directive_authority_get_mode (a1), ==, DIRECTIVE_AUTHORITY_MODE_KT);
  g_assert_cmpstr (directive_authority_get_on_behalf_of (a1), ==, "Chánh Văn phòng");
  g_assert_cmpstr (directive_signer_get_position (s), ==, "Phó Chánh Văn phòng");
  g_assert_null (directive_signer_get_name (s));
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_recipients (n)), ==, 3);
  g_assert_cmpstr (directive_recipient_get_text (r1), ==, "Chu tich, PCT UBND tinh");
  g_assert_cmpstr (directive_recipient_get_note (r1), ==, "KGVX");
  g_assert_cmpstr (archive[0], ==, "VT");
  g_assert_cmpstr (archive[1], ==, "KGVX");
  g_assert_null (archive[2]);
}

static void
test_footer_clean (void)
{
  g_autoptr(DirectiveNotice) n = parse (HEADER "    1. Giao Sở Tài chính chủ trì.\n" FOOTER, NULL);
  DirectiveSigner *s = directive_notice_get_signer (n);

  g_assert_cmpstr (directive_signer_get_name (s), ==, "Đỗ Quang Vinh");
  g_assert_cmpstr (directive_signer_get_position (s), ==, "Phó Chánh Văn phòng");
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_recipients (n)), ==, 2);
}

static void
test_footer_recipient_abbreviation (void)
{
  /* "KT" of a recipient ("Phòng KT, TH") is no authority mark */
  g_autoptr(DirectiveNotice) n = parse (HEADER "    1. Giao Sở Tài chính chủ trì.\n"
    "Nơi nhận:                                              TL. CHỦ TỊCH\n"
    "- Như trên;                                            CHÁNH VĂN PHÒNG\n"
    "- Chánh, các PCVP;\n"
    "- Phòng KT, TH;\n"
    "- Lưu: VT, Tr.                                         Nguyễn Văn Hiền\n", NULL);
  DirectiveSigner *s = directive_notice_get_signer (n);
  g_autoptr(DirectiveRecipient) last = NULL;

  g_assert_cmpstr (directive_signer_get_name (s), ==, "Nguyễn Văn Hiền");
  g_assert_cmpuint (g_list_model_get_n_items (directive_signer_get_authority (s)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_recipients (n)), ==, 3);
  last = g_list_model_get_item (directive_notice_get_recipients (n), 2);
  g_assert_cmpstr (directive_recipient_get_text (last), ==, "Phòng KT, TH");
}

static void
test_footer_archive_name (void)
{
  /* the scan puts the signer's name after the archive codes, reads ";" as "j"
   * and "Đ" as "B", and loses "PHÓ" of a deputy signing for the head */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "1. Giao Sở Tài chính chủ trì.\n"
    "Văn phòng thông báo để các cơ quan biết, thực hiện./.\n"
    "Noi nhan: TL. CHU TICH |\n"
    "- Nhu trén; KT. CHANH VAN PHONG\n"
    "- VPUB: CVP, cac PCVP, DT; CHANH VAN PHONG\n"
    "~ Luu: VTjBT, CTTTBT, BQL. Ng6 Thi Bich Hanh\n", NULL);
  DirectiveSigner *s = directive_notice_get_signer (n);
  g_autoptr(DirectiveAuthority) a0 = g_list_model_get_item (directive_signer_get_authority (s), 0);
  const char * const *archive = directive_notice_get_archive (n);

  g_assert_cmpstr (directive_signer_get_name (s), ==, "Ngô Thi Bich Hanh");
  g_assert_cmpstr (directive_signer_get_position (s), ==, "Phó Chánh Văn phòng");
  g_assert_cmpstr (directive_authority_get_on_behalf_of (a0), ==, "Chủ tịch");
  g_assert_cmpuint (g_strv_length ((char **) archive), ==, 4);
  g_assert_cmpstr (archive[0], ==, "VT");
  g_assert_cmpstr (archive[1], ==, "ĐT");
  g_assert_cmpstr (archive[2], ==, "CTTTĐT");
  g_assert_cmpstr (archive[3], ==, "BQL");
  g_assert_cmpuint (g_list_model_get_n_items (directive_notice_get_recipients (n)), ==, 2);
}

static void
test_footer_archive_ocr (void)
{
  /* "Lutu" for "Lưu", "T™" for "TM.", "VI" for "VT", a short capitalised
   * surname, and a note in parentheses before the code it qualifies */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "1. Giao Sở Tài chính chủ trì.\n"
    "Văn phòng thông báo để các cơ quan biết, thực hiện./.\n"
    "Noi nhan: T™. UY BAN NHAN DAN\n"
    "- Nhu trén; KT. CHU TICH\n"
    "- CVP, cac PCVP; PHO CHU TICH\n"
    "- Lutu: VI, (ĐT/Tr) MH. DO Manh Hién\n", NULL);
  DirectiveSigner *s = directive_notice_get_signer (n);
  g_autoptr(DirectiveAuthority) a0 = g_list_model_get_item (directive_signer_get_authority (s), 0);
  const char * const *archive = directive_notice_get_archive (n);

  g_assert_cmpstr (directive_signer_get_name (s), ==, "DO Manh Hién");
  g_assert_cmpint (directive_authority_get_mode (a0), ==, DIRECTIVE_AUTHORITY_MODE_TM);
  g_assert_cmpstr (directive_authority_get_on_behalf_of (a0), ==, "Ủy ban nhân dân");
  g_assert_cmpuint (g_strv_length ((char **) archive), ==, 2);
  g_assert_cmpstr (archive[0], ==, "VT");
  g_assert_cmpstr (archive[1], ==, "(ĐT/Tr) MH");
}

static void
test_footer_archive_note_after (void)
{
  /* a note in parentheses after the code, and the line's full stop after it */
  g_autoptr(DirectiveNotice) n = parse (HEADER
    "1. Giao Sở Tài chính chủ trì.\n"
    "Nơi nhận:                                       TL. CHỦ TỊCH\n"
    "- Như trên;                                     KT. CHÁNH VĂN PHÒNG\n"
    "- Lưu: VT, KT (HVT).                            Hoàng Văn Tuấn\n", NULL);
  const char * const *archive = directive_notice_get_archive (n);

  g_assert_cmpstr (directive_signer_get_name (directive_notice_get_signer (n)), ==, "Hoàng Văn Tuấn");
  g_assert_cmpuint (g_strv_length ((char **) archive), ==, 2);
  g_assert_cmpstr (archive[1], ==, "KT (HVT)");
}

static void
test_titles (void)
{
  g_assert_cmpstr (_directive_canonical_title ("PHO GIAM BOC", FALSE), ==, "Phó Giám đốc");
  g_assert_cmpstr (_directive_canonical_title ("Chutich", FALSE), ==, "Chủ tịch");
  g_assert_cmpstr (_directive_canonical_title ("Ủy ban nhân dẫn", FALSE), ==, "Ủy ban nhân dân");
  g_assert_cmpstr (_directive_canonical_title ("GTVT: PHO CHANH VAN PHONG", TRUE), ==, "Phó Chánh Văn phòng");
  g_assert_null (_directive_canonical_title ("GTVT: PHO CHANH VAN PHONG", FALSE));
  g_assert_null (_directive_canonical_title ("KGVX", TRUE));
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(DirectiveParser) parser = NULL;
  g_autoptr(DirectiveNotice) n = parse (HEADER "    1. Giao S\xff T\xe0i chính chủ trì.\n" FOOTER, &parser);
  GListModel *d = directive_parser_get_diagnostics (parser);
  gboolean repaired = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (d); i++)
    {
      g_autoptr(DirectiveDiagnostic) diag = g_list_model_get_item (d, i);

      if (directive_diagnostic_get_line (diag) == 9 && strstr (directive_diagnostic_get_message (diag), "UTF-8"))
        repaired = TRUE;
    }
  g_assert_true (repaired);
  g_assert_true (g_utf8_validate (directive_task_get_text (task_at (n, 0)), -1, NULL));
}

static void
test_empty (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) c = directive_parser_parse_data (parser, "", 0, &error);

  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_EMPTY);
  g_assert_null (c);
}

static char *
write_sample (void)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("test-parser-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, HEADER "    1. Giao Sở Tài chính chủ trì.\n" FOOTER, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
check_source (DirectiveCollection *c,
              const char          *path)
{
  g_autoptr(DirectiveNotice) n = g_list_model_get_item (directive_collection_get_notices (c), 0);
  g_autofree char *base = g_path_get_basename (path);

  g_assert_cmpstr (directive_notice_get_source_file (n), ==, base);
  g_assert_cmpuint (strlen (directive_notice_get_source_sha256 (n)), ==, 64);
}

static void
test_parse_file (void)
{
  g_autofree char *path = write_sample ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) c = directive_parser_parse_file (parser, file, NULL, &error);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/x.txt");
  g_autoptr(DirectiveCollection) none = NULL;

  g_assert_no_error (error);
  check_source (c, path);
  none = directive_parser_parse_file (parser, missing, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_unlink (path);
}

static void
parsed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DirectiveCollection **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = directive_parser_parse_file_finish (DIRECTIVE_PARSER (object), result, &error);
  g_assert_no_error (error);
}

static void
test_parse_file_async (void)
{
  g_autofree char *path = write_sample ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCollection) c = NULL;

  directive_parser_parse_file_async (parser, file, NULL, parsed_cb, &c);
  while (c == NULL)
    g_main_context_iteration (NULL, TRUE);
  check_source (c, path);
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parser/header", test_header);
  g_test_add_func ("/parser/tasks/subtasks-done", test_tasks_subtasks_done);
  g_test_add_func ("/parser/header-ocr", test_header_ocr);
  g_test_add_func ("/parser/header-city", test_header_city);
  g_test_add_func ("/parser/header-motto-ocr", test_header_motto_ocr);
  g_test_add_func ("/parser/header-motto-start-damaged", test_header_motto_start_damaged);
  g_test_add_func ("/parser/header-addressees-ocr", test_header_addressees_ocr);
  g_test_add_func ("/parser/header-addressees-lead", test_header_addressees_lead);
  g_test_add_func ("/parser/header-cong-van-ocr", test_header_cong_van_ocr);
  g_test_add_func ("/parser/header-province-phu", test_header_province_phu);
  g_test_add_func ("/parser/meeting-ocr", test_meeting_ocr);
  g_test_add_func ("/parser/directing-official", test_directing_official);
  g_test_add_func ("/parser/deadlines", test_deadlines);
  g_test_add_func ("/parser/recurrence", test_recurrence);
  g_test_add_func ("/parser/roles-unknown-respelt", test_roles_unknown_respelt);
  g_test_add_func ("/parser/roles-summary-addressee-unused", test_roles_summary_addressee_unused);
  g_test_add_func ("/parser/header-subject-capital-line", test_header_subject_capital_line);
  g_test_add_func ("/parser/meeting-attendee-list-ocr", test_meeting_attendee_list_ocr);
  g_test_add_func ("/parser/header-issuer-from-symbol", test_header_issuer_from_symbol);
  g_test_add_func ("/parser/header-addressees-spread", test_header_addressees_spread);
  g_test_add_func ("/parser/header-urgency", test_header_urgency);
  g_test_add_func ("/parser/meeting-chair-verb-damaged", test_meeting_chair_verb_damaged);
  g_test_add_func ("/parser/roles-asking", test_roles_asking);
  g_test_add_func ("/parser/ordinals-numbers-ocr", test_ordinals_numbers_ocr);
  g_test_add_func ("/parser/roles-city-in-province", test_roles_city_in_province);
  g_test_add_func ("/parser/roles-district-police", test_roles_district_police);
  g_test_add_func ("/parser/footer-archive-note-after", test_footer_archive_note_after);
  g_test_add_func ("/parser/header-number-label-ocr", test_header_number_label_ocr);
  g_test_add_func ("/parser/memo/bounded", test_memo_bounded);
  g_test_add_func ("/parser/memo/keys", test_memo_keys);
  g_test_add_func ("/parser/collection-index", test_collection_index);
  g_test_add_func ("/parser/roles", test_roles);
  g_test_add_func ("/parser/roles/named-only", test_roles_named_only);
  g_test_add_func ("/parser/roles-report-to", test_roles_report_to);
  g_test_add_func ("/parser/roles-unknown-names", test_roles_unknown_names);
  g_test_add_func ("/parser/roles-unknown-name-locality", test_roles_unknown_name_locality);
  g_test_add_func ("/parser/roles-groups", test_roles_groups);
  g_test_add_func ("/parser/roles-named-units", test_roles_named_units);
  g_test_add_func ("/parser/roles-list-after-department", test_roles_list_after_department);
  g_test_add_func ("/parser/plan-item-fields", test_plan_item_fields);
  g_test_add_func ("/parser/plan-aims-section", test_plan_aims_section);
  g_test_add_func ("/parser/plan-item-field-lines", test_plan_item_field_lines);
  g_test_add_func ("/parser/district-issuer", test_district_issuer);
  g_test_add_func ("/parser/city-province-issuer", test_city_province_issuer);
  g_test_add_func ("/parser/district-place", test_district_place);
  g_test_add_func ("/parser/district-unknown-names", test_district_unknown_names);
  g_test_add_func ("/parser/symbol-d", test_symbol_d);
  g_test_add_func ("/parser/issuer-two-lines", test_issuer_two_lines);
  g_test_add_func ("/parser/roles-department-director", test_roles_department_director);
  g_test_add_func ("/parser/meeting-attendee-cues", test_meeting_attendee_cues);
  g_test_add_func ("/parser/meeting-chair-first", test_meeting_chair_first);
  g_test_add_func ("/parser/subject-year-line", test_subject_year_line);
  g_test_add_func ("/parser/tasks", test_tasks);
  g_test_add_func ("/parser/tasks-ocr-ordinals", test_tasks_ocr_ordinals);
  g_test_add_func ("/parser/tasks-last-item-ends-text", test_tasks_last_item_ends_text);
  g_test_add_func ("/parser/footer", test_footer_clean);
  g_test_add_func ("/parser/footer-interleaved", test_footer_interleaved);
  g_test_add_func ("/parser/footer-archive-name", test_footer_archive_name);
  g_test_add_func ("/parser/footer-recipient-abbreviation", test_footer_recipient_abbreviation);
  g_test_add_func ("/parser/footer-archive-ocr", test_footer_archive_ocr);
  g_test_add_func ("/parser/titles", test_titles);
  g_test_add_func ("/parser/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/parser/empty", test_empty);
  g_test_add_func ("/parser/parse-file", test_parse_file);
  g_test_add_func ("/parser/parse-file-async", test_parse_file_async);

  return g_test_run ();
}
