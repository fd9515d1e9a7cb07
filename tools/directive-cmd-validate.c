/* directive-cmd-validate.c: directive validate FILE...
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <directive.h>

#include "directive-commands.h"

int
directive_cmd_validate (int    argc,
                        char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  gboolean quiet = FALSE;
  int status = DIRECTIVE_EXIT_OK;
  GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print nothing for valid files", NULL },
    { NULL }
  };

  context = g_option_context_new ("FILE… — check directive/1 JSON files");
  g_option_context_set_description (context,
    "Exits with 0 when every file is valid directive/1 JSON, 1 when one is not\n"
    "(the reason, with the file and the place in it, is printed on stderr).");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!directive_parse_options (context, &argc, &argv))
    return DIRECTIVE_EXIT_USAGE;
  if (argc < 2)
    {
      g_printerr ("%s: no FILE given\nTry '%s --help'.\n", g_get_prgname (), g_get_prgname ());
      return DIRECTIVE_EXIT_USAGE;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(DirectiveCollection) collection = directive_collection_new ();
      g_autoptr(GError) error = NULL;

      if (!directive_collection_load_from_file (collection, argv[i], &error))
        {
          g_printerr ("%s\n", error->message);
          status = DIRECTIVE_EXIT_FAILED;
        }
      else if (!quiet)
        {
          guint notices = g_list_model_get_n_items (directive_collection_get_notices (collection));
          guint agencies = g_list_model_get_n_items (directive_collection_get_agencies (collection));

          g_print ("%s: valid (%u notice%s, %u agenc%s)\n", argv[i],
                   notices, notices == 1 ? "" : "s", agencies, agencies == 1 ? "y" : "ies");
        }
    }

  return status;
}
