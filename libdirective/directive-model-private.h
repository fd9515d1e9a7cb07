/* directive-model-private.h: helpers shared by the model's classes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

#include "directive-agency.h"
#include "directive-collection.h"
#include "directive-conclusion.h"
#include "directive-date.h"
#include "directive-notice.h"
#include "directive-person.h"
#include "directive-signer.h"
#include "directive-task.h"

G_BEGIN_DECLS

/* The instance check of a final type's getters, for their
 * g_return_val_if_fail(): an instance of the type is known by its class's
 * type, which class_init keeps in @type_var, without the call to
 * @get_type() that the full check makes (the parser calls some getters
 * thousands of times a parse). Anything else, and any instance before
 * class_init ran, takes the full check. A file defines its
 * DIRECTIVE_IS_X() as this macro, so that a failed check names
 * DIRECTIVE_IS_X as before. */
#define _DIRECTIVE_IS_FINAL(ptr, type_var, get_type) \
  (((ptr) != NULL && ((GTypeInstance *) (ptr))->g_class != NULL \
    && ((GTypeInstance *) (ptr))->g_class->g_type == (type_var)) \
   || G_TYPE_CHECK_INSTANCE_TYPE ((ptr), get_type ()))

/* The end of the dispose of a model class whose parent is GObject.
 * GObject's dispose destroys the object's signal handlers, watched closures
 * and weak references; on the last reference, g_object_unref() does all of
 * that again right after dispose, and a parse's objects all go that way:
 * chained up only when the object may live on (g_object_run_dispose() holds
 * a reference of its own, and so does anyone else), which a reference count
 * of one during dispose rules out. */
static inline void
_directive_dispose_chain (GObject  *object,
                          gpointer  parent_class)
{
  if (g_atomic_int_get (&object->ref_count) > 1)
    ((GObjectClass *) parent_class)->dispose (object);
}

/* Replaces *slot by a copy of @value; FALSE (and nothing done) when they are equal,
 * so that setters notify only on change. Setters notify with a plain cast to
 * GObject: they checked the object on entry, and a checked cast costs as much
 * as a notification nobody listens to. */
gboolean _directive_set_string (char       **slot,
                                const char  *value);

/* The same for a nullable date. */
gboolean _directive_set_date   (DirectiveDate       **slot,
                                const DirectiveDate  *value);

/* The same for a NULL-terminated string array. */
gboolean _directive_set_strv   (char               ***slot,
                                const char * const   *value);

/* A list of the model: a GListStore, as every collection in the model is,
 * made when the list is first asked for. A store costs more to make, fill and
 * free than most objects that hold one, and a parse makes hundreds of lists
 * that nobody asks for before they are freed: until then the items wait in a
 * plain array, and the store is made with all of them at once. From then on
 * the store is the list. An object clears its lists in dispose and again in
 * finalize, in case one was asked for during dispose. The items are a bare
 * array rather than a GPtrArray: most lists hold one or two items, and a
 * GPtrArray is a second block to take and free, and a call through its free
 * function for each item. A list of one item keeps it in place of the array
 * pointer, with no block at all. */
typedef struct
{
  GListStore *store; /* once made, published atomically and kept */
  union {
    gpointer *items; /* before that, the items (a reference each), when n_alloc > 1 */
    gpointer one;    /* or the one item, when n_alloc is 1 */
  } u;
  guint n_items;
  guint n_alloc;     /* 0 while no item has been held */
} DirectiveList;

GListStore *_directive_list_make_store (DirectiveList *list,
                                        GType          item_type);

/* The list's store, made when first asked for. Several threads may ask at
 * once: they agree on one store. */
static inline GListStore *
_directive_list_get (DirectiveList *list,
                     GType          item_type)
{
  GListStore *store = g_atomic_pointer_get (&list->store);

  if (G_LIKELY (store != NULL))
    return store;

  return _directive_list_make_store (list, item_type);
}

/* Appends @item (a reference is taken), or @n_items of @items with one
 * items-changed once the store is made. */
void        _directive_list_append     (DirectiveList *list,
                                        gpointer       item);
