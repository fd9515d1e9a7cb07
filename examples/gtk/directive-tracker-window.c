/* directive-tracker-window.c: the window of the task tracker example
 *
 * Everything on screen is bound to libdirective's own objects: the sidebar
 * lists the collection's notices model, the column view shows a
 * DirectiveTaskQuery (filtered to the selected notice by a GtkFilterListModel),
 * the filter widgets are bound to the query's properties and each status cell
 * is bound both ways to its task's "status" property. Nothing is copied: a
 * change made here is a change to the model, and the model's signals update
 * the view.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "directive-tracker-window.h"

struct _DirectiveTrackerWindow
{
  AdwApplicationWindow parent_instance;

  DirectiveCollection *collection;
  DirectiveTaskQuery  *query;
  DirectiveDate       *reference_date;
  GFile               *file;       /* what was opened */
  GFile               *save_file;  /* where Save writes; NULL for a parsed text */

  GtkSingleSelection  *notices_selection;
  GtkCustomFilter     *notice_filter;
  GtkFilterListModel  *tasks;
  GListStore          *agency_sources;  /* [any_agency_store, collection's agencies] */
  DirectiveAgency     *any_agency;      /* the "Any Agency" placeholder of the drop-down */
  GtkFileChooserNative *chooser;

  /* template children */
  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkListView         *notices_view;
  GtkDropDown         *agency_dropdown;
  GtkDropDown         *timeliness_dropdown;
  GtkSearchEntry      *search_entry;
  GtkToggleButton     *all_notices_button;
  GtkLabel            *count_label;
  GtkColumnView       *tasks_view;
};

G_DEFINE_FINAL_TYPE (DirectiveTrackerWindow, directive_tracker_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_COLLECTION,
  PROP_QUERY,
  PROP_REFERENCE_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_labels[] = {
  [DIRECTIVE_TASK_STATUS_PENDING] = "Pending",
  [DIRECTIVE_TASK_STATUS_IN_PROGRESS] = "In progress",
  [DIRECTIVE_TASK_STATUS_DONE] = "Done",
  [DIRECTIVE_TASK_STATUS_CANCELLED] = "Cancelled",
  NULL
};

static const char * const timeliness_labels[] = {
  [DIRECTIVE_TIMELINESS_NO_DEADLINE] = "No deadline",
  [DIRECTIVE_TIMELINESS_ON_TRACK] = "On track",
  [DIRECTIVE_TIMELINESS_DUE_SOON] = "Due soon",
  [DIRECTIVE_TIMELINESS_OVERDUE] = "Overdue",
  [DIRECTIVE_TIMELINESS_DONE_ON_TIME] = "Done on time",
  [DIRECTIVE_TIMELINESS_DONE_LATE] = "Done late",
  [DIRECTIVE_TIMELINESS_CANCELLED] = "Cancelled",
  NULL
};

/* The style class a timeliness cell wears (libadwaita's colours). */
static const char * const timeliness_classes[] = {
  [DIRECTIVE_TIMELINESS_NO_DEADLINE] = "dim-label",
  [DIRECTIVE_TIMELINESS_ON_TRACK] = "accent",
  [DIRECTIVE_TIMELINESS_DUE_SOON] = "warning",
  [DIRECTIVE_TIMELINESS_OVERDUE] = "error",
  [DIRECTIVE_TIMELINESS_DONE_ON_TIME] = "success",
  [DIRECTIVE_TIMELINESS_DONE_LATE] = "warning",
  [DIRECTIVE_TIMELINESS_CANCELLED] = "dim-label",
};

const char *
directive_tracker_status_label (DirectiveTaskStatus status)
{
  if ((guint) status < G_N_ELEMENTS (status_labels) - 1)
    return status_labels[status];
  return "";
}

const char *
directive_tracker_timeliness_label (DirectiveTimeliness timeliness)
{
  if ((guint) timeliness < G_N_ELEMENTS (timeliness_labels) - 1)
    return timeliness_labels[timeliness];
  return "";
}

static const char *
document_kind_label (DirectiveDocumentKind kind)
{
  switch (kind)
    {
    case DIRECTIVE_DOCUMENT_KIND_NOTICE: return "Thông báo";
    case DIRECTIVE_DOCUMENT_KIND_DIRECTIVE: return "Chỉ thị";
    case DIRECTIVE_DOCUMENT_KIND_DECISION: return "Quyết định";
    case DIRECTIVE_DOCUMENT_KIND_OFFICIAL_LETTER: return "Công văn";
    case DIRECTIVE_DOCUMENT_KIND_PLAN: return "Kế hoạch";
    case DIRECTIVE_DOCUMENT_KIND_REPORT: return "Báo cáo";
    case DIRECTIVE_DOCUMENT_KIND_SUBMISSION: return "Tờ trình";
    case DIRECTIVE_DOCUMENT_KIND_MINUTES: return "Biên bản";
    case DIRECTIVE_DOCUMENT_KIND_INVITATION: return "Giấy mời";
    case DIRECTIVE_DOCUMENT_KIND_OTHER:
    default: return "Văn bản";
    }
}

static char *
format_date (const DirectiveDate *date)
{
  if (date == NULL)
    return NULL;

  switch (directive_date_get_precision (date))
    {
    case DIRECTIVE_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%u", directive_date_get_year (date));
    case DIRECTIVE_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%02u/%u", directive_date_get_month (date),
                              directive_date_get_year (date));
    case DIRECTIVE_DATE_PRECISION_DAY:
    default:
      return g_strdup_printf ("%02u/%02u/%u", directive_date_get_day (date),
                              directive_date_get_month (date), directive_date_get_year (date));
    }
}

