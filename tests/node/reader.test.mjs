// One reader, three ways in: the same pages read natively (the CLI, html5ever), in Chromium
// through web-sys (readHtml: DOMParser, then the block reader over the DOM) and from a
// snapshot (what the extension does on a page that forbids WebAssembly) must give the same
// text, article and furniture. Pages: the fixtures, and a sample of ../shared/data/pages
// (every ScrapingHub page, every 4th WCXB page) where present.
import test from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveWww, CHROMIUM, CHROMIUM_ARGS, ROOT } from "./helpers.mjs";

const CLI = join(ROOT, "target", "release", "quotelight");
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: cargo build --release`);

const pages = [];
for (const name of ["paste-page.html", "news-page.html", "inline-quotes.html", "forms.html", "strict-csp.html"]) {
  pages.push({ id: name, html: readFileSync(join(ROOT, "tests", "fixtures", name), "utf8") });
}
const SHARED = join(ROOT, "..", "shared", "data", "pages");
let sharedPages = 0;
for (const [file, every] of [["scrapinghub-html.jsonl", 1], ["wcxb-dev-article-html.jsonl", 4]]) {
  const p = join(SHARED, file);
  if (!existsSync(p)) continue;
  readFileSync(p, "utf8").split("\n").filter(Boolean).forEach((line, i) => {
    if (i % every) return;
    const { id, html } = JSON.parse(line);
    const body = gunzipSync(readFileSync(join(SHARED, html))).toString("utf8");
    pages.push({ id: `${file}:${id}`, html: body });
    sharedPages++;
  });
}

// Native: the CLI's JSONL over every page at once.
const run = spawnSync(CLI, ["--jsonl", "--layers", "boilerplate"], {
  input: pages.map((p) => JSON.stringify({ id: p.id, html: p.html })).join("\n") + "\n",
  encoding: "utf8",
  maxBuffer: 1 << 30,
});
assert.equal(run.status, 0, run.stderr);
const native = new Map(run.stdout.split("\n").filter(Boolean).map((l) => {
  const o = JSON.parse(l);
  return [o.id, { text: o.text, article: o.article, boilerplate: o.boilerplate }];
}));

test(`web-sys, snapshot and native readers agree on ${pages.length} pages (${sharedPages} from ../shared)`, async (t) => {
  if (!sharedPages) t.diagnostic("../shared/data/pages is absent: fixtures only");
  const server = await serveWww();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(server.url + "favicon.svg");
    await page.evaluate(async () => {
      const dom = await import("/pkg/dom/quotelight.js");
      await dom.default();
      const { snapshot } = await import("/mark.js");
      globalThis.readBoth = (html) => {
        const web = dom.readHtml(html);
        const doc = new DOMParser().parseFromString(html, "text/html");
        const m = dom.Marker.readSnapshot(snapshot(doc).nodes);
        const snap = m.page();
        m.free();
        return { web, snap };
      };
    });
    const differ = [];
    let chars = 0;
    for (const p of pages) {
      const { web, snap } = await page.evaluate((html) => globalThis.readBoth(html), p.html);
      const want = native.get(p.id);
      chars += want.text.length;
      const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
      if (!same(web.text, want.text)) differ.push(`${p.id}: web-sys text differs from native`);
      else if (!same(web.article, want.article)) differ.push(`${p.id}: web-sys article ${JSON.stringify(web.article).slice(0, 200)} != native ${JSON.stringify(want.article).slice(0, 200)}`);
      else if (!same(web.boilerplate, want.boilerplate)) differ.push(`${p.id}: web-sys furniture differs from native`);
      if (!same(snap, web)) differ.push(`${p.id}: the snapshot's reading differs from web-sys's`);
    }
    assert.ok(chars > pages.length * 100, "the pages have text");
    assert.deepEqual(differ, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
