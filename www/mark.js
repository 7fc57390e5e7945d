// Renders a text with its analysis as DOM nodes, in one place that the page (and later the
// extension) share. User text only ever becomes text nodes, never HTML, so a pasted
// <script> or <img onerror> is shown, not run. Offsets are the UTF-16 indices analyze()
// returns, so they slice the JS string directly.

export const PALETTE = 8; // speaker colours: --ql-spk-0 … --ql-spk-7 in style.css

/** The speaker colours for contexts without the page's stylesheet (the extension). */
export const COLOURS = ["#c2410c", "#1d4ed8", "#047857", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d"];

/** Speakers ordered by number of quotations (most first), with a stable colour index. */
export function speakerOrder(analysis) {
  return analysis.speakers
    .map((s, index) => ({ ...s, index, colour: index % PALETTE }))
    .sort((a, b) => b.quotes.length - a.quotes.length || a.index - b.index);
}

/**
 * One entry of a speaker list: a button (name, number of quotations, role) that calls
 * `onSelect`, and the speaker's quotations folded under it. `colour` is any CSS colour; it
 * is set as --ql-spk on the button. Shared by the page and the extension's panel.
 */
export function speakerItem(doc, text, analysis, s, colour, onSelect) {
  const li = doc.createElement("li");
  const b = doc.createElement("button");
  b.type = "button";
  b.className = "speaker";
  b.dataset.speaker = String(s.index);
  b.style.setProperty("--ql-spk", colour);
  const name = doc.createElement("span");
  name.className = "name";
  name.textContent = s.name;
  const count = doc.createElement("span");
  count.className = "count";
  count.textContent = String(s.quotes.length);
  b.append(name, " ", count);
  if (s.role) {
    const role = doc.createElement("span");
    role.className = "role";
    role.textContent = s.role;
    b.append(" ", role);
  }
  b.addEventListener("click", onSelect);
  const details = doc.createElement("details");
  const summary = doc.createElement("summary");
  summary.textContent = `${s.quotes.length} quotation${s.quotes.length === 1 ? "" : "s"}`;
  const ol = doc.createElement("ol");
  ol.className = "quotes";
  for (const i of s.quotes) {
    const q = analysis.quotes[i];
    const item = doc.createElement("li");
    const t = text.slice(q.start, q.end).replace(/\s+/g, " ");
    item.textContent = t.length > 240 ? t.slice(0, 239) + "…" : t;
    ol.append(item);
  }
  details.append(summary, ol);
  li.append(b, details);
  return li;
}

/** The regions to paint, in text order, non-overlapping (outer regions win). */
export function regions(analysis) {
  const speakerOfQuote = new Map();
  analysis.speakers.forEach((s, i) => s.quotes.forEach((q) => speakerOfQuote.set(q, i)));
  const out = [];
  analysis.quotes.forEach((q, i) => {
    const s = speakerOfQuote.get(i);
    out.push({ start: q.start, end: q.end, cls: `ql-quote ql-${q.kind}`, speaker: s, quote: q, index: i });
    if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, cls: "ql-cue", speaker: s });
  });
  analysis.speakers.forEach((s, i) => {
    for (const m of s.mentions) out.push({ start: m.start, end: m.end, cls: "ql-mention", speaker: i });
  });
  for (const t of analysis.terms) out.push({ start: t.start, end: t.end, cls: "ql-term" });
  for (const b of analysis.boilerplate) out.push({ start: b.start, end: b.end, cls: `ql-boilerplate ql-bp-${b.kind}` });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const flat = [];
  let pos = 0;
  for (const r of out) {
    if (r.start < pos || r.end <= r.start) continue;
    flat.push(r);
    pos = r.end;
  }
  return flat;
}

function markElement(doc, text, r, start, end) {
  const el = doc.createElement(r.cls.startsWith("ql-quote") ? "mark" : "span");
  el.className = r.cls;
  el.textContent = text.slice(start, end);
  if (r.speaker !== undefined) {
    el.dataset.speaker = String(r.speaker);
    el.style.setProperty("--ql-spk", `var(--ql-spk-${r.speaker % PALETTE})`);
  }
  if (r.quote) {
    el.dataset.quote = String(r.index);
    if (start === r.start) el.tabIndex = 0; // one stop per quotation, on its first piece
    const who = r.quote.speaker ? r.quote.speaker.name : "speaker unknown";
    const cue = r.quote.cue ? ` · cue “${text.slice(r.quote.cue.start, r.quote.cue.end)}”` : "";
    el.title = `${r.quote.kind} quotation — ${who}${cue}`;
    el.setAttribute("aria-label", `${r.quote.kind} quotation by ${who}`);
  }
  return el;
}

