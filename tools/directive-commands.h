/* directive-commands.h: the subcommands of the directive tool
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each takes the arguments after its name (argv[0] is the command's name) and
 * returns the exit status: 0 success, 1 failure (a file is invalid or cannot be
 * read), 2 a usage error.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DIRECTIVE_EXIT_OK 0
#define DIRECTIVE_EXIT_FAILED 1
#define DIRECTIVE_EXIT_USAGE 2

int directive_cmd_validate (int argc, char **argv);
int directive_cmd_convert  (int argc, char **argv);
int directive_cmd_parse    (int argc, char **argv);
int directive_cmd_tasks    (int argc, char **argv);
int directive_cmd_export   (int argc, char **argv);

/* Parses @argv with @context (help enabled); prints usage errors to stderr. Returns FALSE on a
 * usage error. */
gboolean directive_parse_options (GOptionContext *context,
                                  int            *argc,
                                  char         ***argv);

G_END_DECLS
