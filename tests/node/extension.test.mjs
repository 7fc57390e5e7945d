// The browser extension, unpacked, in Debian's Chromium (a persistent context with the
// extension loaded): on local fixture pages, the action marks quotations and shows the
// speaker panel; pressing it again leaves the page's DOM exactly as it was.
//
// Automated browsers cannot click the toolbar button, and that click is what grants
// `activeTab`. The test therefore runs a copy of the built extension whose manifest also
// grants the fixture host (127.0.0.1), and presses the action through the same function the
// click calls (quotelightToggle in background.js). The shipped manifest keeps activeTab only.
import test from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ROOT, CHROMIUM, CHROMIUM_ARGS, sharedJsonl } from "./helpers.mjs";

const BUILT = join(ROOT, "out", "extension");
if (!existsSync(join(BUILT, "manifest.json"))) throw new Error("out/extension is missing: run scripts/build.py");

test("the shipped manifest asks for activeTab and scripting only", () => {
  const m = JSON.parse(readFileSync(join(BUILT, "manifest.json"), "utf8"));
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.permissions, ["activeTab", "scripting"]);
  assert.equal(m.host_permissions, undefined);
  assert.ok(m.background.service_worker && m.background.scripts, "a service worker for Chromium, scripts for Firefox");
  assert.ok(m.browser_specific_settings.gecko.id);
  assert.ok(existsSync(join(ROOT, "out", "quotelight-extension.zip")));
});

test("Firefox's linter (web-ext lint) finds no error in the built extension", () => {
  const webExt = join(ROOT, "node_modules", "web-ext", "bin", "web-ext.js");
  const out = spawnSync("node", [webExt, "lint", "--source-dir", BUILT, "--output", "json", "--no-config-discovery"], { encoding: "utf8" });
  const report = JSON.parse(out.stdout);
  assert.equal(report.summary.errors, 0, JSON.stringify(report.errors));
  // The one expected warning: Firefox ignores background.service_worker (it runs background.scripts).
  for (const w of report.warnings) assert.ok(["MANIFEST_FIELD_UNSUPPORTED", "UNSAFE_VAR_ASSIGNMENT"].includes(w.code), JSON.stringify(w));
});

// Fixture pages: the seed article inside a realistic page (when ../shared is there; the sample
// article otherwise), quotations across inline elements, and a strict CSP.
const seed = sharedJsonl("seed/gold.jsonl");
const articleText = seed ? seed[0].text : readFileSync(join(ROOT, "www", "sample.txt"), "utf8");
const paras = articleText.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// The seed's last two lines are its own sign-up footer; the page has one already.
const body = (seed ? paras.slice(0, -2) : paras).map((p) => `<p>${escape(p)}</p>`).join("\n    ");
const newsPage = readFileSync(join(ROOT, "tests", "fixtures", "news-page.html"), "utf8")
  .replace("{{TITLE}}", "Pompeo urges a coalition").replace("{{ARTICLE}}", body.replace(/(<\/p>\n[^]*?){3}/, (m) => m + `<div class="ad">ADVERTISEMENT</div>\n    `));
const pages = {
  "/news.html": { html: newsPage },
  "/inline.html": { html: readFileSync(join(ROOT, "tests", "fixtures", "inline-quotes.html"), "utf8") },
  "/forms.html": { html: readFileSync(join(ROOT, "tests", "fixtures", "forms.html"), "utf8") },
  "/csp.html": { html: readFileSync(join(ROOT, "tests", "fixtures", "strict-csp.html"), "utf8"),
    headers: { "content-security-policy": "default-src 'none'; style-src 'none'; script-src 'none'" } },
};

