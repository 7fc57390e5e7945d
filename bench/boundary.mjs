// The JS boundary (a timing script, not a test): analyze(), whose result serde-wasm-bindgen
// builds as JS objects, against the JSON hand-over it replaced, JSON.parse(analyzeJson())
// (the crate writes JSON text, JS parses it). For a 10 KB and a 1 MB text, median of runs:
//   python3 scripts/build.py page && node bench/boundary.mjs
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, loadModule } from "../tests/node/helpers.mjs";
import { devText } from "./inputs.mjs";

const fill = (n) => devText(ROOT, n);
const ql = await loadModule();
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const time = (f, runs) => {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return median(out);
};
const results = {};
for (const [name, size, runs] of [["10KB", 10_000, 201], ["1MB", 1_000_000, 15]]) {
  const text = fill(size);
  const a = ql.analyze(text);
  const b = JSON.parse(ql.analyzeJson(text));
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error("the two hand-overs differ");
  time(() => ql.analyze(text), 3); // warm up
  const swb = time(() => ql.analyze(text), runs);
  const json = time(() => JSON.parse(ql.analyzeJson(text)), runs);
  const jsonText = time(() => ql.analyzeJson(text), runs);
  results[name] = {
    quotations: a.quotes.length,
    "analyze (serde-wasm-bindgen) ms": +swb.toFixed(2),
    "JSON.parse(analyzeJson) ms": +json.toFixed(2),
    "analyzeJson alone ms": +jsonText.toFixed(2),
    "hand-over, serde-wasm-bindgen ms": +(swb - jsonText).toFixed(2),
    "hand-over, JSON ms": +(json - jsonText).toFixed(2),
  };
}
console.log(JSON.stringify(results, null, 2));
