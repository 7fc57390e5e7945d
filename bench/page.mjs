// The page's responsiveness, in headless Chromium (a timing script, not a test):
//   python3 scripts/build.py page page-dom && node bench/page.mjs
// For a 10 KB article and a 1 MB text pasted into the empty editor, and for a saved news
// page pasted as HTML: the time from the paste (a ClipboardEvent, as a browser makes it) to
// the marks being painted (the page's quotelight:rendered event, then the next animation
// frame), and the longest main-thread task during that time (Long Tasks API; tasks under
// 50 ms are not reported, so "none" means every task was shorter).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveWww, CHROMIUM, CHROMIUM_ARGS, ROOT } from "../tests/node/helpers.mjs";
import { devText } from "./inputs.mjs";

const fill = (n) => devText(ROOT, n);
const pageHtml = readFileSync(join(ROOT, "tests", "fixtures", "paste-page.html"), "utf8");

const server = await serveWww();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(server.url);
await page.waitForSelector("body[data-ready=true]");
const results = {};
const cases = [["10KB", { "text/plain": fill(10_000) }], ["1MB", { "text/plain": fill(1_000_000) }],
  ["news page (HTML)", { "text/html": pageHtml, "text/plain": pageHtml.replace(/<[^>]+>/g, " ") }]];
for (const [name, flavours] of cases) {
  // Empty the editor, let the page settle, then paste.
  await page.evaluate(() => new Promise((r) => {
    document.addEventListener("quotelight:rendered", r, { once: true });
    document.getElementById("clear").click();
  }));
  await page.waitForTimeout(300);
  if (process.env.QL_DEBUG) await page.evaluate(() => (globalThis.__qlDebug = []));
  // The clipboard's data is made before the clock starts (a browser has it ready).
  await page.evaluate((flavours) => {
    const dt = new DataTransfer();
    for (const [type, data] of Object.entries(flavours)) dt.setData(type, data);
    globalThis.__qlPaste = dt;
  }, flavours);
  await page.waitForTimeout(200);
  results[name] = await page.evaluate(async () => {
    const longTasks = [];
    let t0 = 0;
    const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); if (globalThis.__qlDebug) for (const e of list.getEntries()) __qlDebug.push([Math.round(e.startTime - t0), Math.round(e.duration)]); });
    obs.observe({ type: "longtask" });
    const editor = document.getElementById("editor");
    const rendered = new Promise((resolve) => document.addEventListener("quotelight:rendered", resolve, { once: true }));
    const dt = globalThis.__qlPaste;
    editor.focus();
    t0 = performance.now();
    editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    await rendered;
    await new Promise((r) => requestAnimationFrame(() => r()));
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100)); // let the observer deliver
    obs.disconnect();
    let quotations = 0;
    for (const name of ["ql-quote", "ql-quote-partial"]) quotations += CSS.highlights.get(name)?.size ?? 0;
    const steps = {};
    for (const m of performance.getEntriesByType("measure")) if (m.startTime >= t0) steps[m.name] = Math.round(m.duration);
    if (globalThis.__qlDebug) steps.debug = JSON.stringify([__qlDebug, performance.getEntriesByType("measure").filter((m) => m.startTime >= t0).map((m) => [m.name, Math.round(m.startTime - t0), Math.round(m.duration)])]);
    performance.clearMeasures();
    return { paste_to_painted_ms: Math.round(ms), longest_task_ms: longTasks.length ? Math.round(Math.max(...longTasks)) : null, quotations, steps };
  });
}
console.log(JSON.stringify(results, null, 2));
await browser.close();
await server.close();
