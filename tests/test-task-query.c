/* test-task-query.c: DirectiveTaskQuery's filters, order and items-changed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <directive.h>

#include "directive-text-private.h"
#include "test-util.h"

/* Follows a model through its items-changed and checks each emission against
 * n-items at that moment: what GtkListView relies on. */
typedef struct {
  GListModel *model;
  GPtrArray *items;
  guint emissions;
} Mirror;

static void
mirror_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->items->len);
  g_assert_true (removed > 0 || added > 0);
  g_ptr_array_remove_range (mirror->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->items, (int) (position + i), g_list_model_get_item (model, position + i));
  g_assert_cmpuint (mirror->items->len, ==, g_list_model_get_n_items (model));
  mirror->emissions++;
}

static Mirror *
mirror_new (GListModel *model)
{
  Mirror *mirror = g_new0 (Mirror, 1);
  guint n = g_list_model_get_n_items (model);

  mirror->model = model;
  mirror->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (mirror->items, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (mirror_items_changed_cb), mirror);
  return mirror;
}

static void
mirror_free (Mirror *mirror)
{
  g_signal_handlers_disconnect_by_data (mirror->model, mirror);
  g_ptr_array_unref (mirror->items);
  g_free (mirror);
}

/* The query's answer, worked out again from scratch with the public API. */

typedef struct {
  DirectiveTask *task;
  guint order;
  gboolean subtask;
} Expected;

static void
collect_tasks (GListModel *tasks,
               gboolean    subtasks,
               GArray     *out)
{
  for (guint i = 0, n = g_list_model_get_n_items (tasks); i < n; i++)
    {
      g_autoptr(DirectiveTask) task = g_list_model_get_item (tasks, i);
      Expected e = { task, out->len, subtasks };

      g_array_append_val (out, e);
      collect_tasks (directive_task_get_subtasks (task), TRUE, out);
    }
}

static gboolean
agency_in (DirectiveTaskQuery *q,
           GListModel         *agencies)
{
  DirectiveAgency *target = directive_task_query_get_agency (q);

  for (guint i = 0, n = g_list_model_get_n_items (agencies); i < n; i++)
    {
      g_autoptr(DirectiveAgency) a = g_list_model_get_item (agencies, i);

      for (DirectiveAgency *x = a; x != NULL; x = directive_agency_get_successor (x))
        {
          if (x == target)
            return TRUE;
          if (!directive_task_query_get_include_predecessors (q))
            break;
        }
    }
  return FALSE;
}

static gboolean
expected_matches (DirectiveTaskQuery *q,
                  Expected           *e)
{
  DirectiveTask *task = e->task;
  const DirectiveDate *deadline = directive_task_get_deadline (task);
  const DirectiveDate *from = directive_task_query_get_deadline_from (q);
  const DirectiveDate *to = directive_task_query_get_deadline_to (q);
  DirectiveTimeliness t;
  const char *text = directive_task_query_get_text (q);

  if (e->subtask && !directive_task_query_get_include_subtasks (q))
    return FALSE;
  if (!(directive_task_query_get_status (q) & (1u << directive_task_get_status (task))))
    return FALSE;
  t = directive_task_get_timeliness (task, directive_task_query_get_reference_date (q),
                                     directive_task_query_get_due_soon_days (q));
  if (!(directive_task_query_get_timeliness (q) & (1u << t)))
    return FALSE;
  if (from != NULL || to != NULL)
    {
      g_autoptr(DirectiveDate) last = NULL;

      if (deadline == NULL)
        return FALSE;
      last = directive_date_dup_last_day (deadline);
      /* directive_date_compare orders by first day: a reduced-precision bound
       * is compared as its first (from) and last (to) day. */
      if (from != NULL && directive_date_compare (last, from) < 0)
        return FALSE;
      if (to != NULL)
        {
          g_autoptr(DirectiveDate) to_last = directive_date_dup_last_day (to);

          if (directive_date_compare (last, to_last) > 0)
            return FALSE;
        }
    }
  if (directive_task_query_get_agency (q) != NULL)
    {
      DirectiveAgencyRole role = directive_task_query_get_role (q);
      gboolean found = FALSE;

      if ((role & DIRECTIVE_AGENCY_ROLE_LEAD) && agency_in (q, directive_task_get_lead (task)))
        found = TRUE;
      if ((role & DIRECTIVE_AGENCY_ROLE_COOPERATING) && agency_in (q, directive_task_get_cooperating (task)))
        found = TRUE;
      if ((role & DIRECTIVE_AGENCY_ROLE_REPORT_TO) && agency_in (q, directive_task_get_report_to (task)))
        found = TRUE;
      if (!found)
        return FALSE;
    }
  if (text != NULL && text[0] != '\0')
    {
      g_autofree char *needle = _directive_text_fold (text, -1);
      g_autofree char *hay = _directive_text_fold (directive_task_get_text (task) ? directive_task_get_text (task) : "", -1);

      if (needle[0] != '\0' && strstr (hay, needle) == NULL)
        return FALSE;
    }
  return TRUE;
}