test("the action marks each page and a second press restores it exactly", async (t) => {
  const server = createServer((req, res) => {
    const p = pages[new URL(req.url, "http://x").pathname];
    if (!p) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...(p.headers ?? {}) });
    res.end(p.html);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${server.address().port}`;

  const ext = mkdtempSync(join(tmpdir(), "quotelight-ext-"));
  cpSync(BUILT, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"]; // test-only: stands in for the click's activeTab
  writeFileSync(join(ext, "manifest.json"), JSON.stringify(manifest));

  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "quotelight-profile-")), {
    executablePath: CHROMIUM,
    headless: false,
    args: [...CHROMIUM_ARGS, "--headless=new", `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    const press = (url) => sw.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      await globalThis.quotelightToggle(tab.id);
    }, url);
    const expected = {
      "/news.html": seed ? { quotes: 9, speakers: [["Mike Pompeo", 7], ["Dominic Raab", 1], ["a Henry Jackson Society spokesman", 1]] } : null,
      "/inline.html": { quotes: 3, speakers: [["Ana Lindqvist", 2], ["Peter Haas", 1]] },
      "/forms.html": { quotes: 2, speakers: [["Ana Lindqvist", 1], ["Peter Haas", 1]] },
      "/csp.html": { quotes: 2, speakers: [["Karin Berg", 2]] },
    };
    for (const [path, want] of Object.entries(expected)) {
      await t.test(path, async () => {
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(e.message));
        const infos = [];
        page.on("console", (m) => { if (m.type() === "info") infos.push(m.text()); });
        const url = base + path;
        await page.goto(url);
        // What a reader typed and chose stays typed and chosen (form state is not in the HTML).
        const controls = () => page.evaluate(() => [...document.querySelectorAll("input, textarea, select")].map((e) =>
          [e.name, e.value, e.checked ?? null, e.selectedIndex ?? null, e === document.activeElement]));
        if (path === "/forms.html") {
          await page.fill("input[name=q]", "tram costs");
          await page.fill("textarea[name=question]", "When does work start?");
          await page.check("input[name=publish]");
          await page.selectOption("select[name=topic]", "Buses");
          await page.focus("input[name=q]");
        }
        const before = await page.evaluate(() => document.documentElement.outerHTML);
        const controlsBefore = await controls();
        await press(url);
        await page.waitForFunction(() => document.getElementById("quotelight-host"));
        // Unfold every speaker's quotations (listed when first unfolded).
        await page.evaluate(() => { for (const d of document.getElementById("quotelight-host").shadowRoot.querySelectorAll("details")) d.open = true; });
        await page.waitForFunction(() => [...document.getElementById("quotelight-host").shadowRoot.querySelectorAll("ol.quotes")].every((ol) => ol.childElementCount > 0));
        const panel = await page.evaluate(() => {
          const root = document.getElementById("quotelight-host").shadowRoot;
          return {
            title: root.querySelector("h2").textContent,
            speakers: [...root.querySelectorAll(".speaker")].map((b) => [b.querySelector(".name").textContent, Number(b.querySelector(".count").textContent)]),
            article: [...root.querySelectorAll("dl.article dd")].map((d) => d.textContent),
            listed: [...root.querySelectorAll("ol.quotes")].map((ol) => ol.children.length),
          };
        });
        if (want) {
          assert.equal(panel.title, `${want.quotes} quotations`);
          assert.deepEqual(panel.speakers, want.speakers);
          assert.deepEqual(panel.listed, want.speakers.map((x) => x[1]), "each speaker's quotations are listed");
        } else {
          assert.match(panel.title, /^\d+ quotations?$/);
        }
        mkdirSync(join(ROOT, "out", "screenshots"), { recursive: true });
        await page.screenshot({ path: join(ROOT, "out", "screenshots", `extension${path.replace(/\W+/g, "-")}.png`), fullPage: true, caret: "initial" });
        // The marks are highlights over the page's own text: the quoted text is intact.
        const marked = await page.evaluate(() => {
          const out = [];
          if (!CSS.highlights) return null;
          for (const [name, h] of CSS.highlights) {
            if (name !== "ql-quote" && name !== "ql-quote-partial") continue;
            for (const r of h) {
              const live = new Range(); // the marks may be static ranges
              live.setStart(r.startContainer, r.startOffset);
              live.setEnd(r.endContainer, r.endOffset);
              out.push(live.toString());
            }
          }
          return out;
        });
        assert.ok(marked && marked.length === (want ? want.quotes : marked.length) && marked.length > 0, "Chromium draws with the Highlight API");
        // The marks' style sheet (mark.js's highlightCss) is adopted, and a speaker chosen in
        // the panel has its quotations emphasised (ql-focus), on the snapshot path too.
        assert.ok(await page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes("ql-speaker-0")))));
        const focused = await page.evaluate(async () => {
          const root = document.getElementById("quotelight-host").shadowRoot;
          const b = root.querySelector(".speaker");
          b.click();
          await new Promise((r) => requestAnimationFrame(r));
          const h = CSS.highlights.get("ql-focus");
          const out = h ? [...h].map((r) => { const l = new Range(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l.toString(); }) : [];
          b.click();
          await new Promise((r) => requestAnimationFrame(r));
          return { out, count: Number(b.querySelector(".count").textContent), after: CSS.highlights.get("ql-focus")?.size ?? 0 };
        });
        assert.equal(focused.out.length, focused.count, `the chosen speaker's quotations are emphasised: ${JSON.stringify(focused)}`);
        assert.ok(focused.out.every((q) => marked.includes(q)), "ql-focus covers quotations");
        assert.equal(focused.after, 0, "a second click lifts the emphasis");
        if (path === "/inline.html") {
          assert.ok(marked.some((q) => q.replace(/\s+/g, " ") === "“This line will change how thousands of people get to work every morning,”"), JSON.stringify(marked));
        }
        await press(url);
        await page.waitForFunction(() => !document.getElementById("quotelight-host"));
        assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
        assert.deepEqual(await controls(), controlsBefore, "form controls keep their values, checks, choices and focus");
        assert.equal(panel.article.length, 3, "the panel names the article's title, author and date");
        if (path === "/forms.html") assert.equal(panel.article[0], "Council live: questions from readers");
        assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith("ql-")).length), 0);
        assert.ok(await page.evaluate(() => !document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes("ql-")))), "the marks' style sheet is removed");
        assert.deepEqual(errors, []);
        // A page whose CSP forbids WebAssembly is read from a snapshot; every other page by
        // the browser layer beside its DOM.
        assert.equal(infos.some((m) => m.includes("reading it from a snapshot")), path === "/csp.html", JSON.stringify(infos));
        await page.close();
      });
    }
  } finally {
    await context.close();
    server.close();
  }
});
