/* fuzz-parser.c: libFuzzer target for the text parser
 *
 * Whatever the text, parsing must not crash, leak or trip a sanitizer; a
 * refusal is a GError in our domain, and what parses writes directive/1 JSON
 * that loads again.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <directive.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(DirectiveCollection) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  collection = directive_parser_parse_data (parser, (const char *) data, (gssize) size, &error);
  if (collection == NULL)
    {
      if (error == NULL || error->domain != DIRECTIVE_ERROR || error->message == NULL)
        abort ();
      return 0;
    }

  /* Diagnostics are readable objects. */
  {
    GListModel *diagnostics = directive_parser_get_diagnostics (parser);

    for (guint i = 0, n = diagnostics ? g_list_model_get_n_items (diagnostics) : 0; i < n; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (diagnostics, i);

        if (item == NULL)
          abort ();
      }
  }

  text = directive_collection_to_data (collection, &length);
  again = directive_collection_new ();
  if (!directive_collection_load_from_data (again, text, (gssize) length, &error))
    {
      g_printerr ("the parser's output does not load as directive/1: %s\n%s\n",
                  error->message, text);
      abort ();
    }
  return 0;
}
