// The extension on a 1 MB news page (a timing script, not a test), in Debian's Chromium:
//   python3 scripts/build.py extension extension-dom && node bench/extension.mjs
// The time from the press of the action to the marks (the panel there and the quotations'
// highlights set), and the same for a page whose CSP forbids WebAssembly (read from a
// snapshot in the extension's context).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ROOT, CHROMIUM, CHROMIUM_ARGS } from "../tests/node/helpers.mjs";
import { devText } from "./inputs.mjs";

const base = devText(ROOT, 200_000);
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paras = base.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`);
let body = "";
for (let i = 0; body.length < 1_000_000; i++) body += paras[i % paras.length] + "\n";
const html = readFileSync(join(ROOT, "tests", "fixtures", "news-page.html"), "utf8").replace("{{TITLE}}", "A long page").replace("{{ARTICLE}}", body);
const server = createServer((req, res) => {
  const csp = req.url.includes("csp") ? { "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'" } : {};
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...csp });
  res.end(html);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base_ = `http://127.0.0.1:${server.address().port}`;
const ext = mkdtempSync(join(tmpdir(), "quotelight-ext-"));
cpSync(join(ROOT, "out", "extension"), ext, { recursive: true });
const manifest = JSON.parse(readFileSync(join(ext, "manifest.json"), "utf8"));
manifest.host_permissions = ["http://127.0.0.1/*"];
writeFileSync(join(ext, "manifest.json"), JSON.stringify(manifest));
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "quotelight-profile-")), {
  executablePath: CHROMIUM, headless: false,
  args: [...CHROMIUM_ARGS, "--headless=new", `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
const results = { page_bytes: html.length };
for (const path of ["/page.html", "/csp.html"]) {
  const page = await context.newPage();
  await page.goto(base_ + path);
  await page.waitForTimeout(300);
  const t0 = Date.now();
  await sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    await globalThis.quotelightToggle(tab.id);
  }, base_ + path);
  await page.waitForFunction(() => document.getElementById("quotelight-host") && CSS.highlights.has("ql-quote"), null, { polling: 10, timeout: 60_000 });
  results[path === "/page.html" ? "press_to_marked_ms" : "press_to_marked_ms (CSP, snapshot)"] = Date.now() - t0;
  results[path === "/page.html" ? "quotations" : "quotations (CSP)"] = await page.evaluate(() => CSS.highlights.get("ql-quote").size + (CSS.highlights.get("ql-quote-partial")?.size ?? 0));
  await page.close();
}
console.log(JSON.stringify(results, null, 2));
await context.close();
server.close();