/* "5.a" for subtask a of task 5: the query knows a task's parent. */
char *
directive_tracker_format_ordinal (DirectiveTaskQuery *query,
                                  DirectiveTask      *task)
{
  DirectiveTask *parent = NULL;
  const char *ordinal;

  if (task == NULL)
    return NULL;

  ordinal = directive_task_get_ordinal (task);
  if (query != NULL)
    parent = directive_task_query_get_parent_task (query, task);
  if (parent != NULL)
    {
      g_autofree char *parent_ordinal = directive_tracker_format_ordinal (query, parent);

      return g_strdup_printf ("%s.%s", parent_ordinal, ordinal != NULL ? ordinal : "");
    }

  return g_strdup (ordinal);
}

char *
directive_tracker_format_agencies (GListModel *agencies)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n;

  if (agencies == NULL)
    return NULL;

  n = g_list_model_get_n_items (agencies);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DirectiveAgency) agency = g_list_model_get_item (agencies, i);
      const char *name = directive_agency_get_short_name (agency);

      if (name == NULL || *name == '\0')
        name = directive_agency_get_name (agency);
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name != NULL ? name : directive_agency_get_id (agency));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

char *
directive_tracker_format_deadline (DirectiveTask *task)
{
  const DirectiveDate *deadline;

  if (task == NULL)
    return NULL;

  deadline = directive_task_get_deadline (task);
  if (deadline != NULL)
    return format_date (deadline);

  switch (directive_task_get_recurrence (task))
    {
    case DIRECTIVE_RECURRENCE_ANNUAL: return g_strdup ("Every year");
    case DIRECTIVE_RECURRENCE_QUARTERLY: return g_strdup ("Every quarter");
    case DIRECTIVE_RECURRENCE_MONTHLY: return g_strdup ("Every month");
    case DIRECTIVE_RECURRENCE_ONGOING: return g_strdup ("Ongoing");
    case DIRECTIVE_RECURRENCE_NONE:
    default: return g_strdup ("—");
    }
}

/* ---- Cells: each is a widget with GtkExpressions bound in setup ----------------- */

/* The expression of the list item's task: GtkListItem:item. */
static GtkExpression *
item_expression (void)
{
  return gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
}

static GtkExpression *
task_property_expression (const char *property)
{
  return gtk_property_expression_new (DIRECTIVE_TYPE_TASK, item_expression (), property);
}

/* The window's current query, followed when a new file replaces it. */
static GtkExpression *
query_expression (DirectiveTrackerWindow *self)
{
  return gtk_property_expression_new (DIRECTIVE_TRACKER_TYPE_WINDOW,
                                      gtk_object_expression_new (G_OBJECT (self)), "query");
}

static GtkWidget *
new_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static char *
ordinal_closure (GtkListItem        *item,
                 DirectiveTask      *task,
                 DirectiveTaskQuery *query)
{
  return directive_tracker_format_ordinal (query, task);
}

