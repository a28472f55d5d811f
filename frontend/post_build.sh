#!/usr/bin/env bash
# Trunk post_build hook: fills in the service worker's precache list and build
# id, then writes .gz and .br siblings for every compressible file.
#
#   Trunk:  TRUNK_STAGING_DIR=<staging dir> bash post_build.sh
#   Manual: bash frontend/post_build.sh dist
#
# Idempotent: running it again on the same directory gives the same result.
set -euo pipefail

DIR="${1:-${TRUNK_STAGING_DIR:-}}"
if [[ -z "$DIR" ]]; then
  echo "post_build.sh: no build directory (set TRUNK_STAGING_DIR or pass it as \$1)" >&2
  exit 2
fi
if [[ ! -d "$DIR" ]]; then
  echo "post_build.sh: '$DIR' is not a directory" >&2
  exit 2
fi
if [[ ! -f "$DIR/sw.js" ]]; then
  echo "post_build.sh: '$DIR/sw.js' not found (is public/sw.js copied into the build?)" >&2
  exit 1
fi
if ! command -v brotli >/dev/null 2>&1; then
  echo "post_build.sh: the 'brotli' command is required for precompression but is not installed (Debian/Ubuntu: apt-get install brotli)" >&2
  exit 1
fi
if ! command -v gzip >/dev/null 2>&1; then
  echo "post_build.sh: the 'gzip' command is required but is not installed" >&2
  exit 1
fi

# 0. Split the wasm by route (frontend/split.sh): replaces Trunk's unsplit files with pkg-<hash>/.
bash "$(dirname "$0")/split.sh" "$DIR"

# 1. The interface languages, one file each, joined from the same app/locales/<language>/*.ftl
#    files (in the same order) that app/build.rs joins for the server. The app fetches English
#    and the person's language before it starts, another when someone switches; the service
#    worker precaches them with the rest of the build, so all of it works offline too.
LOCALES="$(cd "$(dirname "$0")/../app/locales" && pwd)"
mkdir -p "$DIR/locales"
for lang_dir in "$LOCALES"/*/; do
  lang="$(basename "$lang_dir")"
  out="$DIR/locales/$lang.ftl"
  : > "$out.tmp"
  for f in "$lang_dir"*.ftl; do cat "$f" >> "$out.tmp"; echo >> "$out.tmp"; done
  mv "$out.tmp" "$out"
done

# 2. Precache list and build id, written into sw.js.
python3 - "$DIR" <<'PY'
import hashlib, json, os, re, sys
from urllib.parse import quote

root = os.path.abspath(sys.argv[1])
sw_path = os.path.join(root, "sw.js")

BUILD_RE = re.compile(r'^const BUILD_ID = ".*";[ \t]*$', re.M)
PRECACHE_RE = re.compile(r'^const PRECACHE = .*;[ \t]*$', re.M)
BUILD_TPL = 'const BUILD_ID = "__BUILD_ID__";'
PRECACHE_TPL = 'const PRECACHE = __PRECACHE_LIST__;'

with open(sw_path, encoding="utf-8") as f:
    sw = f.read()
# Back to template form, so a second run (or a stale sw.js) is handled the same way.
template = PRECACHE_RE.sub(PRECACHE_TPL, BUILD_RE.sub(BUILD_TPL, sw, count=1), count=1)
if BUILD_TPL not in template or PRECACHE_TPL not in template:
    sys.exit("post_build.sh: sw.js lacks the BUILD_ID / PRECACHE placeholder lines")

files = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    for name in filenames:
        rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
        if rel == "sw.js" or rel.endswith((".br", ".gz")):
            continue
        files.append(rel)
files.sort()

h = hashlib.sha256()
for rel in files:
    h.update(rel.encode("utf-8") + b"\0")
    with open(os.path.join(root, rel), "rb") as f:
        h.update(f.read())
    h.update(b"\0")
# The worker's own code is part of the build too (template form, placeholders unfilled).
h.update(b"sw.js\0" + template.encode("utf-8"))
build_id = h.hexdigest()[:16]

urls = sorted({"/"} | {"/" + quote(rel, safe="/") for rel in files})
out = template.replace(BUILD_TPL, 'const BUILD_ID = "%s";' % build_id, 1)
out = out.replace(PRECACHE_TPL, "const PRECACHE = %s;" % json.dumps(urls), 1)

if out != sw:
    tmp = sw_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(out)
    os.replace(tmp, sw_path)
PY

# 3. Precompression (.gz and .br next to each file; the originals are kept).
find "$DIR" -type f \
  \( -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \
     -o -name '*.json' -o -name '*.webmanifest' -o -name '*.txt' -o -name '*.ftl' -o -name '*.bin' \) -print0 |
  xargs -0 -r -n 1 -P "$(nproc 2>/dev/null || echo 2)" \
    sh -c 'gzip -9 -n -k -f -- "$1" && brotli -q 11 -k -f -- "$1"' sh
