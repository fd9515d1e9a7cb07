/* directive-tracker-window.h: the window of the task tracker example
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <adwaita.h>
#include <directive.h>

G_BEGIN_DECLS

#define DIRECTIVE_TRACKER_TYPE_WINDOW (directive_tracker_window_get_type ())

G_DECLARE_FINAL_TYPE (DirectiveTrackerWindow, directive_tracker_window,
                      DIRECTIVE_TRACKER, WINDOW, AdwApplicationWindow)

DirectiveTrackerWindow *directive_tracker_window_new                      (AdwApplication         *application);
DirectiveCollection    *directive_tracker_window_get_collection           (DirectiveTrackerWindow *self);
DirectiveTaskQuery     *directive_tracker_window_get_query                (DirectiveTrackerWindow *self);
const DirectiveDate    *directive_tracker_window_get_reference_date       (DirectiveTrackerWindow *self);
void                    directive_tracker_window_set_reference_date       (DirectiveTrackerWindow *self,
                                                                           const DirectiveDate    *reference_date);
void                    directive_tracker_window_open_async               (DirectiveTrackerWindow *self,
                                                                           GFile                  *file,
                                                                           GCancellable           *cancellable,
                                                                           GAsyncReadyCallback     callback,
                                                                           gpointer                user_data);
gboolean                directive_tracker_window_open_finish              (DirectiveTrackerWindow *self,
                                                                           GAsyncResult           *result,
                                                                           GError                **error);
gboolean                directive_tracker_window_save_to                  (DirectiveTrackerWindow *self,
                                                                           GFile                  *file,
                                                                           GError                **error);

/* What the self-test drives and reads, as a user would. */
GtkColumnView          *directive_tracker_window_get_tasks_view           (DirectiveTrackerWindow *self);
GtkDropDown            *directive_tracker_window_get_agency_dropdown      (DirectiveTrackerWindow *self);
GtkDropDown            *directive_tracker_window_get_timeliness_dropdown  (DirectiveTrackerWindow *self);
char                   *directive_tracker_format_ordinal                  (DirectiveTaskQuery     *query,
                                                                           DirectiveTask          *task);
char                   *directive_tracker_format_agencies                 (GListModel             *agencies);
char                   *directive_tracker_format_deadline                 (DirectiveTask          *task);
const char             *directive_tracker_timeliness_label                (DirectiveTimeliness     timeliness);
const char             *directive_tracker_status_label                    (DirectiveTaskStatus     status);
DirectiveTask          *directive_tracker_status_dropdown_get_task        (GtkDropDown            *dropdown);

G_END_DECLS
