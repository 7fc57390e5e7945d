// The page in headless Chromium (Debian's, driven by playwright-core): one editor whose own
// text is marked with the CSS Custom Highlight API; a pasted page is read inert; nothing is
// asked of any other origin.
import test from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
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
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, requests, dialogs, failed, errors };
}

/** The page's ql-* highlights: name -> the text of each range; every range lies in the editor. */
function marks(page) {
  return page.evaluate(() => {
    const editor = document.getElementById("editor");
    const out = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith("ql-")) continue;
      out[name] = [...h].map((r) => {
        // The marks are static ranges: read through a live one.
        if (!editor.contains(r.startContainer) || !editor.contains(r.endContainer)) throw new Error(`${name}: a range outside the editor`);
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }).sort();
    }
    return out;
  });
}

/** Runs `action` in the page and waits for the marks it causes. */
async function rendered(page, action, arg) {
  const done = page.evaluate(() => new Promise((r) => document.addEventListener("quotelight:rendered", r, { once: true })));
  await page.evaluate(action, arg);
  await done;
}

/** A paste as a browser makes it: a ClipboardEvent with the given flavours. */
const paste = (flavours) => {
  const dt = new DataTransfer();
  for (const [type, data] of Object.entries(flavours)) dt.setData(type, data);
  const editor = document.getElementById("editor");
  editor.focus();
  editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
};
const clear = () => document.getElementById("clear").click();

const quotesOf = (m) => [...(m["ql-quote"] ?? []), ...(m["ql-quote-partial"] ?? [])];

test("the sample article is loaded and marked in its own editor", async () => {
  const { page, requests, failed, errors } = await openPage();
  const text = await page.evaluate(() => document.getElementById("editor").textContent);
  assert.ok(text.length > 100, "a sample article is loaded on first visit");
  const m = await marks(page);
  if (sharedJsonl("seed/gold.jsonl")) assert.equal(quotesOf(m).length, 9, "the seed's nine quotations are marked");
  else assert.ok(quotesOf(m).length >= 1);
  for (const q of quotesOf(m)) assert.ok(text.includes(q), `a quotation's range reads as text of the editor: ${q}`);
  assert.equal(await page.locator("#editor *:not(.chunk)").count(), 0, "marks are not elements");
  const out = join(ROOT, "out", "screenshots");
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: join(out, "page-seed.png"), fullPage: true });
  for (const u of requests) assert.ok(u.startsWith(server.url), `request outside the page's origin: ${u}`);
  await page.waitForLoadState("networkidle");
  assert.deepEqual(failed, [], "every request of the page is answered (the favicon included)");
  assert.deepEqual(errors, []);
  await page.close();
});

test("pasted markup as plain text is shown as text and runs nothing", async () => {
  const { page, dialogs } = await openPage();
  await rendered(page, clear);
  const evil = `<img src=x onerror=alert(1)> “<script>alert(2)</script> is what he typed,” she said.`;
  await rendered(page, paste, { "text/plain": evil });
  // A short plain paste is inserted at the caret as text.
  assert.equal(await page.evaluate(() => document.getElementById("editor").textContent), evil);
  assert.equal(await page.locator("#editor img, #editor script").count(), 0);
  assert.equal(quotesOf(await marks(page)).length, 1);
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  await page.close();
});

const fixture = readFileSync(join(ROOT, "tests", "fixtures", "paste-page.html"), "utf8");

