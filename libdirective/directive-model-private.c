/* directive-model-private.c: helpers shared by the model's classes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

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

GListStore *
_directive_list_make_store (DirectiveList *list,
                            GType          item_type)
{
  GListStore *store = g_list_store_new (item_type);

  /* Readers on other threads may be here too: the items are only read, and
   * the first store published wins. */
  if (list->items != NULL && list->items->len > 0)
    g_list_store_splice (store, 0, 0, list->items->pdata, list->items->len);
  if (!g_atomic_pointer_compare_and_exchange (&list->store, NULL, store))
    {
      g_object_unref (store);
      store = g_atomic_pointer_get (&list->store);
    }

  return store;
}

/* Before a change, which no reader may run alongside: the items are the
 * store's once it is made. */
static inline GListStore *
list_settle (DirectiveList *list)
{
  if (list->store != NULL && list->items != NULL)
    g_clear_pointer (&list->items, g_ptr_array_unref);
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
  if (list->items == NULL)
    list->items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (list->items, g_object_ref (item));
}

void
_directive_list_append_many (DirectiveList *list,
                             gpointer      *items,
                             guint          n_items)
{
  GListStore *store = list_settle (list);

  if (n_items == 0)
    return;
  if (store != NULL)
    {
      g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                           items, n_items);
      return;
    }
  if (list->items == NULL)
    list->items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (list->items, g_object_ref (items[i]));
}

guint
_directive_list_get_n_items (DirectiveList *list)
{
  GListStore *store = g_atomic_pointer_get (&list->store);

  if (store != NULL)
    return g_list_model_get_n_items (G_LIST_MODEL (store));
  return list->items != NULL ? list->items->len : 0;
}

gpointer
_directive_list_get_item (DirectiveList *list,
                          guint          position)
{
  GListStore *store = g_atomic_pointer_get (&list->store);

  if (store != NULL)
    return g_list_model_get_item (G_LIST_MODEL (store), position);
  if (list->items == NULL || position >= list->items->len)
    return NULL;
  return g_object_ref (list->items->pdata[position]);
}

gboolean
_directive_list_remove (DirectiveList *list,
                        gpointer       item)
{
  GListStore *store = list_settle (list);
  guint position;

  if (store != NULL)
    {
      if (!g_list_store_find (store, item, &position))
        return FALSE;
      g_list_store_remove (store, position);
      return TRUE;
    }
  return list->items != NULL && g_ptr_array_remove (list->items, item);
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
  g_clear_pointer (&list->items, g_ptr_array_unref);
}

void
_directive_list_clear (DirectiveList *list)
{
  g_clear_object (&list->store);
  g_clear_pointer (&list->items, g_ptr_array_unref);
}
