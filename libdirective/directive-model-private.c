/* directive-model-private.c: helpers shared by the model's classes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "directive-model-private.h"

gboolean
_directive_set_string (char       **slot,
                       const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

gboolean
_directive_set_date (DirectiveDate       **slot,
                     const DirectiveDate  *value)
{
  if (*slot == value || (*slot != NULL && value != NULL && directive_date_equal (*slot, value)))
    return FALSE;
  g_clear_pointer (slot, directive_date_free);
  if (value != NULL)
    *slot = directive_date_copy (value);
  return TRUE;
}

gboolean
_directive_set_strv (char               ***slot,
                     const char * const   *value)
{
  if (*slot == NULL && value == NULL)
    return FALSE;
  if (*slot != NULL && value != NULL && g_strv_equal ((const char * const *) *slot, value))
    return FALSE;
  g_strfreev (*slot);
  *slot = g_strdupv ((char **) value);
  return TRUE;
}

/* Where the items are before the store is made. */
static inline gpointer *
list_items (DirectiveList *list)
{
  return list->n_alloc > 1 ? list->u.items : &list->u.one;
}

GListStore *
_directive_list_make_store (DirectiveList *list,
                            GType          item_type)
{
  GListStore *store = g_list_store_new (item_type);

  /* Readers on other threads may be here too: the items are only read, and
   * the first store published wins. */
  if (list->n_items > 0)
    g_list_store_splice (store, 0, 0, list_items (list), list->n_items);
  if (!g_atomic_pointer_compare_and_exchange (&list->store, NULL, store))
    {
      g_object_unref (store);
      store = g_atomic_pointer_get (&list->store);
    }

  return store;
}

/* Drops the items and their array, if any. */
static void
list_free_items (DirectiveList *list)
{
  guint n = list->n_items;

  list->n_items = 0;
  if (list->n_alloc > 1)
    {
      gpointer *items = list->u.items;

      list->u.items = NULL;
      list->n_alloc = 0;
      for (guint i = 0; i < n; i++)
        g_object_unref (items[i]);
      g_free (items);
    }
  else
    {
      gpointer one = list->u.one;

      list->u.one = NULL;
      list->n_alloc = 0;
      if (n > 0)
        g_object_unref (one);
    }
}

/* Room for @n_more items more. Lists are short: the first item is held in
 * place, and an array starts with room for four, as a list that grows past
 * one item one at a time (a notice's recipients) often does: a realloc costs
 * three times a malloc. */
static inline void
list_reserve (DirectiveList *list,
              guint          n_more)
{
  guint n_alloc;
  gpointer *items;

  if (list->n_items + n_more <= list->n_alloc)
    return;
  if (list->n_items + n_more == 1)
    {
      list->n_alloc = 1;
      return;
    }
  n_alloc = MAX (list->n_alloc * 2, 4);
  n_alloc = MAX (n_alloc, list->n_items + n_more);
  if (list->n_alloc > 1)
    items = g_renew (gpointer, list->u.items, n_alloc);
  else
    {
      items = g_new (gpointer, n_alloc);
      if (list->n_items > 0)
        items[0] = list->u.one;
    }
  list->u.items = items;
  list->n_alloc = n_alloc;
}

/* Before a change, which no reader may run alongside: the items are the
 * store's once it is made. */
static inline GListStore *
list_settle (DirectiveList *list)
{
  if (list->store != NULL && list->n_alloc != 0)
    list_free_items (list);
  return list->store;
}

void
_directive_list_append (DirectiveList *list,
                        gpointer       item)
{
  GListStore *store = list_settle (list);

  if (store != NULL)
    {
      g_list_store_append (store, item);
      return;
    }
  list_reserve (list, 1);
  list_items (list)[list->n_items++] = g_object_ref (item);
}

void
_directive_list_append_many (DirectiveList *list,
                             gpointer      *items,
                             guint          n_items)
{
  GListStore *store = list_settle (list);
  gpointer *held;

  if (n_items == 0)
    return;
  if (store != NULL)
    {
      g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                           items, n_items);
      return;
    }
  list_reserve (list, n_items);
  held = list_items (list);
  for (guint i = 0; i < n_items; i++)
    held[list->n_items++] = g_object_ref (items[i]);
}

guint
_directive_list_get_n_items (DirectiveList *list)
{
  GListStore *store = g_atomic_pointer_get (&list->store);

  if (store != NULL)
    return g_list_model_get_n_items (G_LIST_MODEL (store));
  return list->n_items;
}

gpointer
_directive_list_get_item (DirectiveList *list,
                          guint          position)
{
  GListStore *store = g_atomic_pointer_get (&list->store);

  if (store != NULL)
    return g_list_model_get_item (G_LIST_MODEL (store), position);
  if (position >= list->n_items)
    return NULL;
  return g_object_ref (list_items (list)[position]);
}

gboolean
_directive_list_remove (DirectiveList *list,
                        gpointer       item)
{
  GListStore *store = list_settle (list);
  gpointer *held;
  guint position;

  if (store != NULL)
    {
      if (!g_list_store_find (store, item, &position))
        return FALSE;
      g_list_store_remove (store, position);
      return TRUE;
    }
  held = list_items (list);
  for (position = 0; position < list->n_items; position++)
    {
      if (held[position] == item)
        {
          list->n_items--;
          memmove (held + position, held + position + 1,
                   (list->n_items - position) * sizeof (gpointer));
          g_object_unref (item);
          return TRUE;
        }
    }
  return FALSE;
}

void
_directive_list_remove_all (DirectiveList *list)
{
  GListStore *store = list_settle (list);

  if (store != NULL)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (store)) > 0)
        g_list_store_remove_all (store);
      return;
    }
  list_free_items (list);
}

void
_directive_list_clear_held (DirectiveList *list)
{
  g_clear_object (&list->store);
  if (list->n_alloc != 0)
    list_free_items (list);
}
