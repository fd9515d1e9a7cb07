/* bench-query.c: DirectiveTaskQuery over a large collection, beside a plain
 * linear filter over the same tasks in the same process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: bench-query [--tasks N] [--changes N]
 *
 * It builds a collection of N tasks (default 200,000: 20,000 notices of 10
 * tasks, deadlines spread over 2021-2023, one in eight without one, leads
 * among 8 agencies), then times:
 *   first build     directive_task_query_new () and its first filter
 *   re-query        a filter changed (agency, status, timeliness, text) and the
 *                   answer read, beside a linear filter (and sort) of all tasks
 *   status changes  N status changes with the query bound, each followed by its
 *                   items-changed, beside the same changes with no query and the
 *                   cost of filtering all tasks again after each one
 * and the resident memory before and after the first build.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <directive.h>

static const char *agency_names[][2] = {
  { "so-tai-chinh", "Sở Tài chính" },
  { "so-khdt", "Sở Kế hoạch và Đầu tư" },
  { "so-tttt", "Sở Thông tin và Truyền thông" },
  { "so-khcn", "Sở Khoa học và Công nghệ" },
  { "so-y-te", "Sở Y tế" },
  { "so-xay-dung", "Sở Xây dựng" },
  { "cong-an-tinh", "Công an tỉnh" },
  { "dai-ptth", "Đài Phát thanh - Truyền hình Đồng Nai" },
};

static const char *texts[] = {
  "Chủ trì, phối hợp Sở Tài chính rà soát, thống nhất quy định đơn giá; trình UBND tỉnh trước ngày 15/12/2021.",
  "Tham mưu UBND tỉnh bố trí vốn sự nghiệp cho các công trình cấp bách.",
  "Xây dựng Kế hoạch chuyển đổi số năm 2022, báo cáo kết quả thực hiện.",
  "Kiểm tra chất lượng nước sinh hoạt tại các công trình cấp nước tập trung hằng quý.",
};

static double
now_ms (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}

static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  p = strstr (status, "VmRSS:");
  return p != NULL ? strtol (p + 6, NULL, 10) : -1;
}

static guint changed_count;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  changed_count++;
}

/* The baseline: every task checked in a loop, the matches sorted by deadline. */
typedef struct {
  DirectiveAgency *agency;
  DirectiveTaskStatusSet status;
  const char *text;
} Filter;

static gboolean
baseline_matches (DirectiveTask *task,
                  const Filter  *f)
{
  if ((f->status & (1u << directive_task_get_status (task))) == 0)
    return FALSE;
  if (f->agency != NULL)
    {
      GListModel *lead = directive_task_get_lead (task);
      gboolean found = FALSE;

      for (guint i = 0, n = g_list_model_get_n_items (lead); i < n && !found; i++)
        {
          g_autoptr(DirectiveAgency) a = g_list_model_get_item (lead, i);

          found = a == f->agency;
        }
      if (!found)
        return FALSE;
    }
  if (f->text != NULL && strstr (directive_task_get_text (task), f->text) == NULL)
    return FALSE;
  return TRUE;
}

static int
deadline_compare (gconstpointer a,
                  gconstpointer b)
{
  DirectiveTask *x = *(DirectiveTask **) a;
  DirectiveTask *y = *(DirectiveTask **) b;

  return directive_date_compare (directive_task_get_deadline (x), directive_task_get_deadline (y));
}

static guint
baseline (GPtrArray    *tasks,
          const Filter *f,
          gboolean      sort)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new ();

  for (guint i = 0; i < tasks->len; i++)
    if (baseline_matches (tasks->pdata[i], f))
      g_ptr_array_add (out, tasks->pdata[i]);
  if (sort)
    g_ptr_array_sort (out, deadline_compare);
  return out->len;
}

/* Reads every item, as a view that shows them all would. */
static guint
read_all (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (model, i));
  return n;
}

