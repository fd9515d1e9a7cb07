/* test-catalogue.c: DirectiveCatalogue and agency mentions
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <directive.h>

#include "directive-catalogue-private.h"
#include "test-util.h"

typedef struct
{
  const char *text;
  const char *id;   /* NULL: not in the catalogue */
} Lookup;

static void
check_lookups (const Lookup *lookups,
               gsize         n)
{
  DirectiveCatalogue *catalogue = directive_catalogue_get_default ();

  for (gsize i = 0; i < n; i++)
    {
      DirectiveAgency *agency = directive_catalogue_lookup (catalogue, lookups[i].text);
      const char *id = agency != NULL ? directive_agency_get_id (agency) : NULL;

      if (g_strcmp0 (id, lookups[i].id) != 0)
        g_error ("lookup \"%s\": expected %s, got %s", lookups[i].text,
                 lookups[i].id != NULL ? lookups[i].id : "nothing", id != NULL ? id : "nothing");
    }
}

static void
test_catalogue_default (void)
{
  DirectiveCatalogue *catalogue = directive_catalogue_get_default ();
  GListModel *agencies = directive_catalogue_get_agencies (catalogue);
  g_autoptr(GListModel) property = NULL;

  g_assert_true (catalogue == directive_catalogue_get_default ());
  g_assert_cmpuint (g_list_model_get_n_items (agencies), >, 80);
  g_assert_true (g_list_model_get_item_type (agencies) == DIRECTIVE_TYPE_AGENCY);
  g_object_get (catalogue, "agencies", &property, NULL);
  g_assert_true (property == agencies);
}

static void
test_catalogue_lookup_clean (void)
{
  static const Lookup lookups[] = {
    { "Sở Thông tin và Truyền thông", "so-tttt" },
    { "Sở TT&TT", "so-tttt" },
    { "Sở TTTT", "so-tttt" },
    { "STTTT", "so-tttt" },
    { "Sở KH&ĐT", "so-khdt" },
    { "Sở KHĐT", "so-khdt" },
    { "Sở Kế hoạch và Đầu tư", "so-khdt" },
    { "UBND tỉnh", "ubnd-tinh" },
    { "Ủy ban nhân dân thành phố", "ubnd-tinh" },
    { "UBND tỉnh Đồng Nai", "ubnd-tinh" },
    { "Văn phòng UBND tỉnh", "van-phong-ubnd" },
    { "Đài PTTH Đồng Nai", "dai-ptth" },
    { "Đài PT-TH tỉnh", "dai-ptth" },
    { "Đài Phát thanh - Truyền hình Lâm Đồng", "dai-ptth" },
    { "Đài Phát thanh và Truyền hình Hà Nội", "dai-pt-va-th" },
    { "BCHQS tỉnh", "bchqs-tinh" },
    { "Bộ Chỉ huy Quân sự tỉnh", "bchqs-tinh" },
    { "KBNN", "kbnn" },
    { "Kho bạc Nhà nước Bình Phước", "kbnn" },
    { "Sở LĐTB&XH", "so-ldtbxh" },
    { "Sở Lao động - Thương binh và Xã hội", "so-ldtbxh" },
    { "Sở VH, TT&DL", "so-vhttdl" },
    { "Sở VH,TT&DL", "so-vhttdl" },
    { "Sở Văn hóa và Thể thao", "so-vhtt" },
    { "Sở Du lịch", "so-du-lich" },
    { "Sở NN&PTNT", "so-nnptnt" },
    { "Sở Nông nghiệp và Môi trường", "so-nnmt" },
    { "Sở TN&MT", "so-tnmt" },
    { "Sở GTVT", "so-gtvt" },
    { "Sở GD&ĐT", "so-gddt" },
    { "Sở KH&CN", "so-khcn" },
    { "HĐND tỉnh", "hdnd-tinh" },
    { "Cục QLTT", "cuc-qltt" },
    { "BHXH tỉnh", "bhxh" },
    { "Công an thành phố", "cong-an-tinh" },
    { "Ban Quản lý các KCN", "ban-ql-kcn" },
    { "Ban XT&HTĐT tỉnh", "ban-xtht-dau-tu" },
    { "CDC Khánh Hòa", "cdc" },
    { "VNPT", "vnpt" },
    { "Bộ Tài chính", "bo-tai-chinh" },
    { "UBND các huyện, thành phố", "ubnd-cac-huyen-tp" },
    { "UBND các huyện, thị xã, thành phố", "ubnd-cac-huyen-tx-tp" },
    { "UBND các quận, huyện, thị xã", "ubnd-cac-quan-huyen-thi-xa" },
    { "các sở, ban, ngành", "cac-so-ban-nganh" },
    { "các đơn vị liên quan", "cac-don-vi-lien-quan" },
    { "Trung tâm Y tế các huyện, thị xã, thành phố", "ttyt-cac-huyen" },
    /* Not one agency of the catalogue. */
    { "Sở Quy hoạch Đô thị", NULL },
    { "báo cáo", NULL },
    { "Nguyễn Văn An", NULL },
    { "Sở Tài chính và Sở Y tế", NULL },
    { "Sở Tài chính chủ trì", NULL },
    { "", NULL },
  };

  check_lookups (lookups, G_N_ELEMENTS (lookups));
}

