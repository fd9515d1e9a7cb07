/* test-json-errors.c: every kind of bad directive/1 input is refused with a
 * DIRECTIVE_ERROR that says what and where, and leaves the collection as it was.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <directive.h>

#include "test-util.h"

#define AGENCIES \
  "\"agencies\": [{\"id\": \"ubnd\", \"name\": \"Ủy ban nhân dân tỉnh\"}," \
  " {\"id\": \"stc\", \"name\": \"Sở Tài chính\", \"parent\": \"ubnd\"}]"
#define DOC(notices) "{\"format\": \"directive/1\", " AGENCIES ", \"notices\": [" notices "]}"
#define TASK(extra) "{\"ordinal\": \"1\", \"text\": \"t\"" extra "}"
#define NOTICE_WITH_TASKS(tasks) \
  "{\"kind\": \"notice\", \"issuer\": \"ubnd\", \"conclusions\": [{\"tasks\": [" tasks "]}]}"

typedef struct
{
  const char *name;
  const char *input;
  DirectiveError code;
  const char *message; /* a part of the message that must be there */
} ErrorCase;

static const ErrorCase cases[] = {
  /* Not JSON at all, or cut short. */
  { "not-json", "{ nope", DIRECTIVE_ERROR_INVALID_JSON, "line 1, column" },
  { "not-json-line", "{\n  \"format\": \"directive/1\",\n  \"agencies\": ]\n}", DIRECTIVE_ERROR_INVALID_JSON,
    "line 3" },
  { "truncated", "{\"format\": \"directive/1\", \"agencies\": [", DIRECTIVE_ERROR_INVALID_JSON,
    "not valid JSON" },
  { "trailing-comma", "{\"format\": \"directive/1\",}", DIRECTIVE_ERROR_INVALID_JSON, "line 1" },
  /* Empty. */
  { "empty", "", DIRECTIVE_ERROR_EMPTY, "empty" },
  { "blank", "  \n\t\n", DIRECTIVE_ERROR_EMPTY, "empty" },
  /* Wrong top level. */
  { "top-array", "[]", DIRECTIVE_ERROR_WRONG_TYPE, "(top level): expected an object, found an array" },
  { "top-number", "42", DIRECTIVE_ERROR_WRONG_TYPE, "found an integer" },
  { "top-string", "\"directive/1\"", DIRECTIVE_ERROR_WRONG_TYPE, "found a string" },
  /* Format. */
  { "format-missing", "{\"agencies\": [], \"notices\": []}", DIRECTIVE_ERROR_INVALID_FORMAT,
    "missing key 'format'" },
  { "format-unknown", "{\"format\": \"directive/2\"}", DIRECTIVE_ERROR_INVALID_FORMAT,
    "format: unsupported format 'directive/2'" },
  { "format-type", "{\"format\": 1}", DIRECTIVE_ERROR_WRONG_TYPE, "format: expected the string" },
  /* Wrong value types. */
  { "agencies-type", "{\"format\": \"directive/1\", \"agencies\": {}}", DIRECTIVE_ERROR_WRONG_TYPE,
    "agencies: expected an array or null, found an object" },
  { "agency-type", "{\"format\": \"directive/1\", \"agencies\": [\"ubnd\"]}",
    DIRECTIVE_ERROR_WRONG_TYPE, "agencies[0]: expected an object, found a string" },
  { "notices-type", "{\"format\": \"directive/1\", \"notices\": \"none\"}",
    DIRECTIVE_ERROR_WRONG_TYPE, "notices: expected an array or null, found a string" },
  { "number-type", DOC ("{\"kind\": \"notice\", \"number\": 123}"), DIRECTIVE_ERROR_WRONG_TYPE,
    "notices[0].number: expected a string or null, found an integer" },
  { "subject-type", DOC ("{\"kind\": \"notice\", \"subject\": [\"a\"]}"),
    DIRECTIVE_ERROR_WRONG_TYPE, "notices[0].subject: expected a string or null, found an array" },
  { "ordinal-type", DOC (NOTICE_WITH_TASKS ("{\"ordinal\": 1}")), DIRECTIVE_ERROR_WRONG_TYPE,
    "notices[0].conclusions[0].tasks[0].ordinal: expected a string or null, found an integer" },
  { "lead-type", DOC (NOTICE_WITH_TASKS (TASK (", \"lead\": \"stc\""))),
    DIRECTIVE_ERROR_WRONG_TYPE, "tasks[0].lead: expected an array or null, found a string" },
  { "lead-element-type", DOC (NOTICE_WITH_TASKS (TASK (", \"lead\": [true]"))),
    DIRECTIVE_ERROR_WRONG_TYPE, "tasks[0].lead[0]: expected an agency id (a string), found a boolean" },
  { "archive-type", DOC ("{\"kind\": \"notice\", \"archive\": [\"VT\", 3.5]}"),
    DIRECTIVE_ERROR_WRONG_TYPE, "notices[0].archive[1]: expected a string, found a number" },
  { "meeting-type", DOC ("{\"kind\": \"notice\", \"conclusions\": [{\"meeting\": \"x\"}]}"),
    DIRECTIVE_ERROR_WRONG_TYPE, "notices[0].conclusions[0].meeting: expected an object" },
  { "lines-shape", DOC (NOTICE_WITH_TASKS (TASK (", \"lines\": [3]"))),
    DIRECTIVE_ERROR_INVALID_VALUE, "tasks[0].lines: expected [first, last]" },
  { "lines-order", DOC (NOTICE_WITH_TASKS (TASK (", \"lines\": [9, 3]"))),
    DIRECTIVE_ERROR_INVALID_VALUE, "tasks[0].lines: [9, 3] is not a range" },
  { "lines-type", DOC (NOTICE_WITH_TASKS (TASK (", \"lines\": [\"1\", 3]"))),
    DIRECTIVE_ERROR_WRONG_TYPE, "tasks[0].lines[0]: expected a line number" },
  /* Missing required keys. */
  { "agency-no-name", "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"x\"}]}",
    DIRECTIVE_ERROR_MISSING_KEY, "agencies[0]: missing required key 'name'" },
  { "agency-no-id", "{\"format\": \"directive/1\", \"agencies\": [{\"name\": \"X\"}]}",
    DIRECTIVE_ERROR_MISSING_KEY, "agencies[0]: missing required key 'id'" },
  { "agency-empty-id", "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"\", \"name\": \"X\"}]}",
    DIRECTIVE_ERROR_INVALID_VALUE, "agencies[0].id: must be a non-empty string" },
  { "notice-no-kind", DOC ("{\"issuer\": \"ubnd\"}"), DIRECTIVE_ERROR_MISSING_KEY,
    "notices[0]: missing required key 'kind'" },
  { "authority-no-mode",
    DOC ("{\"kind\": \"notice\", \"signer\": {\"position\": \"P\", \"authority\": [{\"for\": \"X\"}]}}"),
    DIRECTIVE_ERROR_MISSING_KEY, "notices[0].signer.authority[0]: missing required key 'mode'" },
  /* Unknown enum values. */
  { "kind-unknown", DOC ("{\"kind\": \"memo\"}"), DIRECTIVE_ERROR_INVALID_VALUE,
    "notices[0].kind: unknown document kind 'memo' (expected one of: notice, directive" },
  { "status-unknown", DOC (NOTICE_WITH_TASKS (TASK (", \"status\": \"finished\""))),
    DIRECTIVE_ERROR_INVALID_VALUE, "tasks[0].status: unknown task status 'finished'" },
  { "recurrence-unknown", DOC (NOTICE_WITH_TASKS (TASK (", \"recurrence\": \"weekly\""))),
    DIRECTIVE_ERROR_INVALID_VALUE, "tasks[0].recurrence: unknown recurrence 'weekly'" },
  { "recurrence-none-nick", DOC (NOTICE_WITH_TASKS (TASK (", \"recurrence\": \"none\""))),
    DIRECTIVE_ERROR_INVALID_VALUE, "unknown recurrence 'none'" },
  { "agency-kind-unknown",
    "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"x\", \"name\": \"X\", \"kind\": \"ministry\"}]}",
    DIRECTIVE_ERROR_INVALID_VALUE, "agencies[0].kind: unknown agency kind 'ministry'" },
  { "mode-unknown",
    DOC ("{\"kind\": \"notice\", \"signer\": {\"authority\": [{\"mode\": \"tm\", \"for\": \"X\"}]}}"),
    DIRECTIVE_ERROR_INVALID_VALUE, "authority[0].mode: unknown authority mode 'tm'" },
  { "urgency-unknown", DOC ("{\"kind\": \"notice\", \"urgency\": \"urgent\"}"),
    DIRECTIVE_ERROR_INVALID_VALUE, "notices[0].urgency: unknown urgency 'urgent'" },
  /* Invalid or impossible dates. */
  { "date-impossible", DOC ("{\"kind\": \"notice\", \"issued_on\": \"2021-02-30\"}"),
    DIRECTIVE_ERROR_INVALID_DATE, "notices[0].issued_on: '2021-02-30' is not a date that exists" },
  { "date-format", DOC ("{\"kind\": \"notice\", \"issued_on\": \"23/11/2021\"}"),
    DIRECTIVE_ERROR_INVALID_DATE, "notices[0].issued_on: '23/11/2021' is not an ISO 8601 date" },
  { "date-type", DOC (NOTICE_WITH_TASKS (TASK (", \"deadline\": 20211215"))),
    DIRECTIVE_ERROR_WRONG_TYPE, "tasks[0].deadline: expected a date string" },
  { "meeting-date", DOC ("{\"kind\": \"notice\", \"conclusions\": [{\"meeting\": {\"date\": \"2021-13\"}}]}"),
    DIRECTIVE_ERROR_INVALID_DATE, "notices[0].conclusions[0].meeting.date" },
  { "event-date",
    DOC (NOTICE_WITH_TASKS (TASK (", \"history\": [{\"on\": \"2022-02-29\", \"status\": \"done\"}]"))),
    DIRECTIVE_ERROR_INVALID_DATE, "tasks[0].history[0].on" },
  /* Dangling and duplicate agency ids, parent cycles. */
  { "dangling-lead",
    DOC (NOTICE_WITH_TASKS (TASK ("") ", " TASK ("") ", " TASK (", \"lead\": [\"stc\", \"x\"]"))),
    DIRECTIVE_ERROR_UNKNOWN_AGENCY,
    "notices[0].conclusions[0].tasks[2].lead[1]: no agency with id 'x'" },
  { "dangling-issuer", DOC ("{\"kind\": \"notice\", \"issuer\": \"tinh-uy\"}"),
    DIRECTIVE_ERROR_UNKNOWN_AGENCY, "notices[0].issuer: no agency with id 'tinh-uy'" },
  { "dangling-subtask",
    DOC (NOTICE_WITH_TASKS (TASK (", \"subtasks\": [" TASK (", \"report_to\": [\"nope\"]") "]"))),
    DIRECTIVE_ERROR_UNKNOWN_AGENCY, "tasks[0].subtasks[0].report_to[0]: no agency with id 'nope'" },
  { "dangling-person-agency",
    DOC ("{\"kind\": \"notice\", \"conclusions\": [{\"by\": {\"name\": \"A\", \"agency\": \"q\"}}]}"),
    DIRECTIVE_ERROR_UNKNOWN_AGENCY, "notices[0].conclusions[0].by.agency: no agency with id 'q'" },
  { "dangling-parent",
    "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"a\", \"name\": \"A\", \"parent\": \"z\"}]}",
    DIRECTIVE_ERROR_UNKNOWN_AGENCY, "agencies[0].parent: no agency with id 'z'" },
  { "duplicate-id",
    "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"B\"}]}",
    DIRECTIVE_ERROR_DUPLICATE_ID, "agencies[1].id:" },
  { "parent-cycle",
    "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"a\", \"name\": \"A\", \"parent\": \"c\"},"
    " {\"id\": \"b\", \"name\": \"B\", \"parent\": \"a\"}, {\"id\": \"c\", \"name\": \"C\", \"parent\": \"b\"}]}",
    DIRECTIVE_ERROR_CYCLE, "agencies[2].parent:" },
  { "parent-self",
    "{\"format\": \"directive/1\", \"agencies\": [{\"id\": \"a\", \"name\": \"A\", \"parent\": \"a\"}]}",
    DIRECTIVE_ERROR_CYCLE, "agencies[0].parent: agency 'a'" },
  /* Invalid UTF-8. */
  { "invalid-utf8", "{\"format\": \"directive/1\",\n \"x\": \"S\xe1\xbb\"}", DIRECTIVE_ERROR_INVALID_UTF8,
    "line 2, column 9: not valid UTF-8" },
  { "invalid-utf8-overlong", "{\"format\": \"\xc0\xaf\"}", DIRECTIVE_ERROR_INVALID_UTF8, "line 1" },
  /* Strings: escapes must be JSON's, surrogates must pair, nothing raw below U+0020. */
  { "surrogate-lone-high", "{\"format\": \"directive/1\", \"x\": \"a\\ud800\"}", DIRECTIVE_ERROR_INVALID_JSON,
    "line 1, column 34: not valid JSON: \\uD800 is the first half of a surrogate pair" },
  { "surrogate-lone-low", "{\"format\": \"directive/1\", \"x\": \"\\udc00\"}", DIRECTIVE_ERROR_INVALID_JSON,
    "the second half of a surrogate pair" },
  { "surrogate-unpaired", "{\"format\": \"directive/1\", \"x\": \"\\ud83d\\u0041\"}",
    DIRECTIVE_ERROR_INVALID_JSON, "first half of a surrogate pair, without the second" },
  { "surrogate-at-end", "{\"format\": \"directive/1\", \"x\": \"\\ud83d", DIRECTIVE_ERROR_INVALID_JSON,
    "not valid JSON" },
  { "surrogate-in-key", "{\"format\": \"directive/1\", \"\\udfff\": 1}", DIRECTIVE_ERROR_INVALID_JSON,
    "second half of a surrogate pair" },
  { "escape-short", "{\"format\": \"directive/1\", \"x\": \"\\u00e\"}", DIRECTIVE_ERROR_INVALID_JSON,
    "four hex digits" },
  { "escape-unknown", "{\"format\": \"directive/1\", \"x\": \"\\x41\"}", DIRECTIVE_ERROR_INVALID_JSON,
    "unknown escape \\x" },
  { "escape-nul", "{\"format\": \"directive/1\", \"x\": \"a\\u0000b\"}", DIRECTIVE_ERROR_INVALID_JSON,
    "\\u0000" },
  { "string-control", "{\"format\": \"directive/1\", \"x\": \"a\tb\"}", DIRECTIVE_ERROR_INVALID_JSON,
    "line 1, column 34: not valid JSON: control character U+0009" },
  { "string-unterminated", "{\"format\": \"directive/1\", \"x\": \"abc", DIRECTIVE_ERROR_INVALID_JSON,
    "line 1, column 32: not valid JSON: a string that does not end" },
  /* Numbers and words as JSON spells them. */
  { "number-leading-zero", "{\"format\": \"directive/1\", \"x\": 01}", DIRECTIVE_ERROR_INVALID_JSON,
    "'01' is not a number" },
  { "number-no-fraction", "{\"format\": \"directive/1\", \"x\": 1.}", DIRECTIVE_ERROR_INVALID_JSON,
    "digits after the decimal point" },
  { "number-no-exponent", "{\"format\": \"directive/1\", \"x\": 1e+}", DIRECTIVE_ERROR_INVALID_JSON,
    "digits in its exponent" },
  { "number-minus", "{\"format\": \"directive/1\", \"x\": -}", DIRECTIVE_ERROR_INVALID_JSON,
    "a number must have digits" },
  { "number-plus", "{\"format\": \"directive/1\", \"x\": +1}", DIRECTIVE_ERROR_INVALID_JSON,
    "expected a value, found '+'" },
  { "number-huge", "{\"format\": \"directive/1\", \"x\": [1e308, -1.5e400]}", DIRECTIVE_ERROR_INVALID_JSON,
    "line 1, column 40: not valid JSON: '-1.5e400' is too large a number" },
  { "number-hex", "{\"format\": \"directive/1\", \"x\": 0x10}", DIRECTIVE_ERROR_INVALID_JSON,
    "is not a number" },
  { "word-unknown", "{\"format\": \"directive/1\", \"x\": True}", DIRECTIVE_ERROR_INVALID_JSON,
    "expected a value, found 'T'" },
  { "word-cut", "{\"format\": \"directive/1\", \"x\": nul}", DIRECTIVE_ERROR_INVALID_JSON,
    "unexpected word 'nul'" },
  { "word-longer", "{\"format\": \"directive/1\", \"x\": nullx}", DIRECTIVE_ERROR_INVALID_JSON,
    "unexpected word 'nullx'" },
  { "single-quotes", "{'format': 'directive/1'}", DIRECTIVE_ERROR_INVALID_JSON,
    "line 1, column 2: not valid JSON: expected a member name (a string), found" },
  { "comment", "/* c */ {\"format\": \"directive/1\"}", DIRECTIVE_ERROR_INVALID_JSON,
    "line 1, column 1: not valid JSON: expected a value, found '/'" },
  { "missing-colon", "{\"format\" \"directive/1\"}", DIRECTIVE_ERROR_INVALID_JSON,
    "expected ':' after a member name" },
  { "missing-comma", "{\"format\": \"directive/1\" \"x\": 1}", DIRECTIVE_ERROR_INVALID_JSON,
    "expected ',' or '}' after a member, found '\"'" },
  { "array-trailing-comma", "{\"format\": \"directive/1\", \"x\": [1,]}", DIRECTIVE_ERROR_INVALID_JSON,
    "expected a value, found ']'" },
  { "second-document", "{\"format\": \"directive/1\"} {}", DIRECTIVE_ERROR_INVALID_JSON,
    "line 1, column 27: not valid JSON: more content after the end of the document" },
  /* Line and column: a syntax error says where; so, after the path, does an error of meaning
   * (columns count characters: "Sở" is two). */
  { "syntax-line-column", "{\n  \"format\": \"directive/1\",\n  \"sở\": tru\n}", DIRECTIVE_ERROR_INVALID_JSON,
    "line 3, column 9: not valid JSON: unexpected word 'tru'" },
  { "path-line-column",
    "{\"format\": \"directive/1\",\n \"notices\": [\n  {\"kind\": \"notice\", \"subject\": \"Sở\", \"issuer\": \"q\"}]}",
    DIRECTIVE_ERROR_UNKNOWN_AGENCY, "notices[0].issuer: no agency with id 'q' (line 3, column 49)" },
  { "missing-key-line-column", "{\"format\": \"directive/1\", \"notices\": [\n\n   {\"number\": \"1\"}]}",
    DIRECTIVE_ERROR_MISSING_KEY, "notices[0]: missing required key 'kind' (line 3, column 4)" },
  /* Syntax errors come before errors of meaning, wherever they are... */
  { "syntax-after-meaning", DOC ("{\"kind\": \"memo\"}, {\"kind\": }"), DIRECTIVE_ERROR_INVALID_JSON,
    "expected a value, found '}'" },
  /* ...and too deep a document before either. */
  { "deep-after-syntax", "{ nope [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    DIRECTIVE_ERROR_TOO_DEEP, "deeper than 64 levels" },
  /* Of duplicate keys the last wins: an error in it counts... */
  { "duplicate-key-last-bad", DOC ("{\"kind\": \"notice\", \"kind\": \"memo\"}"),
    DIRECTIVE_ERROR_INVALID_VALUE, "notices[0].kind: unknown document kind 'memo'" },
  { "duplicate-key-deep-last-bad",
    DOC (NOTICE_WITH_TASKS (TASK (", \"lead\": [\"stc\"], \"x\": 1, \"lead\": [\"ubnd\", \"zz\"]"))),
    DIRECTIVE_ERROR_UNKNOWN_AGENCY, "tasks[0].lead[1]: no agency with id 'zz'" },
  { "duplicate-format", "{\"format\": \"directive/1\", \"format\": \"directive/9\"}",
    DIRECTIVE_ERROR_INVALID_FORMAT, "unsupported format 'directive/9'" },
  /* Agencies may come after the notices that name them, parents after children. */
  { "dangling-after-agencies", "{\"format\": \"directive/1\", \"notices\": [{\"kind\": \"notice\", "
    "\"issuer\": \"b\"}], \"agencies\": [{\"id\": \"a\", \"name\": \"A\"}]}",
    DIRECTIVE_ERROR_UNKNOWN_AGENCY, "notices[0].issuer: no agency with id 'b'" },
};

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (directive_collection_load_from_data (collection, c->input, -1, &error));
  g_assert_nonnull (error);
  if (!g_error_matches (error, DIRECTIVE_ERROR, c->code) || strstr (error->message, c->message) == NULL)
    g_error ("case %s: expected code %d with '%s', got %s %d: %s", c->name, c->code, c->message,
             g_quark_to_string (error->domain), error->code, error->message);
}

