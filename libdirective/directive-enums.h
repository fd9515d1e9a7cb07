/* directive-enums.h: the enumerations of the model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * DirectiveAgencyKind:
 * @DIRECTIVE_AGENCY_KIND_UNSPECIFIED: not stated
 * @DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE: a People's Committee (Ủy ban nhân dân)
 * @DIRECTIVE_AGENCY_KIND_DEPARTMENT: a department (Sở) or board (Ban)
 * @DIRECTIVE_AGENCY_KIND_OFFICE: an office (Văn phòng)
 * @DIRECTIVE_AGENCY_KIND_PRESS: a newspaper or broadcaster (Báo, Đài)
 * @DIRECTIVE_AGENCY_KIND_ENTERPRISE: a company (VNPT, EVN, ...)
 * @DIRECTIVE_AGENCY_KIND_PARTY: a Party body (Tỉnh ủy, ...)
 * @DIRECTIVE_AGENCY_KIND_COUNCIL: a People's Council (HĐND)
 * @DIRECTIVE_AGENCY_KIND_DISTRICT: a district-level People's Committee
 * @DIRECTIVE_AGENCY_KIND_GROUP: a generic mention ("các đơn vị liên quan")
 * @DIRECTIVE_AGENCY_KIND_OTHER: anything else
 *
 * What kind of body an agency is. In JSON the nick is written
 * (`people-committee`, ...); %DIRECTIVE_AGENCY_KIND_UNSPECIFIED is written as no key.
 */
typedef enum {
  DIRECTIVE_AGENCY_KIND_UNSPECIFIED,
  DIRECTIVE_AGENCY_KIND_PEOPLE_COMMITTEE,
  DIRECTIVE_AGENCY_KIND_DEPARTMENT,
  DIRECTIVE_AGENCY_KIND_OFFICE,
  DIRECTIVE_AGENCY_KIND_PRESS,
  DIRECTIVE_AGENCY_KIND_ENTERPRISE,
  DIRECTIVE_AGENCY_KIND_PARTY,
  DIRECTIVE_AGENCY_KIND_COUNCIL,
  DIRECTIVE_AGENCY_KIND_DISTRICT,
  DIRECTIVE_AGENCY_KIND_GROUP,
  DIRECTIVE_AGENCY_KIND_OTHER,
} DirectiveAgencyKind;

/**
 * DirectiveDocumentKind:
 * @DIRECTIVE_DOCUMENT_KIND_NOTICE: Thông báo
 * @DIRECTIVE_DOCUMENT_KIND_DIRECTIVE: Chỉ thị
 * @DIRECTIVE_DOCUMENT_KIND_DECISION: Quyết định
 * @DIRECTIVE_DOCUMENT_KIND_OFFICIAL_LETTER: Công văn
 * @DIRECTIVE_DOCUMENT_KIND_PLAN: Kế hoạch
 * @DIRECTIVE_DOCUMENT_KIND_REPORT: Báo cáo
 * @DIRECTIVE_DOCUMENT_KIND_SUBMISSION: Tờ trình
 * @DIRECTIVE_DOCUMENT_KIND_MINUTES: Biên bản
 * @DIRECTIVE_DOCUMENT_KIND_INVITATION: Giấy mời
 * @DIRECTIVE_DOCUMENT_KIND_OTHER: any other document
 *
 * The kind of an administrative document. JSON writes the nick.
 */
typedef enum {
  DIRECTIVE_DOCUMENT_KIND_NOTICE,
  DIRECTIVE_DOCUMENT_KIND_DIRECTIVE,
  DIRECTIVE_DOCUMENT_KIND_DECISION,
  DIRECTIVE_DOCUMENT_KIND_OFFICIAL_LETTER,
  DIRECTIVE_DOCUMENT_KIND_PLAN,
  DIRECTIVE_DOCUMENT_KIND_REPORT,
  DIRECTIVE_DOCUMENT_KIND_SUBMISSION,
  DIRECTIVE_DOCUMENT_KIND_MINUTES,
  DIRECTIVE_DOCUMENT_KIND_INVITATION,
  DIRECTIVE_DOCUMENT_KIND_OTHER,
} DirectiveDocumentKind;

