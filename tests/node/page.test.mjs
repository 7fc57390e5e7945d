// The page in headless Chromium (Debian's, driven by playwright-core): it loads the sample
// article marked, treats pasted markup as text, and asks nothing of any other origin.
import test from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { serveWww, CHROMIUM, CHROMIUM_ARGS, ROOT, sharedJsonl, loadModule } from "./helpers.mjs";

if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh`);

const server = await serveWww();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const ql = await loadModule();
test.after(async () => { await browser.close(); await server.close(); });

async function openPage() {
  const page = await browser.newPage({ acceptDownloads: true });
  const requests = [];
  const dialogs = [];
  const failed = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, requests, dialogs, failed };
}

test("the sample article is loaded and marked", async () => {
  const { page, requests, failed } = await openPage();
  const text = await page.inputValue("#text");
  assert.ok(text.length > 100, "a sample article is loaded on first visit");
  const marks = await page.locator("#view mark.ql-quote").count();
  if (sharedJsonl("seed/gold.jsonl")) assert.equal(marks, 9, "the seed's nine quotations are marked");
  else assert.ok(marks >= 1);
  // The marked view holds exactly the pasted text.
  assert.equal(await page.locator("#view").evaluate((v) => v.textContent), text);
  const out = join(ROOT, "out", "screenshots");
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: join(out, "page-seed.png"), fullPage: true });
  for (const u of requests) assert.ok(u.startsWith(server.url), `request outside the page's origin: ${u}`);
  await page.waitForLoadState("networkidle");
  assert.deepEqual(failed, [], "every request of the page is answered (the favicon included)");
  await page.close();
});

test("pasted markup is shown as text and runs nothing", async () => {
  const { page, dialogs } = await openPage();
  const evil = `<img src=x onerror=alert(1)> “<script>alert(2)</script> is what he typed,” she said.`;
  await page.fill("#text", evil);
  await page.waitForFunction((t) => document.querySelector("#view").textContent === t, evil);
  assert.equal(await page.locator("#view img, #view script").count(), 0);
  assert.equal(await page.locator("#view mark.ql-quote").count(), 1);
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test("seed: speaker panel, dimmed footer, layer toggles and exports", async (t) => {
  if (!sharedJsonl("seed/gold.jsonl")) return t.skip("../shared/data/seed is absent");
  const { page, requests } = await openPage();
  const speakers = await page.locator("#speakers .speaker").evaluateAll((els) =>
    els.map((e) => [e.querySelector(".name").textContent, Number(e.querySelector(".count").textContent)]));
  assert.deepEqual(speakers, [["Mike Pompeo", 7], ["Dominic Raab", 1], ["a Henry Jackson Society spokesman", 1]]);
  const dimmed = await page.locator("#view .ql-boilerplate").allTextContents();
  assert.deepEqual(dimmed, ["Sign up to receive our latest news!\n\nBy submitting this form, I agree to the terms."]);
  assert.equal(await page.locator("#view .ql-partial").count(), 2);
  assert.ok(await page.locator("#view .ql-cue").count() >= 9);
  // Hover text names the speaker.
  assert.match(await page.locator("#view mark.ql-quote").first().getAttribute("title"), /Mike Pompeo/);
  // Focusing a quotation names its speaker and cue in the info line.
  await page.locator("#view mark.ql-quote").nth(1).focus();
  assert.equal(await page.textContent("#info"), "direct quotation — Mike Pompeo · cue “said”");
  // Each speaker's quotations are listed under it.
  assert.equal(await page.locator(".speakers li").first().locator("ol.quotes li").count(), 7);
  // Clicking a speaker emphasises their quotations.
  await page.locator("#speakers .speaker", { hasText: "Dominic Raab" }).click();
  assert.equal(await page.locator("#view .ql-focus").count(), 1);
  // Toggles switch the layers' styles off and on.
  await page.uncheck("#layer-boilerplate");
  assert.equal(await page.locator("#view .ql-boilerplate").first().evaluate((e) => getComputedStyle(e).opacity), "1");
  await page.check("#layer-boilerplate");
  assert.notEqual(await page.locator("#view .ql-boilerplate").first().evaluate((e) => getComputedStyle(e).opacity), "1");
  // Exports: the JSON equals analyze()'s own output; CSV has a row per quotation.
  const text = await page.inputValue("#text");
  const grab = async (id) => {
    const [d] = await Promise.all([page.waitForEvent("download"), page.click(id)]);
    return readFileSync(await d.path(), "utf8");
  };
  assert.deepEqual(JSON.parse(await grab("#export-json")), ql.analyze(text));
  const csv = (await grab("#export-csv")).trim().split("\r\n");
  assert.equal(csv.length, 10);
  assert.ok(csv[1].startsWith("Mike Pompeo,partial,"));
  assert.match(await grab("#export-md"), /## Mike Pompeo \(U\.S\. Secretary of State\): 7 quotations/);
  for (const u of requests) assert.ok(u.startsWith(server.url) || u.startsWith("blob:"), `request outside the page's origin: ${u}`);
  await page.close();
});
