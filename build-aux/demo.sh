#!/bin/sh
# Sets everything up on a fresh Debian 12 machine, builds, and runs the main job:
# read the text of a sample notice shipped in examples/data and print what it
# says as directive/1 JSON: its tasks, who leads them, whom to report to, by when.
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh main

builddir=${BUILDDIR:-_build}
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dtests=false -Dbenchmarks=false >/dev/null
fi
meson compile -C "$builddir" >/dev/null

"$builddir/tools/directive" parse examples/data/tayninh-2022-tb-ket-luan-nuoc-sach.txt
