/* test-util.h: what several test programs need
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>
#include <directive.h>

G_BEGIN_DECLS

/* ../shared/corpus beside the checkout, or NULL when this clone stands alone. */
const char *test_shared_corpus_dir (void);

/* A file under tests/data/. */
char       *test_data_path         (const char *name);

/* Count the emissions of notify and items-changed into the int at @user_data
 * (a guint will do too: C lets either be read as the other). */
void        test_count_notify_cb   (GObject    *object,
                                    GParamSpec *pspec,
                                    gpointer    user_data);
void        test_count_items_cb    (GListModel *model,
                                    guint       position,
                                    guint       removed,
                                    guint       added,
                                    gpointer    user_data);

/* Every notify, and those of one property: a test connects test_notify_cb to
 * "notify" with one of these and checks that a setter notified its own
 * property once, and nothing else. */
typedef struct
{
  guint total;    /* every notify:: emission */
  guint matching; /* emissions for the property under test */
  const char *name;
} TestNotifyCount;

void        test_notify_cb         (GObject    *object,
                                    GParamSpec *pspec,
                                    gpointer    user_data);

/* The last items-changed of a model, and how many items it said it held
 * while the signal ran: what a view bound to it sees. */
typedef struct
{
  guint emissions;
  guint position;
  guint removed;
  guint added;
  guint n_items;  /* what the model said during the last emission */
} TestItemsChanged;

void        test_items_changed_cb  (GListModel *model,
                                    guint       position,
                                    guint       removed,
                                    guint       added,
                                    gpointer    user_data);

/* A string property's C accessors, cast from the class's own (such as
 * (TestGetString) directive_person_get_name). */
typedef const char *(*TestGetString) (gpointer    object);
typedef void        (*TestSetString) (gpointer    object,
                                      const char *value);

/* Checks one string property of @object, a fresh one with the property unset,
 * through the C accessors and through GObject, with two different values; and
 * that notify fires once per change and never for the same value. Takes
 * @object, and frees it. */
void        test_check_string_property (gpointer       object,
                                        const char    *property,
                                        TestGetString  get,
                                        TestSetString  set,
                                        const char    *value,
                                        const char    *other);

/* A property of @klass that a binding can read and write: of @type, and
 * notified only when its value changes (G_PARAM_EXPLICIT_NOTIFY). */
void        test_assert_rw_property   (gpointer    klass,
                                       const char *name,
                                       GType       type);

/* A list property of @klass: a GListModel that can be read but not replaced;
 * its changes are its own items-changed. */
void        test_assert_list_property (gpointer    klass,
                                       const char *name);

/* A date that must be valid: year, month and day (0 for a reduced precision),
 * or its text ("2021-12", "2021-12-31"). */
DirectiveDate *test_date_new   (guint       year,
                                guint       month,
                                guint       day);
DirectiveDate *test_date_parse (const char *text);

/* Runs @func (@data) in @n_threads threads at once (at most 16) and asserts
 * that every one returned GINT_TO_POINTER (TRUE). */
void        test_run_threads       (GThreadFunc func,
                                    gpointer    data,
                                    guint       n_threads);

G_END_DECLS