static int
expected_compare (gconstpointer a,
                  gconstpointer b)
{
  const Expected *x = a, *y = b;
  const DirectiveDate *dx = directive_task_get_deadline (x->task);
  const DirectiveDate *dy = directive_task_get_deadline (y->task);

  if (dx != NULL && dy != NULL)
    {
      g_autoptr(DirectiveDate) lx = directive_date_dup_last_day (dx);
      g_autoptr(DirectiveDate) ly = directive_date_dup_last_day (dy);
      int c = directive_date_compare (lx, ly);

      if (c != 0)
        return c;
    }
  else if (dx != NULL || dy != NULL)
    return dx == NULL ? 1 : -1;
  return (x->order > y->order) - (x->order < y->order);
}

static GPtrArray *
expected_items (DirectiveTaskQuery *q)
{
  GListModel *notices = directive_collection_get_notices (directive_task_query_get_collection (q));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Expected));
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0, n = g_list_model_get_n_items (notices); i < n; i++)
    {
      g_autoptr(DirectiveNotice) notice = g_list_model_get_item (notices, i);
      GListModel *conclusions = directive_notice_get_conclusions (notice);

      for (guint j = 0, m = g_list_model_get_n_items (conclusions); j < m; j++)
        {
          g_autoptr(DirectiveConclusion) c = g_list_model_get_item (conclusions, j);

          collect_tasks (directive_conclusion_get_tasks (c), FALSE, all);
        }
    }
  g_array_sort (all, expected_compare);
  for (guint i = 0; i < all->len; i++)
    {
      Expected *e = &g_array_index (all, Expected, i);

      if (expected_matches (q, e))
        g_ptr_array_add (out, e->task);
    }
  return out;
}

static void
check (DirectiveTaskQuery *q,
       Mirror             *mirror)
{
  g_autoptr(GPtrArray) expected = expected_items (q);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (q));
  guint n_prop = 0;

  g_object_get (q, "n-items", &n_prop, NULL);
  g_assert_cmpuint (n, ==, n_prop);
  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpuint (mirror->items->len, ==, expected->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveTask) item = g_list_model_get_item (G_LIST_MODEL (q), i);

      g_assert_true (item == expected->pdata[i]);
      g_assert_true (mirror->items->pdata[i] == expected->pdata[i]);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (q), n));
}

/* A small collection: two notices of two tasks each, one with subtasks. */

typedef struct {
  DirectiveCollection *collection;
  DirectiveAgency *stc;     /* Sở Thông tin và Truyền thông, merged into khcn */
  DirectiveAgency *khcn;
  DirectiveAgency *tc;
  DirectiveNotice *n1, *n2;
  DirectiveConclusion *c1, *c2;
  DirectiveTask *t1, *t2, *t2a, *t2b, *t3, *t4;
} Fixture;

