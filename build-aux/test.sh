#!/bin/sh
# Sets everything up on a fresh Debian 12 machine and runs every test:
#   1. the test suite in a normal build (C, Python, GJS, examples, GTK app, CLI, accuracy)
#   2. the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer
#   3. the C tests under valgrind memcheck
#   4. each fuzz target for a bounded time (FUZZ_SECONDS, default 60)
# Exits non-zero if any of them fails; all of them run either way.
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh test

builddir=${BUILDDIR:-_build}
failed=""

step () {
  name=$1
  shift
  echo "=== $name"
  if "$@"; then
    echo "=== $name: passed"
  else
    echo "=== $name: FAILED"
    failed="$failed $name"
  fi
}

main_suite () {
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" --werror -Dintrospection=enabled -Dvapi=enabled -Ddocs=true || return 1
  fi
  meson compile -C "$builddir" && meson test -C "$builddir" --print-errorlogs --num-processes 2
}

step "test suite" main_suite
step "sanitizers" env ASAN_BUILDDIR="${builddir}-asan" .ci/asan.sh
step "valgrind" env VALGRIND_BUILDDIR="${builddir}-valgrind" .ci/valgrind.sh
step "fuzzing" env FUZZ_BUILDDIR="$(pwd)/${builddir}-fuzz" fuzz/run.sh

if [ -n "$failed" ]; then
  echo "FAILED:$failed"
  exit 1
fi
echo "All test runs passed."
