/* test-date.c: DirectiveDate, reduced-precision calendar dates
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <directive.h>

static void
test_date_parse_and_print (void)
{
  const char *valid[] = { "2021-11-23", "2021-11", "2021", "2024-02-29", "0001-01-01", "9999-12-31" };

  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DirectiveDate) date = directive_date_new_from_string (valid[i], &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (date);
      text = directive_date_to_string (date);
      g_assert_cmpstr (text, ==, valid[i]);
    }
}

static void
test_date_precision (void)
{
  g_autoptr(DirectiveDate) year = directive_date_new_from_string ("2021", NULL);
  g_autoptr(DirectiveDate) month = directive_date_new_from_string ("2021-12", NULL);
  g_autoptr(DirectiveDate) day = directive_date_new (2021, 12, 15, NULL);

  g_assert_cmpint (directive_date_get_precision (year), ==, DIRECTIVE_DATE_PRECISION_YEAR);
  g_assert_cmpint (directive_date_get_precision (month), ==, DIRECTIVE_DATE_PRECISION_MONTH);
  g_assert_cmpint (directive_date_get_precision (day), ==, DIRECTIVE_DATE_PRECISION_DAY);
  g_assert_cmpuint (directive_date_get_year (day), ==, 2021);
  g_assert_cmpuint (directive_date_get_month (day), ==, 12);
  g_assert_cmpuint (directive_date_get_day (day), ==, 15);
  g_assert_cmpuint (directive_date_get_month (year), ==, 0);
  g_assert_cmpuint (directive_date_get_day (month), ==, 0);
}

static void
test_date_invalid (void)
{
  const char *invalid[] = {
    "2021-02-30", "2023-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "0000",
    "21-11-23", "2021/11/23", "2021-1-5", "2021-11-23T10:00", "", "abcd", " 2021",
    "2021-11-", "2021-00", "2021-11-00",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DirectiveDate) date = directive_date_new_from_string (invalid[i], &error);

      g_assert_null (date);
      g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_DATE);
      /* The message shows what was refused. */
      g_assert_nonnull (strstr (error->message, invalid[i]));
    }
}

static void
test_date_new_invalid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveDate) date = directive_date_new (2021, 2, 30, &error);

  g_assert_null (date);
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_INVALID_DATE);
  g_assert_nonnull (strstr (error->message, "2021-02-30"));

  g_assert_false (directive_date_is_valid_ymd (2021, 0, 5));  /* a day needs a month */
  g_assert_true (directive_date_is_valid_ymd (2020, 2, 29));
  g_assert_false (directive_date_is_valid_ymd (2100, 2, 29));
}

static void
test_date_compare (void)
{
  g_autoptr(DirectiveDate) a = directive_date_new_from_string ("2021-11-23", NULL);
  g_autoptr(DirectiveDate) b = directive_date_new_from_string ("2021-12", NULL);
  g_autoptr(DirectiveDate) c = directive_date_new_from_string ("2022", NULL);
  g_autoptr(DirectiveDate) c2 = directive_date_new (2022, 0, 0, NULL);
  g_autoptr(DirectiveDate) d = directive_date_new_from_string ("2022-01-01", NULL);

  g_assert_cmpint (directive_date_compare (a, b), <, 0);
  g_assert_cmpint (directive_date_compare (b, c), <, 0);
  g_assert_cmpint (directive_date_compare (c, a), >, 0);
  g_assert_cmpint (directive_date_compare (c, c2), ==, 0);
  g_assert_true (directive_date_equal (c, c2));
  /* Same first day: the less precise first. */
  g_assert_cmpint (directive_date_compare (c, d), <, 0);
  g_assert_false (directive_date_equal (c, d));
  /* No date sorts last. */
  g_assert_cmpint (directive_date_compare (NULL, a), >, 0);
  g_assert_cmpint (directive_date_compare (a, NULL), <, 0);
  g_assert_true (directive_date_equal (NULL, NULL));
}

static void
test_date_last_day (void)
{
  struct { const char *in, *out; } cases[] = {
    { "2021-12", "2021-12-31" }, { "2024-02", "2024-02-29" }, { "2022", "2022-12-31" },
    { "2021-10-05", "2021-10-05" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DirectiveDate) date = directive_date_new_from_string (cases[i].in, NULL);
      g_autoptr(DirectiveDate) last = directive_date_dup_last_day (date);
      g_autofree char *text = directive_date_to_string (last);
      g_autoptr(GDate) gdate = directive_date_to_gdate (date);
      char buf[16];

      g_assert_cmpstr (text, ==, cases[i].out);
      g_date_strftime (buf, sizeof buf, "%Y-%m-%d", gdate);
      g_assert_cmpstr (buf, ==, cases[i].out);
    }
}

static void
test_date_boxed (void)
{
  g_autoptr(DirectiveDate) date = directive_date_new (2021, 11, 23, NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;
  DirectiveDate *copy;

  g_value_init (&value, DIRECTIVE_TYPE_DATE);
  g_value_set_boxed (&value, date);
  copy = g_value_get_boxed (&value);
  g_assert_true (copy != date);
  g_assert_true (directive_date_equal (copy, date));
  text = directive_date_to_string (copy);
  g_assert_cmpstr (text, ==, "2021-11-23");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse-and-print", test_date_parse_and_print);
  g_test_add_func ("/date/precision", test_date_precision);
  g_test_add_func ("/date/invalid", test_date_invalid);
  g_test_add_func ("/date/new-invalid", test_date_new_invalid);
  g_test_add_func ("/date/compare", test_date_compare);
  g_test_add_func ("/date/last-day", test_date_last_day);
  g_test_add_func ("/date/boxed", test_date_boxed);

  return g_test_run ();
}
