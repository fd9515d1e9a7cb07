#!/bin/sh
# Sets everything up on a fresh Debian 12 machine, builds, and runs the main job:
# read a sample notice shipped in examples/data and print it as directive/1 JSON.
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh main

builddir=${BUILDDIR:-_build}
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dtests=false -Dbenchmarks=false >/dev/null
fi
meson compile -C "$builddir" >/dev/null

"$builddir/tools/directive" convert examples/data/tayninh-2022-tb-ket-luan-nuoc-sach.json --to json
