// Renders a text with its analysis as DOM nodes. User text only ever becomes text nodes
// (never HTML), so a pasted <script> or <img onerror> is shown, not run. Offsets are the
// UTF-16 indices that analyze() returns, so they slice the JS string directly.

/** Builds the regions to paint: quotations, terms and boilerplate, in text order. */
export function regions(analysis) {
  const out = [];
  for (const q of analysis.quotes) out.push({ start: q.start, end: q.end, cls: `ql-quote ql-${q.kind}`, data: q });
  for (const t of analysis.terms) out.push({ start: t.start, end: t.end, cls: "ql-term", data: t });
  for (const b of analysis.boilerplate) out.push({ start: b.start, end: b.end, cls: `ql-boilerplate ql-bp-${b.kind}`, data: b });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** Replaces the children of `container` with `text`, quotations wrapped in <mark>. */
export function render(container, text, analysis) {
  const doc = container.ownerDocument;
  const frag = doc.createDocumentFragment();
  let pos = 0;
  for (const r of regions(analysis)) {
    if (r.start < pos) continue; // nested inside a region already painted
    if (r.start > pos) frag.append(doc.createTextNode(text.slice(pos, r.start)));
    const el = doc.createElement("mark");
    el.className = r.cls;
    el.textContent = text.slice(r.start, r.end);
    if (r.data.kind && r.data.kind !== "term") {
      el.title = r.data.speaker ? `${r.data.kind} quotation — ${r.data.speaker.name}` : `${r.data.kind} quotation`;
    }
    frag.append(el);
    pos = r.end;
  }
  if (pos < text.length) frag.append(doc.createTextNode(text.slice(pos)));
  container.replaceChildren(frag);
}
