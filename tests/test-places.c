/* test-places.c: the built-in gazetteer and the place names it restores
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <directive.h>

#include "directive-catalogue-private.h"
#include "directive-parser-private.h"
#include "directive-places-private.h"
#include "directive-text-private.h"
#include "test-util.h"

static const DirectivePlace *
find_place (const char *name,
            guint       kind)
{
  guint n = 0;
  const DirectivePlace *places = _directive_places_get_all (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (places[i].name, name) && (places[i].kind & kind) != 0 && !places[i].reorganised)
      return &places[i];
  return NULL;
}

static void
test_places_data (void)
{
  guint n = 0;
  const DirectivePlace *places = _directive_places_get_all (&n);
  g_autoptr(GHashTable) provinces = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) merged = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_provinces = 0, n_reorganised = 0, n_districts = 0, n_cities = 0;

  g_assert_true (places == _directive_places_get_all (NULL));
  for (guint i = 0; i < n; i++)
    {
      const DirectivePlace *place = &places[i];
      g_autofree char *nfc = g_utf8_normalize (place->name, -1, G_NORMALIZE_NFC);

      g_assert_cmpstr (place->name, ==, nfc);
      g_assert_cmpstr (place->key, !=, "");
      /* the keys are made in one fold of all the names: each is its name's own */
      {
        g_autofree char *fold = _directive_text_fold (place->name, -1);
        g_autoptr(GString) key = g_string_new (NULL);

        for (const char *c = fold; *c != '\0'; c++)
          if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
            g_string_append_c (key, *c);
        g_assert_cmpstr (place->key, ==, key->str);
      }
      if (place->reorganised)
        {
          n_reorganised++;
          g_assert_nonnull (place->merged_from);
          for (guint j = 0; place->merged_from[j] != NULL; j++)
            {
              g_assert_false (g_hash_table_contains (merged, place->merged_from[j]));
              g_hash_table_add (merged, (gpointer) place->merged_from[j]);
            }
        }
      else if ((place->kind & DIRECTIVE_PLACE_PROVINCE) != 0)
        {
          n_provinces++;
          g_assert_true (g_str_equal (place->level, "tỉnh") || g_str_equal (place->level, "thành phố"));
          g_hash_table_add (provinces, (gpointer) place->name);
        }
      else
        {
          n_districts++;
          if ((place->kind & DIRECTIVE_PLACE_CITY) != 0)
            {
              n_cities++;
              g_assert_cmpstr (place->level, ==, "thành phố");
            }
          g_assert_true (g_hash_table_contains (provinces, place->province));
        }
    }

  g_assert_cmpuint (n_provinces, ==, 63);
  g_assert_cmpuint (n_reorganised, ==, 34);
  g_assert_cmpuint (n_districts, >=, 700);
  g_assert_cmpuint (n_cities, >=, 80);
  /* every pre-2025 province went into exactly one 2025 unit */
  g_assert_cmpuint (g_hash_table_size (merged), ==, 63);
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, merged);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_assert_true (g_hash_table_contains (provinces, key));
  }
}

typedef struct
{
  const char *text;
  guint kinds;
  const char *level, *province;
  const char *name;       /* NULL: none, or ambiguous */
  const char *in;         /* the province it lies in, or NULL not to check */
} Lookup;

static void
check_lookups (const Lookup *lookups,
               gsize         n)
{
  for (gsize i = 0; i < n; i++)
    {
      const DirectivePlace *place = _directive_places_lookup (lookups[i].text, lookups[i].kinds, lookups[i].level,
                                                              lookups[i].province);

      if (g_strcmp0 (place != NULL ? place->name : NULL, lookups[i].name) != 0)
        g_error ("lookup \"%s\" (in %s): expected %s, got %s", lookups[i].text,
                 lookups[i].province != NULL ? lookups[i].province : "anywhere",
                 lookups[i].name != NULL ? lookups[i].name : "nothing", place != NULL ? place->name : "nothing");
      if (place != NULL && lookups[i].in != NULL)
        g_assert_cmpstr (place->province, ==, lookups[i].in);
    }
}

#define D DIRECTIVE_PLACE_DISTRICT
#define P DIRECTIVE_PLACE_PROVINCE
#define C DIRECTIVE_PLACE_CITY

