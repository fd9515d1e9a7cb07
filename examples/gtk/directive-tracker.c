/* directive-tracker.c: a GTK 4 + libadwaita app that follows up the tasks of
 * Vietnamese directive documents, built on libdirective
 *
 *   directive-tracker [--today YYYY-MM-DD] [FILE]
 *   directive-tracker --self-test FILE [--screenshot OUT.png] [--save-to OUT.json]
 *                     [--today YYYY-MM-DD]
 *
 * The self-test opens FILE in a real window, waits for the view to be drawn,
 * prints the rows of the task view, filters by agency and timeliness, changes
 * a status through the status cell's drop-down, saves, reloads the saved file
 * to check the change persisted, takes a screenshot and quits; its exit status
 * says whether every step worked.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "directive-tracker-window.h"

/* ---- Self-test ---------------------------------------------------------------------- */

typedef struct _SelfTest SelfTest;

struct _SelfTest
{
  GApplication           *app;
  DirectiveTrackerWindow *window;
  char                   *screenshot;
  char                   *save_to;
  char                   *saved;    /* the file the window saved */
  char                   *tmpdir;   /* holds it unless --save-to was given */
  guint                   frames;
  void                  (*next_step) (SelfTest *test);
  int                     status;
};

static void self_test_step_checks (SelfTest *test);
static void self_test_step_screenshot (SelfTest *test);
static void self_test_step_reopened (SelfTest *test);

/* Runs @step once the task view is mapped and has drawn a few frames. */
static void self_test_after_frames (SelfTest *test,
                                    void    (*step) (SelfTest *test));

static void
self_test_finish (SelfTest *test,
                  int       status)
{
  if (test->tmpdir != NULL)
    {
      g_unlink (test->saved);
      g_rmdir (test->tmpdir);
    }
  g_clear_pointer (&test->saved, g_free);
  g_clear_pointer (&test->tmpdir, g_free);
  test->status = status;
  gtk_window_destroy (GTK_WINDOW (test->window));
  g_application_quit (test->app);
}

#define CHECK(test, cond, ...) \
  G_STMT_START { \
    if (!(cond)) \
      { \
        g_printerr ("self-test: " __VA_ARGS__); \
        g_printerr ("\n"); \
        self_test_finish ((test), 1); \
        return; \
      } \
  } G_STMT_END

/* One line a row, as the column view's model holds it and its cells show it:
 * ordinal, lead, deadline, timeliness, status, separated by tabs. */
static char *
format_row (DirectiveTrackerWindow *window,
            DirectiveTask          *task)
{
  DirectiveTaskQuery *query = directive_tracker_window_get_query (window);
  g_autofree char *ordinal = directive_tracker_format_ordinal (query, task);
  g_autofree char *lead = directive_tracker_format_agencies (directive_task_get_lead (task));
  g_autofree char *deadline = directive_tracker_format_deadline (task);
  DirectiveTimeliness timeliness =
    directive_task_get_timeliness (task, directive_task_query_get_reference_date (query),
                                   directive_task_query_get_due_soon_days (query));

  return g_strdup_printf ("%s\t%s\t%s\t%s\t%s", ordinal, lead, deadline,
                          directive_tracker_timeliness_label (timeliness),
                          directive_tracker_status_label (directive_task_get_status (task)));
}

/* Prints "TAG<TAB>row" for every row of the column view's model; returns the ordinals. */
static char *
print_rows (DirectiveTrackerWindow *window,
            const char             *tag)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (directive_tracker_window_get_tasks_view (window)));
  g_autoptr(GString) ordinals = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveTask) task = g_list_model_get_item (model, i);
      g_autofree char *row = format_row (window, task);
      g_autofree char *ordinal =
        directive_tracker_format_ordinal (directive_tracker_window_get_query (window), task);

      printf ("%s\t%s\n", tag, row);
      g_string_append_printf (ordinals, "%s%s", ordinals->len > 0 ? " " : "", ordinal);
    }
  printf ("%s-COUNT\t%u\n", tag, n);
  return g_string_free (g_steal_pointer (&ordinals), FALSE);
}

