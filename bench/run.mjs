// Speed, size and memory of quotelight, measured in one run (a benchmark, not a test):
//   python3 scripts/build.py && cargo build --release --example bench_native && node bench/run.mjs
// Reports, per input: MB/s of the wasm `analyze` (Node), of the native one, their ratio, and
// the ratio of `analyze` to a bare JS pass counting quotation marks (the practical floor);
// then the hostile inputs against a normal article of the same size, the wasm memory after
// 10 MB, and the .wasm size. Writes out/bench/report.json.
import { readFileSync, writeFileSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeInputs } from "./inputs.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIR = join(ROOT, "out", "bench");
const pkg = join(ROOT, "www", "pkg");
const ql = await import(join(pkg, "quotelight.js"));
const wasm = ql.initSync({ module: readFileSync(join(pkg, "quotelight_bg.wasm")) });

const inputs = writeInputs(ROOT, DIR);
const nativeBin = join(ROOT, "target", "release", "examples", "bench_native");
const nat = spawnSync(nativeBin, [DIR], { encoding: "utf8", maxBuffer: 1 << 20 });
if (nat.status !== 0) throw new Error(`${nativeBin} failed (build it: cargo build --release --example bench_native)\n${nat.stderr}`);
const native = JSON.parse(nat.stdout);

const MARK = new Uint8Array(65536);
for (const c of "\"'“”„‟‘’‚‛«»‹›「」『』＂〝〞〟") MARK[c.charCodeAt(0)] = 1;
function bare(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += MARK[s.charCodeAt(i)];
  return n;
}

function best(fn) {
  let min = Infinity;
  const start = performance.now();
  for (let runs = 0; runs < 3 || (performance.now() - start < 500 && runs < 200); runs++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min / 1000;
}

const rows = [];
let memoryAfter10MB = null;
for (const [name, text] of Object.entries(inputs)) {
  const bytes = Buffer.byteLength(text);
  const w = best(() => ql.analyze(text));
  const b = best(() => bare(text));
  if (name === "article_10MB") memoryAfter10MB = wasm.memory.buffer.byteLength;
  rows.push({ name, bytes, wasm_s: w, native_s: native[name], bare_s: b,
    wasm_MBps: bytes / 1e6 / w, native_MBps: bytes / 1e6 / native[name], wasm_over_native: w / native[name], analyze_over_bare: w / b });
}

const by = Object.fromEntries(rows.map((r) => [r.name, r]));
const perByte = (r) => r.wasm_s / r.bytes;
const wasmFile = join(pkg, "quotelight_bg.wasm");
const summary = {
  machine: `${process.platform} ${process.arch}, Node ${process.version}`,
  wasm_MBps_1MB: by.article_1MB.wasm_MBps,
  wasm_MBps_10MB: by.article_10MB.wasm_MBps,
  analyze_over_bare_1MB: by.article_1MB.analyze_over_bare,
  wasm_over_native_1MB: by.article_1MB.wasm_over_native,
  time_10MB_over_1MB: by.article_10MB.wasm_s / by.article_1MB.wasm_s,
  hostile_over_normal: Object.fromEntries(rows.filter((r) => r.name.startsWith("hostile_")).map((r) => [r.name.slice(8), perByte(r) / perByte(by.article_1MB)])),
  memory_after_10MB_over_input: memoryAfter10MB / by.article_10MB.bytes,
  wasm_bytes: statSync(wasmFile).size,
  // Measured as scripts/build.py measures the budget (Python's zlib at level 9); Node's zlib
  // and the gzip command each give a slightly different figure.
  wasm_gzip_bytes: Number(spawnSync("python3", ["-c", "import gzip,sys; print(len(gzip.compress(open(sys.argv[1],'rb').read(), 9)))", wasmFile], { encoding: "utf8" }).stdout.trim()),
};

const pad = (s, n) => String(s).padEnd(n);
console.log(pad("input", 30) + pad("MB", 8) + pad("wasm MB/s", 11) + pad("native MB/s", 13) + pad("wasm/native", 13) + "analyze/bare");
for (const r of rows) {
  console.log(pad(r.name, 30) + pad((r.bytes / 1e6).toFixed(3), 8) + pad(r.wasm_MBps.toFixed(1), 11) + pad(r.native_MBps.toFixed(1), 13) + pad(r.wasm_over_native.toFixed(2), 13) + r.analyze_over_bare.toFixed(1));
}
console.log(JSON.stringify(summary, null, 2));
writeFileSync(join(DIR, "report.json"), JSON.stringify({ rows, summary }, null, 2));
