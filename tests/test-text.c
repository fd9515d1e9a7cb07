/* test-text.c: folding and OCR-tolerant comparison of text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <directive.h>

#include "directive-text-private.h"
#include "test-util.h"

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *folded = _directive_text_fold (text, -1);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_text_fold_clean (void)
{
  assert_fold ("Sở Thông tin và Truyền thông", "so thong tin va truyen thong");
  assert_fold ("ĐÀI PHÁT THANH - TRUYỀN HÌNH", "dai phat thanh - truyen hinh");
  assert_fold ("  Ủy ban\n nhân\tdân  tỉnh\n", "uy ban nhan dan tinh");
  assert_fold ("Sở TT&TT", "so tt&tt");
  assert_fold ("", "");
  /* Decomposed input folds as composed input does. */
  assert_fold ("Sơ\xcc\x89 Y tê\xcc\x81", "so y te");
}

static void
test_text_fold_ocr (void)
{
  /* What tesseract's English model makes of Vietnamese folds like the clean text. */
  assert_fold ("S& Thong tin", "so thong tin");
  assert_fold ("S@ Du lich", "so du lich");
  assert_fold ("S¢ Tai chinh", "so tai chinh");
  assert_fold ("$6 Du lich", "so du lich");
  assert_fold ("Phé Chii tich", "phe chu tich");
  assert_fold ("té chirc", "te chuc");
  assert_fold ("nhw sau", "nhu sau");
  assert_fold ("1anh dao", "lanh dao");
  assert_fold ("d6ng chi", "dong chi");
  /* Numbers stay numbers. */
  assert_fold ("ngày 15/8/2022, Covid-19", "ngay 15/8/2022, covid-19");
}

static void
test_text_fold_offsets (void)
{
  const char *text = "Giao  Sở Tài\nchính chủ trì";
  g_autofree gsize *offsets = NULL;
  gsize len = 0;
  g_autofree char *folded = _directive_text_fold_with_offsets (text, -1, &offsets, &len);
  const char *found = strstr (folded, "so tai chinh");
  gsize s, e;

  g_assert_cmpuint (len, ==, strlen (folded));
  g_assert_nonnull (found);
  s = found - folded;
  e = s + strlen ("so tai chinh");
  g_assert_cmpuint (offsets[len], ==, strlen (text));
  g_assert_cmpint (strncmp (text + offsets[s], "Sở Tài\nchính", offsets[e] - offsets[s]), ==, 0);
  g_assert_cmpuint (offsets[e] - offsets[s], ==, strlen ("Sở Tài\nchính"));
}

static void
test_text_word_matches (void)
{
  g_assert_true (_directive_text_word_matches ("truyen", -1, "truyen", FALSE));
  g_assert_true (_directive_text_word_matches ("theng", -1, "thong", FALSE));
  g_assert_true (_directive_text_word_matches ("se", -1, "so", FALSE));
  g_assert_true (_directive_text_word_matches ("sd", -1, "so", FALSE));
  g_assert_true (_directive_text_word_matches ("nudc", -1, "nuoc", FALSE));
  g_assert_true (_directive_text_word_matches ("pith", -1, "ptth", TRUE));
  g_assert_false (_directive_text_word_matches ("tnmt", -1, "tttt", TRUE));
  g_assert_false (_directive_text_word_matches ("tai", -1, "chinh", FALSE));
  g_assert_false (_directive_text_word_matches ("", -1, "so", FALSE));
  /* "it" is how the English model reads "ư" / "ủ": "Chit tich", "cttu nan" */
  g_assert_true (_directive_text_word_matches ("chit", -1, "chu", FALSE));
  g_assert_true (_directive_text_word_matches ("cittu", -1, "cuu", FALSE));
  g_assert_false (_directive_text_word_matches ("chit", -1, "chu", TRUE));
  g_assert_cmpfloat (_directive_text_word_distance ("abc", -1, "abc", -1), ==, 0.0);
  g_assert_cmpfloat (_directive_text_word_distance ("abc", -1, "abd", -1), ==, 1.0);
}