static DirectiveTask *
add_task (DirectiveConclusion *c,
          DirectiveTask       *parent,
          const char          *ordinal,
          const char          *text,
          DirectiveAgency     *lead,
          const char          *deadline)
{
  g_autoptr(DirectiveTask) task = directive_task_new (ordinal, text);

  if (lead != NULL)
    directive_task_add_lead (task, lead);
  if (deadline != NULL)
    {
      g_autoptr(DirectiveDate) d = test_date_parse (deadline);

      directive_task_set_deadline (task, d);
    }
  if (parent != NULL)
    directive_task_add_subtask (parent, task);
  else
    directive_conclusion_add_task (c, task);
  return task;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DirectiveConclusion) c1 = directive_conclusion_new ();
  g_autoptr(DirectiveConclusion) c2 = directive_conclusion_new ();
  g_autoptr(DirectiveDate) merger = test_date_parse ("2025-03-01");

  f->collection = directive_collection_new ();
  f->stc = directive_agency_new ("so-tttt", "Sở Thông tin và Truyền thông");
  f->khcn = directive_agency_new ("so-khcn", "Sở Khoa học và Công nghệ");
  f->tc = directive_agency_new ("so-tai-chinh", "Sở Tài chính");
  g_assert_true (directive_agency_set_successor (f->stc, f->khcn, NULL));
  directive_agency_set_ceased_on (f->stc, merger);
  g_assert_true (directive_collection_add_agency (f->collection, f->stc, NULL));
  g_assert_true (directive_collection_add_agency (f->collection, f->khcn, NULL));
  g_assert_true (directive_collection_add_agency (f->collection, f->tc, NULL));

  f->n1 = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  f->n2 = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
  f->c1 = c1;
  f->c2 = c2;
  directive_notice_add_conclusion (f->n1, c1);
  directive_notice_add_conclusion (f->n2, c2);

  f->t1 = add_task (c1, NULL, "1", "Xây dựng chính quyền số", f->stc, "2021-12-15");
  f->t2 = add_task (c1, NULL, "2", "Rà soát ngân sách", f->tc, "2021-12");
  f->t2a = add_task (NULL, f->t2, "a", "Tổng hợp số liệu", f->tc, "2021-11-30");
  f->t2b = add_task (NULL, f->t2, "b", "Báo cáo UBND tỉnh", f->tc, NULL);
  f->t3 = add_task (c2, NULL, "1", "Ứng dụng khoa học công nghệ", f->khcn, "2021-12-15");
  f->t4 = add_task (c2, NULL, "2", "Tuyên truyền", NULL, NULL);

  directive_collection_add_notice (f->collection, f->n1);
  directive_collection_add_notice (f->collection, f->n2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->n1);
  g_clear_object (&f->n2);
  g_clear_object (&f->stc);
  g_clear_object (&f->khcn);
  g_clear_object (&f->tc);
  g_assert_finalize_object (f->collection);
}

static DirectiveTask *
item (DirectiveTaskQuery *q,
      guint               i)
{
  DirectiveTask *task = g_list_model_get_item (G_LIST_MODEL (q), i);

  g_object_unref (task); /* the collection keeps it */
  return task;
}