void        _directive_list_append_many (DirectiveList *list,
                                         gpointer      *items,
                                         guint          n_items);
/* g_list_model_get_n_items() and g_list_model_get_item(), without making the
 * store. */
guint       _directive_list_get_n_items (DirectiveList *list);
gpointer    _directive_list_get_item   (DirectiveList *list,
                                        guint          position);
/* Removes the first @item; FALSE if it is not in the list. */
gboolean    _directive_list_remove     (DirectiveList *list,
                                        gpointer       item);
/* Removes every item, with one items-changed if the store holds any. */
void        _directive_list_remove_all (DirectiveList *list);
/* Drops the store and the items, for dispose and finalize. Most of an
 * object's lists are empty, and each is cleared twice: those are not called
 * out for. */
void        _directive_list_clear_held (DirectiveList *list);

static inline void
_directive_list_clear (DirectiveList *list)
{
  if (list->store != NULL || list->n_alloc != 0)
    _directive_list_clear_held (list);
}

/* For the parser, which builds objects nobody can listen to yet: fields set
 * directly and lists filled with one items-changed, instead of a notification
 * or a signal for each. What a caller sees once the parse returns is the same. */

/* A task as directive_task_new() and directive_task_set_lines() make it;
 * @ordinal and @text are taken. */
/* An agency with its fields as they stand, for the catalogue's instances:
 * takes the strings; no notification (nobody can listen to it yet). */
DirectiveAgency *_directive_agency_new_take (char                *id,
                                             char                *name,
                                             char                *short_name,
                                             DirectiveAgencyKind  kind,
                                             char                *locality,
                                             const DirectiveDate *ceased_on);

DirectiveTask *_directive_task_new_read   (char                *ordinal,
                                           char                *text,
                                           guint                first_line,
                                           guint                last_line);
/* Sets the deadline (taken, nullable) and recurrence of a task just read. */
void           _directive_task_set_read   (DirectiveTask       *self,
                                           DirectiveDate       *deadline,
                                           DirectiveRecurrence  recurrence);
/* directive_task_add_lead(), directive_task_add_cooperating() and
 * directive_task_add_report_to() for each of @lead, @cooperating and
 * @report_to, in order. */
void           _directive_task_add_read_agencies (DirectiveTask *self,
                                                  GPtrArray     *lead,
                                                  GPtrArray     *cooperating,
                                                  GPtrArray     *report_to);
/* directive_task_add_subtask() for each of @subtasks, in order. */
void           _directive_task_add_subtasks (DirectiveTask     *self,
                                             DirectiveTask    **subtasks,
                                             guint              n_subtasks);
/* directive_conclusion_add_task() for each of @tasks, in order. */
void           _directive_conclusion_add_tasks (DirectiveConclusion  *self,
                                                DirectiveTask       **tasks,
                                                guint                 n_tasks);
/* Appends a parse's agencies in one items-changed: their ids are set and
 * unique (the parse keeps them by id), so the checks of
 * directive_collection_add_agency() are not made again; the id index takes
 * them when it is made, at the first directive_collection_lookup_agency(). */
void           _directive_collection_take_parsed_agencies (DirectiveCollection  *self,
                                                           DirectiveAgency     **agencies,
                                                           guint                 n_agencies);

/* A person as directive_person_new() and directive_person_set_honorific()
 * make it, taking @name and @position. */
DirectivePerson    *_directive_person_new_take (char       *name,
                                                char       *position,
                                                const char *honorific);

/* The number of items of directive_signer_get_authority() and of
 * directive_notice_get_recipients(), and each item (a reference), without
 * making the store nobody else may ask for before the parse is freed. */
guint               _directive_signer_get_n_authority    (DirectiveSigner *self);
DirectiveAuthority *_directive_signer_get_authority_item (DirectiveSigner *self,
                                                          guint            position);
guint               _directive_notice_get_n_recipients    (DirectiveNotice *self);
DirectiveRecipient *_directive_notice_get_recipient_item  (DirectiveNotice *self,
                                                           guint            position);

G_END_DECLS
