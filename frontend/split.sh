#!/usr/bin/env bash
# Splits the app's wasm by route (called by post_build.sh, inside Trunk's post_build hook).
#
# Every page is a lazy route (app/src/routes.rs): `wasm-split-cli` cuts the raw cargo output
# (linked with --emit-relocs, see .cargo/config.toml) into the main module and one module per
# route plus the modules they share; wasm-bindgen makes the main module's JS; binaryen (-Oz)
# optimises every module in one process (frontend/optimize.mjs); split_bundle.py packs each
# route's modules into one file (and those most routes share into a common one), rewires the
# loader to fetch those files, writes everything into pkg-<content hash>/ and points
# index.html there instead of Trunk's unsplit files. A build without this step would leave
# the lazy routes unloadable, so it is not optional.
#
#   bash frontend/split.sh <staging dir>
set -euo pipefail

DIR="$1"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
case "${TRUNK_PROFILE:-release}" in
  release) PROFILE=wasm-release ;;
  *) PROFILE=debug ;;
esac
RAW="$TARGET/wasm32-unknown-unknown/$PROFILE/frontend.wasm"
for tool in wasm-split-cli wasm-bindgen node python3; do
  command -v "$tool" >/dev/null || { echo "split.sh: '$tool' is missing (bash .ci/setup installs it)" >&2; exit 1; }
done
[[ -f "$RAW" ]] || { echo "split.sh: no cargo output at $RAW" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/as-split.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
wasm-split-cli "$RAW" "$WORK/split" --out-name frontend >/dev/null
wasm-bindgen "$WORK/split/frontend.wasm" --out-dir "$WORK/bg" --target web \
  --keep-lld-exports --no-typescript
mkdir -p "$WORK/in" "$WORK/opt"
mv "$WORK/bg/frontend_bg.wasm" "$WORK/in/"
find "$WORK/split" -name '*.wasm' ! -name frontend.wasm -exec mv {} "$WORK/in/" \;
NODE_PATH="$ROOT/end2end/node_modules" node "$HERE/optimize.mjs" "$WORK/in" "$WORK/opt"
python3 "$HERE/split_bundle.py" "$WORK" "$DIR"
