// The UI helpers the page and the extension share: the speaker list, exports, and the glue
// around the browser layer (the reading and marking themselves are Rust: pkg/dom, Marker).
// User text only ever becomes text nodes, never HTML. Offsets are the UTF-16 indices
// analyze() returns, so they slice the JS string directly.

export const PALETTE = 8; // speaker colours, ql-speaker-0 … ql-speaker-7

/** The speaker colours (light scheme, and the dark one): the one place they are written. */
export const COLOURS = ["#c2410c", "#1d4ed8", "#047857", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d"];
export const DARK_COLOURS = ["#fb923c", "#93c5fd", "#6ee7b7", "#d8b4fe", "#fca5a5", "#5eead4", "#fde047", "#f9a8d4"];

/**
 * The style of the public highlights (`ql-*`), for the page and the extension alike, to
 * adopt as one style sheet. Quotations: a solid underline, partial ones dashed; the
 * speaker's colour tints their quotations and mentions; cues: a dotted underline;
 * boilerplate: greyed; the chosen speaker (`ql-focus`): a stronger tint.
 * `dark`: follow the reader's dark scheme (the page; not the extension, which cannot know
 * the colours of the page it marks). `vars`: also set `--ql-spk-0` … on `:root`, for a
 * speaker list coloured by `var(--ql-spk-N)`.
 */
export function highlightCss({ dark = false, vars = false } = {}) {
  const scheme = (colours, alpha, grey) =>
    [
      ...colours.map((c, i) => `::highlight(ql-speaker-${i}) { background-color: ${c}${alpha}; }`),
      `::highlight(ql-boilerplate) { color: ${grey}; }`,
      ...(vars ? [`:root { ${colours.map((c, i) => `--ql-spk-${i}: ${c};`).join(" ")} }`] : []),
    ].join("\n");
  return [
    "::highlight(ql-quote) { text-decoration: underline solid 2px; }",
    "::highlight(ql-quote-partial) { text-decoration: underline dashed 2px; }",
    "::highlight(ql-cue) { text-decoration: underline dotted 2px; }",
    "::highlight(ql-mention) { text-decoration: underline solid 1px; }",
    "::highlight(ql-focus) { background-color: #facc1566; }",
    scheme(COLOURS, "2e", "#8b8f96"),
    ...(dark ? [`@media (prefers-color-scheme: dark) {\n${scheme(DARK_COLOURS, "40", "#80848b")}\n}`] : []),
  ].join("\n");
}

/** Adopts `highlightCss(options)` into `doc` as one style sheet; returns a function that removes it. */
export function adoptHighlightCss(doc, options) {
  const view = doc.defaultView ?? globalThis;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(highlightCss(options));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Speakers ordered by number of quotations (most first), with a stable colour index. */
export function speakerOrder(analysis) {
  return analysis.speakers
    .map((s, index) => ({ ...s, index, colour: index % PALETTE }))
    .sort((a, b) => b.quotes.length - a.quotes.length || a.index - b.index);
}

/**
 * One entry of a speaker list: a button (name, number of quotations, role) that calls
 * `onSelect`, and the speaker's quotations folded under it (listed when first unfolded). `colour` is any CSS colour; it
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
  // The list is made when it is first opened: a long text has thousands of quotations.
  details.addEventListener("toggle", () => {
    if (!details.open || ol.childElementCount) return;
    for (const i of s.quotes) {
      const q = analysis.quotes[i];
      const item = doc.createElement("li");
      const t = text.slice(q.start, q.end).replace(/\s+/g, " ");
      item.textContent = t.length > 240 ? t.slice(0, 239) + "…" : t;
      ol.append(item);
    }
  });
  details.append(summary, ol);
  li.append(b, details);
  return li;
}

/**
 * Puts `text` into the editor `el` as plain text. A long text goes in blocks of about
 * `chunk` characters cut at blank lines (a block per `div`, which the browser may skip
 * laying out while it is off screen), so that a megabyte never costs one long layout;
 * the editor reads it back (Marker.read with `pre`) as the same text.
 */
export function fillText(el, text, chunk = 4096) {
  if (text.length <= 8 * chunk) {
    el.replaceChildren(text);
    return;
  }
  const doc = el.ownerDocument;
  const frag = doc.createDocumentFragment();
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n\n", pos + chunk);
    if (end < 0 || end > pos + 4 * chunk) end = Math.min(text.length, pos + 4 * chunk);
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end += 1; // never split a surrogate pair
    const div = doc.createElement("div");
    div.className = "chunk";
    div.append(text.slice(pos, end));
    frag.append(div);
    pos = end;
    while (text.startsWith("\n", pos)) pos += 1; // the blank line is the blocks' break
  }
  el.replaceChildren(frag);
}

/**
 * Spans of `before` moved onto `after`, the same text with one edit: spans before the
 * edit stay, spans after it shift, a span the edit touches keeps what is left of it.
 * (A pasted page's furniture, known from its structure, follows the text as it is edited.)
 */
export function shiftSpans(before, after, spans) {
  if (before === after) return spans;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const oldEnd = before.length - s;
  const newEnd = after.length - s;
  const delta = after.length - before.length;
  const move = (x, isEnd) => (x < p || (x === p && !isEnd) ? x : x >= oldEnd ? x + delta : isEnd ? newEnd : p);
  return spans
    .map((b) => ({ ...b, start: move(b.start, false), end: move(b.end, true) }))
    .filter((b) => b.end > b.start);
}

/**
 * A snapshot of the page under `root` for Marker.readSnapshot, where the browser layer cannot
 * run beside the DOM (an extension on a page whose CSP forbids WebAssembly): the nodes in
 * document order, and the DOM nodes themselves, by the same index, to draw a plan with.
 * `live`: elements the page's style sheets hide are marked hidden. What the reader never
 * reads as text is left out (scripts, except those holding the page's metadata; styles;
 * frames…), and `skip`.
 */
export function snapshot(root, { live = false, skip = null } = {}) {
  const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "canvas"]);
  const doc = root.ownerDocument ?? root;
  const view = doc.defaultView;
  const index = new Map();
  const nodes = [];
  const all = [];
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(n) {
      if (n === skip) return 2; // NodeFilter.FILTER_REJECT
      if (n.nodeType === 1) {
        const t = n.localName;
        // The reader reads no script as text, but a page's metadata may sit in one (the
        // keys are meta.rs's script_date's).
        if (t === "script" && (n.type === "application/ld+json" || /"(datePublished|publishDate|publishedDate|published_at|publishedAt|date_published)"/.test(n.text))) return 1;
        if (SKIP.has(t)) return 2;
      }
      return 1;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = index.get(n.parentNode) ?? -1;
    const entry = { p };
    if (n.nodeType === 1) {
      entry.t = n.localName;
      if (n.attributes.length) entry.a = Array.from(n.attributes, (a) => [a.name, a.value]);
      if (live && view) {
        const cs = view.getComputedStyle(n);
        if (cs.display === "none" || cs.visibility === "hidden") entry.h = true;
      }
      index.set(n, nodes.length);
    } else entry.x = n.data;
    nodes.push(entry);
    all.push(n);
  }
  return { nodes, all };
}