/**
 * DirectiveTaskStatus:
 * @DIRECTIVE_TASK_STATUS_PENDING: not started; what a parsed task is
 * @DIRECTIVE_TASK_STATUS_IN_PROGRESS: being carried out
 * @DIRECTIVE_TASK_STATUS_DONE: carried out
 * @DIRECTIVE_TASK_STATUS_CANCELLED: no longer to be done
 *
 * Where a task stands. JSON writes the nick.
 */
typedef enum {
  DIRECTIVE_TASK_STATUS_PENDING,
  DIRECTIVE_TASK_STATUS_IN_PROGRESS,
  DIRECTIVE_TASK_STATUS_DONE,
  DIRECTIVE_TASK_STATUS_CANCELLED,
} DirectiveTaskStatus;

/**
 * DirectiveRecurrence:
 * @DIRECTIVE_RECURRENCE_NONE: a one-off task (JSON `null`)
 * @DIRECTIVE_RECURRENCE_ANNUAL: every year (hằng năm)
 * @DIRECTIVE_RECURRENCE_QUARTERLY: every quarter (hằng quý)
 * @DIRECTIVE_RECURRENCE_MONTHLY: every month (hằng tháng)
 * @DIRECTIVE_RECURRENCE_ONGOING: continuous (thường xuyên)
 *
 * How often a task recurs.
 */
typedef enum {
  DIRECTIVE_RECURRENCE_NONE,
  DIRECTIVE_RECURRENCE_ANNUAL,
  DIRECTIVE_RECURRENCE_QUARTERLY,
  DIRECTIVE_RECURRENCE_MONTHLY,
  DIRECTIVE_RECURRENCE_ONGOING,
} DirectiveRecurrence;

/**
 * DirectiveUrgency:
 * @DIRECTIVE_URGENCY_NONE: not marked urgent (JSON `null`)
 * @DIRECTIVE_URGENCY_KHAN: Khẩn
 * @DIRECTIVE_URGENCY_THUONG_KHAN: Thượng khẩn
 * @DIRECTIVE_URGENCY_HOA_TOC: Hỏa tốc
 *
 * The urgency mark stamped on a document.
 */
typedef enum {
  DIRECTIVE_URGENCY_NONE,
  DIRECTIVE_URGENCY_KHAN,
  DIRECTIVE_URGENCY_THUONG_KHAN,
  DIRECTIVE_URGENCY_HOA_TOC,
} DirectiveUrgency;

/**
 * DirectiveAuthorityMode:
 * @DIRECTIVE_AUTHORITY_MODE_TM: thay mặt (on behalf of a collective body)
 * @DIRECTIVE_AUTHORITY_MODE_KT: ký thay (signing for the head)
 * @DIRECTIVE_AUTHORITY_MODE_TL: thừa lệnh (by order of)
 * @DIRECTIVE_AUTHORITY_MODE_TUQ: thừa ủy quyền (by delegation)
 * @DIRECTIVE_AUTHORITY_MODE_Q: quyền (acting)
 *
 * One link of a signer's authority chain. JSON writes `TM`, `KT`, `TL`, `TUQ`, `Q`.
 */
typedef enum {
  DIRECTIVE_AUTHORITY_MODE_TM,  /*< nick=TM >*/
  DIRECTIVE_AUTHORITY_MODE_KT,  /*< nick=KT >*/
  DIRECTIVE_AUTHORITY_MODE_TL,  /*< nick=TL >*/
  DIRECTIVE_AUTHORITY_MODE_TUQ, /*< nick=TUQ >*/
  DIRECTIVE_AUTHORITY_MODE_Q,   /*< nick=Q >*/
} DirectiveAuthorityMode;