static void
test_catalogue_lookup_ocr (void)
{
  /* Damaged the way tesseract's English model damages Vietnamese. The first
   * ones are from the corpus; the rest are made up. */
  static const Lookup lookups[] = {
    { "Sé Tai chinh", "so-tai-chinh" },
    { "S& Thong tin va Truyén théng", "so-tttt" },
    { "S¢ Thong tin va Truyén thong", "so-tttt" },
    { "Dai PTTH Ddng Nai", "dai-ptth" },
    { "Vin phong UBND tinh", "van-phong-ubnd" },
    { "SO Du lich", "so-du-lich" },
    { "S@ Van héda va Thé thao", "so-vhtt" },
    { "Sé Gido duc va Dao tao", "so-gddt" },
    { "S@ Khoa hoc va Céng nghé", "so-khcn" },
    { "So Lao déng - Thuong binh va Xa héi", "so-ldtbxh" },
    { "S& Tu phap", "so-tu-phap" },
    { "Sé Ndi vu", "so-noi-vu" },
    { "Sé Xay dung", "so-xay-dung" },
    { "S6 Tai nguyén va Méi truong", "so-tnmt" },
    { "S¢ Nong nghiép va Phat trién néng thén", "so-nnptnt" },
    { "Sé Nong nghiép va Méi truong", "so-nnmt" },
    { "Sé Céng Thuong", "so-cong-thuong" },
    { "Bao hiém xa hdi tinh", "bhxh" },
    { "Cuc Thué tinh", "cuc-thue" },
    { "Cuc Hai quan tinh", "cuc-hai-quan" },
    { "B6 Chi huy Quan sy tinh", "bchqs-tinh" },
    { "Céng an tinh", "cong-an-tinh" },
    { "Cong an thanh phé", "cong-an-tinh" },
    { "Sé Van héa, Thé thao va Du lich", "so-vhttdl" },
    { "Dai Phat thanh - Truyén hinh tinh", "dai-ptth" },
    { "Dai PITH tinh", "dai-ptth" },
    { "Kho bac Nha nuéc tinh", "kbnn" },
    { "Ngan hang Nha nudc chi nhanh tinh", "nhnn-chi-nhanh" },
    { "S@ Ngoai vu", "so-ngoai-vu" },
    { "Thanh tra tinh", "thanh-tra-tinh" },
    { "Uy ban Mat tran Té quéc Viét Nam tinh", "ubmttq" },
    { "Héi déng nhan dan tinh", "hdnd-tinh" },
    { "Van phéng Uy ban nhan dan tinh", "van-phong-ubnd" },
    { "Trung tam Kiém soat bénh tat tinh", "cdc" },
    { "Bénh vién Da khoa tinh", "bvdk-tinh" },
    { "Ban Quan ly khu kinh té", "ban-ql-kkt" },
    { "Ban Quan ly cac khu céng nghiép", "ban-ql-kcn" },
    { "Sé Giao théng van tai", "so-gtvt" },
    { "S@ Ké hoach va Dau tu", "so-khdt" },
    { "Sé Y té", "so-y-te" },
    { "S6 Thong tin va Truyén thong", "so-tttt" },
    { "Ban Dan téc tinh", "ban-dan-toc" },
    { "Cuc Quan ly thi truéng tinh", "cuc-qltt" },
    { "UBND cac huyén, thi xa, thanh phé", "ubnd-cac-huyen-tx-tp" },
    { "cac don vi lién quan", "cac-don-vi-lien-quan" },
    { "cac co quan, don vi", "cac-co-quan-don-vi" },
    { "Sé NN&PTNT", "so-nnptnt" },
    { "S& TN&MT", "so-tnmt" },
    { "Sé GD&DT", "so-gddt" },
    { "UBND thanh phé", "ubnd-tinh" },
    { "UY BAN NHAN DAN TINH", "ubnd-tinh" },
    { "Tinh uy", "tinh-uy" },
  };

  check_lookups (lookups, G_N_ELEMENTS (lookups));
}