/* json-glib's parser recurses: a deep enough document would overflow the stack. */
static void
test_too_deep (void)
{
  const gsize depths[] = { 65, 1000, 1000000 };

  for (gsize i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      g_autoptr(DirectiveCollection) collection = directive_collection_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) doc = g_string_new ("{\"format\": \"directive/1\", \"x\": ");

      for (gsize d = 0; d < depths[i]; d++)
        g_string_append_c (doc, d % 2 ? '{' : '[');
      g_assert_false (directive_collection_load_from_data (collection, doc->str, (gssize) doc->len,
                                                           &error));
      g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_DEEP);
      g_assert_nonnull (strstr (error->message, "deeper than 64 levels"));
    }
}

static void
test_depth_limit_settable (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) doc = g_string_new ("{\"format\": \"directive/1\", \"x\": ");

  for (int d = 0; d < 100; d++)
    g_string_append_c (doc, '[');
  for (int d = 0; d < 100; d++)
    g_string_append_c (doc, ']');
  g_string_append_c (doc, '}');

  /* Brackets inside strings do not count. */
  g_assert_true (directive_collection_load_from_data (collection,
                 "{\"format\": \"directive/1\", \"x\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}",
                 -1, &error));
  g_assert_no_error (error);

  g_assert_false (directive_collection_load_from_data (collection, doc->str, -1, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_DEEP);
  g_clear_error (&error);

  directive_collection_set_max_depth (collection, 200);
  g_assert_cmpuint (directive_collection_get_max_depth (collection), ==, 200);
  g_assert_true (directive_collection_load_from_data (collection, doc->str, -1, &error));
  g_assert_no_error (error);
}