static void
ordinal_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  DirectiveTrackerWindow   *self)
{
  GtkWidget *label = new_cell_label ();
  GtkExpression *params[] = { item_expression (), query_expression (self) };

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                                    G_N_ELEMENTS (params), params,
                                                    G_CALLBACK (ordinal_closure), NULL, NULL),
                       label, "label", list_item);
}

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               DirectiveTrackerWindow   *self)
{
  GtkWidget *label = new_cell_label ();

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_width_chars (GTK_LABEL (label), 30);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 90);
  gtk_list_item_set_child (list_item, label);
  gtk_expression_bind (task_property_expression ("text"), label, "label", list_item);
  gtk_expression_bind (task_property_expression ("text"), label, "tooltip-text", list_item);
}

static char *
lead_closure (GtkListItem   *item,
              DirectiveTask *task)
{
  return task != NULL ? directive_tracker_format_agencies (directive_task_get_lead (task)) : NULL;
}

static void
lead_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               DirectiveTrackerWindow   *self)
{
  GtkWidget *label = new_cell_label ();
  GtkExpression *params[] = { item_expression () };

  gtk_list_item_set_child (list_item, label);
  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                                    G_N_ELEMENTS (params), params,
                                                    G_CALLBACK (lead_closure), NULL, NULL),
                       label, "label", list_item);
}

/* The deadline and recurrence are parameters only so that the cell is
 * evaluated again when they change. */
static char *
deadline_closure (GtkListItem         *item,
                  DirectiveTask       *task,
                  const DirectiveDate *deadline,
                  int                  recurrence)
{
  return directive_tracker_format_deadline (task);
}

static void
deadline_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   DirectiveTrackerWindow   *self)
{
  GtkWidget *label = new_cell_label ();
  GtkExpression *params[] = {
    item_expression (),
    task_property_expression ("deadline"),
    task_property_expression ("recurrence"),
  };

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                                    G_N_ELEMENTS (params), params,
                                                    G_CALLBACK (deadline_closure), NULL, NULL),
                       label, "label", list_item);
}

/* A task's timeliness depends on its status, deadline and completion date and
 * on the query's reference date and due-soon window: all are parameters, so a
 * change to any of them updates the cell. */
static GtkExpression *
timeliness_expression (DirectiveTrackerWindow *self,
                       GType                   value_type,
                       GCallback               callback)
{
  GtkExpression *params[] = {
    item_expression (),
    task_property_expression ("status"),
    task_property_expression ("deadline"),
    task_property_expression ("completed-on"),
    query_expression (self),
    gtk_property_expression_new (DIRECTIVE_TYPE_TASK_QUERY, query_expression (self),
                                 "reference-date"),
    gtk_property_expression_new (DIRECTIVE_TYPE_TASK_QUERY, query_expression (self),
                                 "due-soon-days"),
  };

  return gtk_cclosure_expression_new (value_type, NULL, G_N_ELEMENTS (params), params,
                                      callback, NULL, NULL);
}

static DirectiveTimeliness
timeliness_of (DirectiveTask       *task,
               DirectiveTaskQuery  *query,
               const DirectiveDate *reference_date,
               guint                due_soon_days)
{
  if (query == NULL)
    return directive_task_get_timeliness (task, NULL, 7);
  return directive_task_get_timeliness (task, reference_date, due_soon_days);
}

static char *
timeliness_label_closure (GtkListItem         *item,
                          DirectiveTask       *task,
                          int                  status,
                          const DirectiveDate *deadline,
                          const DirectiveDate *completed_on,
                          DirectiveTaskQuery  *query,
                          const DirectiveDate *reference_date,
                          guint                due_soon_days)
{
  if (task == NULL)
    return NULL;
  return g_strdup (directive_tracker_timeliness_label (timeliness_of (task, query, reference_date,
                                                                      due_soon_days)));
}

static GStrv
timeliness_classes_closure (GtkListItem         *item,
                            DirectiveTask       *task,
                            int                  status,
                            const DirectiveDate *deadline,
                            const DirectiveDate *completed_on,
                            DirectiveTaskQuery  *query,
                            const DirectiveDate *reference_date,
                            guint                due_soon_days)
{
  DirectiveTimeliness timeliness;
  GStrv classes = g_new0 (char *, 3);

  classes[0] = g_strdup ("timeliness");
  if (task == NULL)
    return classes;

  timeliness = timeliness_of (task, query, reference_date, due_soon_days);
  if ((guint) timeliness < G_N_ELEMENTS (timeliness_classes))
    classes[1] = g_strdup (timeliness_classes[timeliness]);
  return classes;
}

