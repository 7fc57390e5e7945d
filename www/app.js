// The page: marks the text as it is typed or pasted (debounced, analysed in a Web Worker),
// lists the speakers, toggles layers, exports the analysis. Starts with a sample article.
import { createAnalyzer } from "./pkg/worker/analyzer.js";
import { render, speakerItem, speakerOrder, toCsv, toMarkdown, withoutBoilerplate } from "./mark.js";

const $ = (id) => document.getElementById(id);
const input = $("text");
const view = $("view");
const status = $("status");
const analyzer = createAnalyzer({ moduleUrl: new URL("./pkg/quotelight.js", import.meta.url) });

let current = { text: "", analysis: { quotes: [], terms: [], speakers: [], boilerplate: [] } };
let timer = 0;
let generation = 0;

async function update() {
  const text = input.value;
  const mine = ++generation;
  if (text.length > 200_000) status.textContent = `Analysing ${(text.length / 1e6).toFixed(1)} M characters…`;
  const t0 = performance.now();
  try {
    const analysis = await analyzer.analyze(text);
    if (mine !== generation) return; // a newer edit is on its way
    current = { text, analysis };
    view.classList.toggle("long", text.length > 100_000);
    if (!(await render(view, text, analysis, { isStale: () => mine !== generation }))) return;
    renderSpeakers(analysis);
    document.dispatchEvent(new CustomEvent("quotelight:rendered"));
    const ms = (performance.now() - t0).toFixed(0);
    const q = analysis.quotes.length;
    status.textContent = `${q} quotation${q === 1 ? "" : "s"}, ${analysis.speakers.length} speaker${analysis.speakers.length === 1 ? "" : "s"} · ${ms} ms`;
    document.body.dataset.ready = "true";
  } catch (e) {
    status.textContent = `Could not analyse this text: ${e.message}`;
  }
}

function schedule() {
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

function focusSpeaker(index) {
  for (const el of view.querySelectorAll(".ql-focus")) el.classList.remove("ql-focus");
  const marks = view.querySelectorAll(`mark[data-speaker="${index}"]`);
  for (const el of marks) el.classList.add("ql-focus");
  if (marks[0]) {
    marks[0].scrollIntoView({ block: "center" });
    marks[0].focus({ preventScroll: true });
  }
}

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function loadFile(file) {
  if (!file) return;
  input.value = await file.text();
  update();
}

// A paste is marked at once; typing waits for a pause.
input.addEventListener("input", (e) => (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" ? update() : schedule()));

// Hovering or focusing a quotation names its speaker and cue in the info line.
const info = $("info");
function describe(el) {
  const q = el && el.closest && el.closest("mark.ql-quote");
  if (!q) return;
  const quote = current.analysis.quotes[Number(q.dataset.quote)];
  if (!quote) return;
  const who = quote.speaker ? quote.speaker.name : "speaker unknown";
  const cue = quote.cue ? ` · cue “${current.text.slice(quote.cue.start, quote.cue.end)}”` : "";
  info.textContent = `${quote.kind} quotation — ${who}${cue}`;
}
view.addEventListener("focusin", (e) => describe(e.target));
view.addEventListener("mouseover", (e) => describe(e.target));
$("clear").addEventListener("click", () => {
  input.value = "";
  update();
  input.focus();
});
$("file").addEventListener("change", (e) => loadFile(e.target.files[0]));
input.addEventListener("dragover", (e) => e.preventDefault());
input.addEventListener("drop", (e) => {
  e.preventDefault();
  loadFile(e.dataTransfer.files[0]);
});
for (const layer of ["quotes", "speakers", "boilerplate"]) {
  $(`layer-${layer}`).addEventListener("change", (e) => view.classList.toggle(`hide-${layer}`, !e.target.checked));
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

try {
  const r = await fetch("pkg/sample.txt");
  if (r.ok) input.value = await r.text();
} catch {
  // No sample: start empty.
}
update();