/** Chunk boundaries: about every `size` UTF-16 units, at a paragraph break when one is near. */
function chunkBounds(text, size) {
  const bounds = [0];
  let pos = 0;
  while (text.length - pos > size) {
    const brk = text.indexOf("\n\n", pos + size);
    let end = brk < 0 || brk > pos + 4 * size ? pos + size : brk + 2;
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end += 1; // never split a surrogate pair
    bounds.push(end);
    pos = end;
  }
  bounds.push(text.length);
  return bounds;
}

/**
 * Replaces the children of `container` with `text`, marked. The text goes in chunks of
 * about `chunk` characters (each a block the browser may skip laying out while off screen),
 * built a few at a time between yields, so a megabyte never blocks the page for long. A
 * region across a chunk boundary becomes one element per chunk, with the same data.
 * Resolves to false when `isStale()` turned true on the way (a newer render took over).
 */
export async function render(container, text, analysis, { chunk = 2048, budgetMs = 12, isStale = () => false } = {}) {
  const doc = container.ownerDocument;
  const regs = regions(analysis);
  const bounds = chunkBounds(text, chunk);
  let ri = 0;
  const block = (c) => {
    const [from, to] = [bounds[c], bounds[c + 1]];
    const div = doc.createElement("div");
    div.className = "chunk";
    let pos = from;
    while (ri < regs.length && regs[ri].end <= from) ri++;
    for (let k = ri; k < regs.length && regs[k].start < to; k++) {
      const r = regs[k];
      const s = Math.max(r.start, from);
      const e = Math.min(r.end, to);
      if (s > pos) div.append(doc.createTextNode(text.slice(pos, s)));
      div.append(markElement(doc, text, r, s, e));
      pos = e;
    }
    if (pos < to) div.append(doc.createTextNode(text.slice(pos, to)));
    return div;
  };
  // Build and insert in slices of about `budgetMs`, yielding between them.
  container.replaceChildren();
  const n = bounds.length - 1;
  let c = 0;
  while (c < n) {
    const t0 = performance.now();
    const frag = doc.createDocumentFragment();
    do frag.append(block(c++));
    while (c < n && performance.now() - t0 < budgetMs);
    container.append(frag);
    if (c < n) {
      await new Promise((r) => setTimeout(r, 0));
      if (isStale()) return false;
    }
  }
  return true;
}

/** The text with every boilerplate region removed (and the blank lines it leaves). */
export function withoutBoilerplate(text, analysis) {
  let out = "";
  let pos = 0;
  for (const b of analysis.boilerplate) {
    out += text.slice(pos, b.start);
    pos = b.end;
  }
  return (out + text.slice(pos)).replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

function csvCell(s) {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per quotation: speaker, kind, quotation, offsets. */
export function toCsv(text, analysis) {
  const rows = [["speaker", "kind", "quotation", "start", "end"]];
  for (const q of analysis.quotes) rows.push([q.speaker ? q.speaker.name : "", q.kind, text.slice(q.start, q.end), String(q.start), String(q.end)]);
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The speakers and their quotations as Markdown. */
export function toMarkdown(text, analysis) {
  const lines = ["# Quotations", ""];
  for (const s of speakerOrder(analysis)) {
    lines.push(`## ${s.name}${s.role ? ` (${s.role})` : ""}: ${s.quotes.length} quotation${s.quotes.length === 1 ? "" : "s"}`, "");
    for (const i of s.quotes) lines.push(`- ${text.slice(analysis.quotes[i].start, analysis.quotes[i].end).replace(/\s+/g, " ")}`);
    lines.push("");
  }
  const unattributed = analysis.quotes.filter((q) => !q.speaker);
  if (unattributed.length) {
    lines.push("## Unattributed", "");
    for (const q of unattributed) lines.push(`- ${text.slice(q.start, q.end).replace(/\s+/g, " ")}`);
    lines.push("");
  }
  return lines.join("\n");
}
