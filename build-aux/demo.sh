#!/bin/sh
# Sets everything up on a fresh Debian 12 machine, builds, and runs the main job:
# read the text of a sample notice shipped in examples/data (or the files given)
# and print its tasks: who leads each, by when, and where it stands as of the
# notice's own time (--today), as a table.
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh main

builddir=${BUILDDIR:-_build}
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dtests=false -Dbenchmarks=false >/dev/null
fi
meson compile -C "$builddir" >/dev/null

if [ $# -eq 0 ]; then
  set -- --today 2022-09-24 examples/data/tayninh-2022-tb-ket-luan-nuoc-sach.txt
fi
"$builddir/tools/directive" tasks --format table "$@"
