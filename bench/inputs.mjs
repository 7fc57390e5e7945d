// The benchmark inputs, shared by bench/run.mjs (wasm) and, through the files it writes,
// examples/bench_native.rs and benches/analyze.rs (native): real articles from ../shared
// joined together (generated news-like text where ../shared is absent), at 1 KB to 10 MB,
// and the hostile inputs of the robustness targets, at 1 MB each.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SIZES = { "1KB": 1e3, "10KB": 1e4, "100KB": 1e5, "1MB": 1e6, "10MB": 1e7 };

function articles(root) {
  const files = ["quotes/polnear_train.jsonl", "quotes/polnear_dev.jsonl", "quotes/gerquote_train.jsonl"]
    .map((f) => join(root, "..", "shared", "data", f));
  if (!files.every(existsSync)) {
    console.error("bench: ../shared/data is absent: generated text stands in for real articles");
    const para = (i) => `“We will look at every option before the vote on item ${i},” Mayor Ana Lindqvist said on Tuesday, adding that the council had “listened carefully.” Critics said the plan was rushed.\n\n`;
    return Array.from({ length: 20000 }, (_, i) => para(i)).join("");
  }
  return files.flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text)).join("\n\n");
}

function fill(base, n) {
  let s = base;
  while (s.length < n) s += "\n\n" + base;
  return s.slice(0, n);
}

/**
 * The page's and the boundary's benchmarks' text: PolNeAR dev joined (www/sample.txt where
 * ../shared is absent), repeated to `n` UTF-16 units.
 */
export function devText(root, n) {
  const shared = join(root, "..", "shared", "data", "quotes", "polnear_dev.jsonl");
  const base = existsSync(shared)
    ? readFileSync(shared, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text).join("\n\n")
    : readFileSync(join(root, "www", "sample.txt"), "utf8");
  return fill(base, n);
}

/** { name: text } for every input, sized in UTF-16 units (≈ bytes for these texts). */
export function inputs(root) {
  const real = articles(root);
  const out = {};
  for (const [name, n] of Object.entries(SIZES)) out[`article_${name}`] = fill(real, n);
  const MB = 1e6;
  const marks = "\"'“”„‟‘’‚‛«»‹›「」『』＂〝〞〟";
  let seed = 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  out.hostile_marks_only = fill("“”\"'‘’„«»", MB);
  out.hostile_no_newline = fill(real.replace(/\n/g, " "), MB);
  out.hostile_one_line_paragraphs = Array.from({ length: 100000 }, (_, i) => `Line ${i}: “a quote,” he said.`).join("\n").slice(0, 4 * MB);
  out.hostile_nested_10000 = "“‘".repeat(5000) + "deep" + "’”".repeat(5000);
  out.hostile_said = fill("said ", MB);
  out.hostile_unclosed = "“" + fill(real.replace(/[“”"]/g, ""), MB - 1).replace(/\n/g, " ");
  out.hostile_all_marks_random = Array.from({ length: MB }, () => (rand() < 0.3 ? marks[Math.floor(rand() * marks.length)] : rand() < 0.2 ? " " : "a")).join("");
  return out;
}

/** Writes every input to DIR/<name>.txt and returns the map. */
export function writeInputs(root, dir) {
  mkdirSync(dir, { recursive: true });
  const all = inputs(root);
  for (const [name, text] of Object.entries(all)) writeFileSync(join(dir, `${name}.txt`), text);
  return all;
}
