#!/usr/bin/env python3
"""Packs the split wasm modules into a few files and points the build at them.

wasm-split makes one module per lazy route plus several hundred small modules they share; a
page fetched as-is would cost up to 280 requests. This script

- puts the modules that at least half of the signed-in routes need into `common.bin`, and
  each route's own module with every other module it needs into `<route>.bin` (a module
  several routes need is in each of their files, so a first visit of a page costs at most
  two requests); the pages shown before sign-in get files with everything they need;
- rewrites the loader (`__wasm_split.js`) so that a module is cut out of the file it is in
  instead of fetched on its own, preferring the file of the route being loaded;
- writes main module, JS and files into `pkg-<16 hex of their content>/`, so that a new
  build is a new set and every name in it can be cached for ever;
- replaces Trunk's unsplit `frontend-*.js` / `frontend-*_bg.wasm` in `index.html` (with
  new `integrity` hashes), preloads the loader, and removes Trunk's files;
- writes `pkg-<hash>/routes.json`: the files each route needs, for the size budget.

Usage: split_bundle.py <work dir of split.sh> <staging dir>
"""

import base64
import hashlib
import json
import os
import re
import sys

COMMON_SHARE = 0.5
# The routes shown before sign-in (the lazy route types of app/src/routes.rs, in snake case).
PUBLIC_ROUTES = {"sign_in", "forgot_password", "reset_password", "accept_invitation", "notification_link"}


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def without_custom_sections(data):
    """The module without its custom sections (producers, target_features, names)."""
    out = bytearray(data[:8])
    i = 8
    while i < len(data):
        start = i
        section = data[i]
        size, body = leb(data, i + 1)
        i = body + size
        if section != 0:
            out += data[start:i]
    return bytes(out)


