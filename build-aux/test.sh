#!/bin/sh
# Sets everything up on a fresh Debian 12 machine and runs the whole test suite.
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh test

builddir=${BUILDDIR:-_build}
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" --werror -Dintrospection=enabled -Dvapi=enabled
fi
meson compile -C "$builddir"
meson test -C "$builddir" --print-errorlogs --num-processes 2