/** Draws a plan (Marker.plan) on the nodes of its snapshot; returns the names it set. */
export function drawPlan(plan, all) {
  const names = [];
  for (const { name, priority, ranges } of plan) {
    const list = [];
    for (let i = 0; i + 3 < ranges.length; i += 4) {
      const r = new Range();
      r.setStart(all[ranges[i]], ranges[i + 1]);
      r.setEnd(all[ranges[i + 2]], ranges[i + 3]);
      list.push(r);
    }
    const h = new Highlight(...list);
    h.priority = priority;
    CSS.highlights.set(name, h);
    names.push(name);
  }
  return names;
}

/**
 * The fallback where a browser has no CSS Custom Highlight API: translucent boxes over
 * each line of each quotation, in its speaker's colour (the chosen speaker's, `focus`, in
 * the stronger tint of `ql-focus`), and over the boilerplate, grey, in `layer` (absolutely
 * placed over the page by the caller). Each box is a `.ql-box` whose `data-kind` is
 * `quote`, `focus` or `boilerplate`.
 */
export function drawBoxes(layer, marker, analysis, { focus = null } = {}) {
  const colourOf = (s) => (s === undefined ? "#6b7280" : COLOURS[s % PALETTE]);
  const doc = layer.ownerDocument;
  const origin = layer.getBoundingClientRect();
  const speakerOfQuote = new Map();
  analysis.speakers.forEach((s, i) => s.quotes.forEach((q) => speakerOfQuote.set(q, i)));
  const boxes = doc.createDocumentFragment();
  const over = (start, end, kind, background) => {
    for (const r of marker.range(start, end).getClientRects()) {
      const box = doc.createElement("div");
      box.className = "ql-box";
      box.dataset.kind = kind;
      box.style.cssText = `position:absolute;pointer-events:none;left:${r.left - origin.left}px;top:${r.top - origin.top}px;` +
        `width:${r.width}px;height:${r.height}px;background:${background};`;
      boxes.append(box);
    }
  };
  for (const b of analysis.boilerplate) over(b.start, b.end, "boilerplate", "#9ca3af26");
  analysis.quotes.forEach((q, i) => {
    const s = speakerOfQuote.get(i);
    if (s !== undefined && s === focus) over(q.start, q.end, "focus", "#facc1566");
    else over(q.start, q.end, "quote", `${colourOf(s)}33`);
  });
  layer.replaceChildren(boxes);
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