typedef struct
{
  const char *text;   /* the mention as written */
  const char *id;     /* the entry's id, or NULL for an unknown agency */
} Expected;

static void
check_mentions (const char     *text,
                const char     *locality,
                const Expected *expected,
                guint           n)
{
  g_autoptr(GArray) mentions = _directive_catalogue_find_mentions (directive_catalogue_get_default (),
                                                                   text, -1, locality);

  if (mentions->len != n)
    {
      for (guint i = 0; i < mentions->len; i++)
        g_printerr ("  found \"%s\"\n", g_array_index (mentions, DirectiveMention, i).text);
      g_error ("\"%s\": %u mentions, expected %u", text, mentions->len, n);
    }

  for (guint i = 0; i < n; i++)
    {
      DirectiveMention *mention = &g_array_index (mentions, DirectiveMention, i);
      g_autofree char *original = g_strndup (text + mention->start, mention->end - mention->start);
      g_auto(GStrv) words = g_strsplit_set (original, " \n", -1);
      g_autofree char *joined = NULL;

      g_assert_cmpstr (mention->text, ==, expected[i].text);
      /* The offsets point at the mention in the text searched. */
      joined = g_strjoinv (" ", words);
      g_assert_cmpstr (joined, ==, expected[i].text);
      if (expected[i].id == NULL)
        g_assert_null (mention->entry);
      else
        {
          g_assert_nonnull (mention->entry);
          g_assert_cmpstr (directive_agency_get_id (mention->entry), ==, expected[i].id);
        }
      if (i > 0)
        g_assert_cmpuint (mention->start, >=, g_array_index (mentions, DirectiveMention, i - 1).end);
    }
}

