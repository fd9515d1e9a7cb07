/* directive-cmd-parse.c: directive parse FILE... — read notices from text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "directive.h"
#include "directive-commands.h"

static void
print_diagnostics (DirectiveParser *parser,
                   const char      *file)
{
  GListModel *diagnostics = directive_parser_get_diagnostics (parser);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(DirectiveDiagnostic) d = g_list_model_get_item (diagnostics, i);
      const char *level = directive_diagnostic_get_severity (d) == DIRECTIVE_SEVERITY_ERROR ? "error"
                          : directive_diagnostic_get_severity (d) == DIRECTIVE_SEVERITY_WARNING ? "warning"
                          : "note";

      g_printerr ("%s:%u: %s: %s\n", file, directive_diagnostic_get_line (d), level,
                  directive_diagnostic_get_message (d));
    }
}

/* Moves the notices and agencies of @from into @into, agencies merged by id. */
static void
merge (DirectiveCollection *into,
       DirectiveCollection *from)
{
  GListModel *agencies = directive_collection_get_agencies (from);
  GListModel *notices = directive_collection_get_notices (from);

  for (guint i = 0; i < g_list_model_get_n_items (agencies); i++)
    {
      g_autoptr(DirectiveAgency) a = g_list_model_get_item (agencies, i);

      if (directive_collection_lookup_agency (into, directive_agency_get_id (a)) == NULL)
        directive_collection_add_agency (into, a, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(DirectiveNotice) n = g_list_model_get_item (notices, i);

      directive_collection_add_notice (into, n);
    }
}

int
directive_cmd_parse (int    argc,
                     char **argv)
{
  gboolean quiet = FALSE;
  g_autofree char *locality = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print no diagnostics", NULL },
    { "locality", 'l', 0, G_OPTION_ARG_STRING, &locality, "The province or city of documents whose header names none", "NAME" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE… — read notices from their text");
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  g_autoptr(DirectiveCollection) out = directive_collection_new ();
  g_autofree char *json = NULL;
  guint n_files;
  gboolean progress;
  int status = DIRECTIVE_EXIT_OK;

  g_option_context_set_summary (context,
                                "Prints one directive/1 collection with every notice read; diagnostics go to\n"
                                "standard error as FILE:LINE: warning: message.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!directive_parse_options (context, &argc, &argv))
    return DIRECTIVE_EXIT_USAGE;
  n_files = files ? g_strv_length (files) : 0;
  if (n_files == 0)
    {
      g_printerr ("directive parse: no file given\nTry 'directive parse --help'.\n");
      return DIRECTIVE_EXIT_USAGE;
    }
  if (locality != NULL)
    directive_parser_set_locality (parser, locality);

  progress = n_files > 20 && isatty (STDERR_FILENO);
  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(DirectiveCollection) parsed = NULL;

      if (progress)
        g_printerr ("\r%u/%u %s\033[K", i + 1, n_files, files[i]);
      parsed = directive_parser_parse_file (parser, file, NULL, &error);
      if (parsed == NULL)
        {
          if (progress)
            g_printerr ("\r\033[K");
          g_printerr ("directive parse: %s: %s\n", files[i], error->message);
          status = DIRECTIVE_EXIT_FAILED;
          continue;
        }
      if (!quiet)
        {
          if (progress)
            g_printerr ("\r\033[K");
          print_diagnostics (parser, files[i]);
        }
      merge (out, parsed);
    }
  if (progress)
    g_printerr ("\r\033[K");

  json = directive_collection_to_data (out, NULL);
  fputs (json, stdout);
  fputc ('\n', stdout);

  return status;
}