test("a whole news page pasted (text/html and text/plain) is read inert, its furniture dimmed", async () => {
  const { page, requests, dialogs, errors } = await openPage();
  await rendered(page, clear);
  await page.waitForLoadState("networkidle");
  const before = requests.length;
  const plain = fixture.replace(/<[^>]+>/g, " ").replace(/[ \t]+/g, " ");
  await rendered(page, paste, { "text/html": fixture, "text/plain": plain });
  const m = await marks(page);
  assert.deepEqual(quotesOf(m).map((q) => q.replace(/\s+/g, " ")).sort(), [
    "“This line will change how thousands of people get to work every morning,”",
    "“We are spending money we do not have on a project nobody has costed properly,”",
  ]);
  const dimmed = (m["ql-boilerplate"] ?? []).join("\n");
  for (const furniture of ["Home News Sport Opinion", "Share on Facebook", "Related stories", "Sign up for our newsletter", "All rights reserved"]) {
    assert.ok(dimmed.includes(furniture), `dimmed: ${furniture} (in ${JSON.stringify(dimmed)})`);
  }
  assert.ok(!dimmed.includes("The city council voted"), "the body is not dimmed");
  const article = await page.evaluate(() => ["title", "author", "date"].map((k) => document.getElementById(`article-${k}`).textContent));
  assert.deepEqual(article, ["Tram line approved after long debate", "Lena Fischer", "2026-11-24"]);
  assert.ok(await page.isVisible("#article"));
  const speakers = await page.locator("#speakers .speaker .name").allTextContents();
  assert.deepEqual(speakers.sort(), ["Ana Lindqvist", "Peter Haas"]);
  // Nothing ran, nothing was fetched, nothing but text went into the editor.
  assert.equal(await page.evaluate(() => window.__quotelightRan), undefined);
  assert.equal(await page.locator("#editor img, #editor script, #editor a").count(), 0);
  await page.waitForTimeout(300);
  assert.deepEqual(requests.slice(before), [], "the paste fetched nothing");
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  // Editing the pasted page keeps its furniture where it is.
  await rendered(page, () => {
    const editor = document.getElementById("editor");
    const node = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT).nextNode();
    node.insertData(0, "Breaking: ");
    editor.dispatchEvent(new InputEvent("input", { inputType: "insertText", bubbles: true }));
  });
  const after = (await marks(page))["ql-boilerplate"].join("\n");
  assert.ok(after.includes("Breaking: Home News Sport Opinion"), after);
  assert.ok(after.includes("All rights reserved"));
  await page.close();
});

test("the same page pasted as plain text only goes through the text path", async () => {
  const { page } = await openPage();
  await rendered(page, clear);
  const plain = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    for (const s of doc.querySelectorAll("script, style, title")) s.remove();
    return doc.body.innerText ?? doc.body.textContent;
  }, fixture);
  await rendered(page, paste, { "text/plain": plain.replace(/\n\s*\n/g, "\n\n").trim() });
  assert.equal(quotesOf(await marks(page)).length, 2);
  assert.ok(await page.isHidden("#article"), "no structure, no article fields");
  await page.close();
});

test("typing inside a marked quotation keeps the caret and updates the marks", async () => {
  const { page } = await openPage();
  await rendered(page, clear);
  await rendered(page, paste, { "text/plain": "Intro line.\n\n“We will build it,” said Mayor Ana Lindqvist.\n\n“It is too dear,” Peter Haas said." });
  // The caret after "build" inside the first quotation, then a key press.
  await page.evaluate(() => {
    const walk = document.createTreeWalker(document.getElementById("editor"), NodeFilter.SHOW_TEXT);
    let node = walk.nextNode();
    while (node && !node.data.includes("build")) node = walk.nextNode();
    getSelection().collapse(node, node.data.indexOf("build") + 5);
  });
  const before = await page.evaluate(() => [getSelection().anchorNode.data.length, getSelection().anchorOffset]);
  const done = page.evaluate(() => new Promise((r) => document.addEventListener("quotelight:rendered", r, { once: true })));
  await page.keyboard.type("s");
  await done;
  const after = await page.evaluate(() => [getSelection().anchorNode.data.length, getSelection().anchorOffset]);
  assert.deepEqual(after, [before[0] + 1, before[1] + 1], "the caret stays after the typed letter");
  const m = await marks(page);
  assert.ok(m["ql-quote"].includes("“We will builds it,”"), JSON.stringify(m["ql-quote"]));
  assert.equal(await page.textContent("#info"), "direct quotation — Ana Lindqvist · cue “said”");
  await page.close();
});