static void
test_catalogue_mentions_sentence (void)
{
  static const Expected e1[] = {
    { "Sở Tài chính", "so-tai-chinh" },
    { "Sở KH&ĐT", "so-khdt" },
    { "UBND các huyện, thành phố", "ubnd-cac-huyen-tp" },
    { "UBND tỉnh", "ubnd-tinh" },
  };
  static const Expected e2[] = {
    { "Sở Y tế", "so-y-te" },
    { "Sở Tài chính", "so-tai-chinh" },
    { "Sở Nội vụ", "so-noi-vu" },
  };
  static const Expected e3[] = {
    { "Sở Thông tin và Truyền thông", "so-tttt" },
    { "Công an tỉnh Lâm Đồng", "cong-an-tinh" },
  };

  check_mentions ("1. Giao Sở Tài chính chủ trì, phối hợp Sở KH&ĐT và UBND các huyện, thành phố "
                  "thực hiện; báo cáo UBND tỉnh trước ngày 15/12/2021.", NULL, e1, G_N_ELEMENTS (e1));
  check_mentions ("Sở Y tế, Sở Tài chính và Sở Nội vụ theo dõi.", NULL, e2, G_N_ELEMENTS (e2));
  /* A name broken over two lines. */
  check_mentions ("phối hợp Sở Thông tin và\nTruyền thông, Công an tỉnh\nLâm Đồng kiểm tra", "Lâm Đồng",
                  e3, G_N_ELEMENTS (e3));
}

static void
test_catalogue_mentions_lists (void)
{
  static const Expected e1[] = {
    { "Tài chính", "so-tai-chinh" },
    { "Kế hoạch và Đầu tư", "so-khdt" },
    { "Xây dựng", "so-xay-dung" },
  };
  static const Expected e2[] = {
    { "Sở Tài chính", "so-tai-chinh" },
    { "Kế hoạch và Đầu tư", "so-khdt" },
    { "Công an tỉnh", "cong-an-tinh" },
  };
  static const Expected e3[] = {
    { "DL", "so-du-lich" },
    { "VH&TT", "so-vhtt" },
    { "TC", "so-tai-chinh" },
    { "GTVT", "so-gtvt" },
  };

  check_mentions ("Giao các Sở: Tài chính, Kế hoạch và Đầu tư, Xây dựng phối hợp thực hiện.", NULL,
                  e1, G_N_ELEMENTS (e1));
  check_mentions ("Sở Tài chính, Kế hoạch và Đầu tư và Công an tỉnh", NULL, e2, G_N_ELEMENTS (e2));
  check_mentions ("- Các sở: DL, VH&TT, TC, GTVT;", NULL, e3, G_N_ELEMENTS (e3));
}

static void
test_catalogue_mentions_ocr (void)
{
  static const Expected e1[] = {
    { "Sé Tai chinh", "so-tai-chinh" },
    { "Dai PTTH Ddng Nai", "dai-ptth" },
    { "UBND tinh", "ubnd-tinh" },
  };
  static const Expected e2[] = {
    { "S¢ Du lich", "so-du-lich" },
    { "Sé Van héa va Thé thao", "so-vhtt" },
    { "UBND thanh phé Ha Long", NULL },
  };

  check_mentions ("3. Chu tri, phéi hgp Sé Tai chinh, Dai PTTH Ddng Nai ra soat, thng nhét\n"
                  "quy dinh; trinh UBND tinh theo quy dinh.", "Đồng Nai", e1, G_N_ELEMENTS (e1));
  check_mentions ("1. Giao S¢ Du lich choi tri, phéi hgp Sé Van héa va Thé thao, UBND thanh\n"
                  "phé Ha Long xay dung chuong trinh", "Quảng Ninh", e2, G_N_ELEMENTS (e2));
}