static guint
find_agency_position (GtkDropDown *dropdown,
                      const char  *name)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (model, i);

      if (g_strcmp0 (directive_agency_get_name (agency), name) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The status drop-down the column view made for @ordinal's row: the test
 * changes a status the way a user does, through the widget. */
static GtkDropDown *
find_status_dropdown (GtkWidget              *widget,
                      DirectiveTrackerWindow *window,
                      const char             *ordinal)
{
  if (GTK_IS_DROP_DOWN (widget))
    {
      DirectiveTask *task = directive_tracker_status_dropdown_get_task (GTK_DROP_DOWN (widget));
      g_autofree char *text = NULL;

      if (task != NULL)
        text = directive_tracker_format_ordinal (directive_tracker_window_get_query (window), task);
      if (g_strcmp0 (text, ordinal) == 0)
        return GTK_DROP_DOWN (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_status_dropdown (child, window, ordinal);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, (gpointer) gtk_label_get_label (GTK_LABEL (widget)));
  if (GTK_IS_DROP_DOWN (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* Prints what the rows on screen show, cell by cell: every row has a status
 * drop-down, and the labels of its row are ordinal, task, lead, deadline and
 * timeliness, in column order. */
static void
print_cells (GtkWidget  *widget,
             const char *tag)
{
  if (GTK_IS_DROP_DOWN (widget)
      && directive_tracker_status_dropdown_get_task (GTK_DROP_DOWN (widget)) != NULL)
    {
      GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (widget));
      GtkStringObject *status = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (widget));
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      collect_labels (row, labels);
      if (labels->len == 5)
        printf ("%s\t%s\t%s\t%s\t%s\t%s\n", tag, (char *) labels->pdata[0],
                (char *) labels->pdata[2], (char *) labels->pdata[3], (char *) labels->pdata[4],
                status != NULL ? gtk_string_object_get_string (status) : "");
      else
        printf ("%s\tunexpected row with %u labels\n", tag, labels->len);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    print_cells (child, tag);
}

static DirectiveTask *
find_task (GListModel *tasks,
           const char *ordinal)
{
  guint n = g_list_model_get_n_items (tasks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveTask) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (directive_task_get_ordinal (task), ordinal) == 0)
        return task;
    }
  return NULL;
}

/* (transfer none): task @ordinal among the top-level tasks of @collection's first notice */
static DirectiveTask *
find_top_task (DirectiveCollection *collection,
               const char          *ordinal)
{
  GListModel *notices = directive_collection_get_notices (collection);
  g_autoptr(DirectiveNotice) notice = NULL;
  GListModel *conclusions;

  if (g_list_model_get_n_items (notices) == 0)
    return NULL;
  notice = g_list_model_get_item (notices, 0);
  conclusions = directive_notice_get_conclusions (notice);
  for (guint i = 0; i < g_list_model_get_n_items (conclusions); i++)
    {
      g_autoptr(DirectiveConclusion) conclusion = g_list_model_get_item (conclusions, i);
      DirectiveTask *task = find_task (directive_conclusion_get_tasks (conclusion), ordinal);

      if (task != NULL)
        return task;
    }
  return NULL;
}

static gboolean
self_test_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  SelfTest *test = user_data;

  /* a few frames after mapping, so the rows are laid out and drawn */
  if (!gtk_widget_get_mapped (widget) || ++test->frames < 4)
    return G_SOURCE_CONTINUE;

  test->frames = 0;
  test->next_step (test);
  return G_SOURCE_REMOVE;
}

static void
self_test_after_frames (SelfTest *test,
                        void    (*step) (SelfTest *test))
{
  test->next_step = step;
  gtk_widget_add_tick_callback (GTK_WIDGET (directive_tracker_window_get_tasks_view (test->window)),
                                self_test_tick_cb, test, NULL);
}

static void
self_test_step_checks (SelfTest *test)
{
  DirectiveTrackerWindow *window = test->window;
  DirectiveCollection *collection = directive_tracker_window_get_collection (window);
  GtkWidget *view = GTK_WIDGET (directive_tracker_window_get_tasks_view (window));
  GtkDropDown *agency = directive_tracker_window_get_agency_dropdown (window);
  GtkDropDown *timeliness = directive_tracker_window_get_timeliness_dropdown (window);
  GListModel *notices = directive_collection_get_notices (collection);
  GtkDropDown *status;
  DirectiveTask *task;
  guint position;

  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(DirectiveNotice) notice = g_list_model_get_item (notices, i);

      printf ("NOTICE\t%s\t%s\t%s\n", directive_notice_get_number (notice),
              directive_notice_get_symbol (notice), directive_notice_get_subject (notice));
    }

  /* the rows of the selected notice, as the column view's model has them
   * and as its cells show them */
  g_free (print_rows (window, "ROW"));
  print_cells (view, "CELLS");

  /* filter by an agency in any role (Sở Kế hoạch và Đầu tư co-operates on 1 and 2) */
  position = find_agency_position (agency, "Sở Kế hoạch và Đầu tư");
  CHECK (test, position != GTK_INVALID_LIST_POSITION, "no Sở Kế hoạch và Đầu tư in the agency list");
  gtk_drop_down_set_selected (agency, position);
  {
    g_autofree char *ordinals = print_rows (window, "AGENCY");

    printf ("AGENCY-ORDINALS\t%s\n", ordinals);
  }
  gtk_drop_down_set_selected (agency, 0);

  /* filter by timeliness: entry i + 1 is DirectiveTimeliness i */
  gtk_drop_down_set_selected (timeliness, DIRECTIVE_TIMELINESS_OVERDUE + 1);
  {
    g_autofree char *ordinals = print_rows (window, "OVERDUE");

    printf ("OVERDUE-ORDINALS\t%s\n", ordinals);
  }
  gtk_drop_down_set_selected (timeliness, 0);

  /* change a status through the status cell's drop-down */
  status = find_status_dropdown (view, window, "3");
  CHECK (test, status != NULL, "no status drop-down for task 3 on screen");
  task = directive_tracker_status_dropdown_get_task (status);
  gtk_drop_down_set_selected (status, DIRECTIVE_TASK_STATUS_DONE);
  CHECK (test, directive_task_get_status (task) == DIRECTIVE_TASK_STATUS_DONE,
         "picking Done in the drop-down did not change the task's status");
  printf ("CHANGED\t3\t%s\n", directive_tracker_status_label (directive_task_get_status (task)));
  g_free (print_rows (window, "AFTER"));
  print_cells (view, "CELLS-AFTER");

  /* screenshot once the change has been drawn, then save */
  self_test_after_frames (test, self_test_step_screenshot);
}

