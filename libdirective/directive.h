/* directive.h: the one header users of libdirective include
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

#define DIRECTIVE_INSIDE
# include "directive-version-macros.h"
# include "directive-version.h"
# include "directive-types.h"
# include "directive-enums.h"
# include "directive-enum-types.h"
# include "directive-error.h"
# include "directive-date.h"
# include "directive-agency.h"
# include "directive-person.h"
# include "directive-meeting.h"
# include "directive-authority.h"
# include "directive-signer.h"
# include "directive-recipient.h"
# include "directive-task-event.h"
# include "directive-task.h"
# include "directive-conclusion.h"
# include "directive-notice.h"
# include "directive-collection.h"
# include "directive-diagnostic.h"
# include "directive-parser.h"
# include "directive-catalogue.h"
# include "directive-task-query.h"
#undef DIRECTIVE_INSIDE