test("seed: speaker panel, dimmed footer, layer toggles and exports", async (t) => {
  if (!sharedJsonl("seed/gold.jsonl")) return t.skip("../shared/data/seed is absent");
  const { page, requests } = await openPage();
  const speakers = await page.locator("#speakers .speaker").evaluateAll((els) =>
    els.map((e) => [e.querySelector(".name").textContent, Number(e.querySelector(".count").textContent)]));
  assert.deepEqual(speakers, [["Mike Pompeo", 7], ["Dominic Raab", 1], ["a Henry Jackson Society spokesman", 1]]);
  let m = await marks(page);
  assert.deepEqual(m["ql-boilerplate"], ["Sign up to receive our latest news!\n\nBy submitting this form, I agree to the terms."]);
  assert.equal(m["ql-quote-partial"].length, 2);
  assert.ok(m["ql-cue"].length >= 9);
  // The caret in a quotation names its speaker and cue in the info line.
  await page.evaluate(() => {
    const walk = document.createTreeWalker(document.getElementById("editor"), NodeFilter.SHOW_TEXT);
    let node = walk.nextNode();
    while (node && !node.data.includes("“We want every nation")) node = walk.nextNode();
    getSelection().collapse(node, node.data.indexOf("“We want every nation") + 3);
  });
  await page.waitForFunction(() => document.getElementById("info").textContent.includes("Pompeo"));
  assert.equal(await page.textContent("#info"), "direct quotation — Mike Pompeo · cue “said”");
  // Each speaker's quotations are listed under it.
  await page.locator(".speakers li").first().locator("summary").click();
  await page.waitForFunction(() => document.querySelector(".speakers ol.quotes").childElementCount > 0);
  assert.equal(await page.locator(".speakers li").first().locator("ol.quotes li").count(), 7);
  // Choosing a speaker emphasises their quotations; choosing again lets go.
  await page.locator("#speakers .speaker", { hasText: "Dominic Raab" }).click();
  assert.equal((await marks(page))["ql-focus"].length, 1);
  await page.locator("#speakers .speaker", { hasText: "Dominic Raab" }).click();
  assert.equal((await marks(page))["ql-focus"], undefined);
  // Toggles take a layer's highlights away and bring them back.
  await page.uncheck("#layer-boilerplate");
  assert.equal((await marks(page))["ql-boilerplate"], undefined);
  await page.check("#layer-boilerplate");
  assert.equal((await marks(page))["ql-boilerplate"].length, 1);
  await page.uncheck("#layer-quotes");
  m = await marks(page);
  assert.equal(quotesOf(m).length, 0);
  await page.check("#layer-quotes");
  // Exports: the JSON equals analyze()'s own output on the editor's text; CSV has a row per quotation.
  const text = (await page.evaluate(() => document.getElementById("editor").textContent)).trim();
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

test("a long text pasted goes in as blocks and reads back as the same text", async () => {
  const { page } = await openPage();
  await rendered(page, clear);
  const para = "“We will build it this year,” said Mayor Ana Lindqvist on Tuesday.\n\nThe council agreed after a debate.";
  const text = Array.from({ length: 1500 }, () => para).join("\n\n");
  await rendered(page, paste, { "text/plain": text });
  assert.ok(await page.locator("#editor .chunk").count() > 10);
  const m = await marks(page);
  assert.equal(m["ql-quote"].length, 1500);
  const exported = await page.evaluate(() => document.getElementById("editor").innerText);
  assert.ok(exported.includes("The council agreed"));
  await page.close();
});

test("without the Highlight API, quotations, the chosen speaker's and boilerplate are boxed in an overlay and the editor is left alone", async () => {
  const page = await browser.newPage();
  // A browser without the CSS Custom Highlight API.
  await page.addInitScript(() => {
    delete window.Highlight;
    Object.defineProperty(CSS, "highlights", { value: undefined });
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  await rendered(page, clear);
  await rendered(page, paste, { "text/plain": "“We will build it,” said Mayor Ana Lindqvist.\n\n“It is too dear,” Peter Haas said." });
  assert.ok(await page.locator(".ql-overlay .ql-box[data-kind=quote]").count() >= 2, "a box over each quotation's line");
  // The chosen speaker's quotation is boxed in the focus tint.
  await page.locator(".speaker", { hasText: "Ana Lindqvist" }).click();
  await page.waitForSelector(".ql-overlay .ql-box[data-kind=focus]");
  assert.ok(await page.locator(".ql-overlay .ql-box[data-kind=quote]").count() >= 1, "the other speaker's stay as they were");
  // Boilerplate is boxed grey.
  await rendered(page, clear);
  await rendered(page, paste, { "text/plain": "Home | News | Sport | Weather\n\n“We will build it,” said Mayor Ana Lindqvist on Monday at the council.\n\nThe vote was close, and the work starts in spring, the council said.\n\n© 2024 City Paper. All rights reserved." });
  assert.ok(await page.locator(".ql-overlay .ql-box[data-kind=boilerplate]").count() >= 1, "boilerplate is boxed");
  assert.equal(await page.locator("#editor *").count(), 0, "nothing drawn inside the editor");
  assert.deepEqual(errors, []);
  await page.close();
});