static void
timeliness_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     DirectiveTrackerWindow   *self)
{
  GtkWidget *label = new_cell_label ();

  gtk_list_item_set_child (list_item, label);
  gtk_expression_bind (timeliness_expression (self, G_TYPE_STRING,
                                              G_CALLBACK (timeliness_label_closure)),
                       label, "label", list_item);
  gtk_expression_bind (timeliness_expression (self, G_TYPE_STRV,
                                              G_CALLBACK (timeliness_classes_closure)),
                       label, "css-classes", list_item);
}

/* The status drop-down's "selected" is bound both ways to the task's
 * "status": picking an entry sets the task's status, and a status set
 * elsewhere moves the drop-down. */
static gboolean
status_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_status (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= G_N_ELEMENTS (status_labels) - 1)
    return FALSE;
  g_value_set_enum (to, (int) selected);
  return TRUE;
}

static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 DirectiveTrackerWindow   *self)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings ((const char * const *) status_labels);

  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Status", -1);
  gtk_list_item_set_child (list_item, dropdown);
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                DirectiveTrackerWindow   *self)
{
  GtkWidget *dropdown = gtk_list_item_get_child (list_item);
  DirectiveTask *task = gtk_list_item_get_item (list_item);
  GBinding *binding;

  binding = g_object_bind_property_full (task, "status", dropdown, "selected",
                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                         status_to_selected, selected_to_status, NULL, NULL);
  g_object_set_data_full (G_OBJECT (dropdown), "status-binding",
                          g_object_ref (binding), g_object_unref);
}

static void
status_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  DirectiveTrackerWindow   *self)
{
  GtkWidget *dropdown = gtk_list_item_get_child (list_item);
  GBinding *binding = g_object_get_data (G_OBJECT (dropdown), "status-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (dropdown), "status-binding", NULL);
}

/* (transfer none): the task a status drop-down is bound to, or NULL. */
DirectiveTask *
directive_tracker_status_dropdown_get_task (GtkDropDown *dropdown)
{
  GBinding *binding = g_object_get_data (G_OBJECT (dropdown), "status-binding");
  g_autoptr(GObject) task = NULL;

  if (binding == NULL)
    return NULL;
  task = g_binding_dup_source (binding);
  /* the list item holds the task as long as the binding exists */
  return DIRECTIVE_TASK (task);
}

/* ---- The sidebar of notices -------------------------------------------------------- */

static char *
notice_title_closure (GtkListItem *item,
                      int          kind,
                      const char  *number,
                      const char  *symbol)
{
  g_autoptr(GString) title = g_string_new (document_kind_label ((DirectiveDocumentKind) kind));

  if (number != NULL && *number != '\0')
    g_string_append_printf (title, " số %s", number);
  if (symbol != NULL && *symbol != '\0')
    g_string_append_printf (title, "%s%s", number != NULL && *number != '\0' ? "/" : " ", symbol);
  return g_string_free (g_steal_pointer (&title), FALSE);
}

static char *
notice_date_closure (GtkListItem         *item,
                     const DirectiveDate *issued_on,
                     const char          *place)
{
  g_autofree char *date = format_date (issued_on);

  if (place != NULL && *place != '\0' && date != NULL)
    return g_strdup_printf ("%s, %s", place, date);
  return g_strdup (date != NULL ? date : place);
}

static GtkExpression *
notice_property_expression (const char *property)
{
  return gtk_property_expression_new (DIRECTIVE_TYPE_NOTICE, item_expression (), property);
}

static void
notice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 DirectiveTrackerWindow   *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = new_cell_label ();
  GtkWidget *subject = new_cell_label ();
  GtkWidget *date = new_cell_label ();
  GtkExpression *title_params[] = {
    notice_property_expression ("kind"),
    notice_property_expression ("number"),
    notice_property_expression ("symbol"),
  };
  GtkExpression *date_params[] = {
    notice_property_expression ("issued-on"),
    notice_property_expression ("place"),
  };

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (subject), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (subject), 4);
  gtk_widget_add_css_class (date, "dim-label");
  gtk_widget_add_css_class (date, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subject);
  gtk_box_append (GTK_BOX (box), date);
  gtk_list_item_set_child (list_item, box);

  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                                    G_N_ELEMENTS (title_params), title_params,
                                                    G_CALLBACK (notice_title_closure), NULL, NULL),
                       title, "label", list_item);
  gtk_expression_bind (notice_property_expression ("subject"), subject, "label", list_item);
  gtk_expression_bind (notice_property_expression ("subject"), subject, "tooltip-text", list_item);
  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                                    G_N_ELEMENTS (date_params), date_params,
                                                    G_CALLBACK (notice_date_closure), NULL, NULL),
                       date, "label", list_item);
}

