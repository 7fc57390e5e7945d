// The page: one editor whose own text is marked as it is typed or pasted. The reading and
// the marks are the browser layer (pkg/dom: Marker, readHtml, in Rust over web-sys); the
// analysis runs in a Web Worker (pkg: analyze); this file is the UI and the glue.
import { createAnalyzer } from "./pkg/worker/analyzer.js";
import initDom, { Marker, readHtml } from "./pkg/dom/quotelight.js";
import { adoptHighlightCss, drawBoxes, fillText, shiftSpans, speakerItem, speakerOrder, toCsv, toMarkdown, withoutBoilerplate } from "./mark.js";

const $ = (id) => document.getElementById(id);
const editor = $("editor");
const status = $("status");
const info = $("info");
const analyzer = createAnalyzer({ moduleUrl: new URL("./pkg/quotelight.js", import.meta.url) });
const domReady = initDom();
adoptHighlightCss(document, { dark: true, vars: true }); // the marks' style, as the extension's

const EMPTY = { quotes: [], terms: [], speakers: [], boilerplate: [] };
let marker = null; // the Marker of the text now marked
let current = { text: "", analysis: EMPTY };
// A pasted page: its text as read, its furniture (from its structure) and its article.
// Edits move the furniture with the text (shiftSpans); a new paste or file replaces it.
let structure = null;
let focus = null; // the speaker whose quotations are emphasised
let edits = 0; // counts changes of the editor's text: an analysis of an older text is dropped
let timer = 0;
let overlay = null; // the fallback's layer, where the Highlight API is missing

function layers() {
  return { quotes: $("layer-quotes").checked, speakers: $("layer-speakers").checked, boilerplate: $("layer-boilerplate").checked };
}

/** Draws the marks in slices of at most 25 ms (a long text has thousands of ranges to make). */
async function paint() {
  if (!marker) return;
  const m = marker;
  if (m.paint(current.analysis, { layers: layers(), focus, budget: 25 })) {
    while (m.pending) {
      await nextTask();
      if (m !== marker) return; // a newer text took over
      m.resume();
    }
    return;
  }
  if (!overlay) {
    overlay = document.createElement("div");
    overlay.className = "ql-overlay";
    editor.parentElement.append(overlay);
  }
  const { quotes, boilerplate } = layers();
  const shown = { ...current.analysis, quotes: quotes ? current.analysis.quotes : [], boilerplate: boilerplate ? current.analysis.boilerplate : [] };
  drawBoxes(overlay, marker, shown, { focus });
}

async function update() {
  const mine = ++edits;
  await domReady;
  const r0 = performance.now();
  const next = Marker.read(editor, { pre: true });
  const text = next.text;
  performance.measure("ql:read", { start: r0 }); // step timings, for bench/page.mjs
  let options;
  if (structure) {
    structure = { ...structure, boilerplate: shiftSpans(structure.text, text, structure.boilerplate), text };
    options = { boilerplate: structure.boilerplate };
  }
  if (text.length > 200_000) status.textContent = `Analysing ${(text.length / 1e6).toFixed(1)} M characters…`;
  const t0 = performance.now();
  try {
    const analysis = await analyzer.analyze(text, options);
    if (mine !== edits) return next.free(); // the text changed meanwhile: a newer update follows
    marker?.clear();
    marker?.free();
    marker = next;
    current = { text, analysis };
    if (focus !== null && focus >= analysis.speakers.length) focus = null;
    const p0 = performance.now();
    await paint();
    performance.measure("ql:paint", { start: p0 });
    if (mine !== edits) return;
    // The panel in a task of its own: the marks reach the screen first, and no task is long.
    await nextTask();
    if (mine !== edits) return;
    const s0 = performance.now();
    renderSpeakers(analysis);
    renderArticle();
    performance.measure("ql:panel", { start: s0 });
    document.dispatchEvent(new CustomEvent("quotelight:rendered"));
    const ms = (performance.now() - t0).toFixed(0);
    const q = analysis.quotes.length;
    status.textContent = `${q} quotation${q === 1 ? "" : "s"}, ${analysis.speakers.length} speaker${analysis.speakers.length === 1 ? "" : "s"} · ${ms} ms`;
    document.body.dataset.ready = "true";
  } catch (e) {
    if (next !== marker) next.free(); // (once drawing began, it is the marker in use)
    status.textContent = `Could not analyse this text: ${e.message}`;
  }
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

function schedule() {
  edits++;
  clearTimeout(timer);
  timer = setTimeout(update, 150);
}

function renderSpeakers(analysis) {
  const list = $("speakers");
  list.replaceChildren();
  for (const s of speakerOrder(analysis)) {
    list.append(speakerItem(document, current.text, analysis, s, `var(--ql-spk-${s.colour})`, () => focusSpeaker(s.index)));
  }
}

function renderArticle() {
  const a = structure && structure.article;
  $("article").hidden = !a;
  if (!a) return;
  $("article-title").textContent = a.title ?? "—";
  $("article-author").textContent = a.author ?? "—";
  $("article-date").textContent = a.date ?? "—";
}

/** Emphasises a speaker's quotations and puts the caret at the first one. */
function focusSpeaker(index) {
  focus = focus === index ? null : index;
  paint();
  const first = current.analysis.speakers[index]?.quotes[0];
  if (focus === null || first === undefined) return;
  const q = current.analysis.quotes[first];
  const r = marker.range(q.start, q.start);
  const sel = getSelection();
  editor.focus({ preventScroll: true });
  sel.removeAllRanges();
  sel.addRange(r);
  const box = r.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) scrollBy({ top: box.top - innerHeight / 3 });
  describeAt(q.start);
}

