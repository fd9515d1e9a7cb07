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

G_END_DECLS