/**
 * DirectiveDatePrecision:
 * @DIRECTIVE_DATE_PRECISION_YEAR: only the year is known (`2021`)
 * @DIRECTIVE_DATE_PRECISION_MONTH: year and month (`2021-11`)
 * @DIRECTIVE_DATE_PRECISION_DAY: a full calendar date (`2021-11-23`)
 *
 * How much of a #DirectiveDate is known.
 */
typedef enum {
  DIRECTIVE_DATE_PRECISION_YEAR,
  DIRECTIVE_DATE_PRECISION_MONTH,
  DIRECTIVE_DATE_PRECISION_DAY,
} DirectiveDatePrecision;

/**
 * DirectiveSeverity:
 * @DIRECTIVE_SEVERITY_INFO: something worth knowing (a guess that is probably right)
 * @DIRECTIVE_SEVERITY_WARNING: something was guessed or repaired
 * @DIRECTIVE_SEVERITY_ERROR: something could not be read and was skipped
 *
 * How serious a parser diagnostic is.
 */
typedef enum {
  DIRECTIVE_SEVERITY_INFO,
  DIRECTIVE_SEVERITY_WARNING,
  DIRECTIVE_SEVERITY_ERROR,
} DirectiveSeverity;

/**
 * DirectiveTimeliness:
 * @DIRECTIVE_TIMELINESS_NO_DEADLINE: open (pending or in progress) with no deadline
 * @DIRECTIVE_TIMELINESS_ON_TRACK: open, and the deadline is further away than the
 *   due-soon window
 * @DIRECTIVE_TIMELINESS_DUE_SOON: open, and the deadline is today or within the
 *   due-soon window
 * @DIRECTIVE_TIMELINESS_OVERDUE: open, and the deadline has passed
 * @DIRECTIVE_TIMELINESS_DONE_ON_TIME: done on or before the deadline (or done with
 *   no deadline, or with no completion date recorded)
 * @DIRECTIVE_TIMELINESS_DONE_LATE: done after the deadline
 * @DIRECTIVE_TIMELINESS_CANCELLED: cancelled
 *
 * How a task stands against its deadline at a reference date, as
 * directive_task_get_timeliness() tells. A deadline of reduced precision
 * ("trong tháng 12/2021") counts as its last day.
 */
typedef enum {
  DIRECTIVE_TIMELINESS_NO_DEADLINE,
  DIRECTIVE_TIMELINESS_ON_TRACK,
  DIRECTIVE_TIMELINESS_DUE_SOON,
  DIRECTIVE_TIMELINESS_OVERDUE,
  DIRECTIVE_TIMELINESS_DONE_ON_TIME,
  DIRECTIVE_TIMELINESS_DONE_LATE,
  DIRECTIVE_TIMELINESS_CANCELLED,
} DirectiveTimeliness;

/**
 * DirectiveAgencyRole:
 * @DIRECTIVE_AGENCY_ROLE_LEAD: carries the task out (chủ trì)
 * @DIRECTIVE_AGENCY_ROLE_COOPERATING: works with the lead (phối hợp)
 * @DIRECTIVE_AGENCY_ROLE_REPORT_TO: is reported or submitted to (trình, báo cáo)
 * @DIRECTIVE_AGENCY_ROLE_ANY: any of the three
 *
 * The parts an agency can play in a task; a set of them selects which of a
 * task's agency lists a [class@Directive.TaskQuery] looks in.
 */
typedef enum {
  DIRECTIVE_AGENCY_ROLE_LEAD        = 1 << 0,
  DIRECTIVE_AGENCY_ROLE_COOPERATING = 1 << 1,
  DIRECTIVE_AGENCY_ROLE_REPORT_TO   = 1 << 2,
  DIRECTIVE_AGENCY_ROLE_ANY         = (1 << 0) | (1 << 1) | (1 << 2),
} DirectiveAgencyRole;