static void
test_too_large (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  const char *doc = "{\"format\": \"directive/1\", \"agencies\": [], \"notices\": []}";

  directive_collection_set_max_input_size (collection, 16);
  g_assert_cmpuint (directive_collection_get_max_input_size (collection), ==, 16);
  g_assert_false (directive_collection_load_from_data (collection, doc, -1, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "limit of 16 bytes"));
}

/* A refused document leaves what was loaded before. */
static void
test_error_keeps_contents (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  int changes = 0;

  g_assert_true (directive_collection_load_from_data (collection, DOC ("{\"kind\": \"plan\"}"), -1,
                                                      &error));
  g_assert_no_error (error);
  g_signal_connect (directive_collection_get_notices (collection), "items-changed",
                    G_CALLBACK (test_count_items_cb), &changes);

  g_assert_false (directive_collection_load_from_data (collection,
                  DOC (NOTICE_WITH_TASKS (TASK (", \"lead\": [\"x\"]"))), -1, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_UNKNOWN_AGENCY);
  g_assert_cmpint (changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_notices (collection)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (directive_collection_get_agencies (collection)), ==, 2);
  g_assert_nonnull (directive_collection_lookup_agency (collection, "stc"));
}

static void
test_file_errors (void)
{
  g_autoptr(DirectiveCollection) collection = directive_collection_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("directive-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"directive/1\",\n \"notices\": 3}", -1, NULL));
  g_assert_false (directive_collection_load_from_file (collection, path, &error));
  g_assert_error (error, DIRECTIVE_ERROR, DIRECTIVE_ERROR_WRONG_TYPE);
  /* The message starts with the file. */
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "notices: expected an array"));
  g_clear_error (&error);

  g_assert_false (directive_collection_load_from_file (collection, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.json"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/json-errors/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_error_case);
    }
  g_test_add_func ("/json-errors/too-deep", test_too_deep);
  g_test_add_func ("/json-errors/depth-limit-settable", test_depth_limit_settable);
  g_test_add_func ("/json-errors/too-large", test_too_large);
  g_test_add_func ("/json-errors/error-keeps-contents", test_error_keeps_contents);
  g_test_add_func ("/json-errors/file-errors", test_file_errors);

  return g_test_run ();
}
