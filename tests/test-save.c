/* test-save.c: saving never loses the previous file and reports every failure
 *
 * save_to_file() writes a temporary file in the same folder, flushes it and
 * renames it over the target. These tests make that fail in the ways a user
 * meets (a read-only folder, a full disk, a stream that breaks part way) and
 * check that the error is reported and the previous file is intact.
 *
 * Tests run as root in CI, where permissions do not stop root: the read-only
 * and full-disk cases mount a tiny tmpfs in a private mount namespace (in a
 * subprocess) and skip where the system does not allow that.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <directive.h>

#include "test-util.h"

static const char original[] = "{\n  \"format\": \"directive/1\",\n  \"x-original\": true\n}\n";

/* A collection whose JSON is about @kib KiB. */
static DirectiveCollection *
big_collection (guint kib)
{
  DirectiveCollection *collection = directive_collection_new ();
  g_autofree char *text = g_strnfill (1000, 'x');

  for (guint i = 0; i < kib; i++)
    {
      g_autoptr(DirectiveNotice) notice = g_object_new (DIRECTIVE_TYPE_NOTICE, NULL);

      directive_notice_set_subject (notice, text);
      directive_collection_add_notice (collection, notice);
    }
  return collection;
}

static void
assert_file_is_original (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, original);
}

/* No temporary file left behind either. */
static void
assert_folder_holds_only (const char *dir,
                          const char *name)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *entry;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    g_assert_cmpstr (entry, ==, name);
}

/* ---- A stream that fails after a number of bytes ---- */

#define TEST_TYPE_FAILING_STREAM (test_failing_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestFailingStream, test_failing_stream, TEST, FAILING_STREAM, GOutputStream)

struct _TestFailingStream
{
  GOutputStream parent_instance;
  GByteArray *written;
  gsize limit;
};

G_DEFINE_FINAL_TYPE (TestFailingStream, test_failing_stream, G_TYPE_OUTPUT_STREAM)

static gssize
test_failing_stream_write_fn (GOutputStream  *stream,
                              const void     *buffer,
                              gsize           count,
                              GCancellable   *cancellable,
                              GError        **error)
{
  TestFailingStream *self = TEST_FAILING_STREAM (stream);
  gsize room = self->limit - self->written->len;

  if (room == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
      return -1;
    }
  count = MIN (count, room);
  g_byte_array_append (self->written, buffer, (guint) count);
  return (gssize) count;
}

static void
test_failing_stream_finalize (GObject *object)
{
  TestFailingStream *self = TEST_FAILING_STREAM (object);

  g_byte_array_unref (self->written);
  G_OBJECT_CLASS (test_failing_stream_parent_class)->finalize (object);
}

static void
test_failing_stream_class_init (TestFailingStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_failing_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = test_failing_stream_write_fn;
}

static void
test_failing_stream_init (TestFailingStream *self)
{
  self->written = g_byte_array_new ();
}

static TestFailingStream *
test_failing_stream_new (gsize limit)
{
  TestFailingStream *self = g_object_new (TEST_TYPE_FAILING_STREAM, NULL);

  self->limit = limit;
  return self;
}

static void
test_stream_fails_part_way (void)
{
  g_autoptr(DirectiveCollection) collection = big_collection (8);
  g_autofree char *expected = NULL;
  gsize length;
  gsize limits[] = { 0, 1, 4096, 0 /* length - 1 */, 0 /* length */ };

  expected = directive_collection_to_data (collection, &length);
  limits[3] = length - 1;
  limits[4] = length;

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autoptr(TestFailingStream) stream = test_failing_stream_new (limits[i]);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      ok = directive_collection_save_to_stream (collection, G_OUTPUT_STREAM (stream), NULL, &error);
      if (limits[i] < length)
        {
          g_assert_false (ok);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
          g_assert_cmpuint (stream->written->len, ==, limits[i]);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpmem (stream->written->data, stream->written->len, expected, length);
        }
    }
}