int
main (int   argc,
      char *argv[])
{
  int n_tasks = 200000;
  int n_changes = 10000;
  const GOptionEntry entries[] = {
    { "tasks", 0, 0, G_OPTION_ARG_INT, &n_tasks, "Tasks in the collection", "N" },
    { "changes", 0, 0, G_OPTION_ARG_INT, &n_changes, "Status changes to time", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time DirectiveTaskQuery");
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GPtrArray) agencies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(DirectiveTaskQuery) query = NULL;
  g_autoptr(DirectiveDate) today = directive_date_new (2022, 6, 15, NULL);
  DirectiveAgency *khcn;
  double t0, t_build, t_build_agency;
  long rss_before, rss_after;
  Filter f = { NULL, DIRECTIVE_TASK_STATUS_SET_ANY, NULL };
  guint n;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (agency_names); i++)
    {
      DirectiveAgency *a = directive_agency_new (agency_names[i][0], agency_names[i][1]);

      directive_collection_add_agency (collection, a, NULL);
      g_ptr_array_add (agencies, a);
    }
  khcn = agencies->pdata[3];
  directive_agency_set_successor (agencies->pdata[2], khcn, NULL);

  /* The collection: notices of 10 tasks, all added at the end (one
   * items-changed per notice, as a load would). */
  for (int made = 0; made < n_tasks;)
    {
      g_autoptr(DirectiveNotice) notice = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
      g_autoptr(DirectiveConclusion) conclusion = directive_conclusion_new ();

      directive_notice_add_conclusion (notice, conclusion);
      for (int k = 0; k < 10 && made < n_tasks; k++, made++)
        {
          g_autoptr(DirectiveTask) task = directive_task_new ("1", texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))]);

          if (g_rand_int_range (rand, 0, 8) != 0)
            {
              g_autoptr(DirectiveDate) d = directive_date_new ((guint) g_rand_int_range (rand, 2021, 2024),
                                                               (guint) g_rand_int_range (rand, 1, 13),
                                                               (guint) g_rand_int_range (rand, 1, 29), NULL);

              directive_task_set_deadline (task, d);
            }
          directive_task_add_lead (task, agencies->pdata[g_rand_int_range (rand, 0, (int) agencies->len)]);
          directive_task_set_status (task, g_rand_int_range (rand, 0, 3) == 0 ? DIRECTIVE_TASK_STATUS_DONE
                                           : DIRECTIVE_TASK_STATUS_PENDING);
          directive_conclusion_add_task (conclusion, task);
          g_ptr_array_add (tasks, g_object_ref (task));
        }
      directive_collection_add_notice (collection, notice);
    }

  printf ("# DirectiveTaskQuery over %d tasks (%u notices)\n\n", n_tasks,
          g_list_model_get_n_items (directive_collection_get_notices (collection)));

  /* First build. */
  rss_before = rss_kb ();
  t0 = now_ms ();
  query = directive_task_query_new (collection);
  t_build = now_ms () - t0;
  rss_after = rss_kb ();
  n = read_all (G_LIST_MODEL (query));
  printf ("| step | query | baseline (linear filter) |\n|---|---|---|\n");
  t0 = now_ms ();
  baseline (tasks, &f, TRUE);
  printf ("| first build, all %u tasks, sorted | %.1f ms | %.1f ms (filter + sort) |\n",
          n, t_build, now_ms () - t0);
  g_clear_object (&query);

  t0 = now_ms ();
  query = g_object_new (DIRECTIVE_TYPE_TASK_QUERY, "collection", collection,
                        "agency", khcn, "include-predecessors", TRUE,
                        "reference-date", today, NULL);
  t_build_agency = now_ms () - t0;
  printf ("| first build, one agency and its predecessor (%u tasks) | %.1f ms | |\n",
          g_list_model_get_n_items (G_LIST_MODEL (query)), t_build_agency);
  g_signal_connect (query, "items-changed", G_CALLBACK (items_changed_cb), NULL);

  /* Re-queries: one filter changed at a time, the answer read in full. */
  {
    struct {
      const char *what;
      const char *property;
      GValue value;
      Filter baseline;
    } steps[] = {
      { "agency: another one", "agency", G_VALUE_INIT, { agencies->pdata[0], DIRECTIVE_TASK_STATUS_SET_ANY, NULL } },
      { "status: open", "status", G_VALUE_INIT, { agencies->pdata[0], DIRECTIVE_TASK_STATUS_SET_OPEN, NULL } },
      { "timeliness: overdue", "timeliness", G_VALUE_INIT, { agencies->pdata[0], DIRECTIVE_TASK_STATUS_SET_OPEN, NULL } },
      { "timeliness: any", "timeliness", G_VALUE_INIT, { agencies->pdata[0], DIRECTIVE_TASK_STATUS_SET_OPEN, NULL } },
      { "text: \"chuyen doi so\" (first text filter: folds the texts)", "text", G_VALUE_INIT, { agencies->pdata[0], DIRECTIVE_TASK_STATUS_SET_OPEN, "chuyển đổi số" } },
      { "text: \"cap nuoc\"", "text", G_VALUE_INIT, { agencies->pdata[0], DIRECTIVE_TASK_STATUS_SET_OPEN, "cấp nước" } },
      { "text: none", "text", G_VALUE_INIT, { agencies->pdata[0], DIRECTIVE_TASK_STATUS_SET_OPEN, NULL } },
      { "agency: none", "agency", G_VALUE_INIT, { NULL, DIRECTIVE_TASK_STATUS_SET_OPEN, NULL } },
      { "agency: Sở KH&CN and its predecessor", "agency", G_VALUE_INIT, { khcn, DIRECTIVE_TASK_STATUS_SET_OPEN, NULL } },
    };

    g_value_init (&steps[0].value, DIRECTIVE_TYPE_AGENCY);
    g_value_set_object (&steps[0].value, agencies->pdata[0]);
    g_value_init (&steps[1].value, DIRECTIVE_TYPE_TASK_STATUS_SET);
    g_value_set_flags (&steps[1].value, DIRECTIVE_TASK_STATUS_SET_OPEN);
    g_value_init (&steps[2].value, DIRECTIVE_TYPE_TIMELINESS_SET);
    g_value_set_flags (&steps[2].value, DIRECTIVE_TIMELINESS_SET_OVERDUE);
    g_value_init (&steps[3].value, DIRECTIVE_TYPE_TIMELINESS_SET);
    g_value_set_flags (&steps[3].value, DIRECTIVE_TIMELINESS_SET_ANY);
    g_value_init (&steps[4].value, G_TYPE_STRING);
    g_value_set_string (&steps[4].value, "chuyen doi so");
    g_value_init (&steps[5].value, G_TYPE_STRING);
    g_value_set_string (&steps[5].value, "cap nuoc");
    g_value_init (&steps[6].value, G_TYPE_STRING);
    g_value_init (&steps[7].value, DIRECTIVE_TYPE_AGENCY);
    g_value_init (&steps[8].value, DIRECTIVE_TYPE_AGENCY);
    g_value_set_object (&steps[8].value, khcn);

    for (gsize i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        double tq, tb, tr;
        guint got;

        t0 = now_ms ();
        g_object_set_property (G_OBJECT (query), steps[i].property, &steps[i].value);
        tq = now_ms () - t0;
        t0 = now_ms ();
        got = read_all (G_LIST_MODEL (query));
        tr = now_ms () - t0;
        t0 = now_ms ();
        baseline (tasks, &steps[i].baseline, TRUE);
        tb = now_ms () - t0;
        printf ("| re-query, %s → %u tasks | %.1f ms (+ %.1f ms to read them all) | %.1f ms |\n",
                steps[i].what, got, tq, tr, tb);
        g_value_unset (&steps[i].value);
      }
  }

  /* Status changes with the query bound: open tasks of one agency. */
  g_object_set (query, "agency", agencies->pdata[0], NULL);
  {
    g_autoptr(GArray) picks = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint) n_changes);
    double t_query, t_plain, t_rebuild;
    int n_rebuilds = MIN (n_changes, 100);

    for (int i = 0; i < n_changes; i++)
      {
        guint k = (guint) g_rand_int_range (rand, 0, (int) tasks->len);

        g_array_append_val (picks, k);
      }

    changed_count = 0;
    t0 = now_ms ();
    for (int i = 0; i < n_changes; i++)
      {
        DirectiveTask *task = tasks->pdata[g_array_index (picks, guint, i)];

        directive_task_set_status (task, directive_task_get_status (task) == DIRECTIVE_TASK_STATUS_DONE
                                         ? DIRECTIVE_TASK_STATUS_IN_PROGRESS : DIRECTIVE_TASK_STATUS_DONE);
      }
    t_query = now_ms () - t0;

    g_clear_object (&query);
    t0 = now_ms ();
    for (int i = 0; i < n_changes; i++)
      {
        DirectiveTask *task = tasks->pdata[g_array_index (picks, guint, i)];

        directive_task_set_status (task, directive_task_get_status (task) == DIRECTIVE_TASK_STATUS_DONE
                                         ? DIRECTIVE_TASK_STATUS_IN_PROGRESS : DIRECTIVE_TASK_STATUS_DONE);
      }
    t_plain = now_ms () - t0;

    f.agency = agencies->pdata[0];
    f.status = DIRECTIVE_TASK_STATUS_SET_OPEN;
    t0 = now_ms ();
    for (int i = 0; i < n_rebuilds; i++)
      {
        DirectiveTask *task = tasks->pdata[g_array_index (picks, guint, i)];

        directive_task_set_status (task, directive_task_get_status (task) == DIRECTIVE_TASK_STATUS_DONE
                                         ? DIRECTIVE_TASK_STATUS_IN_PROGRESS : DIRECTIVE_TASK_STATUS_DONE);
        baseline (tasks, &f, TRUE);
      }
    t_rebuild = (now_ms () - t0) / n_rebuilds;

    printf ("| %d status changes, query bound (%u items-changed) | %.1f ms, %.2f µs each | "
            "%.1f ms, %.2f µs each with no query; %.1f ms each filtering again |\n",
            n_changes, changed_count, t_query, t_query * 1000.0 / n_changes,
            t_plain, t_plain * 1000.0 / n_changes, t_rebuild);
  }

  printf ("\nResident memory: %.1f MB before the first query, %.1f MB after (+%.1f MB).\n",
          rss_before / 1024.0, rss_after / 1024.0, (rss_after - rss_before) / 1024.0);
  return 0;
}
