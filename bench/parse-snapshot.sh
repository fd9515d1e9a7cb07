#!/bin/sh
# parse-snapshot.sh: what the parser makes of every sample document, to compare
# a speed change against the tree without it.
#
# Usage: bench/parse-snapshot.sh BUILDDIR OUTDIR
# Writes OUTDIR/NAME.json (stdout of `directive parse`) and OUTDIR/NAME.err
# (its diagnostics) for every text of examples/data, tests/data/parser,
# tests/data/regressions and, when it is there, ../shared/corpus. Compare
# two snapshots with `diff -r`.
set -eu
builddir=$1
outdir=$2
top=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$outdir"
for dir in "$top/examples/data" "$top/tests/data/parser" \
           "$top/tests/data/regressions" "$top/../shared/corpus"; do
  [ -d "$dir" ] || continue
  for f in "$dir"/*.txt; do
    [ -e "$f" ] || continue
    name=$(basename "$dir")-$(basename "$f" .txt)
    "$builddir/tools/directive" parse "$f" >"$outdir/$name.json" 2>"$outdir/$name.err" || true
  done
done