/* The query covers the whole collection; the selected notice is a filter on
 * top of it, asking the query which notice each task belongs to. */
static gboolean
notice_filter_func (gpointer item,
                    gpointer user_data)
{
  DirectiveTrackerWindow *self = user_data;
  DirectiveNotice *selected;

  if (self->query == NULL || gtk_toggle_button_get_active (self->all_notices_button))
    return TRUE;

  selected = gtk_single_selection_get_selected_item (self->notices_selection);
  if (selected == NULL)
    return TRUE;
  return directive_task_query_get_notice (self->query, item) == selected;
}

static void
notice_filter_changed_cb (DirectiveTrackerWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->notice_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static char *
count_closure (GObject *this_,
               guint    n_items)
{
  return g_strdup_printf (n_items == 1 ? "%u task" : "%u tasks", n_items);
}

/* ---- Filters: the drop-downs are bound to the query's properties ----------------- */

static gboolean
selected_agency_to_agency (GBinding     *binding,
                           const GValue *from,
                           GValue       *to,
                           gpointer      user_data)
{
  DirectiveTrackerWindow *self = user_data;
  GObject *agency = g_value_get_object (from);

  g_value_set_object (to, agency == (GObject *) self->any_agency ? NULL : agency);
  return TRUE;
}

static gboolean
selected_to_timeliness_set (GBinding     *binding,
                            const GValue *from,
                            GValue       *to,
                            gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  /* entry 0 is "Any Timeliness", entry i + 1 is DirectiveTimeliness i */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    g_value_set_flags (to, DIRECTIVE_TIMELINESS_SET_ANY);
  else
    g_value_set_flags (to, 1u << (selected - 1));
  return TRUE;
}

static void
update_title (DirectiveTrackerWindow *self)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (self->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->file);

      g_string_append (subtitle, name);
    }
  if (self->reference_date != NULL)
    {
      g_autofree char *date = format_date (self->reference_date);

      g_string_append_printf (subtitle, "%sas of %s", subtitle->len > 0 ? " — " : "", date);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle->str);
}