static void
test_catalogue_mentions_unknown (void)
{
  static const Expected e1[] = {
    { "Ban Quản lý dự án đầu tư xây dựng thành phố", NULL },
    { "Sở Quy hoạch - Kiến trúc", "so-qhkt" },
    { "Sở Giao thông vận tải", "so-gtvt" },
  };
  static const Expected e2[] = {
    { "UBND huyện Hòa Vang", NULL },
  };
  static const Expected e3[] = {
    { "Phòng Nghiệp vụ Y", NULL },
  };
  static const Expected e4[] = {
    { "Báo Đồng Nai", "bao-tinh" },
    { "Đài PTTH Đồng Nai", "dai-ptth" },
  };

  check_mentions ("Ban Quản lý dự án đầu tư xây dựng thành phố chủ trì, phối hợp Sở Quy hoạch - Kiến trúc, "
                  "Sở Giao thông vận tải rà soát.", "Hà Nội",
                  e1, G_N_ELEMENTS (e1));
  check_mentions ("UBND huyện Hòa Vang báo cáo.", "Đà Nẵng", e2, G_N_ELEMENTS (e2));
  check_mentions ("Phòng Nghiệp vụ Y chủ trì.", "Khánh Hòa", e3, G_N_ELEMENTS (e3));
  check_mentions ("chỉ đạo Báo Đồng Nai, Đài PTTH Đồng Nai tăng cường", "Đồng Nai", e4, G_N_ELEMENTS (e4));
  /* Verbs and people are not agencies. */
  check_mentions ("Ông Trương Thị Hương Bình báo cáo, phòng chống dịch", NULL, NULL, 0);
}

