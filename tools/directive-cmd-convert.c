/* directive-cmd-convert.c: directive convert FILE --to FORMAT
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <directive.h>

#include "directive-commands.h"

int
directive_cmd_convert (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DirectiveCollection) collection = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *to = NULL;
  g_autofree char *data = NULL;
  gsize length;
  GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &to, "Output format (json)", "FORMAT" },
    { NULL }
  };

  context = g_option_context_new ("FILE — load a directive/1 file and write it to stdout");
  g_option_context_set_description (context,
    "Formats:\n  json  directive/1 JSON, the same collection as read (default)");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!directive_parse_options (context, &argc, &argv))
    return DIRECTIVE_EXIT_USAGE;
  if (argc != 2)
    {
      g_printerr ("%s: expected one FILE\nTry '%s --help'.\n", g_get_prgname (), g_get_prgname ());
      return DIRECTIVE_EXIT_USAGE;
    }
  if (to != NULL && strcmp (to, "json") != 0)
    {
      g_printerr ("%s: unknown format '%s' (known: json)\n", g_get_prgname (), to);
      return DIRECTIVE_EXIT_USAGE;
    }

  collection = directive_collection_new ();
  if (!directive_collection_load_from_file (collection, argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return DIRECTIVE_EXIT_FAILED;
    }

  data = directive_collection_to_data (collection, &length);
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      g_printerr ("%s: could not write to standard output\n", g_get_prgname ());
      return DIRECTIVE_EXIT_FAILED;
    }
  return DIRECTIVE_EXIT_OK;
}
