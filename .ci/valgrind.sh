#!/bin/sh
# The C tests under valgrind memcheck, in their own (unsanitized) build
# directory: any invalid access or definitely-lost byte fails the run.
# Suppressions: GLib's glib.supp and tests/valgrind.supp (GLib/GObject
# type-system allocations made once per process, each commented).
#
#   .ci/valgrind.sh      (VALGRIND_BUILDDIR: build directory, default build-valgrind)
set -eu
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y valgrind; else sudo apt-get install -y valgrind; fi
fi

builddir=${VALGRIND_BUILDDIR:-build-valgrind}

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" --werror \
    -Dintrospection=disabled -Dvapi=disabled \
    -Dbenchmarks=false -Dexamples=false -Ddocs=false
fi
meson compile -C "$builddir"

# The 'valgrind' setup is defined in tests/meson.build.
meson test -C "$builddir" --setup valgrind --suite c --print-errorlogs --num-processes 2 "$@"