/**
 * DirectiveTaskStatusSet:
 * @DIRECTIVE_TASK_STATUS_SET_PENDING: %DIRECTIVE_TASK_STATUS_PENDING
 * @DIRECTIVE_TASK_STATUS_SET_IN_PROGRESS: %DIRECTIVE_TASK_STATUS_IN_PROGRESS
 * @DIRECTIVE_TASK_STATUS_SET_DONE: %DIRECTIVE_TASK_STATUS_DONE
 * @DIRECTIVE_TASK_STATUS_SET_CANCELLED: %DIRECTIVE_TASK_STATUS_CANCELLED
 * @DIRECTIVE_TASK_STATUS_SET_OPEN: pending or in progress
 * @DIRECTIVE_TASK_STATUS_SET_ANY: every status
 *
 * A set of [enum@Directive.TaskStatus] values, the status filter of a
 * [class@Directive.TaskQuery]: the bit of a status is `1 << status`.
 */
typedef enum {
  DIRECTIVE_TASK_STATUS_SET_PENDING     = 1 << 0,
  DIRECTIVE_TASK_STATUS_SET_IN_PROGRESS = 1 << 1,
  DIRECTIVE_TASK_STATUS_SET_DONE        = 1 << 2,
  DIRECTIVE_TASK_STATUS_SET_CANCELLED   = 1 << 3,
  DIRECTIVE_TASK_STATUS_SET_OPEN        = (1 << 0) | (1 << 1),
  DIRECTIVE_TASK_STATUS_SET_ANY         = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3),
} DirectiveTaskStatusSet;

/**
 * DirectiveTimelinessSet:
 * @DIRECTIVE_TIMELINESS_SET_NO_DEADLINE: %DIRECTIVE_TIMELINESS_NO_DEADLINE
 * @DIRECTIVE_TIMELINESS_SET_ON_TRACK: %DIRECTIVE_TIMELINESS_ON_TRACK
 * @DIRECTIVE_TIMELINESS_SET_DUE_SOON: %DIRECTIVE_TIMELINESS_DUE_SOON
 * @DIRECTIVE_TIMELINESS_SET_OVERDUE: %DIRECTIVE_TIMELINESS_OVERDUE
 * @DIRECTIVE_TIMELINESS_SET_DONE_ON_TIME: %DIRECTIVE_TIMELINESS_DONE_ON_TIME
 * @DIRECTIVE_TIMELINESS_SET_DONE_LATE: %DIRECTIVE_TIMELINESS_DONE_LATE
 * @DIRECTIVE_TIMELINESS_SET_CANCELLED: %DIRECTIVE_TIMELINESS_CANCELLED
 * @DIRECTIVE_TIMELINESS_SET_ANY: every timeliness
 *
 * A set of [enum@Directive.Timeliness] values, the timeliness filter of a
 * [class@Directive.TaskQuery]: the bit of a value is `1 << timeliness`.
 */
typedef enum {
  DIRECTIVE_TIMELINESS_SET_NO_DEADLINE  = 1 << 0,
  DIRECTIVE_TIMELINESS_SET_ON_TRACK     = 1 << 1,
  DIRECTIVE_TIMELINESS_SET_DUE_SOON     = 1 << 2,
  DIRECTIVE_TIMELINESS_SET_OVERDUE      = 1 << 3,
  DIRECTIVE_TIMELINESS_SET_DONE_ON_TIME = 1 << 4,
  DIRECTIVE_TIMELINESS_SET_DONE_LATE    = 1 << 5,
  DIRECTIVE_TIMELINESS_SET_CANCELLED    = 1 << 6,
  DIRECTIVE_TIMELINESS_SET_ANY          = (1 << 7) - 1,
} DirectiveTimelinessSet;

G_END_DECLS