static void
set_collection (DirectiveTrackerWindow *self,
                DirectiveCollection    *collection)
{
  g_autoptr(DirectiveTaskQuery) query = NULL;
  GListModel *agencies = NULL;

  if (!g_set_object (&self->collection, collection))
    return;

  /* A query is made for one collection. The filter widgets keep their
   * state and are bound to the new query's properties; the bindings go
   * away with the query. */
  if (collection != NULL)
    {
      query = directive_task_query_new (collection);
      directive_task_query_set_include_subtasks (query, TRUE);
      directive_task_query_set_role (query, DIRECTIVE_AGENCY_ROLE_ANY);
      g_object_bind_property (self, "reference-date", query, "reference-date",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->search_entry, "text", query, "text", G_BINDING_SYNC_CREATE);
      g_object_bind_property_full (self->timeliness_dropdown, "selected", query, "timeliness",
                                   G_BINDING_SYNC_CREATE, selected_to_timeliness_set, NULL,
                                   NULL, NULL);
      agencies = directive_collection_get_agencies (collection);
    }

  /* the agency drop-down lists "Any Agency" and then the collection's agencies */
  gtk_drop_down_set_selected (self->agency_dropdown, 0);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->agency_sources)) > 1)
    g_list_store_remove (self->agency_sources, 1);
  if (agencies != NULL)
    g_list_store_append (self->agency_sources, agencies);
  if (query != NULL)
    g_object_bind_property_full (self->agency_dropdown, "selected-item", query, "agency",
                                 G_BINDING_SYNC_CREATE, selected_agency_to_agency, NULL,
                                 self, NULL);

  g_set_object (&self->query, query);
  gtk_filter_list_model_set_model (self->tasks, G_LIST_MODEL (query));
  gtk_single_selection_set_model (self->notices_selection,
                                  collection != NULL ? directive_collection_get_notices (collection)
                                                     : NULL);
  notice_filter_changed_cb (self);

  gtk_stack_set_visible_child_name (self->stack, collection != NULL ? "tasks" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", collection != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", collection != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/* ---- Open and save ------------------------------------------------------------------ */

static void
toast (DirectiveTrackerWindow *self,
       const char             *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static gboolean
is_json_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_str_has_suffix (lower, ".json");
}

static void
opened (DirectiveTrackerWindow *self,
        GFile                  *file,
        DirectiveCollection    *collection)
{
  g_set_object (&self->file, file);
  /* a parsed text is saved as JSON somewhere else, never over the text */
  g_clear_object (&self->save_file);
  if (is_json_file (file))
    self->save_file = g_object_ref (file);
  set_collection (self, collection);
  update_title (self);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  DirectiveCollection *collection = DIRECTIVE_COLLECTION (object);
  g_autoptr(GTask) task = user_data;
  DirectiveTrackerWindow *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (!directive_collection_load_finish (collection, result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  opened (self, g_task_get_task_data (task), collection);
  g_task_return_boolean (task, TRUE);
}

static void
parse_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DirectiveParser *parser = DIRECTIVE_PARSER (object);
  g_autoptr(GTask) task = user_data;
  DirectiveTrackerWindow *self = g_task_get_source_object (task);
  g_autoptr(DirectiveCollection) collection = NULL;
  GError *error = NULL;

  collection = directive_parser_parse_file_finish (parser, result, &error);
  if (collection == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  opened (self, g_task_get_task_data (task), collection);
  g_task_return_boolean (task, TRUE);
}

/**
 * directive_tracker_window_open_async:
 *
 * Opens @file: a `.json` file is loaded as directive/1, anything else is read
 * as the text of a notice by a #DirectiveParser. The window shows it once
 * loaded; the collection it showed before is dropped.
 */
void
directive_tracker_window_open_async (DirectiveTrackerWindow *self,
                                     GFile                  *file,
                                     GCancellable           *cancellable,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data)
{
  GTask *task;

  g_return_if_fail (DIRECTIVE_TRACKER_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, directive_tracker_window_open_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  if (is_json_file (file))
    {
      g_autoptr(DirectiveCollection) collection = directive_collection_new ();

      directive_collection_load_async (collection, file, cancellable, load_cb, task);
    }
  else
    {
      g_autoptr(DirectiveParser) parser = directive_parser_new ();

      directive_parser_parse_file_async (parser, file, cancellable, parse_cb, task);
    }
}

gboolean
directive_tracker_window_open_finish (DirectiveTrackerWindow *self,
                                      GAsyncResult           *result,
                                      GError                **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
directive_tracker_window_save_to (DirectiveTrackerWindow *self,
                                  GFile                  *file,
                                  GError                **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (DIRECTIVE_TRACKER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->collection != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "Only local files can be saved");
      return FALSE;
    }
  if (!directive_collection_save_to_file (self->collection, path, error))
    return FALSE;

  g_set_object (&self->save_file, file);
  g_set_object (&self->file, file);
  update_title (self);
  return TRUE;
}

static void
open_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DirectiveTrackerWindow *self = DIRECTIVE_TRACKER_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (!directive_tracker_window_open_finish (self, result, &error))
    {
      g_autofree char *message = g_strdup_printf ("Could not open the file: %s", error->message);

      toast (self, message);
    }
}

static void
save_and_tell (DirectiveTrackerWindow *self,
               GFile                  *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (directive_tracker_window_save_to (self, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);

      message = g_strdup_printf ("Saved to %s", name);
    }
  else
    message = g_strdup_printf ("Could not save: %s", error->message);
  toast (self, message);
}

static void
chooser_response_cb (GtkNativeDialog        *dialog,
                     int                     response,
                     DirectiveTrackerWindow *self)
{
  GtkFileChooserAction action = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    directive_tracker_window_open_async (self, file, NULL, open_done_cb, NULL);
  else
    save_and_tell (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DirectiveTrackerWindow *self = DIRECTIVE_TRACKER_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new ("Open Directives", GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, "_Open", "_Cancel");
  add_filter (GTK_FILE_CHOOSER (self->chooser), "Directives and notices",
              (const char * const[]) { "*.json", "*.txt", NULL });
  add_filter (GTK_FILE_CHOOSER (self->chooser), "directive/1 JSON",
              (const char * const[]) { "*.json", NULL });
  add_filter (GTK_FILE_CHOOSER (self->chooser), "Text of a notice",
              (const char * const[]) { "*.txt", NULL });
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DirectiveTrackerWindow *self = DIRECTIVE_TRACKER_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->collection == NULL)
    return;
  self->chooser = gtk_file_chooser_native_new ("Save Directives", GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, "_Save", "_Cancel");
  add_filter (GTK_FILE_CHOOSER (self->chooser), "directive/1 JSON",
              (const char * const[]) { "*.json", NULL });
  if (self->file != NULL)
    {
      g_autofree char *base = g_file_get_basename (self->file);
      char *dot = strrchr (base, '.');

      if (dot != NULL)
        *dot = '\0';
      name = g_strconcat (base, ".json", NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser),
                                     name != NULL ? name : "directives.json");
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DirectiveTrackerWindow *self = DIRECTIVE_TRACKER_WINDOW (widget);

  if (self->collection == NULL)
    return;
  if (self->save_file == NULL)
    save_as_action (widget, "win.save-as", NULL);
  else
    save_and_tell (self, self->save_file);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
directive_tracker_window_dispose (GObject *object)
{
  DirectiveTrackerWindow *self = DIRECTIVE_TRACKER_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), DIRECTIVE_TRACKER_TYPE_WINDOW);
  g_clear_object (&self->notices_selection);
  g_clear_object (&self->tasks);
  g_clear_object (&self->notice_filter);
  g_clear_object (&self->agency_sources);
  g_clear_object (&self->any_agency);
  g_clear_object (&self->query);
  g_clear_object (&self->collection);
  g_clear_object (&self->file);
  g_clear_object (&self->save_file);

  G_OBJECT_CLASS (directive_tracker_window_parent_class)->dispose (object);
}

static void
directive_tracker_window_finalize (GObject *object)
{
  DirectiveTrackerWindow *self = DIRECTIVE_TRACKER_WINDOW (object);

  g_clear_pointer (&self->reference_date, directive_date_free);

  G_OBJECT_CLASS (directive_tracker_window_parent_class)->finalize (object);
}

static void
directive_tracker_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DirectiveTrackerWindow *self = DIRECTIVE_TRACKER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_COLLECTION:
      g_value_set_object (value, self->collection);
      break;
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    case PROP_REFERENCE_DATE:
      g_value_set_boxed (value, self->reference_date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_tracker_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DirectiveTrackerWindow *self = DIRECTIVE_TRACKER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_COLLECTION:
      set_collection (self, g_value_get_object (value));
      break;
    case PROP_REFERENCE_DATE:
      directive_tracker_window_set_reference_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
directive_tracker_window_class_init (DirectiveTrackerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = directive_tracker_window_dispose;
  object_class->finalize = directive_tracker_window_finalize;
  object_class->get_property = directive_tracker_window_get_property;
  object_class->set_property = directive_tracker_window_set_property;

  properties[PROP_COLLECTION] =
    g_param_spec_object ("collection", NULL, NULL, DIRECTIVE_TYPE_COLLECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, DIRECTIVE_TYPE_TASK_QUERY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERENCE_DATE] =
    g_param_spec_boxed ("reference-date", NULL, NULL, DIRECTIVE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DIRECTIVE_TYPE_TASK);
  g_type_ensure (DIRECTIVE_TYPE_NOTICE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/libdirective/Tracker/directive-tracker-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, notices_view);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, agency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, timeliness_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, all_notices_button);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, DirectiveTrackerWindow, tasks_view);
  gtk_widget_class_bind_template_callback (widget_class, notice_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, ordinal_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, lead_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, deadline_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeliness_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_unbind_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
}

static void
directive_tracker_window_init (DirectiveTrackerWindow *self)
{
  g_autoptr(GListStore) any_store = g_list_store_new (DIRECTIVE_TYPE_AGENCY);
  g_autoptr(GtkStringList) timeliness = gtk_string_list_new (NULL);
  g_autoptr(GtkFlattenListModel) agency_choices = NULL;
  g_autoptr(GtkExpression) agency_name = NULL;
  GtkExpression *count_params[1];
  GtkSelectionModel *tasks_selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* sidebar: the collection's notices; the selected one filters the tasks */
  self->notices_selection = gtk_single_selection_new (NULL);
  gtk_list_view_set_model (self->notices_view, GTK_SELECTION_MODEL (self->notices_selection));
  g_signal_connect_swapped (self->notices_selection, "notify::selected-item",
                            G_CALLBACK (notice_filter_changed_cb), self);
  g_signal_connect_swapped (self->all_notices_button, "toggled",
                            G_CALLBACK (notice_filter_changed_cb), self);

  /* tasks: DirectiveTaskQuery → filter by notice → column view */
  self->notice_filter = gtk_custom_filter_new (notice_filter_func, self, NULL);
  self->tasks = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->notice_filter)));
  tasks_selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->tasks))));
  gtk_column_view_set_model (self->tasks_view, tasks_selection);
  g_object_unref (tasks_selection);

  count_params[0] = gtk_property_expression_new (GTK_TYPE_FILTER_LIST_MODEL,
                                                 gtk_object_expression_new (G_OBJECT (self->tasks)),
                                                 "n-items");
  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 1, count_params,
                                                    G_CALLBACK (count_closure), NULL, NULL),
                       self->count_label, "label", NULL);

  /* agency filter: "Any Agency", then the collection's agencies by name */
  self->any_agency = directive_agency_new ("any", "Any Agency");
  g_list_store_append (any_store, self->any_agency);
  self->agency_sources = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->agency_sources, any_store);
  agency_choices = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->agency_sources)));
  agency_name = gtk_property_expression_new (DIRECTIVE_TYPE_AGENCY, NULL, "name");
  gtk_drop_down_set_expression (self->agency_dropdown, agency_name);
  gtk_drop_down_set_model (self->agency_dropdown, G_LIST_MODEL (agency_choices));

  /* timeliness filter: "Any Timeliness", then every DirectiveTimeliness */
  gtk_string_list_append (timeliness, "Any Timeliness");
  for (guint i = 0; timeliness_labels[i] != NULL; i++)
    gtk_string_list_append (timeliness, timeliness_labels[i]);
  gtk_drop_down_set_model (self->timeliness_dropdown, G_LIST_MODEL (timeliness));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