static gboolean
save_screenshot (GtkWidget   *widget,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL || renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "nothing was drawn");
      return FALSE;
    }
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write %s", path);
      return FALSE;
    }
  return TRUE;
}

static void
self_test_reopened_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  SelfTest *test = user_data;
  g_autoptr(GError) error = NULL;

  CHECK (test, directive_tracker_window_open_finish (test->window, result, &error),
         "cannot open the saved file again: %s", error->message);
  self_test_after_frames (test, self_test_step_reopened);
}

static void
self_test_step_screenshot (SelfTest *test)
{
  DirectiveTrackerWindow *window = test->window;
  g_autoptr(GFile) saved_file = NULL;
  g_autoptr(DirectiveCollection) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  DirectiveTask *task;

  if (test->screenshot != NULL)
    {
      CHECK (test, save_screenshot (GTK_WIDGET (window), test->screenshot, &error),
             "screenshot failed: %s", error->message);
      printf ("SCREENSHOT\t%s\n", test->screenshot);
    }

  /* save through the window (to --save-to, or a temporary file), and read
   * the file back into a new collection */
  if (test->save_to != NULL)
    test->saved = g_strdup (test->save_to);
  else
    {
      test->tmpdir = g_dir_make_tmp ("directive-tracker-XXXXXX", &error);
      CHECK (test, test->tmpdir != NULL, "cannot make a temporary directory: %s", error->message);
      test->saved = g_build_filename (test->tmpdir, "saved.json", NULL);
    }
  saved_file = g_file_new_for_path (test->saved);
  CHECK (test, directive_tracker_window_save_to (window, saved_file, &error),
         "saving failed: %s", error->message);
  reloaded = directive_collection_new ();
  CHECK (test, directive_collection_load_from_file (reloaded, test->saved, &error),
         "reloading the saved file failed: %s", error->message);
  task = find_top_task (reloaded, "3");
  CHECK (test, task != NULL, "task 3 is missing from the saved file");
  printf ("PERSISTED\t3\t%s\n", directive_tracker_status_label (directive_task_get_status (task)));

  /* and open it in the window, in place of what it shows, as Open does */
  directive_tracker_window_open_async (window, saved_file, NULL, self_test_reopened_cb, test);
}