static void
test_places_lookup_clean (void)
{
  static const Lookup lookups[] = {
    { "Hòa Vang", D, "huyện", NULL, "Hòa Vang", "Đà Nẵng" },
    { "Hoà Vang", D, NULL, NULL, "Hòa Vang", "Đà Nẵng" },
    { "Cẩm Lệ", D, "quận", "Đà Nẵng", "Cẩm Lệ", "Đà Nẵng" },
    { "Thủ Đức", D, "thành phố", NULL, "Thủ Đức", "Hồ Chí Minh" },
    { "Buôn Hồ", D, "thị xã", NULL, "Buôn Hồ", "Đắk Lắk" },
    { "Long Khánh", D | C, NULL, NULL, "Long Khánh", "Đồng Nai" },
    { "Sa Pa", D, NULL, NULL, "Sa Pa", "Lào Cai" },
    { "Phan Rang - Tháp Chàm", D, NULL, NULL, "Phan Rang - Tháp Chàm", "Ninh Thuận" },
    { "7", D, "quận", "Hồ Chí Minh", "7", "Hồ Chí Minh" },
    { "Bình Dương", P, NULL, NULL, "Bình Dương", NULL },
    { "Thừa Thiên Huế", P, "tỉnh", NULL, "Thừa Thiên Huế", NULL },
    { "Bà Rịa - Vũng Tàu", P, NULL, NULL, "Bà Rịa - Vũng Tàu", NULL },
    /* a district is no province, and the other way round */
    { "Hòa Vang", P, NULL, NULL, NULL, NULL },
    { "Bình Dương", D, NULL, NULL, NULL, NULL },
    { "Ban Quản lý", D | P, NULL, NULL, NULL, NULL },
    { "", D | P, NULL, NULL, NULL, NULL },
  };

  check_lookups (lookups, G_N_ELEMENTS (lookups));
}

static void
test_places_lookup_ocr (void)
{
  static const Lookup lookups[] = {
    /* diacritics stripped, as tesseract's English model does */
    { "Hoa Vang", D, "huyện", "Đà Nẵng", "Hòa Vang", "Đà Nẵng" },
    { "Hoa Vang", D, "huyện", NULL, "Hòa Vang", "Đà Nẵng" },
    { "Nha Be", D, "huyện", "Hồ Chí Minh", "Nhà Bè", "Hồ Chí Minh" },
    { "Rach Gia", D, "thành phố", "Kiên Giang", "Rạch Giá", "Kiên Giang" },
    { "Hai An", D, "quận", "Hải Phòng", "Hải An", "Hải Phòng" },
    { "Ha Long", P | D, "thành phố", "Quảng Ninh", "Hạ Long", "Quảng Ninh" },
    { "BUON HO", D, "thị xã", NULL, "Buôn Hồ", "Đắk Lắk" },
    { "Hué", P | D, "thành phố", "Thừa Thiên Huế", "Huế", "Thừa Thiên Huế" },
    { "Thanh Hoa", P, "tỉnh", NULL, "Thanh Hóa", NULL },
    /* letters damaged too: provinces anywhere, districts only in the document's province */
    { "Déng Nai", P, NULL, NULL, "Đồng Nai", NULL },
    { "Binh Duong", P | C, NULL, NULL, "Bình Dương", NULL },
    { "Hoa Vanq", D, "huyện", "Đà Nẵng", "Hòa Vang", "Đà Nẵng" },
    { "Hoa Vanq", D, "huyện", NULL, NULL, NULL },
    { "Hoa Vanq", D, "huyện", "Đồng Nai", NULL, NULL },
    /* a 2025 unit stands for the provinces it took in */
    { "Hoa Vanq", D, "huyện", "Đà Nẵng", "Hòa Vang", "Đà Nẵng" },
    { "Nui Thanh", D, "huyện", "Đà Nẵng", "Núi Thành", "Quảng Nam" },
  };

  check_lookups (lookups, G_N_ELEMENTS (lookups));
}

static void
test_places_lookup_ambiguous (void)
{
  static const Lookup lookups[] = {
    /* Phú Ninh (Quảng Nam) or Phù Ninh (Phú Thọ): only the document's province tells */
    { "Phu Ninh", D, "huyện", NULL, NULL, NULL },
    { "Phu Ninh", D, "huyện", "Quảng Nam", "Phú Ninh", "Quảng Nam" },
    { "Phu Ninh", D, "huyện", "Phú Thọ", "Phù Ninh", "Phú Thọ" },
    { "Phu Ninh", D, "huyện", "Đà Nẵng", "Phú Ninh", "Quảng Nam" },
    /* the same spelling in many provinces is no ambiguity */
    { "Chau Thanh", D, "huyện", NULL, "Châu Thành", NULL },
    { "Tan Phu", D, NULL, NULL, "Tân Phú", NULL },
    /* as close to Bình Phước as to Vĩnh Phúc */
    { "Binh Phuc", P, NULL, NULL, NULL, NULL },
    { "Binh Phuc", P, NULL, "Bình Phước", "Bình Phước", NULL },
    { "Vinh Phuc", P, NULL, NULL, "Vĩnh Phúc", NULL },
  };

  check_lookups (lookups, G_N_ELEMENTS (lookups));
}

