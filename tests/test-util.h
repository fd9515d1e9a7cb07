/* test-util.h: what several test programs need
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* ../shared/corpus beside the checkout, or NULL when this clone stands alone. */
const char *test_shared_corpus_dir (void);

/* A file under tests/data/. */
char       *test_data_path         (const char *name);

/* Count the emissions of notify and items-changed into the int at @user_data. */
void        test_count_notify_cb   (GObject    *object,
                                    GParamSpec *pspec,
                                    gpointer    user_data);
void        test_count_items_cb    (GListModel *model,
                                    guint       position,
                                    guint       removed,
                                    guint       added,
                                    gpointer    user_data);

G_END_DECLS