static void
test_sorted (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DirectiveTaskQuery) q = directive_task_query_new (f->collection);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (q)) == DIRECTIVE_TYPE_TASK);
  g_assert_true (directive_task_query_get_collection (q) == f->collection);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 6);
  /* 2021-11-30, then the two 2021-12-15 in document order, then "2021-12"
   * (its last day, the 31st), then no deadline in document order. */
  g_assert_true (item (q, 0) == f->t2a);
  g_assert_true (item (q, 1) == f->t1);
  g_assert_true (item (q, 2) == f->t3);
  g_assert_true (item (q, 3) == f->t2);
  g_assert_true (item (q, 4) == f->t2b);
  g_assert_true (item (q, 5) == f->t4);

  g_assert_true (directive_task_query_get_notice (q, f->t2b) == f->n1);
  g_assert_true (directive_task_query_get_notice (q, f->t4) == f->n2);
  g_assert_true (directive_task_query_get_parent_task (q, f->t2b) == f->t2);
  g_assert_null (directive_task_query_get_parent_task (q, f->t2));

  directive_task_query_set_include_subtasks (q, FALSE);
  g_assert_false (directive_task_query_get_include_subtasks (q));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 4);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DirectiveTaskQuery) q = directive_task_query_new (f->collection);
  g_autoptr(DirectiveDate) today = test_date_parse ("2021-12-10");
  g_autoptr(DirectiveDate) dec = test_date_parse ("2021-12");
  Mirror *mirror = mirror_new (G_LIST_MODEL (q));

  directive_task_query_set_agency (q, f->khcn);
  g_assert_true (directive_task_query_get_agency (q) == f->khcn);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 1);

  /* What the Sở KH&CN still owes from the Sở TT&TT it took over. */
  directive_task_query_set_include_predecessors (q, TRUE);
  g_assert_true (directive_task_query_get_include_predecessors (q));
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 2);
  g_assert_true (item (q, 0) == f->t1);

  directive_task_query_set_role (q, DIRECTIVE_AGENCY_ROLE_COOPERATING);
  g_assert_cmpint (directive_task_query_get_role (q), ==, DIRECTIVE_AGENCY_ROLE_COOPERATING);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 0);
  directive_task_add_cooperating (f->t4, f->khcn);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 1);
  directive_task_query_set_role (q, DIRECTIVE_AGENCY_ROLE_ANY);
  directive_task_query_set_agency (q, NULL);
  check (q, mirror);

  directive_task_query_set_reference_date (q, today);
  g_assert_true (directive_date_equal (directive_task_query_get_reference_date (q), today));
  directive_task_query_set_due_soon_days (q, 5);
  g_assert_cmpuint (directive_task_query_get_due_soon_days (q), ==, 5);
  directive_task_query_set_timeliness (q, DIRECTIVE_TIMELINESS_SET_DUE_SOON);
  g_assert_cmpint (directive_task_query_get_timeliness (q), ==, DIRECTIVE_TIMELINESS_SET_DUE_SOON);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 2); /* the two 15/12 */
  directive_task_query_set_timeliness (q, DIRECTIVE_TIMELINESS_SET_OVERDUE);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 1);
  g_assert_true (item (q, 0) == f->t2a);

  directive_task_set_status (f->t2a, DIRECTIVE_TASK_STATUS_DONE);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 0);
  directive_task_query_set_timeliness (q, DIRECTIVE_TIMELINESS_SET_ANY);

  directive_task_query_set_status (q, DIRECTIVE_TASK_STATUS_SET_DONE);
  g_assert_cmpint (directive_task_query_get_status (q), ==, DIRECTIVE_TASK_STATUS_SET_DONE);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 1);
  directive_task_query_set_status (q, DIRECTIVE_TASK_STATUS_SET_OPEN);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 5);
  directive_task_query_set_status (q, DIRECTIVE_TASK_STATUS_SET_ANY);

  directive_task_query_set_deadline_from (q, dec);
  directive_task_query_set_deadline_to (q, dec);
  g_assert_true (directive_date_equal (directive_task_query_get_deadline_from (q), dec));
  g_assert_true (directive_date_equal (directive_task_query_get_deadline_to (q), dec));
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 3);
  directive_task_query_set_deadline_from (q, NULL);
  directive_task_query_set_deadline_to (q, NULL);

  /* Without diacritics or case. */
  directive_task_query_set_text (q, "CONG NGHE");
  g_assert_cmpstr (directive_task_query_get_text (q), ==, "CONG NGHE");
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 1);
  g_assert_true (item (q, 0) == f->t3);
  directive_task_set_text (f->t4, "Tuyên truyền về công nghệ số");
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 2);
  directive_task_query_set_text (q, "");
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 6);

  mirror_free (mirror);
}

