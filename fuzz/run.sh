#!/bin/sh
# Builds the libFuzzer targets with clang-14, AddressSanitizer and
# UndefinedBehaviorSanitizer in their own build directory and runs each for a
# bounded time. Fails on any crash, leak, timeout or sanitizer report; the
# input that caused it is left in $FUZZ_WORKDIR/artifacts/.
#
#   fuzz/run.sh [TARGET...]      TARGET: json-load, date, parser (default: all built)
#
# Environment: FUZZ_SECONDS (60: time per target), FUZZ_SEED (1: libFuzzer's
# random seed; fixed so that CI's short run explores a prefix of what a longer
# run with the same seed has already been through; 0 for a random one),
# FUZZ_BUILDDIR (build-fuzz),
# FUZZ_WORKDIR ($FUZZ_BUILDDIR/fuzz-work: corpora grown across runs, artifacts).
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${FUZZ_BUILDDIR:-$srcdir/build-fuzz}
seconds=${FUZZ_SECONDS:-60}
workdir=${FUZZ_WORKDIR:-$builddir/fuzz-work}
shared_corpus=$srcdir/../shared/corpus

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v clang-14 >/dev/null 2>&1 ||
   ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
  as_root apt-get install -y clang-14 libclang-rt-14-dev llvm-14
fi

if [ ! -f "$builddir/build.ninja" ]; then
  # fuzzer-no-link instruments the library for coverage; the targets link
  # libFuzzer itself. b_lundef=false: clang leaves the sanitizer runtime out of
  # shared libraries, to be found in the executable.
  CC=clang-14 meson setup "$builddir" "$srcdir" \
    -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link \
    -Dintrospection=disabled -Dtests=false -Dbenchmarks=false -Dexamples=false -Ddocs=false
fi
meson compile -C "$builddir"

if [ $# -eq 0 ]; then
  set -- json-load date parser
fi

# GLib's slice allocator would hide use-after-free from ASan.
export G_SLICE=always-malloc G_DEBUG=gc-friendly
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

mkdir -p "$workdir/artifacts"
status=0
for t in "$@"; do
  exe=$builddir/fuzz/fuzz-$t
  if [ ! -x "$exe" ]; then
    echo "fuzz-$t: not built (the parser has not landed yet?), skipped"
    continue
  fi

  # Seeds: the project's own files and ../shared/corpus when it is there, and
  # every input that once failed.
  seeds=$workdir/seeds-$t
  rm -rf "$seeds"
  mkdir -p "$seeds" "$workdir/corpus-$t"
  dict=
  case $t in
    json-load)
      max_len=65536
      dict=-dict=$srcdir/fuzz/json.dict
      cp "$srcdir"/tests/data/*.json "$seeds"/ 2>/dev/null || true
      cp "$shared_corpus"/*.json "$seeds"/ 2>/dev/null || true
      cp "$srcdir"/tests/data/regressions/json-* "$seeds"/ 2>/dev/null || true
      ;;
    date)
      max_len=64
      cp "$srcdir"/fuzz/seeds/date/* "$seeds"/
      cp "$srcdir"/tests/data/regressions/date-* "$seeds"/ 2>/dev/null || true
      ;;
    parser)
      max_len=65536
      cp "$shared_corpus"/*.txt "$seeds"/ 2>/dev/null || true
      find "$srcdir"/tests/data/parser -type f -name '*.txt' -exec cp {} "$seeds"/ \; 2>/dev/null || true
      cp "$srcdir"/tests/data/regressions/parser-* "$seeds"/ 2>/dev/null || true
      ;;
    *)
      max_len=4096
      ;;
  esac

  log=$workdir/fuzz-$t.log
  echo "fuzz-$t: ${seconds} s, seeds: $(ls "$seeds" | wc -l) files"
  if "$exe" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$workdir/artifacts/$t-" $dict \
       "$workdir/corpus-$t" "$seeds" >"$log" 2>&1; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    echo "fuzz-$t: OK, $execs executions, $cov, corpus $(ls "$workdir/corpus-$t" | wc -l) files"
  else
    status=1
    echo "fuzz-$t: FAILED; the report (end of $log):"
    tail -n 60 "$log"
    # Again with full allocation stacks (GLib has no frame pointers, so the
    # fast unwinder stops at g_malloc).
    for artifact in "$workdir"/artifacts/"$t"-*; do
      [ -f "$artifact" ] || continue
      echo "fuzz-$t: $artifact, with full stacks:"
      ASAN_OPTIONS=$ASAN_OPTIONS:fast_unwind_on_malloc=0 "$exe" "$artifact" 2>&1 |
        grep -v 'fuzzer::' | tail -n 80 || true
    done
  fi
done
exit $status
