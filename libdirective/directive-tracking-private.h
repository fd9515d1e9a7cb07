/* directive-tracking-private.h: what the tracking part shares internally
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "directive-date.h"
#include "directive-task.h"

G_BEGIN_DECLS

/* The Julian day number (GDate's) of the last day @date covers: a month's last
 * day, a year's 31 December. 0 for NULL. */
guint32             _directive_date_last_julian   (const DirectiveDate *date);

/* Today in the local time zone, to the day. */
DirectiveDate      *_directive_date_new_today     (void);

/* directive_task_get_timeliness() against a Julian day number. */
DirectiveTimeliness _directive_task_timeliness_at (DirectiveTask       *task,
                                                   guint32              today_julian,
                                                   guint                due_soon_days);

G_END_DECLS
