/* directive-parser-places.c: provinces and cities, to restore an OCR-damaged place
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-parser-private.h"
#include "directive-text-private.h"

/* Provinces and centrally-run cities (before and after the 2025 merger), and the
 * provincial cities a document is often dated at. */
static const char *const places[] = {
  "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
  "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
  "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
  "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
  "Hồ Chí Minh", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn",
  "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
  "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
  "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
  "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Huế",
  "Biên Hòa", "Thủ Dầu Một", "Đồng Xoài", "Đà Lạt", "Nha Trang", "Hạ Long", "Vinh", "Buôn Ma Thuột",
  "Pleiku", "Quy Nhơn", "Long Xuyên", "Mỹ Tho", "Rạch Giá", "Vũng Tàu", "Phan Thiết", "Tam Kỳ",
  NULL
};

static const char *const cities[] = {
  "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", NULL
};

static char **
place_keys (void)
{
  static char **keys;

  if (g_once_init_enter (&keys))
    {
      guint n = g_strv_length ((char **) places);
      char **k = g_new0 (char *, n + 1);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *f = _directive_text_fold (places[i], -1);
          GString *compact = g_string_new (NULL);

          for (const char *c = f; *c != '\0'; c++)
            if (*c >= 'a' && *c <= 'z')
              g_string_append_c (compact, *c);
          k[i] = g_string_free (compact, FALSE);
        }
      g_once_init_leave (&keys, k);
    }

  return keys;
}

char *
_directive_canonical_place (const char *text)
{
  char **keys = place_keys ();
  g_autofree char *f = NULL;
  GString *compact;
  double best = G_MAXDOUBLE;
  int best_i = -1;

  if (text == NULL)
    return NULL;
  f = _directive_text_fold (text, -1);
  compact = g_string_new (NULL);
  for (const char *c = f; *c != '\0'; c++)
    if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
      g_string_append_c (compact, *c);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      gsize kl = strlen (keys[i]);
      double d;

      if (kl + 3 < compact->len || compact->len + 3 < kl)
        continue;
      /* (a key further than the best so far, or than a place may be, changes nothing) */
      if (!_directive_text_word_within (compact->str, compact->len, keys[i], kl,
                                        MIN (best, compact->len <= 5 ? 1.0 : 0.25 * compact->len)))
        continue;
      d = _directive_text_word_distance (compact->str, compact->len, keys[i], kl);
      if (d < best)
        {
          best = d;
          best_i = i;
        }
    }
  if (best_i >= 0 && best <= (compact->len <= 5 ? 1.0 : 0.25 * compact->len))
    {
      g_string_free (compact, TRUE);
      return g_strdup (places[best_i]);
    }
  g_string_free (compact, TRUE);

  return NULL;
}

gboolean
_directive_is_city (const char *locality)
{
  if (locality == NULL)
    return FALSE;
  for (guint i = 0; cities[i] != NULL; i++)
    if (strcmp (locality, cities[i]) == 0)
      return TRUE;
  return FALSE;
}