static void
test_catalogue_instantiate (void)
{
  DirectiveCatalogue *catalogue = directive_catalogue_get_default ();
  struct {
    const char *text, *locality, *level, *id, *name, *short_name;
  } cases[] = {
    { "UBND tỉnh", "Đồng Nai", "tỉnh", "ubnd-tinh", "Ủy ban nhân dân tỉnh Đồng Nai", "UBND tỉnh" },
    { "UBND thành phố", "Đà Nẵng", "thành phố", "ubnd-tp", "Ủy ban nhân dân thành phố Đà Nẵng", "UBND thành phố" },
    { "Văn phòng UBND tỉnh", "Đồng Nai", "tỉnh", "van-phong-ubnd", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh" },
    { "Sở TT&TT", "Cần Thơ", "thành phố", "so-tttt", "Sở Thông tin và Truyền thông", "Sở TT&TT" },
    { "KBNN", "Bình Phước", "tỉnh", "kbnn", "Kho bạc Nhà nước Bình Phước", "KBNN tỉnh" },
    { "Đài PTTH", "Lâm Đồng", "tỉnh", "dai-ptth", "Đài Phát thanh - Truyền hình Lâm Đồng", "Đài PTTH Lâm Đồng" },
    { "Công an tỉnh", "Bình Dương", "tỉnh", "cong-an-tinh", "Công an tỉnh Bình Dương", "Công an tỉnh" },
    { "Cục QLTT", "Đồng Nai", "tỉnh", "cuc-qltt", "Cục Quản lý thị trường tỉnh Đồng Nai", "Cục Quản lý thị trường tỉnh" },
    { "CDC", "Khánh Hòa", "tỉnh", "cdc", "Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa", "CDC Khánh Hòa" },
    { "VNPT", "Cần Thơ", "thành phố", "vnpt", "Viễn thông Cần Thơ", "VNPT Cần Thơ" },
    { "UBND tỉnh", NULL, NULL, "ubnd-tinh", "Ủy ban nhân dân tỉnh", "UBND tỉnh" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DirectiveAgency *entry = directive_catalogue_lookup (catalogue, cases[i].text);
      g_autoptr(DirectiveAgency) agency = NULL;

      g_assert_nonnull (entry);
      agency = _directive_catalogue_instantiate (catalogue, entry, cases[i].locality, cases[i].level);
      g_assert_cmpstr (directive_agency_get_id (agency), ==, cases[i].id);
      g_assert_cmpstr (directive_agency_get_name (agency), ==, cases[i].name);
      g_assert_cmpstr (directive_agency_get_short_name (agency), ==, cases[i].short_name);
      g_assert_cmpint (directive_agency_get_kind (agency), ==, directive_agency_get_kind (entry));
      g_assert_cmpstr (directive_agency_get_locality (agency), ==, cases[i].locality);
    }
}

/* A merged-away department's instance keeps the date it ceased and names the
 * instance of the one that took over, in the same province. */
static void
test_catalogue_instantiate_merged (void)
{
  DirectiveCatalogue *catalogue = directive_catalogue_get_default ();
  DirectiveAgency *entry = directive_catalogue_lookup (catalogue, "Sở Kế hoạch và Đầu tư");
  g_autoptr(DirectiveAgency) agency = NULL;
  DirectiveAgency *successor;
  const DirectiveDate *ceased;

  g_assert_nonnull (entry);
  agency = _directive_catalogue_instantiate (catalogue, entry, "Đồng Nai", "tỉnh");
  ceased = directive_agency_get_ceased_on (agency);
  g_assert_nonnull (ceased);
  g_assert_cmpuint (directive_date_get_year (ceased), ==, 2025);
  g_assert_cmpuint (directive_date_get_month (ceased), ==, 3);
  successor = directive_agency_get_successor (agency);
  g_assert_nonnull (successor);
  g_assert_cmpstr (directive_agency_get_id (successor), ==, "so-tai-chinh");
  g_assert_cmpstr (directive_agency_get_locality (successor), ==, "Đồng Nai");
  g_assert_null (directive_agency_get_ceased_on (successor));
}

/* Names filled from templates: every placeholder replaced, " {province}" gone
 * with no province, and a brace that opens no placeholder kept as written. */
static void
test_catalogue_instantiate_templates (void)
{
  g_autoptr(DirectiveCatalogue) catalogue = directive_catalogue_new ();
  struct {
    const char *template, *locality, *level, *name;
  } cases[] = {
    { "Ban Dân tộc {level} {province}", "Sóc Trăng", "tỉnh", "Ban Dân tộc tỉnh Sóc Trăng" },
    { "Ban Dân tộc {level} {province}", NULL, NULL, "Ban Dân tộc tỉnh" },
    { "Ban Dân tộc {level} {province}", "", "thành phố", "Ban Dân tộc thành phố" },
    { "{province} {province}  Ban  {level}", NULL, "tỉnh", "Ban tỉnh" },
    { "{province}: Ban {level}", "Huế", "thành phố", "Huế: Ban thành phố" },
    { "Ban {x} {province}", "Huế", NULL, "Ban {x} Huế" },
    { "Ban {level}", "Huế", "{province}", "Ban {province}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = g_strdup_printf ("ban-%u", i);
      g_autoptr(DirectiveAgency) entry = directive_agency_new (id, cases[i].template);
      g_autoptr(DirectiveAgency) agency = NULL;

      directive_catalogue_add_agency (catalogue, entry, NULL);
      agency = _directive_catalogue_instantiate (catalogue, entry, cases[i].locality, cases[i].level);
      g_assert_cmpstr (directive_agency_get_name (agency), ==, cases[i].name);
    }
}

static void
test_catalogue_mention_to_agency (void)
{
  struct {
    const char *text, *locality, *id, *name;
    DirectiveAgencyKind kind;
  } cases[] = {
    { "Sở Quy hoạch - Kiến trúc", "Hà Nội", "so-quy-hoach-kien-truc", "Sở Quy hoạch - Kiến trúc",
      DIRECTIVE_AGENCY_KIND_DEPARTMENT },
    { "UBND huyện Hòa Vang", "Đà Nẵng", "uy-ban-nhan-dan-huyen-hoa-vang", "Ủy ban nhân dân huyện Hòa Vang",
      DIRECTIVE_AGENCY_KIND_DISTRICT },
    { "UBND TP Hạ Long", "Quảng Ninh", "uy-ban-nhan-dan-thanh-pho-ha-long", "Ủy ban nhân dân thành phố Hạ Long",
      DIRECTIVE_AGENCY_KIND_DISTRICT },
    { "UBND thanh phé  Huế", "Thừa Thiên Huế", "uy-ban-nhan-dan-thanh-pho-hue", "Ủy ban nhân dân thành phố Huế",
      DIRECTIVE_AGENCY_KIND_DISTRICT },
    { "Phòng Nghiệp vụ Y", NULL, "phong-nghiep-vu-y", "Phòng Nghiệp vụ Y", DIRECTIVE_AGENCY_KIND_OTHER },
    /* a level word only after a committee: "Quản lý" is no "quận" */
    { "Phòng Quản lý ngân sách", NULL, "phong-quan-ly-ngan-sach", "Phòng Quản lý ngân sách",
      DIRECTIVE_AGENCY_KIND_OTHER },
    /* OCR's name without Vietnamese letters: "Quy hoach" respelt as the
     * catalogue's names write it, "Dé thi" (no two words of them) as it is */
    { "Sé Quy hoach Dé thi", NULL, "so-quy-hoach-de-thi", "Sở Quy hoạch Dé thi", DIRECTIVE_AGENCY_KIND_DEPARTMENT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DirectiveMention mention = { 0, strlen (cases[i].text), NULL, (char *) cases[i].text };
      g_autoptr(DirectiveAgency) agency = _directive_mention_to_agency (&mention, cases[i].locality);

      g_assert_cmpstr (directive_agency_get_name (agency), ==, cases[i].name);
      g_assert_cmpstr (directive_agency_get_id (agency), ==, cases[i].id);
      g_assert_cmpint (directive_agency_get_kind (agency), ==, cases[i].kind);
      g_assert_cmpstr (directive_agency_get_locality (agency), ==, cases[i].locality);
    }
}

static const char user_catalogue[] =
  "{\"format\": \"directive/1\", \"notices\": [], \"agencies\": ["
  " {\"id\": \"ban-ql-du-an\", \"name\": \"Ban Quản lý dự án đầu tư xây dựng tỉnh\","
  "  \"kind\": \"department\", \"aliases\": [\"Ban QLDA ĐTXD tỉnh\", \"BQLDA\"]},"
  " {\"id\": \"so-tai-chinh\", \"name\": \"Sở Tài chính\", \"kind\": \"department\","
  "  \"aliases\": [\"Phòng Tài chính\"]}"
  "]}";

static void
test_catalogue_user_file (void)
{
  g_autoptr(DirectiveCatalogue) catalogue = directive_catalogue_new_default ();
  g_autoptr(DirectiveCatalogue) empty = directive_catalogue_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint before = g_list_model_get_n_items (directive_catalogue_get_agencies (catalogue));
  int fd;

  g_assert_cmpuint (g_list_model_get_n_items (directive_catalogue_get_agencies (empty)), ==, 0);
  g_assert_null (directive_catalogue_lookup (empty, "Sở Tài chính"));

  fd = g_file_open_tmp ("catalogue-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, user_catalogue, -1, &error);
  g_assert_no_error (error);

  g_assert_true (directive_catalogue_add_from_file (catalogue, path, &error));
  g_assert_no_error (error);
  /* One new agency; the other replaces the built-in one of the same id. */
  g_assert_cmpuint (g_list_model_get_n_items (directive_catalogue_get_agencies (catalogue)), ==, before + 1);
  g_assert_cmpstr (directive_agency_get_id (directive_catalogue_lookup (catalogue, "Ban QLDA ĐTXD tỉnh")), ==,
                   "ban-ql-du-an");
  g_assert_cmpstr (directive_agency_get_id (directive_catalogue_lookup (catalogue, "BQLDA")), ==, "ban-ql-du-an");
  g_assert_cmpstr (directive_agency_get_id (directive_catalogue_lookup (catalogue, "Ban Quan ly du an dau tu xay dung tinh")),
                   ==, "ban-ql-du-an");
  g_assert_cmpstr (directive_agency_get_id (directive_catalogue_lookup (catalogue, "Phòng Tài chính")), ==,
                   "so-tai-chinh");
  /* The built-in catalogue is not changed. */
  g_assert_null (directive_catalogue_lookup (directive_catalogue_get_default (), "BQLDA"));
  g_assert_nonnull (directive_catalogue_lookup (catalogue, "Sở TT&TT"));

  g_assert_true (directive_catalogue_add_from_data (empty, user_catalogue, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (directive_catalogue_get_agencies (empty)), ==, 2);

  {
    const char * const aliases[] = { "TTPVHCC", NULL };
    g_autoptr(DirectiveAgency) agency = directive_agency_new ("ttpvhcc", "Trung tâm Phục vụ hành chính công tỉnh");

    directive_catalogue_add_agency (empty, agency, aliases);
    g_assert_true (directive_catalogue_lookup (empty, "TTPVHCC") == agency);
    g_assert_true (directive_catalogue_lookup (empty, "Trung tam Phuc vu hanh chinh céng tinh") == agency);
  }

  g_unlink (path);
}

static void
test_catalogue_errors (void)
{
  g_autoptr(DirectiveCatalogue) catalogue = directive_catalogue_new ();
  struct {
    const char *data;
    int code;
  } cases[] = {
    { "{\"format\": \"directive/1\", \"agencies\": [", DIRECTIVE_ERROR_INVALID_JSON },
    { "{\"agencies\": []}", DIRECTIVE_ERROR_INVALID_FORMAT },
    { "{\"format\": \"directive/1\", \"notices\": [], \"agencies\": [{\"id\": \"x\", \"name\": \"X\", \"aliases\": \"Y\"}]}",
      DIRECTIVE_ERROR_WRONG_TYPE },
    { "{\"format\": \"directive/1\", \"notices\": [], \"agencies\": [{\"id\": \"x\", \"name\": \"X\", \"aliases\": [1]}]}",
      DIRECTIVE_ERROR_WRONG_TYPE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (directive_catalogue_add_from_data (catalogue, cases[i].data, -1, &error));
      g_assert_error (error, DIRECTIVE_ERROR, cases[i].code);
    }
  g_assert_cmpuint (g_list_model_get_n_items (directive_catalogue_get_agencies (catalogue)), ==, 0);

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (directive_catalogue_add_from_file (catalogue, "/nonexistent/catalogue.json", &error));
    g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_FAILED);
  }
}

static gpointer
lookup_thread (gpointer data)
{
  for (guint i = 0; i < 50; i++)
    {
      DirectiveAgency *agency = directive_catalogue_lookup (directive_catalogue_get_default (), "Sé Tai chinh");

      if (agency == NULL || g_strcmp0 (directive_agency_get_id (agency), "so-tai-chinh") != 0)
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_catalogue_threads (void)
{
  test_run_threads (lookup_thread, NULL, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalogue/default", test_catalogue_default);
  g_test_add_func ("/catalogue/lookup/clean", test_catalogue_lookup_clean);
  g_test_add_func ("/catalogue/lookup/ocr", test_catalogue_lookup_ocr);
  g_test_add_func ("/catalogue/mentions/sentence", test_catalogue_mentions_sentence);
  g_test_add_func ("/catalogue/mentions/lists", test_catalogue_mentions_lists);
  g_test_add_func ("/catalogue/mentions/ocr", test_catalogue_mentions_ocr);
  g_test_add_func ("/catalogue/mentions/unknown", test_catalogue_mentions_unknown);
  g_test_add_func ("/catalogue/instantiate", test_catalogue_instantiate);
  g_test_add_func ("/catalogue/instantiate-templates", test_catalogue_instantiate_templates);
  g_test_add_func ("/catalogue/instantiate-merged", test_catalogue_instantiate_merged);
  g_test_add_func ("/catalogue/mention-to-agency", test_catalogue_mention_to_agency);
  g_test_add_func ("/catalogue/user-file", test_catalogue_user_file);
  g_test_add_func ("/catalogue/errors", test_catalogue_errors);
  g_test_add_func ("/catalogue/threads", test_catalogue_threads);

  return g_test_run ();
}