static void
self_test_step_reopened (SelfTest *test)
{
  g_free (print_rows (test->window, "REOPENED"));
  printf ("OK\n");
  self_test_finish (test, 0);
}

static void
self_test_opened_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  SelfTest *test = user_data;
  g_autoptr(GError) error = NULL;

  CHECK (test, directive_tracker_window_open_finish (test->window, result, &error),
         "cannot open: %s", error->message);
  self_test_after_frames (test, self_test_step_checks);
}

/* ---- Application -------------------------------------------------------------------- */

static char *opt_self_test;
static char *opt_screenshot;
static char *opt_today;
static char *opt_save_to;
static DirectiveDate *today;
static SelfTest self_test;

static const GOptionEntry options[] = {
  { "today", 0, 0, G_OPTION_ARG_STRING, &opt_today,
    "Measure timeliness at this date instead of today", "YYYY-MM-DD" },
  { "self-test", 0, 0, G_OPTION_ARG_FILENAME, &opt_self_test,
    "Open FILE, check the view, change a status, save, and quit", "FILE" },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, &opt_screenshot,
    "With --self-test, save a screenshot of the window to this PNG file", "OUT.png" },
  { "save-to", 0, 0, G_OPTION_ARG_FILENAME, &opt_save_to,
    "With --self-test, save the changed file here (default: a temporary file)", "OUT.json" },
  { NULL }
};

static DirectiveTrackerWindow *
new_window (GApplication *app)
{
  DirectiveTrackerWindow *window = directive_tracker_window_new (ADW_APPLICATION (app));

  directive_tracker_window_set_reference_date (window, today);
  return window;
}

static int
handle_local_options_cb (GApplication *app,
                         GVariantDict *dict,
                         gpointer      user_data)
{
  if (opt_today != NULL)
    {
      g_autoptr(GError) error = NULL;

      today = directive_date_new_from_string (opt_today, &error);
      if (today == NULL)
        {
          g_printerr ("--today: %s\n", error->message);
          return 2;
        }
    }
  if ((opt_screenshot != NULL || opt_save_to != NULL) && opt_self_test == NULL)
    {
      g_printerr ("--screenshot and --save-to need --self-test\n");
      return 2;
    }
  return -1;
}

static void
activate_cb (GApplication *app)
{
  DirectiveTrackerWindow *window = new_window (app);

  if (opt_self_test != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (opt_self_test);

      self_test.app = app;
      self_test.window = window;
      self_test.screenshot = opt_screenshot;
      self_test.save_to = opt_save_to;
      self_test.status = 1;
      gtk_window_present (GTK_WINDOW (window));
      directive_tracker_window_open_async (window, file, NULL, self_test_opened_cb, &self_test);
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
open_window_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!directive_tracker_window_open_finish (DIRECTIVE_TRACKER_WINDOW (object), result, &error))
    g_printerr ("%s\n", error->message);
}

static void
open_cb (GApplication  *app,
         GFile        **files,
         int            n_files,
         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      DirectiveTrackerWindow *window = new_window (app);

      gtk_window_present (GTK_WINDOW (window));
      directive_tracker_window_open_async (window, files[i], NULL, open_window_done_cb, NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  int status;

  app = adw_application_new ("org.libdirective.Tracker",
                             G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_add_main_option_entries (G_APPLICATION (app), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (app), "[FILE…]");
  g_signal_connect (app, "handle-local-options", G_CALLBACK (handle_local_options_cb), NULL);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_signal_connect (app, "open", G_CALLBACK (open_cb), NULL);

  status = g_application_run (G_APPLICATION (app), argc, argv);
  if (status == 0 && opt_self_test != NULL)
    status = self_test.status;

  g_clear_pointer (&today, directive_date_free);
  return status;
}