/* The inline first-letter test agrees with the distance for every pair of
 * bytes: a single letter costs half a unit or less only as a cheap substitution
 * (dropping one and adding the other costs 1.2 at least). */
static void
test_text_letters_confusable (void)
{
  for (int a = 1; a < 256; a++)
    for (int b = 1; b < 256; b++)
      {
        char ca = (char) a, cb = (char) b;
        gboolean cheap = _directive_text_word_distance (&ca, 1, &cb, 1) <= 0.5 + 1e-9;

        g_assert_cmpint (_directive_text_letters_confusable (ca, cb), ==, cheap);
      }
}

/* The last-letter test the stages ask before folding a line: it may say "maybe"
 * too often, never "no" where the fold does end in one of the letters. */
static void
test_text_may_end_in (void)
{
  static const char *const texts[] = {
    "KHẨN", "Hỏa tốc", "Thượng khẩn  ", "cùng dự", "Cùng dự họp", "cung dw", "Giám đốc Sở",
    "Sở Tài chính", "ĐÀI PHÁT THANH", "nhân dân", "Số 12", "Tỉnh ủy", "a\xcc\x81", "…", "",
  };
  static const char *const ends[] = { "nc", "uwir", "h", "0123456789" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint k = 0; k < G_N_ELEMENTS (ends); k++)
      {
        g_autofree char *fold = _directive_text_fold (texts[i], -1);
        gsize n = strlen (fold);

        if (n == 0 || strchr (ends[k], fold[n - 1]) != NULL)
          g_assert_true (_directive_text_may_end_in (texts[i], strlen (texts[i]), ends[k]));
      }

  g_assert_true (_directive_text_may_end_in ("KHẨN", strlen ("KHẨN"), "nc"));
  g_assert_true (_directive_text_may_end_in ("Hỏa tốc", strlen ("Hỏa tốc"), "nc"));
  g_assert_false (_directive_text_may_end_in ("Hỏa tốc", strlen ("Hỏa tốc"), "n"));
  g_assert_false (_directive_text_may_end_in ("Giám đốc Sở", strlen ("Giám đốc Sở"), "uwir"));
  /* only the first @n bytes count, and spaces at their end do not */
  g_assert_true (_directive_text_may_end_in ("cùng dự họp", strlen ("cùng dự "), "uwir"));
  g_assert_true (_directive_text_may_end_in ("", 0, "n"));
}

static void
test_text_nfc (void)
{
  g_autofree char *nfc = _directive_text_normalize_nfc ("Sơ\xcc\x89", -1);
  g_autofree char *collapsed = _directive_text_collapse_spaces (" Sở  Tài\nchính ", -1);
  g_autofree char *invalid = _directive_text_normalize_nfc ("a\xff" "b", -1);

  g_assert_cmpstr (nfc, ==, "Sở");
  g_assert_cmpstr (collapsed, ==, "Sở Tài chính");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
}

static void
test_text_slugify (void)
{
  g_autofree char *a = _directive_text_slugify ("Sở Quy hoạch - Kiến trúc");
  g_autofree char *b = _directive_text_slugify ("Ủy ban nhân dân huyện Hòa Vang");
  g_autofree char *c = _directive_text_slugify ("—");

  g_assert_cmpstr (a, ==, "so-quy-hoach-kien-truc");
  g_assert_cmpstr (b, ==, "uy-ban-nhan-dan-huyen-hoa-vang");
  g_assert_cmpstr (c, ==, "agency");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold/clean", test_text_fold_clean);
  g_test_add_func ("/text/fold/ocr", test_text_fold_ocr);
  g_test_add_func ("/text/fold/offsets", test_text_fold_offsets);
  g_test_add_func ("/text/word-matches", test_text_word_matches);
  g_test_add_func ("/text/letters-confusable", test_text_letters_confusable);
  g_test_add_func ("/text/may-end-in", test_text_may_end_in);
  g_test_add_func ("/text/nfc", test_text_nfc);
  g_test_add_func ("/text/slugify", test_text_slugify);

  return g_test_run ();
}
