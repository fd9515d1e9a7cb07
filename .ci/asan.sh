#!/bin/sh
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer,
# in its own build directory. Introspection is off there: g-ir-scanner runs the
# library it scans, which the sanitizer runtime would have to be preloaded into.
# Fails on any test failure, memory error, leak or undefined behaviour.
#
#   .ci/asan.sh          (ASAN_BUILDDIR: build directory, default build-asan)
set -eu
cd "$(dirname "$0")/.."

builddir=${ASAN_BUILDDIR:-build-asan}

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" --werror \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dintrospection=disabled -Dvapi=disabled \
    -Dbenchmarks=false -Dexamples=false -Ddocs=false
fi
meson compile -C "$builddir"

# GLib's slice allocator would hide heap errors from ASan; UBSan only warns
# unless told to stop; LeakSanitizer runs at each test program's exit.
G_SLICE=always-malloc \
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1 \
UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1 \
  meson test -C "$builddir" --print-errorlogs --num-processes 2 --timeout-multiplier 4 "$@"
