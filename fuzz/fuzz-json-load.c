/* fuzz-json-load.c: libFuzzer target for the directive/1 JSON reader
 *
 * Whatever the input, loading must not crash, leak or trip a sanitizer; what
 * loads must write, and what it writes must load again (the writer never
 * produces a document the reader refuses).
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
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(DirectiveCollection) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length, length_again;

  /* Keep single inputs small enough for many executions per second. */
  directive_collection_set_max_input_size (collection, 1024 * 1024);

  if (!directive_collection_load_from_data (collection, (const char *) data, (gssize) size, &error))
    {
      /* Every refusal is in our domain, with a message. */
      if (error == NULL || error->domain != DIRECTIVE_ERROR || error->message == NULL)
        abort ();
      return 0;
    }

  text = directive_collection_to_data (collection, &length);
  if (text == NULL)
    abort ();

  again = directive_collection_new ();
  if (!directive_collection_load_from_data (again, text, (gssize) length, &error))
    {
      g_printerr ("the output of to_data() does not load again: %s\n%s\n", error->message, text);
      abort ();
    }

  /* And writing the reloaded collection gives the same text. */
  text_again = directive_collection_to_data (again, &length_again);
  if (length_again != length || memcmp (text, text_again, length) != 0)
    {
      g_printerr ("to_data() differs after a reload:\n%s\n---\n%s\n", text, text_again);
      abort ();
    }
  return 0;
}