DirectiveTrackerWindow *
directive_tracker_window_new (AdwApplication *application)
{
  return g_object_new (DIRECTIVE_TRACKER_TYPE_WINDOW, "application", application, NULL);
}

DirectiveCollection *
directive_tracker_window_get_collection (DirectiveTrackerWindow *self)
{
  g_return_val_if_fail (DIRECTIVE_TRACKER_IS_WINDOW (self), NULL);

  return self->collection;
}

DirectiveTaskQuery *
directive_tracker_window_get_query (DirectiveTrackerWindow *self)
{
  g_return_val_if_fail (DIRECTIVE_TRACKER_IS_WINDOW (self), NULL);

  return self->query;
}

const DirectiveDate *
directive_tracker_window_get_reference_date (DirectiveTrackerWindow *self)
{
  g_return_val_if_fail (DIRECTIVE_TRACKER_IS_WINDOW (self), NULL);

  return self->reference_date;
}

/* The day timeliness is measured at; NULL for today. */
void
directive_tracker_window_set_reference_date (DirectiveTrackerWindow *self,
                                             const DirectiveDate    *reference_date)
{
  g_return_if_fail (DIRECTIVE_TRACKER_IS_WINDOW (self));

  if (reference_date == self->reference_date
      || (reference_date != NULL && self->reference_date != NULL
          && directive_date_equal (reference_date, self->reference_date)))
    return;

  g_clear_pointer (&self->reference_date, directive_date_free);
  if (reference_date != NULL)
    self->reference_date = directive_date_copy (reference_date);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DATE]);
}

GtkColumnView *
directive_tracker_window_get_tasks_view (DirectiveTrackerWindow *self)
{
  return self->tasks_view;
}

GtkDropDown *
directive_tracker_window_get_agency_dropdown (DirectiveTrackerWindow *self)
{
  return self->agency_dropdown;
}

GtkDropDown *
directive_tracker_window_get_timeliness_dropdown (DirectiveTrackerWindow *self)
{
  return self->timeliness_dropdown;
}