def main(work, site):
    opt = os.path.join(work, "opt")
    with open(os.path.join(work, "split", "__wasm_split.js"), encoding="utf-8") as f:
        loader = f.read()

    chunk_file = dict(
        re.findall(
            r'const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./(\w+\.wasm)"',
            loader,
        )
    )
    route_re = re.compile(
        r'export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\((\(\) => \{\s*const src = '
        r'fetch\(new URL\("\./(\w+\.wasm)".*?\n\}\n, \[(.*?)\])\)\);',
        re.S,
    )
    routes = {}
    for m in route_re.finditer(loader):
        deps = [d.strip() for d in m.group(4).split(",") if d.strip()]
        name = re.sub(r"_route_view_\d+$", "", m.group(1).strip("_"))
        routes[m.group(1)] = (name, [m.group(3)] + [chunk_file[d] for d in deps])
    if not routes:
        sys.exit("split_bundle.py: the loader names no routes (is every page a lazy route?)")

    # Pages shown before sign-in carry all they need: nobody on them loads the rest.
    public = {k for k, (name, _) in routes.items() if name in PUBLIC_ROUTES}
    uses = {}
    for key, (_, files) in routes.items():
        if key in public:
            continue
        for f in set(files[1:]):
            uses[f] = uses.get(f, 0) + 1
    signed_in = len(routes) - len(public)
    common = sorted(f for f, n in uses.items() if n >= COMMON_SHARE * signed_in)

    def module(name):
        with open(os.path.join(opt, name), "rb") as f:
            return without_custom_sections(f.read())

    # A file: 4 bytes (little-endian) of header length, the header (JSON: module name ->
    # [offset after the header, length]), then the modules one after the other.
    bundles = {}

    def pack(bundle, names):
        header, data = {}, bytearray()
        for n in names:
            body = module(n)
            header[n] = [len(data), len(body)]
            data += body
        head = json.dumps(header, separators=(",", ":")).encode()
        bundles[bundle] = len(head).to_bytes(4, "little") + head + bytes(data)

    pack("common.bin", common)
    route_bundle = {}
    for key, (name, files) in sorted(routes.items()):
        bundle = f"{name}.bin"
        route_bundle[key] = bundle
        shared = set() if key in public else set(common)
        pack(bundle, [f for f in files if f not in shared])

    prelude = """// Modules are packed into a few files (frontend/split_bundle.py): each file is fetched
// once and a module is cut out of it: from common.bin if it is there, else from the file of
// the route being loaded (which holds every other module that route needs).
const __common = new Set(%s);
// The files of the pages shown before sign-in hold every module those pages need.
const __selfContained = new Set(%s);
const __files = new Map();
let __preferred = undefined;
function __file(name) {
    let p = __files.get(name);
    if (p === undefined) {
        p = fetch(new URL("./" + name, import.meta.url)).then(async (r) => {
            if (!r.ok) throw new Error(name + ": " + r.status);
            const buffer = await r.arrayBuffer();
            const length = new DataView(buffer).getUint32(0, true);
            const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length)));
            return { buffer, start: 4 + length, header };
        });
        p.catch(() => { if (__files.get(name) === p) __files.delete(name); });
        __files.set(name, p);
    }
    return p;
}
function __part(name) {
    const file = __selfContained.has(__preferred) || !__common.has(name) ? __preferred : "common.bin";
    return __file(file).then(({ buffer, start, header }) => {
        const [offset, length] = header[name];
        return new Response(new Uint8Array(buffer, start + offset, length),
            { headers: { "Content-Type": "application/wasm" } });
    });
}
function __module(name, deps) {
    return makeLoad(() => {
        const src = __part(name);
        src.catch(() => {});
        return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
    }, deps);
}
function __scoped(file, load) {
    return () => {
        const previous = __preferred;
        __preferred = file;
        try { return load(); } finally { __preferred = previous; }
    };
}
""" % (
        json.dumps(common, separators=(",", ":")),
        json.dumps(sorted(route_bundle[k] for k in public), separators=(",", ":")),
    )

    def scope(m):
        return (
            f"export const __wasm_split_load_{m.group(1)} = wrapAsyncCb(__scoped("
            f'"{route_bundle[m.group(1)]}", makeLoad({m.group(2)})));'
        )

    loader = route_re.sub(scope, loader)
    loader = re.sub(
        r'fetch\(new URL\("\./(\w+\.wasm)", import\.meta\.url\)\)',
        lambda m: f'__part("{m.group(1)}")',
        loader,
    )
    if "fetch(new URL(" in loader:
        sys.exit("split_bundle.py: the loader still fetches a module on its own")
    # Smaller loader: no comments listing each module's routes, and one line per module.
    loader = re.sub(r"^/\*.*\*/\n", "", loader, flags=re.M)
    loader = re.sub(
        r'const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = __part\("(\w+\.wasm)"\);\s*'
        r"src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => "
        r"\(WebAssembly\.instantiateStreaming\(src, imports\)\);\s*\}\s*, \[(.*?)\]\);",
        lambda m: f'const {m.group(1)} = __module("{m.group(2)}", [{m.group(3)}]);',
        loader,
        flags=re.S,
    )
    if "const __chunk_" in loader and "__module(" not in loader:
        sys.exit("split_bundle.py: the module loaders did not have the expected shape")
    first_import = loader.index("\n") + 1
    loader = loader[:first_import] + prelude + loader[first_import:]

    with open(os.path.join(work, "bg", "frontend.js"), encoding="utf-8") as f:
        main_js = f.read()
    with open(os.path.join(opt, "frontend_bg.wasm"), "rb") as f:
        main_wasm = f.read()
    files = {
        "frontend.js": main_js.encode(),
        "frontend_bg.wasm": main_wasm,
        "__wasm_split.js": loader.encode(),
        **bundles,
    }
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name] + b"\0")
    pkg = f"pkg-{digest.hexdigest()[:16]}"
    out = os.path.join(site, pkg)
    os.makedirs(out, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)

    manifest = {
        "main": ["frontend.js", "__wasm_split.js", "frontend_bg.wasm"],
        "routes": {
            name: ([] if key in public else ["common.bin"]) + [route_bundle[key]]
            for key, (name, _) in routes.items()
        },
    }
    with open(os.path.join(out, "routes.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)

    # index.html: Trunk's names out, ours in.
    index_path = os.path.join(site, "index.html")
    with open(index_path, encoding="utf-8") as f:
        html = f.read()
    trunk = [n for n in os.listdir(site) if re.fullmatch(r"frontend-[0-9a-f]+(_bg\.wasm|\.js)", n)]
    for name in trunk:
        ours = "frontend_bg.wasm" if name.endswith("_bg.wasm") else "frontend.js"
        sri = "sha384-" + base64.b64encode(hashlib.sha384(files[ours]).digest()).decode()
        # The integrity attribute of the tag that names this file, whatever its order.
        html = re.sub(
            r'(<link[^>]*?/%s[^>]*?integrity=")[^"]*(")' % re.escape(name),
            lambda m: m.group(1) + sri + m.group(2),
            html,
        )
        html = re.sub(
            r'(<link[^>]*?integrity=")[^"]*("[^>]*?/%s)' % re.escape(name),
            lambda m: m.group(1) + sri + m.group(2),
            html,
        )
        html = html.replace(f"/{name}", f"/{pkg}/{ours}")
        os.remove(os.path.join(site, name))
    if f"/{pkg}/frontend.js" not in html or f"/{pkg}/frontend_bg.wasm" not in html:
        sys.exit("split_bundle.py: index.html does not name Trunk's frontend files")
    # The page's own file is preloaded too, so it downloads alongside the main module instead
    # of after it: the pages before sign-in by their path (as app/src/app.rs routes them),
    # any other path the signed-in frame and the modules its pages share.
    public_paths = {f"/{n.replace('_', '-')}": n for n in PUBLIC_ROUTES}
    public_paths["/notification-preferences"] = public_paths.pop("/notification-link")
    preload_script = (
        "<script>(function(){var d='/%s/',p=%s[location.pathname],"
        "f=p?[p]:['common','shell'];f.forEach(function(n){var l=document.createElement('link');"
        "l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=d+n+'.bin';"
        "document.head.appendChild(l);});})();</script>"
        % (pkg, json.dumps(public_paths, sort_keys=True, separators=(",", ":")))
    )
    preloads = (
        f'<link rel="modulepreload" href="/{pkg}/__wasm_split.js" crossorigin="anonymous">\n'
        f"  {preload_script}\n"
    )

    html = html.replace("</head>", "  " + preloads + "</head>", 1)
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