static void
test_stream_cancelled (void)
{
  g_autoptr(DirectiveCollection) collection = big_collection (1);
  g_autoptr(TestFailingStream) stream = test_failing_stream_new (G_MAXSIZE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (directive_collection_save_to_stream (collection, G_OUTPUT_STREAM (stream),
                                                       cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The stream a user gets from g_file_replace(), abandoned on error as the
 * documentation says: the original file is kept. */
static void
test_stream_file_replace_abandoned (void)
{
  g_autoptr(DirectiveCollection) collection = big_collection (4);
  g_autofree char *dir = g_dir_make_tmp ("test-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tracking.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, original, -1, &error);
  g_assert_no_error (error);

  out = g_file_replace (file, NULL, TRUE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (directive_collection_save_to_stream (collection, G_OUTPUT_STREAM (out), NULL, &error));
  /* Something else fails afterwards: abandon the new contents. */
  g_cancellable_cancel (cancel);
  g_output_stream_close (G_OUTPUT_STREAM (out), cancel, NULL);
  assert_file_is_original (path);

  g_remove (path);
  g_remove (dir);
}

/* ---- Real file systems ---- */

/* Runs in a subprocess: a private mount namespace with a tmpfs of @size_kib at
 * a new folder, holding the original file. Returns the folder, or NULL (the
 * test skipped) where mounting is not allowed. */
static char *
mount_tiny_tmpfs (guint size_kib)
{
  g_autofree char *dir = g_dir_make_tmp ("test-save-mnt-XXXXXX", NULL);
  g_autofree char *options = g_strdup_printf ("size=%uk,mode=0755", size_kib);
  g_autofree char *path = g_build_filename (dir, "tracking.json", NULL);
  g_autoptr(GError) error = NULL;

  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (unshare (uid == 0 ? CLONE_NEWNS : CLONE_NEWUSER | CLONE_NEWNS) != 0)
    {
      g_test_skip_printf ("no private mount namespace here: %s", g_strerror (errno));
      return NULL;
    }
  if (uid != 0)
    {
      /* Be root in the new user namespace, as the same user outside. */
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1\n", (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1\n", (guint) gid);

      if (!g_file_set_contents_full ("/proc/self/setgroups", "deny", -1, G_FILE_SET_CONTENTS_NONE, 0, NULL) ||
          !g_file_set_contents_full ("/proc/self/uid_map", uid_map, -1, G_FILE_SET_CONTENTS_NONE, 0, NULL) ||
          !g_file_set_contents_full ("/proc/self/gid_map", gid_map, -1, G_FILE_SET_CONTENTS_NONE, 0, NULL))
        {
          g_test_skip ("cannot map the user into a user namespace here");
          return NULL;
        }
    }
  /* Keep the mount from propagating back to the parent namespace. */
  mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL);
  if (mount ("none", dir, "tmpfs", 0, options) != 0)
    {
      g_test_skip_printf ("cannot mount a tmpfs here: %s", g_strerror (errno));
      return NULL;
    }
  g_file_set_contents (path, original, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&dir);
}

static void
test_full_disk (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = mount_tiny_tmpfs (64);
      g_autofree char *path = NULL;
      g_autoptr(DirectiveCollection) collection = big_collection (256);
      g_autoptr(GError) error = NULL;

      if (dir == NULL)
        return;
      path = g_build_filename (dir, "tracking.json", NULL);
      g_assert_false (directive_collection_save_to_file (collection, path, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "tracking.json"));
      assert_file_is_original (path);
      assert_folder_holds_only (dir, "tracking.json");
      umount (dir);
      g_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_read_only_folder (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = mount_tiny_tmpfs (64);
      g_autofree char *path = NULL;
      g_autoptr(DirectiveCollection) collection = big_collection (1);
      g_autoptr(GError) error = NULL;

      if (dir == NULL)
        return;
      path = g_build_filename (dir, "tracking.json", NULL);
      /* Read-only stops root too. */
      if (mount ("none", dir, NULL, MS_REMOUNT | MS_RDONLY, NULL) != 0)
        {
          g_test_skip_printf ("cannot remount read-only: %s", g_strerror (errno));
          return;
        }
      g_assert_false (directive_collection_save_to_file (collection, path, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ROFS);
      g_test_message ("%s", error->message);
      assert_file_is_original (path);
      assert_folder_holds_only (dir, "tracking.json");
      umount (dir);
      g_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Without root, plain permissions do it. */
static void
test_no_write_permission (void)
{
  g_autoptr(DirectiveCollection) collection = big_collection (1);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("permissions do not stop root (the read-only mount test covers this)");
      return;
    }
  dir = g_dir_make_tmp ("test-save-XXXXXX", NULL);
  path = g_build_filename (dir, "tracking.json", NULL);
  g_file_set_contents (path, original, -1, &error);
  g_assert_no_error (error);
  g_chmod (dir, 0555);

  g_assert_false (directive_collection_save_to_file (collection, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
  assert_file_is_original (path);
  assert_folder_holds_only (dir, "tracking.json");

  g_chmod (dir, 0755);
  g_remove (path);
  g_remove (dir);
}

/* And when all goes well, the file is replaced whole. */
static void
test_replaces (void)
{
  g_autoptr(DirectiveCollection) collection = big_collection (3);
  g_autofree char *dir = g_dir_make_tmp ("test-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tracking.json", NULL);
  g_autofree char *expected = directive_collection_to_data (collection, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, original, -1, &error);
  g_assert_no_error (error);
  g_assert_true (directive_collection_save_to_file (collection, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
  assert_folder_holds_only (dir, "tracking.json");

  g_remove (path);
  g_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/replaces", test_replaces);
  g_test_add_func ("/save/stream/fails-part-way", test_stream_fails_part_way);
  g_test_add_func ("/save/stream/cancelled", test_stream_cancelled);
  g_test_add_func ("/save/stream/file-replace-abandoned", test_stream_file_replace_abandoned);
  g_test_add_func ("/save/file/full-disk", test_full_disk);
  g_test_add_func ("/save/file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/save/file/no-write-permission", test_no_write_permission);

  return g_test_run ();
}