static void
test_notify_only_on_change (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DirectiveTaskQuery) q = directive_task_query_new (f->collection);
  int notified = 0;
  int changed = 0;

  g_signal_connect (q, "notify", G_CALLBACK (test_count_notify_cb), &notified);
  g_signal_connect (q, "items-changed", G_CALLBACK (test_count_items_cb), &changed);

  directive_task_query_set_status (q, DIRECTIVE_TASK_STATUS_SET_ANY);
  directive_task_query_set_role (q, DIRECTIVE_AGENCY_ROLE_ANY);
  directive_task_query_set_include_subtasks (q, TRUE);
  directive_task_query_set_include_predecessors (q, FALSE);
  directive_task_query_set_due_soon_days (q, 7);
  directive_task_query_set_text (q, NULL);
  directive_task_query_set_agency (q, NULL);
  directive_task_query_set_reference_date (q, NULL);
  g_assert_cmpint (notified, ==, 0);
  g_assert_cmpint (changed, ==, 0);

  /* A filter that lets the same tasks through changes nothing. */
  directive_task_query_set_due_soon_days (q, 3);
  g_assert_cmpint (notified, ==, 1);
  g_assert_cmpint (changed, ==, 0);

  /* One status change, one exact emission. */
  directive_task_query_set_status (q, DIRECTIVE_TASK_STATUS_SET_OPEN);
  g_assert_cmpint (changed, ==, 0);
  directive_task_set_status (f->t3, DIRECTIVE_TASK_STATUS_CANCELLED);
  g_assert_cmpint (changed, ==, 1);
  directive_task_set_status (f->t3, DIRECTIVE_TASK_STATUS_IN_PROGRESS);
  g_assert_cmpint (changed, ==, 2);
  directive_task_set_status (f->t3, DIRECTIVE_TASK_STATUS_PENDING);
  g_assert_cmpint (changed, ==, 2);

  /* Properties read back. */
  {
    g_autoptr(DirectiveCollection) c = NULL;
    GType type = G_TYPE_INVALID;

    g_object_get (q, "collection", &c, "item-type", &type, NULL);
    g_assert_true (c == f->collection);
    g_assert_true (type == DIRECTIVE_TYPE_TASK);
  }
}

static void
test_structure (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DirectiveTaskQuery) q = directive_task_query_new (f->collection);
  Mirror *mirror = mirror_new (G_LIST_MODEL (q));
  g_autoptr(DirectiveConclusion) c = directive_conclusion_new ();
  g_autoptr(DirectiveNotice) n = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_DIRECTIVE);
  DirectiveTask *t;

  g_assert_true (directive_collection_remove_notice (f->collection, f->n1));
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 2);
  g_assert_null (directive_task_query_get_notice (q, f->t1));

  directive_collection_add_notice (f->collection, f->n1);
  check (q, mirror);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 6);
  /* n1 now comes after n2 in the collection. */
  g_assert_true (item (q, 1) == f->t3);
  g_assert_true (item (q, 2) == f->t1);

  t = add_task (f->c2, NULL, "3", "Mới", f->tc, "2021-01-01");
  check (q, mirror);
  g_assert_true (item (q, 0) == t);
  t = add_task (NULL, f->t4, "a", "Con", f->tc, NULL);
  check (q, mirror);
  directive_notice_add_conclusion (n, c);
  add_task (c, NULL, "1", "Sau", NULL, "2030");
  directive_collection_add_notice (f->collection, n);
  check (q, mirror);
  add_task (c, NULL, "2", "Thêm", f->khcn, "2021-12-15");
  check (q, mirror);
  mirror_free (mirror);
}

/* Random changes with a fixed seed; after each the emissions, n-items, the
 * items and a recomputation from scratch must agree. */
