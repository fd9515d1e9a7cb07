/* directive-types.h: forward declarations of the model's classes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DIRECTIVE_INSIDE) && !defined(DIRECTIVE_COMPILATION)
# error "Only <directive.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DirectiveAgency      DirectiveAgency;
typedef struct _DirectiveAuthority   DirectiveAuthority;
typedef struct _DirectiveCollection  DirectiveCollection;
typedef struct _DirectiveConclusion  DirectiveConclusion;
typedef struct _DirectiveMeeting     DirectiveMeeting;
typedef struct _DirectiveNotice      DirectiveNotice;
typedef struct _DirectivePerson      DirectivePerson;
typedef struct _DirectiveRecipient   DirectiveRecipient;
typedef struct _DirectiveSigner      DirectiveSigner;
typedef struct _DirectiveTask        DirectiveTask;
typedef struct _DirectiveTaskEvent   DirectiveTaskEvent;

G_END_DECLS
