// binaryen -Oz on every .wasm of a folder, in one process: the wasm-opt command starts a
// fresh 10 MB binaryen each time, which for the ~500 modules of a split build took minutes.
// The features are the ones rustc enables for wasm32-unknown-unknown (and browsers have);
// names and debug information are dropped, as `wasm-opt -Oz` does.
//
//   node frontend/optimize.mjs <in dir> <out dir>
import fs from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';

const [inDir, outDir] = process.argv.slice(2);
const here = path.dirname(new URL(import.meta.url).pathname);
const binaryenPath = path.join(here, '..', 'end2end', 'node_modules', 'binaryen', 'index.js');
const binaryen = (await import(pathToFileURL(binaryenPath).href)).default;

const F = binaryen.Features;
const features = F.MVP | F.MutableGlobals | F.NontrappingFPToInt | F.SignExt | F.BulkMemory
  | F.ReferenceTypes | F.Multivalue;
binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);
binaryen.setDebugInfo(false);

let count = 0;
for (const name of fs.readdirSync(inDir).filter((f) => f.endsWith('.wasm')).sort()) {
  const module = binaryen.readBinary(fs.readFileSync(path.join(inDir, name)));
  module.setFeatures(module.getFeatures() | features);
  module.optimize();
  fs.writeFileSync(path.join(outDir, name), module.emitBinary());
  module.dispose();
  count += 1;
}
if (count === 0) {
  console.error('optimize.mjs: no .wasm files in ' + inDir);
  process.exit(1);
}