static void
test_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250301);
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GPtrArray) agencies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) conclusions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DirectiveTaskQuery) q = NULL;
  static const char *deadlines[] = { NULL, "2021-11-30", "2021-12", "2021-12-15", "2021", "2022-01-05", "2021-12-31" };
  static const char *texts[] = { "Sở Tài chính tham mưu", "Công nghệ số", "công tác phòng dịch", "Báo cáo", "nước thải" };
  static const char *refs[] = { NULL, "2021-12-10", "2021-12-31", "2022-06" };
  Mirror *mirror;
  guint steps = g_test_thorough () ? 20000 : 3000;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      DirectiveAgency *a = directive_agency_new (id, id);

      g_ptr_array_add (agencies, a);
      g_assert_true (directive_collection_add_agency (collection, a, NULL));
    }
  g_assert_true (directive_agency_set_successor (agencies->pdata[0], agencies->pdata[1], NULL));
  g_assert_true (directive_agency_set_successor (agencies->pdata[1], agencies->pdata[2], NULL));

  q = directive_task_query_new (collection);
  mirror = mirror_new (G_LIST_MODEL (q));

  for (guint step = 0; step < steps; step++)
    {
      guint op = g_rand_int_range (rand, 0, 100);

      if (op < 8 || conclusions->len == 0)
        {
          DirectiveNotice *n = directive_notice_new (DIRECTIVE_DOCUMENT_KIND_NOTICE);
          DirectiveConclusion *c = directive_conclusion_new ();

          directive_notice_add_conclusion (n, c);
          g_ptr_array_add (conclusions, c);
          g_ptr_array_add (notices, n);
          directive_collection_add_notice (collection, n);
        }
      else if (op < 11 && notices->len > 0)
        {
          DirectiveNotice *n = notices->pdata[g_rand_int_range (rand, 0, (int) notices->len)];

          if (!directive_collection_remove_notice (collection, n))
            directive_collection_add_notice (collection, n);
        }
      else if (op < 30)
        {
          DirectiveTask *t = directive_task_new ("1", texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))]);
          const char *d = deadlines[g_rand_int_range (rand, 0, G_N_ELEMENTS (deadlines))];

          if (d != NULL)
            {
              g_autoptr(DirectiveDate) dd = test_date_parse (d);

              directive_task_set_deadline (t, dd);
            }
          directive_task_add_lead (t, agencies->pdata[g_rand_int_range (rand, 0, (int) agencies->len)]);
          if (tasks->len > 0 && g_rand_boolean (rand))
            directive_task_add_subtask (tasks->pdata[g_rand_int_range (rand, 0, (int) tasks->len)], t);
          else
            directive_conclusion_add_task (conclusions->pdata[g_rand_int_range (rand, 0, (int) conclusions->len)], t);
          g_ptr_array_add (tasks, t);
        }
      else if (op < 85 && tasks->len > 0)
        {
          DirectiveTask *t = tasks->pdata[g_rand_int_range (rand, 0, (int) tasks->len)];
          guint what = g_rand_int_range (rand, 0, 6);

          if (what <= 1)
            directive_task_set_status (t, g_rand_int_range (rand, 0, 4));
          else if (what == 2)
            {
              const char *d = deadlines[g_rand_int_range (rand, 0, G_N_ELEMENTS (deadlines))];
              g_autoptr(DirectiveDate) dd = d != NULL ? test_date_parse (d) : NULL;

              directive_task_set_deadline (t, dd);
            }
          else if (what == 3)
            directive_task_set_text (t, texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))]);
          else if (what == 4)
            directive_task_add_cooperating (t, agencies->pdata[g_rand_int_range (rand, 0, (int) agencies->len)]);
          else
            {
              g_autoptr(DirectiveDate) dd = test_date_parse (g_rand_boolean (rand) ? "2021-12-01" : "2022-02-01");

              directive_task_set_completed_on (t, dd);
            }
        }
      else
        {
          guint what = g_rand_int_range (rand, 0, 9);

          if (what == 0)
            directive_task_query_set_agency (q, g_rand_boolean (rand) ? NULL : agencies->pdata[g_rand_int_range (rand, 0, (int) agencies->len)]);
          else if (what == 1)
            directive_task_query_set_role (q, g_rand_int_range (rand, 1, 8));
          else if (what == 2)
            directive_task_query_set_include_predecessors (q, g_rand_boolean (rand));
          else if (what == 3)
            directive_task_query_set_status (q, g_rand_boolean (rand) ? DIRECTIVE_TASK_STATUS_SET_ANY : g_rand_int_range (rand, 0, 16));
          else if (what == 4)
            directive_task_query_set_timeliness (q, g_rand_boolean (rand) ? DIRECTIVE_TIMELINESS_SET_ANY : g_rand_int_range (rand, 0, 128));
          else if (what == 5)
            {
              const char *r = refs[g_rand_int_range (rand, 0, G_N_ELEMENTS (refs))];
              g_autoptr(DirectiveDate) dd = r != NULL ? test_date_parse (r) : NULL;

              directive_task_query_set_reference_date (q, dd);
              directive_task_query_set_due_soon_days (q, g_rand_int_range (rand, 0, 20));
            }
          else if (what == 6)
            {
              const char *a = deadlines[g_rand_int_range (rand, 0, G_N_ELEMENTS (deadlines))];
              const char *b = deadlines[g_rand_int_range (rand, 0, G_N_ELEMENTS (deadlines))];
              g_autoptr(DirectiveDate) da = a != NULL ? test_date_parse (a) : NULL;
              g_autoptr(DirectiveDate) db = b != NULL ? test_date_parse (b) : NULL;

              directive_task_query_set_deadline_from (q, da);
              directive_task_query_set_deadline_to (q, g_rand_boolean (rand) ? NULL : db);
            }
          else if (what == 7)
            directive_task_query_set_text (q, g_rand_boolean (rand) ? NULL : g_rand_boolean (rand) ? "CONG" : "so tai");
          else
            directive_task_query_set_include_subtasks (q, g_rand_boolean (rand));
        }
      check (q, mirror);
    }

  g_test_message ("%u tasks, %u items at the end, %u emissions",
                  tasks->len, g_list_model_get_n_items (G_LIST_MODEL (q)), mirror->emissions);
  mirror_free (mirror);
}

