// The page's responsiveness, in headless Chromium (a timing script, not a test):
//   python3 scripts/build.py page && node bench/page.mjs
// For a 10 KB article and a 1 MB text: the time from the paste (an input event of type
// insertFromPaste) to the marks being painted (the page's quotelight:rendered event, then
// the next animation frame), and the longest main-thread task during that time (Long Tasks
// API; tasks under 50 ms are not reported, so "none" means every task was shorter).
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveWww, CHROMIUM, CHROMIUM_ARGS, ROOT } from "../tests/node/helpers.mjs";

const shared = join(ROOT, "..", "shared", "data", "quotes", "polnear_dev.jsonl");
const base = existsSync(shared)
  ? readFileSync(shared, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text).join("\n\n")
  : readFileSync(join(ROOT, "www", "sample.txt"), "utf8");
const fill = (n) => {
  let s = base;
  while (s.length < n) s += "\n\n" + base;
  return s.slice(0, n);
};

const server = await serveWww();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(server.url);
await page.waitForSelector("body[data-ready=true]");
const results = {};
for (const [name, size] of [["10KB", 10_000], ["1MB", 1_000_000]]) {
  const text = fill(size);
  // Let the page settle, then paste.
  await page.waitForTimeout(300);
  results[name] = await page.evaluate(async (t) => {
    const longTasks = [];
    const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
    obs.observe({ type: "longtask" });
    const input = document.getElementById("text");
    const rendered = new Promise((resolve) => document.addEventListener("quotelight:rendered", resolve, { once: true }));
    const t0 = performance.now();
    input.value = t;
    input.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    await rendered;
    await new Promise((r) => requestAnimationFrame(() => r()));
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100)); // let the observer deliver
    obs.disconnect();
    return { paste_to_painted_ms: Math.round(ms), longest_task_ms: longTasks.length ? Math.round(Math.max(...longTasks)) : null,
      quotations: document.querySelectorAll("#view mark.ql-quote").length };
  }, text);
}
console.log(JSON.stringify(results, null, 2));
await browser.close();
await server.close();