/** Names the quotation at text offset `at` (its speaker and cue) in the info line. */
function describeAt(at) {
  const quote = current.analysis.quotes.find((q) => q.start <= at && at < q.end);
  if (!quote) return;
  const who = quote.speaker ? quote.speaker.name : "speaker unknown";
  const cue = quote.cue ? ` · cue “${current.text.slice(quote.cue.start, quote.cue.end)}”` : "";
  info.textContent = `${quote.kind} quotation — ${who}${cue}`;
}

function offsetAt(node, offset) {
  if (!marker || !node || !editor.contains(node)) return undefined;
  return marker.offsetOf(node, offset);
}

// The caret (keyboard, screen reader) and the pointer both name the quotation they are in.
document.addEventListener("selectionchange", () => {
  const sel = getSelection();
  const at = sel.rangeCount ? offsetAt(sel.anchorNode, sel.anchorOffset) : undefined;
  if (at !== undefined) describeAt(at);
});
let hoverFrame = 0;
editor.addEventListener("mousemove", (e) => {
  if (hoverFrame) return;
  hoverFrame = requestAnimationFrame(() => {
    hoverFrame = 0;
    const p = document.caretPositionFromPoint?.(e.clientX, e.clientY);
    const at = p ? offsetAt(p.offsetNode, p.offset) : undefined;
    if (at !== undefined) describeAt(at);
  });
});

/** Whether a paste replaces everything: the editor is empty or all of it is selected. */
function replacesAll() {
  const text = editor.textContent;
  if (!text.trim()) return true;
  const sel = getSelection();
  return sel.rangeCount > 0 && editor.contains(sel.anchorNode) && sel.toString().length >= text.trim().length;
}

/** A whole page (HTML): read inert through the block reader, its furniture and article kept. */
async function loadPage(html) {
  await domReady;
  let page;
  try {
    page = readHtml(html);
  } catch (e) {
    status.textContent = `Could not read this page: ${e.message}`;
    return;
  }
  structure = { text: page.text, boilerplate: page.boilerplate, article: page.article };
  focus = null;
  fillText(editor, page.text);
  if (page.text.length > 100_000) await nextTask();
  await update();
}

async function loadText(text) {
  structure = null;
  focus = null;
  fillText(editor, text);
  if (text.length > 100_000) await nextTask(); // the layout of a long text, then the reading
  await update();
}

async function loadFile(file) {
  if (!file) return;
  const body = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === "text/html") await loadPage(body);
  else await loadText(body);
}

// A page copied in a browser comes as text/html too: pasted over everything, it is read as
// a page (parsed inert, through the block reader); plain text over everything replaces it
// (a long one in blocks). Anything else is inserted at the caret as plain text, never as
// markup.
editor.addEventListener("paste", (e) => {
  const data = e.clipboardData;
  if (!data) return;
  e.preventDefault();
  const html = data.getData("text/html");
  const plain = data.getData("text/plain");
  if (replacesAll() && html.trim()) {
    edits++;
    loadPage(html);
  } else if (replacesAll() && plain) {
    edits++;
    loadText(plain);
  } else if (plain) {
    // The browser's own insertion: the caret moves past it and it can be undone. A paste
    // is marked at once, not after the pause typing waits for.
    document.execCommand("insertText", false, plain);
    clearTimeout(timer);
    update();
  }
});
editor.addEventListener("input", (e) => {
  if (!editor.textContent) structure = null;
  if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") {
    edits++;
    clearTimeout(timer);
    update();
  } else schedule();
});
editor.addEventListener("dragover", (e) => e.preventDefault());
editor.addEventListener("drop", (e) => {
  const file = e.dataTransfer.files[0];
  if (!file) return; // dropped text: the browser inserts it
  e.preventDefault();
  loadFile(file);
});

$("clear").addEventListener("click", () => {
  loadText("");
  editor.focus();
});
$("file").addEventListener("change", (e) => loadFile(e.target.files[0]));
for (const layer of ["quotes", "speakers", "boilerplate"]) $(`layer-${layer}`).addEventListener("change", paint);

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
$("export-json").addEventListener("click", () => download("quotelight.json", "application/json", JSON.stringify(current.analysis, null, 2)));
$("export-csv").addEventListener("click", () => download("quotelight.csv", "text/csv", toCsv(current.text, current.analysis)));
$("export-md").addEventListener("click", () => download("quotelight.md", "text/markdown", toMarkdown(current.text, current.analysis)));
$("copy-clean").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(withoutBoilerplate(current.text, current.analysis));
    status.textContent = "Copied the article without boilerplate.";
  } catch (e) {
    status.textContent = `Could not copy: ${e.message}`;
  }
});

let sample = "";
try {
  const r = await fetch("pkg/sample.txt");
  if (r.ok) sample = await r.text();
} catch {
  // No sample: start empty.
}
loadText(sample);