/* End to end: a 2021 notice parsed from text names the Sở TT&TT; the
 * built-in catalogue knows it merged into the Sở KH&CN in 2025; a query for
 * the Sở KH&CN with its predecessors finds the task. */
static void
test_merged_parsed (void)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autofree char *path = test_data_path ("tracking/tayninh-2021-tb-chuyen-doi-so.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DirectiveCollection) c = directive_parser_parse_file (parser, file, NULL, &error);
  g_autoptr(DirectiveCollection) reloaded = directive_collection_new ();
  g_autoptr(DirectiveTaskQuery) q = NULL;
  g_autofree char *saved = NULL;
  DirectiveAgency *stttt, *khcn;

  g_assert_no_error (error);
  stttt = directive_collection_lookup_agency (c, "so-tttt");
  khcn = directive_collection_lookup_agency (c, "so-khcn");
  g_assert_nonnull (stttt);
  g_assert_nonnull (khcn);
  g_assert_true (directive_agency_get_successor (stttt) == khcn);
  g_assert_cmpuint (directive_date_get_year (directive_agency_get_ceased_on (stttt)), ==, 2025);

  q = directive_task_query_new (c);
  directive_task_query_set_agency (q, khcn);
  directive_task_query_set_role (q, DIRECTIVE_AGENCY_ROLE_LEAD);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 1);
  directive_task_query_set_include_predecessors (q, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 2);
  g_assert_cmpstr (directive_task_get_ordinal (item (q, 0)), ==, "1");
  g_assert_true (g_list_model_get_item_type (directive_task_get_lead (item (q, 0))) == DIRECTIVE_TYPE_AGENCY);
  g_clear_object (&q);

  /* The same after a save and a load. */
  saved = directive_collection_to_data (c, NULL);
  g_assert_true (directive_collection_load_from_data (reloaded, saved, -1, &error));
  g_assert_no_error (error);
  q = g_object_new (DIRECTIVE_TYPE_TASK_QUERY, "collection", reloaded,
                    "agency", directive_collection_lookup_agency (reloaded, "so-khcn"),
                    "include-predecessors", TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (q)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/task-query/sorted", Fixture, NULL, fixture_set_up, test_sorted, fixture_tear_down);
  g_test_add ("/task-query/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/task-query/notify-only-on-change", Fixture, NULL, fixture_set_up, test_notify_only_on_change, fixture_tear_down);
  g_test_add ("/task-query/structure", Fixture, NULL, fixture_set_up, test_structure, fixture_tear_down);
  g_test_add_func ("/task-query/random", test_random);
  g_test_add_func ("/task-query/merged-parsed", test_merged_parsed);

  return g_test_run ();
}
