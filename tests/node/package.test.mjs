// The npm package as a user gets it: `npm pack`, installed from the tarball into a fresh
// project, then used from Node (ESM and CommonJS), type-checked with tsc against an example
// that uses every field, and used by a page on a static host through the module and the
// Worker API (the page is examples/web).
import test from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ROOT, CHROMIUM, CHROMIUM_ARGS, serveDir, sharedJsonl } from "./helpers.mjs";

const PKG = join(ROOT, "pkg", "npm");
if (!existsSync(join(PKG, "package.json"))) throw new Error("pkg/npm is missing: run scripts/build.py");

const project = mkdtempSync(join(tmpdir(), "quotelight-user-"));
const packs = join(project, "packs");
mkdirSync(packs);
execFileSync("npm", ["pack", PKG, "--pack-destination", packs, "--silent"], { stdio: "pipe" });
const tarball = join(packs, readdirSync(packs).find((f) => f.endsWith(".tgz")));
writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user", private: true, type: "module" }));
execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", tarball], { cwd: project, stdio: "pipe" });

const TEXT = "“We will look at every option before the vote,” Mayor Ana Lindqvist said on Tuesday.";

test("the tarball holds the three builds, the Worker API, types, README and licence", () => {
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
  for (const f of ["package/web/quotelight_bg.wasm", "package/bundler/quotelight.js", "package/node/quotelight.js",
    "package/worker/analyzer.js", "package/worker/analyzer.d.ts", "package/web/quotelight.d.ts", "package/README.md", "package/LICENSE",
    "package/dom/quotelight.js", "package/dom/quotelight_bg.wasm", "package/dom/quotelight.d.ts"]) {
    assert.ok(listing.includes(f), `${f} is in the package`);
  }
});

test("Node: ESM import and CommonJS require both work", () => {
  const esm = execFileSync("node", ["--input-type=module", "-e",
    `import { analyze } from "quotelight"; const t = ${JSON.stringify(TEXT)}; const a = analyze(t); console.log(JSON.stringify([t.slice(a.quotes[0].start, a.quotes[0].end), a.quotes[0].speaker.name]));`],
  { cwd: project, encoding: "utf8" });
  assert.deepEqual(JSON.parse(esm), ["“We will look at every option before the vote,”", "Ana Lindqvist"]);
  const cjs = execFileSync("node", ["--input-type=commonjs", "-e",
    `const { analyze } = require("quotelight"); try { analyze(1) } catch (e) { console.log(e.message) }`], { cwd: project, encoding: "utf8" });
  assert.match(cjs, /text must be a string/);
});

test("Node: the installed package analyses the seed article as the build does", (t) => {
  const gold = sharedJsonl("seed/gold.jsonl");
  if (!gold) return t.skip("../shared/data/seed is absent");
  writeFileSync(join(project, "seed.json"), JSON.stringify(gold[0].text));
  const out = execFileSync("node", ["--input-type=module", "-e",
    `import { analyze } from "quotelight"; import { readFileSync } from "node:fs";
     const a = analyze(JSON.parse(readFileSync("seed.json", "utf8")));
     console.log(JSON.stringify({ quotes: a.quotes.length, speakers: a.speakers.map((s) => [s.name, s.quotes.length]), footer: a.boilerplate.map((b) => b.kind) }));`],
  { cwd: project, encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), { quotes: 9, speakers: [["Mike Pompeo", 7], ["Dominic Raab", 1], ["a Henry Jackson Society spokesman", 1]], footer: ["footer"] });
});

test("examples/node/mark-file.mjs marks a file", () => {
  cpSync(join(ROOT, "examples", "node", "mark-file.mjs"), join(project, "mark-file.mjs"));
  writeFileSync(join(project, "article.txt"), TEXT);
  const out = execFileSync("node", ["mark-file.mjs", "article.txt"], { cwd: project, encoding: "utf8" });
  assert.equal(out.trim(), "Ana Lindqvist\tdirect\t“We will look at every option before the vote,”");
});

test("the types compile against an example that uses every field", () => {
  writeFileSync(join(project, "example.ts"), `
import { analyze, version, type Analysis, type AnalyzeOptions, type Quote, type Speaker } from "quotelight";
import { createAnalyzer, type Analyzer } from "quotelight/worker";
import initDom, { Marker, readHtml, type PageReading, type Article } from "quotelight/dom";
async function marks(root: HTMLElement, html: string): Promise<boolean> {
  await initDom();
  const page: PageReading = readHtml(html);
  const article: Article = page.article;
  const title: string | null = article.title;
  const m: Marker = Marker.read(root, { pre: true });
  const drawn: boolean = m.paint(analyze(m.text, { boilerplate: page.boilerplate }), { layers: { boilerplate: false }, focus: null, budget: 20 });
  while (m.pending) m.resume();
  const r: Range = m.range(0, 1);
  const at: number | undefined = m.offsetOf(r.startContainer, 0);
  m.clear();
  m.free();
  void title; void at;
  return drawn;
}
const options: AnalyzeOptions = { layers: { quotes: true, speakers: true, boilerplate: false }, language: "auto" };
const a: Analysis = analyze("text", options);
const q: Quote | undefined = a.quotes[0];
const kind: "direct" | "partial" | undefined = q?.kind;
const who: string | undefined = q?.speaker?.name;
const at: number | undefined = q?.speaker?.start ?? q?.cue?.end;
const s: Speaker | undefined = a.speakers[0];
const role: string | undefined = s?.role;
const mentions: number = (s?.mentions ?? []).reduce((n, m) => n + m.end - m.start, 0);
const quotes: number[] = s?.quotes ?? [];
const terms: "term"[] = a.terms.map((t) => t.kind);
const bp: ("header" | "footer" | "inline")[] = a.boilerplate.map((b) => b.kind);
const v: string = version();
async function viaWorker(analyzer: Analyzer): Promise<number> { return (await analyzer.analyze("x", options)).quotes.length; }
void marks; void createAnalyzer; void viaWorker; void kind; void who; void at; void role; void mentions; void quotes; void terms; void bp; void v;
`);
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  execFileSync("node", [tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--lib", "es2022,dom", "example.ts"], { cwd: project, stdio: "pipe" });
  // A wrong field fails to compile: the types are checked, not `any`.
  writeFileSync(join(project, "wrong.ts"), `import { analyze } from "quotelight"; const n: number = analyze("x").quotes[0].kind;`);
  assert.throws(() => execFileSync("node", [tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "wrong.ts"], { cwd: project, stdio: "pipe" }));
});

test("a page on a static host uses the module and the Worker API (examples/web)", async () => {
  cpSync(join(ROOT, "examples", "web"), project, { recursive: true });
  const server = await serveDir(project);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector("body[data-done=true]", { timeout: 15000 });
    const out = JSON.parse(await page.textContent("#out"));
    assert.deepEqual(out, { quotation: "“We will look at every option before the vote,”", speaker: "Ana Lindqvist", workerAgrees: true, marked: 1 });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
