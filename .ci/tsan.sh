#!/bin/sh
# tests/test-threads.c under ThreadSanitizer, in its own build directory:
# several collections and parsers used at once from different threads, the
# built-in catalogue shared. Fails on any data race report.
#
# Not part of .ci/run yet: with Debian's uninstrumented GLib, whose GMutex is
# a raw futex TSan cannot see, it reports races inside GLib (g_realloc of
# per-thread GPtrArrays, GAsyncQueue in GTask's pool) that docs/reliability.md
# lists; they are to be told apart from real ones before this gates anything.
#
#   .ci/tsan.sh          (TSAN_BUILDDIR: build directory, default build-tsan)
set -eu
cd "$(dirname "$0")/.."

builddir=${TSAN_BUILDDIR:-build-tsan}

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" --werror \
    -Db_sanitize=thread -Db_lundef=false \
    -Dintrospection=disabled -Dvapi=disabled \
    -Dbenchmarks=false -Dexamples=false -Ddocs=false
fi
meson compile -C "$builddir" tests/test-threads

# GLib itself is not instrumented: its reference counts and locks are atomics
# and pthread calls TSan sees through its interceptors or not at all; the
# suppressions in .ci/tsan.supp name only GLib internals.
G_SLICE=always-malloc \
TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/.ci/tsan.supp" \
  meson test -C "$builddir" --no-rebuild --print-errorlogs --timeout-multiplier 4 threads "$@"
