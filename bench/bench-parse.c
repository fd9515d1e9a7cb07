/* bench-parse.c: parse throughput on one core
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: bench-parse [DIR] [SECONDS]
 * Parses every *.txt of DIR (default ../shared/corpus) over and over for about
 * SECONDS (default 3) and prints the throughput in MB/s of document text.
 *
 * The baseline, run first in the same process over the same texts, is what
 * any reader of the text pays with GLib alone: validating the UTF-8, putting
 * it in NFC and case-folding it (g_utf8_validate(), g_utf8_normalize(),
 * g_utf8_casefold()). The ratio parse / baseline says how far the parser is
 * from a bare pass over the text on whatever machine runs it.
 *
 * The parser keeps a few per-thread memos of words and phrases, which a
 * corpus parsed over and over fills once. The last figure runs each pass in
 * a new thread, so that every pass starts with empty memos, as a program
 * that parses each document once would (the built-in catalogue and the
 * gazetteer stay loaded: they are loaded once per process).
 */
#include "config.h"

#include <stdio.h>

#include "directive.h"

typedef struct
{
  DirectiveParser *parser;
  GPtrArray *texts;
  gsize bytes;
} Pass;

static gpointer
parse_all (gpointer data)
{
  Pass *pass = data;

  for (guint i = 0; i < pass->texts->len; i++)
    {
      g_autoptr(DirectiveCollection) c = directive_parser_parse_bytes (pass->parser, pass->texts->pdata[i], NULL);

      pass->bytes += g_bytes_get_size (pass->texts->pdata[i]);
    }

  return NULL;
}

int
main (int    argc,
      char **argv)
{
  const char *dir = argc > 1 ? argv[1] : "../shared/corpus";
  double seconds = argc > 2 ? g_ascii_strtod (argv[2], NULL) : 3.0;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(DirectiveParser) parser = directive_parser_new ();
  const char *name;
  gsize total = 0, bytes = 0, base_bytes = 0;
  double base_mbps, mbps;
  guint docs = 0;
  gint64 start, now;

  d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    {
      g_printerr ("bench-parse: %s\n", error->message);
      return 1;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      char *data;
      gsize len;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_file_get_contents (path, &data, &len, NULL))
        {
          g_ptr_array_add (texts, g_bytes_new_take (data, len));
          total += len;
        }
    }
  if (texts->len == 0)
    {
      g_printerr ("bench-parse: no .txt file in %s\n", dir);
      return 1;
    }

  /* Baseline: a bare GLib pass over the same texts. */
  start = g_get_monotonic_time ();
  do
    {
      for (guint i = 0; i < texts->len; i++)
        {
          gsize len;
          const char *text = g_bytes_get_data (texts->pdata[i], &len);
          g_autofree char *nfc = NULL;
          g_autofree char *folded = NULL;

          if (!g_utf8_validate_len (text, len, NULL))
            continue;
          nfc = g_utf8_normalize (text, len, G_NORMALIZE_NFC);
          folded = g_utf8_casefold (nfc, -1);
          base_bytes += len;
        }
      now = g_get_monotonic_time ();
    }
  while (now - start < seconds * G_USEC_PER_SEC);
  base_mbps = base_bytes / ((now - start) / 1e6) / 1e6;

  start = g_get_monotonic_time ();
  do
    {
      for (guint i = 0; i < texts->len; i++)
        {
          g_autoptr(DirectiveCollection) c = directive_parser_parse_bytes (parser, texts->pdata[i], NULL);

          bytes += g_bytes_get_size (texts->pdata[i]);
          docs++;
        }
      now = g_get_monotonic_time ();
    }
  while (now - start < seconds * G_USEC_PER_SEC);

  mbps = bytes / ((now - start) / 1e6) / 1e6;
  printf ("%u documents (%u files, %.1f KB), %.3f s: %.2f MB/s, %.0f documents/s\n",
          docs, texts->len, total / 1024.0, (now - start) / 1e6,
          mbps, docs / ((now - start) / 1e6));
  printf ("baseline (validate + NFC + casefold): %.2f MB/s; parse / baseline: %.2f\n",
          base_mbps, mbps / base_mbps);

  if (seconds > 0)
    {
      Pass pass = { parser, texts, 0 };

      start = g_get_monotonic_time ();
      do
        {
          g_thread_join (g_thread_new ("pass", parse_all, &pass));
          now = g_get_monotonic_time ();
        }
      while (now - start < seconds * G_USEC_PER_SEC);
      printf ("each pass in a new thread (per-thread memos empty at its start): %.2f MB/s\n",
              pass.bytes / ((now - start) / 1e6) / 1e6);
    }

  return 0;
}