static void
test_places_districts (void)
{
  static const struct {
    const char *name, *level, *province;
  } districts[] = {
    { "Hòa Vang", "huyện", "Đà Nẵng" },
    { "Hoàng Sa", "huyện", "Đà Nẵng" },
    { "Nhà Bè", "huyện", "Hồ Chí Minh" },
    { "Hải An", "quận", "Hải Phòng" },
    { "Hạ Long", "thành phố", "Quảng Ninh" },
    { "Rạch Giá", "thành phố", "Kiên Giang" },
    { "Phú Quốc", "thành phố", "Kiên Giang" },
    { "Buôn Hồ", "thị xã", "Đắk Lắk" },
    { "Biên Hòa", "thành phố", "Đồng Nai" },
    { "Huế", "thành phố", "Thừa Thiên Huế" },
    { "Ba Đình", "quận", "Hà Nội" },
    { "Sơn Tây", "thị xã", "Hà Nội" },
    { "Ninh Kiều", "quận", "Cần Thơ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (districts); i++)
    {
      const DirectivePlace *place = find_place (districts[i].name, DIRECTIVE_PLACE_DISTRICT);

      if (place == NULL)
        g_error ("no district \"%s\" in the gazetteer", districts[i].name);
      g_assert_cmpstr (place->level, ==, districts[i].level);
      g_assert_cmpstr (place->province, ==, districts[i].province);
    }
}

static void
test_places_provinces (void)
{
  static const struct {
    const char *text, *canonical;
  } places[] = {
    { "Bình Dương", "Bình Dương" },
    { "BINH DUONG", "Bình Dương" },
    { "Déng Nai", "Đồng Nai" },
    { "Biên Hòa", "Biên Hòa" },
    { "Bien Hoa", "Biên Hòa" },
    { "Thừa Thiên Huế", "Thừa Thiên Huế" },
    { "Huế", "Huế" },
    { "TP. Hồ Chí Minh", "Hồ Chí Minh" },
    { "Hòa Vang", NULL },   /* a district: not a province */
    { "Cộng hòa", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *canonical = _directive_canonical_place (places[i].text);

      g_assert_cmpstr (canonical, ==, places[i].canonical);
    }

  g_assert_true (_directive_is_city ("Đà Nẵng"));
  g_assert_true (_directive_is_city ("Hồ Chí Minh"));
  g_assert_true (_directive_is_city ("Huế"));
  g_assert_false (_directive_is_city ("Đồng Nai"));
  g_assert_false (_directive_is_city ("Biên Hòa"));
  g_assert_false (_directive_is_city (NULL));
}

static void
test_places_place_line (void)
{
  static const struct {
    const char *text, *locality, *canonical;
  } lines[] = {
    { "Thanh ph6 H6 Chi Minh", NULL, "Thành phố Hồ Chí Minh" },
    { "Thành phố Hồ Chí Minh", NULL, "Thành phố Hồ Chí Minh" },
    { "Binh Phuc", "Bình Phước", "Bình Phước" },
    { "Binh Phuc", NULL, NULL },
    { "Hoa Vang", "Đà Nẵng", "Hòa Vang" },
    { "Nha Trang", NULL, "Nha Trang" },
    { "Số 12", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *canonical = _directive_canonical_place_line (lines[i].text, lines[i].locality);

      g_assert_cmpstr (canonical, ==, lines[i].canonical);
    }
}

static void
test_places_respell (void)
{
  static const struct {
    const char *name, *province, *respelled;   /* respelled NULL: left as it is */
  } names[] = {
    { "Ủy ban nhân dân huyện Hoa Vang", "Đà Nẵng", "Ủy ban nhân dân huyện Hòa Vang" },
    { "Ủy ban nhân dân huyện Hòa Vang", "Đà Nẵng", NULL },
    { "Ủy ban nhân dân huyện Hoà Vang", "Đà Nẵng", NULL },          /* the tone mark placed the other way */
    { "Ủy ban nhân dân huyện Hỏa Vang", "Đà Nẵng", "Ủy ban nhân dân huyện Hòa Vang" },   /* a wrong tone */
    { "Ủy ban nhân dân thị xã Buon Ho", "Đắk Lắk", "Ủy ban nhân dân thị xã Buôn Hồ" },
    { "Ủy ban nhân dân thành phố Rach Gia", "Kiên Giang", "Ủy ban nhân dân thành phố Rạch Giá" },
    { "Ủy ban nhân dân thành phố Hué", "Thừa Thiên Huế", "Ủy ban nhân dân thành phố Huế" },
    { "Công an quận Hai An", "Hải Phòng", "Công an quận Hải An" },
    { "Liên đoàn Lao động tỉnh Bac Ninh", "Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh" },
    { "Chi cục Thuế khu vực Hoa Vang - Cam Le", "Đà Nẵng", "Chi cục Thuế khu vực Hòa Vang - Cẩm Lệ" },
    { "Ủy ban nhân dân quận 7", "Hồ Chí Minh", NULL },
    /* Phú Ninh or Phù Ninh: left as written without the province */
    { "Ủy ban nhân dân huyện Phu Ninh", NULL, NULL },
    { "Ủy ban nhân dân huyện Phu Ninh", "Quảng Nam", "Ủy ban nhân dân huyện Phú Ninh" },
    /* no place after these */
    { "Ban Quản lý Khu kinh tế Hải Phòng", "Hải Phòng", NULL },
    { "Phòng Quản lý ngân sách", NULL, NULL },
    { "Ủy ban nhân dân các huyện", NULL, NULL },
    { "Sở Tài chính", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *respelled = _directive_places_respell (names[i].name, names[i].province);

      g_assert_cmpstr (respelled, ==, names[i].respelled);
    }
}

static void
test_places_mention_to_agency (void)
{
  static const struct {
    const char *text, *locality, *id, *name;
  } cases[] = {
    { "UBND huyện Hoa Vang", "Đà Nẵng", "uy-ban-nhan-dan-huyen-hoa-vang", "Ủy ban nhân dân huyện Hòa Vang" },
    { "UBND huyen Hoa Vang", "Đà Nẵng", "uy-ban-nhan-dan-huyen-hoa-vang", "Ủy ban nhân dân huyện Hòa Vang" },
    { "UBND thị xã Buôn Hồ", "Đắk Lắk", "uy-ban-nhan-dan-thi-xa-buon-ho", "Ủy ban nhân dân thị xã Buôn Hồ" },
    { "UBND thi xa Buon Ho", "Đắk Lắk", "uy-ban-nhan-dan-thi-xa-buon-ho", "Ủy ban nhân dân thị xã Buôn Hồ" },
    { "UBND huyện Nha Be", "Hồ Chí Minh", "uy-ban-nhan-dan-huyen-nha-be", "Ủy ban nhân dân huyện Nhà Bè" },
    { "UBND TP Ha Long", "Quảng Ninh", "uy-ban-nhan-dan-thanh-pho-ha-long", "Ủy ban nhân dân thành phố Hạ Long" },
    { "UBND quan Hai An", "Hải Phòng", "uy-ban-nhan-dan-quan-hai-an", "Ủy ban nhân dân quận Hải An" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DirectiveMention mention = { 0, strlen (cases[i].text), NULL, (char *) cases[i].text };
      g_autoptr(DirectiveAgency) agency = _directive_mention_to_agency (&mention, cases[i].locality);

      g_assert_cmpstr (directive_agency_get_name (agency), ==, cases[i].name);
      g_assert_cmpstr (directive_agency_get_id (agency), ==, cases[i].id);
      g_assert_cmpint (directive_agency_get_kind (agency), ==, DIRECTIVE_AGENCY_KIND_DISTRICT);
    }
}

static gpointer
lookup_thread (gpointer data)
{
  for (guint i = 0; i < 200; i++)
    {
      const DirectivePlace *place = _directive_places_lookup ("Hoa Vang", DIRECTIVE_PLACE_DISTRICT, "huyện", "Đà Nẵng");

      if (place == NULL || !g_str_equal (place->name, "Hòa Vang"))
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_places_threads (void)
{
  /* The first use builds the gazetteer: several threads may ask at once. */
  test_run_threads (lookup_thread, NULL, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* first, so that it finds the gazetteer unbuilt */
  g_test_add_func ("/places/threads", test_places_threads);
  g_test_add_func ("/places/data", test_places_data);
  g_test_add_func ("/places/lookup/clean", test_places_lookup_clean);
  g_test_add_func ("/places/lookup/ocr", test_places_lookup_ocr);
  g_test_add_func ("/places/lookup/ambiguous", test_places_lookup_ambiguous);
  g_test_add_func ("/places/districts", test_places_districts);
  g_test_add_func ("/places/provinces", test_places_provinces);
  g_test_add_func ("/places/place-line", test_places_place_line);
  g_test_add_func ("/places/respell", test_places_respell);
  g_test_add_func ("/places/mention-to-agency", test_places_mention_to_agency);

  return g_test_run ();
}
