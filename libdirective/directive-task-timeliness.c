/* directive-task-timeliness.c: how a task stands against its deadline
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "directive-task.h"
#include "directive-tracking-private.h"

guint32
_directive_date_last_julian (const DirectiveDate *date)
{
  GDate d;
  guint year, month, day;

  if (date == NULL)
    return 0;

  year = directive_date_get_year (date);
  switch (directive_date_get_precision (date))
    {
    case DIRECTIVE_DATE_PRECISION_YEAR:
      month = 12;
      day = 31;
      break;
    case DIRECTIVE_DATE_PRECISION_MONTH:
      month = directive_date_get_month (date);
      day = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
      break;
    case DIRECTIVE_DATE_PRECISION_DAY:
    default:
      month = directive_date_get_month (date);
      day = directive_date_get_day (date);
      break;
    }

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&d);
}

DirectiveDate *
_directive_date_new_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return directive_date_new ((guint) g_date_time_get_year (now),
                             (guint) g_date_time_get_month (now),
                             (guint) g_date_time_get_day_of_month (now),
                             NULL);
}

static guint32
today_julian (void)
{
  g_autoptr(DirectiveDate) today = _directive_date_new_today ();

  return _directive_date_last_julian (today);
}

DirectiveTimeliness
_directive_task_timeliness_at (DirectiveTask *task,
                               guint32        today,
                               guint          due_soon_days)
{
  guint32 deadline = _directive_date_last_julian (directive_task_get_deadline (task));

  switch (directive_task_get_status (task))
    {
    case DIRECTIVE_TASK_STATUS_CANCELLED:
      return DIRECTIVE_TIMELINESS_CANCELLED;

    case DIRECTIVE_TASK_STATUS_DONE:
      {
        guint32 completed = _directive_date_last_julian (directive_task_get_completed_on (task));

        if (deadline == 0 || completed == 0 || completed <= deadline)
          return DIRECTIVE_TIMELINESS_DONE_ON_TIME;
        return DIRECTIVE_TIMELINESS_DONE_LATE;
      }

    case DIRECTIVE_TASK_STATUS_PENDING:
    case DIRECTIVE_TASK_STATUS_IN_PROGRESS:
    default:
      if (deadline == 0)
        return DIRECTIVE_TIMELINESS_NO_DEADLINE;
      if (deadline < today)
        return DIRECTIVE_TIMELINESS_OVERDUE;
      if ((guint64) deadline - today <= due_soon_days)
        return DIRECTIVE_TIMELINESS_DUE_SOON;
      return DIRECTIVE_TIMELINESS_ON_TRACK;
    }
}

/**
 * directive_task_get_timeliness:
 * @self: a task
 * @today: (nullable): the reference date, or %NULL for today in the local time zone
 * @due_soon_days: how many days before its deadline an open task is due soon
 *
 * Tells how the task stands against its deadline on @today.
 *
 * A cancelled task is %DIRECTIVE_TIMELINESS_CANCELLED. A done task is
 * %DIRECTIVE_TIMELINESS_DONE_LATE when its [property@Directive.Task:completed-on]
 * is after its deadline, and %DIRECTIVE_TIMELINESS_DONE_ON_TIME otherwise
 * (also when it has no deadline or no completion date). An open task (pending
 * or in progress) with no deadline is %DIRECTIVE_TIMELINESS_NO_DEADLINE;
 * otherwise it is %DIRECTIVE_TIMELINESS_OVERDUE after the deadline,
 * %DIRECTIVE_TIMELINESS_DUE_SOON from @due_soon_days days before it up to the
 * deadline itself, and %DIRECTIVE_TIMELINESS_ON_TRACK before that.
 *
 * Dates of reduced precision count as their last day: a deadline "trong
 * tháng 12/2021" (`2021-12`) is 31 December 2021 (see
 * directive_date_dup_last_day()), and so is a reference date of `2021-12`.
 *
 * Returns: the task's timeliness
 */
DirectiveTimeliness
directive_task_get_timeliness (DirectiveTask       *self,
                               const DirectiveDate *today,
                               guint                due_soon_days)
{
  g_return_val_if_fail (DIRECTIVE_IS_TASK (self), DIRECTIVE_TIMELINESS_NO_DEADLINE);

  return _directive_task_timeliness_at (self,
                                        today != NULL ? _directive_date_last_julian (today)
                                                      : today_julian (),
                                        due_soon_days);
}
