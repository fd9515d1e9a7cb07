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
_directive_list_new (GType item_type)
{
  return g_list_store_new (item_type);
}
