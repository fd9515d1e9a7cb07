/* directive.c: the directive command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <directive.h>

#include "directive-commands.h"

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "validate", directive_cmd_validate, "Check directive/1 JSON files" },
  { "convert", directive_cmd_convert, "Load a file and write it again in another form" },
  { "tasks", directive_cmd_tasks, "List the tasks to follow up, by deadline" },
  { "export", directive_cmd_export, "Export the tasks as iCalendar to-dos, CSV or JSON Lines" },
#ifdef HAVE_PARSE_COMMAND
  { "parse", directive_cmd_parse, "Read the text of notices into directive/1 JSON" },
#endif
};

gboolean
directive_parse_options (GOptionContext *context,
                         int            *argc,
                         char         ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_help_enabled (context, TRUE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("directive: %s\n", error->message);
      g_printerr ("Try '%s --help'.\n", g_get_prgname ());
      return FALSE;
    }
  return TRUE;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "Usage: directive COMMAND [OPTION…] [ARGUMENT…]\n\n");
  fprintf (out, "Read, check and convert Vietnamese directive documents.\n\nCommands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nRun 'directive COMMAND --help' for a command's options.\n");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      print_usage (stderr);
      return DIRECTIVE_EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return DIRECTIVE_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("directive %s\n", DIRECTIVE_VERSION_S);
      return DIRECTIVE_EXIT_OK;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (strcmp (argv[1], commands[i].name) == 0)
        {
          g_autofree char *prgname = g_strdup_printf ("directive %s", commands[i].name);

          g_set_prgname (prgname);
          return commands[i].run (argc - 1, argv + 1);
        }
    }

  fprintf (stderr, "directive: unknown command '%s'\n\n", argv[1]);
  print_usage (stderr);
  return DIRECTIVE_EXIT_USAGE;
}
