// Injected into the tab by background.js on each press of the action: marks the page, or,
// when it is marked, removes every mark so that the page's DOM is exactly as it was.
// Marks are drawn with the CSS Custom Highlight API (no change to the page's DOM at all);
// where a browser lacks it, with boxes in an overlay inside quotelight's own shadow root.
// The only element added is that shadow host, and it is removed on the second press.
(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const HOST_ID = "quotelight-host";
  const state = window.__quotelight;
  if (state) {
    state.remove();
    return;
  }
  window.__quotelight = { remove() {} }; // a press while analysing does nothing twice

  const { speakerOrder, speakerItem, COLOURS } = await import(api.runtime.getURL("mark.js"));

  // 1. The visible text of the page, in order, with a map back to its text nodes. Each
  //    whitespace character becomes one space (offsets stay 1:1 with the nodes) and a blank
  //    line separates blocks, so paragraphs read as paragraphs.
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "TEXTAREA", "SELECT"]);
  const blockOf = (node) => {
    for (let el = node.parentElement; el; el = el.parentElement) {
      const d = getComputedStyle(el).display;
      if (d !== "inline" && d !== "contents" && !d.startsWith("inline-")) return el;
    }
    return document.body;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        if (SKIP.has(n.tagName.toUpperCase()) || n.id === HOST_ID) return NodeFilter.FILTER_REJECT;
        const cs = getComputedStyle(n);
        return cs.display === "none" || cs.visibility === "hidden" ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const parts = []; // { node, start, end } in the joined text
  let text = "";
  let lastBlock = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const block = blockOf(n);
    if (lastBlock && block !== lastBlock) text += "\n\n";
    lastBlock = block;
    parts.push({ node: n, start: text.length, end: text.length + n.data.length });
    text += n.data.replace(/\s/g, " ");
  }

  // 2. The analysis, in the extension's own context.
  const answer = await api.runtime.sendMessage({ type: "quotelight.analyze", text });
  if (!answer || answer.error) {
    window.__quotelight = null;
    console.error("quotelight:", answer && answer.error);
    return;
  }
  const analysis = answer.analysis;

  // 3. Offsets -> DOM ranges (binary search over the parts; a separator maps to the next part).
  const point = (offset, isEnd) => {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (parts[mid].start <= offset - (isEnd ? 1 : 0)) lo = mid;
      else hi = mid - 1;
    }
    const p = parts[lo];
    if (!isEnd && offset >= p.end && parts[lo + 1]) return [parts[lo + 1].node, 0];
    return [p.node, Math.max(0, Math.min(offset - p.start, p.node.data.length))];
  };
  const rangeOf = (s, e) => {
    const r = document.createRange();
    r.setStart(...point(s, false));
    r.setEnd(...point(e, true));
    return r;
  };

  const speakers = speakerOrder(analysis);
  const colourOf = new Map(speakers.map((s) => [s.index, s.colour]));
  const speakerOfQuote = new Map();
  analysis.speakers.forEach((s, i) => s.quotes.forEach((q) => speakerOfQuote.set(q, i)));
  const groups = new Map(); // highlight name -> ranges
  const add = (name, r) => (groups.get(name) ?? groups.set(name, []).get(name)).push(r);
  const quoteRanges = [];
  analysis.quotes.forEach((q, i) => {
    const s = speakerOfQuote.get(i);
    const c = s === undefined ? "none" : colourOf.get(s);
    const r = rangeOf(q.start, q.end);
    quoteRanges.push({ r, speaker: s });
    add(`ql-${q.kind}-${c}`, r);
    if (q.cue) add("ql-cue", rangeOf(q.cue.start, q.cue.end));
  });
  analysis.speakers.forEach((s, i) => s.mentions.forEach((m) => add(`ql-mention-${colourOf.get(i)}`, rangeOf(m.start, m.end))));
  for (const b of analysis.boilerplate) add("ql-boilerplate", rangeOf(b.start, b.end));

  // 4. Drawing: highlights (or the overlay fallback) and the panel, in a shadow root.
  const host = document.createElement("div");
  host.id = HOST_ID;
  host.style.cssText = "all: initial; position: fixed; top: 12px; right: 12px; z-index: 2147483647;";
  const shadow = host.attachShadow({ mode: "open" });
  const panelCss = new CSSStyleSheet();
  panelCss.replaceSync(`
    .panel { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fffffb; border: 1px solid #999;
      border-radius: 8px; padding: 8px 12px; max-width: 22rem; max-height: 70vh; overflow: auto; box-shadow: 0 2px 12px #0004; }
    h2 { font-size: 15px; margin: 0 0 6px; } ol { list-style: none; margin: 0; padding: 0; }
    button.speaker { display: block; width: 100%; text-align: left; border: 0; border-left: 6px solid var(--ql-spk); background: none;
      margin: 4px 0; padding: 2px 6px; font: inherit; color: inherit; cursor: pointer; }
    .count { font-weight: 700; } .role { display: block; font-size: 12px; color: #555; }
    .close { float: right; font: inherit; }
    .box { position: absolute; pointer-events: none; border-radius: 2px; }
    details { margin: 0 0 6px 12px; font-size: 13px; } ol.quotes { list-style: disc; padding-left: 18px; }`);
  shadow.adoptedStyleSheets = [panelCss];
  const panel = document.createElement("div");
  panel.className = "panel";
  const close = document.createElement("button");
  close.className = "close";
  close.textContent = "×";
  close.title = "Remove the marks";
  const h = document.createElement("h2");
  h.textContent = `${analysis.quotes.length} quotation${analysis.quotes.length === 1 ? "" : "s"}`;
  const list = document.createElement("ol");
  for (const s of speakers) {
    list.append(speakerItem(document, text, analysis, s, COLOURS[s.colour], () => {
      const first = quoteRanges.find((q) => q.speaker === s.index);
      if (first) first.r.startContainer.parentElement.scrollIntoView({ block: "center" });
    }));
  }
  panel.append(close, h, list);
  shadow.append(panel);

  const names = [];
  let pageSheet = null;
  if (globalThis.CSS && CSS.highlights && globalThis.Highlight) {
    const rules = [];
    for (const [name, ranges] of groups) {
      CSS.highlights.set(name, new Highlight(...ranges));
      names.push(name);
    }
    COLOURS.forEach((c, i) => {
      rules.push(`::highlight(ql-direct-${i}) { background-color: ${c}2e; text-decoration: underline solid ${c} 2px; }`);
      rules.push(`::highlight(ql-partial-${i}) { background-color: ${c}2e; text-decoration: underline dashed ${c} 2px; }`);
      rules.push(`::highlight(ql-mention-${i}) { color: ${c}; text-decoration: underline solid ${c} 1px; }`);
    });
    rules.push("::highlight(ql-direct-none), ::highlight(ql-partial-none) { background-color: #6b728033; }");
    rules.push("::highlight(ql-cue) { text-decoration: underline dotted 2px; }");
    rules.push("::highlight(ql-boilerplate) { color: #9ca3af; }");
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(rules.join("\n"));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  } else {
    // Fallback: translucent boxes over the quotations, drawn in the shadow root.
    const layer = document.createElement("div");
    layer.style.cssText = "position: absolute; left: 0; top: 0;";
    host.style.position = "absolute";
    host.style.top = "0";
    host.style.left = "0";
    for (const { r, speaker } of quoteRanges) {
      for (const rect of r.getClientRects()) {
        const box = document.createElement("div");
        box.className = "box";
        box.style.cssText = `left:${rect.left + scrollX}px; top:${rect.top + scrollY}px; width:${rect.width}px; height:${rect.height}px; background:${speaker === undefined ? "#6b7280" : COLOURS[colourOf.get(speaker)]}33;`;
        layer.append(box);
      }
    }
    shadow.append(layer);
    panel.style.cssText = "position: fixed; top: 12px; right: 12px;";
  }
  document.documentElement.append(host);

  const remove = () => {
    for (const name of names) CSS.highlights.delete(name);
    if (pageSheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
    host.remove();
    window.__quotelight = null;
  };
  close.addEventListener("click", remove);
  window.__quotelight = { remove };
})();
