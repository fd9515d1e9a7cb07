/* bench-json.c: load and save throughput of directive/1 JSON, beside json-glib's
 * bare parser and generator on the same file in the same process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: bench-json [--notices N] [--tasks N] [--runs N] [--keep FILE]
 *
 * It generates a collection of N notices with M tasks each (default 20,000 x 8,
 * about 90 MB of JSON), then times, best of --runs:
 *   bare parse     json_parser_load_from_data () on the text
 *   load           directive_collection_load_from_data () on the same text
 *   bare generate  json_generator_to_data () of the tree the bare parse built
 *   save           directive_collection_to_data ()
 * and the peak resident memory after each phase (from /proc/self/status), so the
 * ratios load/parse and save/generate are measured on the same machine state.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <directive.h>

static const char *agency_names[][2] = {
  { "so-tai-chinh", "Sở Tài chính" },
  { "so-khdt", "Sở Kế hoạch và Đầu tư" },
  { "so-tttt", "Sở Thông tin và Truyền thông" },
  { "so-y-te", "Sở Y tế" },
  { "so-xay-dung", "Sở Xây dựng" },
  { "cong-an-tinh", "Công an tỉnh" },
  { "dai-ptth", "Đài Phát thanh - Truyền hình Đồng Nai" },
  { "cac-don-vi-lien-quan", "các đơn vị liên quan" },
};

static const char *task_text =
  "Chủ trì, phối hợp Sở Tài chính, Đài PTTH Đồng Nai rà soát, thống nhất quy định đơn giá "
  "sản xuất chương trình truyền hình; trình UBND tỉnh theo quy định trước ngày 15/12/2021.";

static char *
generate (guint n_notices,
          guint n_tasks)
{
  GString *s = g_string_sized_new ((gsize) n_notices * n_tasks * 600);

  g_string_append (s, "{\n  \"format\": \"directive/1\",\n  \"agencies\": [\n");
  g_string_append (s, "    {\"id\": \"ubnd-tinh\", \"name\": \"Ủy ban nhân dân tỉnh Đồng Nai\", "
                      "\"short_name\": \"UBND tỉnh\", \"kind\": \"people-committee\", \"locality\": \"Đồng Nai\"}");
  for (gsize i = 0; i < G_N_ELEMENTS (agency_names); i++)
    g_string_append_printf (s, ",\n    {\"id\": \"%s\", \"name\": \"%s\", \"kind\": \"department\", "
                            "\"parent\": \"ubnd-tinh\", \"locality\": \"Đồng Nai\"}",
                            agency_names[i][0], agency_names[i][1]);
  g_string_append (s, "\n  ],\n  \"notices\": [\n");

  for (guint n = 0; n < n_notices; n++)
    {
      g_string_append_printf (s,
        "%s    {\"kind\": \"notice\", \"number\": \"%u\", \"symbol\": \"TB-UBND\", \"issuer\": \"ubnd-tinh\", "
        "\"place\": \"Đồng Nai\", \"issued_on\": \"2021-%02u-%02u\", "
        "\"subject\": \"Kết luận của đồng chí Nguyễn Sơn Hùng - Phó Chủ tịch UBND tỉnh tại cuộc họp số %u\",\n"
        "      \"conclusions\": [{\"by\": {\"name\": \"Nguyễn Sơn Hùng\", \"position\": \"Phó Chủ tịch UBND tỉnh\", \"honorific\": \"đồng chí\"},\n"
        "        \"meeting\": {\"date\": \"2021-11-23\", \"venue\": \"Trụ sở UBND tỉnh\", \"topic\": \"nghe báo cáo\", "
        "\"chair\": {\"name\": \"Nguyễn Sơn Hùng\", \"position\": \"Phó Chủ tịch UBND tỉnh\"}, "
        "\"attendees\": [{\"name\": \"Lê Hoàng Ngọc\", \"position\": \"Giám đốc Sở\", \"agency\": \"so-tttt\"}]},\n"
        "        \"summary\": \"Thời gian qua, các sở đã chủ động triển khai nhiệm vụ.\",\n        \"tasks\": [\n",
        n == 0 ? "" : ",\n", n + 1, n % 12 + 1, n % 28 + 1, n);
      for (guint t = 0; t < n_tasks; t++)
        g_string_append_printf (s,
          "%s          {\"ordinal\": \"%u\", \"text\": \"%s\", \"lead\": [\"%s\"], "
          "\"cooperating\": [\"%s\", \"dai-ptth\"], \"report_to\": [\"ubnd-tinh\"], "
          "\"deadline\": \"2021-12-%02u\", \"recurrence\": %s, \"status\": \"pending\", \"lines\": [%u, %u]}",
          t == 0 ? "" : ",\n", t + 1, task_text, agency_names[t % 6][0], agency_names[(t + 1) % 6][0],
          t % 28 + 1, t % 3 ? "null" : "\"annual\"", 20 + t * 3, 22 + t * 3);
      g_string_append (s, "\n        ]}],\n      \"recipients\": [{\"text\": \"Như thành phần dự họp\"}, "
                          "{\"text\": \"Chủ tịch, PCT UBND tỉnh\", \"note\": \"KGVX\"}],\n"
                          "      \"archive\": [\"VT\", \"KGVX\"],\n      \"signer\": {\"name\": null, "
                          "\"position\": \"Phó Chánh Văn phòng\", \"authority\": [{\"mode\": \"TL\", \"for\": \"Chủ tịch\"}, "
                          "{\"mode\": \"KT\", \"for\": \"Chánh Văn phòng\"}]}}");
    }
  g_string_append (s, "\n  ]\n}\n");
  return g_string_free (s, FALSE);
}

static gsize
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  p = strstr (status, "VmHWM:");
  return p ? strtoul (p + 6, NULL, 10) : 0;
}

static gsize
current_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  p = strstr (status, "VmRSS:");
  return p ? strtoul (p + 6, NULL, 10) : 0;
}

int
main (int    argc,
      char **argv)
{
  int n_notices = 20000, n_tasks = 8, runs = 3;
  g_autofree char *keep = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("— directive/1 load/save benchmark");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double best_parse = G_MAXDOUBLE, best_load = G_MAXDOUBLE;
  double best_generate = G_MAXDOUBLE, best_save = G_MAXDOUBLE;
  gsize length, base_rss, parse_rss = 0, load_rss = 0;
  GOptionEntry entries[] = {
    { "notices", 'n', 0, G_OPTION_ARG_INT, &n_notices, "Notices to generate", "N" },
    { "tasks", 't', 0, G_OPTION_ARG_INT, &n_tasks, "Tasks per notice", "N" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs; the best is reported", "N" },
    { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep, "Also write the generated file here", "FILE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  text = generate ((guint) n_notices, (guint) n_tasks);
  length = strlen (text);
  if (keep != NULL)
    g_file_set_contents (keep, text, (gssize) length, NULL);
  base_rss = current_rss_kib ();
  g_print ("input: %d notices x %d tasks, %.1f MB\n", n_notices, n_tasks, length / 1e6);

  for (int run = 0; run < runs; run++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(DirectiveCollection) collection = directive_collection_new ();
      g_autofree char *bare_out = NULL;
      g_autofree char *saved = NULL;
      gint64 t0, t1;
      gsize rss_before;

      rss_before = current_rss_kib ();
      t0 = g_get_monotonic_time ();
      if (!json_parser_load_from_data (parser, text, (gssize) length, &error))
        g_error ("bare parse: %s", error->message);
      t1 = g_get_monotonic_time ();
      best_parse = MIN (best_parse, (t1 - t0) / 1e6);
      parse_rss = MAX (parse_rss, current_rss_kib () - rss_before);

      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      json_generator_set_root (generator, json_parser_get_root (parser));
      t0 = g_get_monotonic_time ();
      bare_out = json_generator_to_data (generator, NULL);
      t1 = g_get_monotonic_time ();
      best_generate = MIN (best_generate, (t1 - t0) / 1e6);
      g_clear_object (&parser);
      g_clear_pointer (&bare_out, g_free);

      rss_before = current_rss_kib ();
      t0 = g_get_monotonic_time ();
      if (!directive_collection_load_from_data (collection, text, (gssize) length, &error))
        g_error ("load: %s", error->message);
      t1 = g_get_monotonic_time ();
      best_load = MIN (best_load, (t1 - t0) / 1e6);
      load_rss = MAX (load_rss, current_rss_kib () - rss_before);

      t0 = g_get_monotonic_time ();
      saved = directive_collection_to_data (collection, NULL);
      t1 = g_get_monotonic_time ();
      best_save = MIN (best_save, (t1 - t0) / 1e6);
    }

  g_print ("bare parse     %7.3f s  %6.1f MB/s  tree +%zu MiB\n", best_parse, length / 1e6 / best_parse, parse_rss / 1024);
  g_print ("load           %7.3f s  %6.1f MB/s  model +%zu MiB   load/parse = %.2f (target <= 1.3)\n",
           best_load, length / 1e6 / best_load, load_rss / 1024, best_load / best_parse);
  g_print ("bare generate  %7.3f s  %6.1f MB/s\n", best_generate, length / 1e6 / best_generate);
  g_print ("save           %7.3f s  %6.1f MB/s                 save/generate = %.2f (target <= 1.5)\n",
           best_save, length / 1e6 / best_save, best_save / best_generate);
  g_print ("peak RSS %zu MiB (input text %zu MiB, resident before runs %zu MiB)\n",
           peak_rss_kib () / 1024, length >> 20, base_rss / 1024);
  return 0;
}
