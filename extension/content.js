// Injected into the tab by background.js on each press of the action: marks the page, or,
// when it is marked, removes every mark so that the page's DOM is exactly as it was.
// The reading and the marks are the browser layer (pkg/dom, Rust over web-sys): the page is
// read through the same block reader as a pasted page or the CLI, and marked with the CSS
// Custom Highlight API, which changes nothing in the page's DOM. The analysis runs in the
// extension's own context (background.js). On a page whose CSP forbids WebAssembly (to
// content scripts too), the page goes there as a snapshot and the marks come back as a plan. The only element added is the panel's shadow
// host, removed on the second press with the one style sheet adopted for the highlights.
(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const HOST_ID = "quotelight-host";
  const state = window.__quotelight;
  if (state) {
    state.remove();
    return;
  }
  window.__quotelight = { remove() {} }; // a press while analysing does nothing twice

  const url = (p) => api.runtime.getURL(p);
  const ui = await import(url("mark.js"));
  const { speakerOrder, speakerItem, drawBoxes, drawPlan, snapshot, COLOURS } = ui;
  let dom = null;
  try {
    dom = await import(url("pkg/dom/quotelight.js"));
    // The module's bytes come from the extension's own context: a page's Content-Security-
    // Policy (connect-src) may forbid the content script to fetch them itself.
    const answer = await api.runtime.sendMessage({ type: "quotelight.domModule" });
    if (!answer || answer.error) throw new Error(answer ? answer.error : "no answer from the extension");
    await dom.default({ module_or_path: Uint8Array.from(atob(answer.base64), (c) => c.charCodeAt(0)) });
  } catch {
    // The page's CSP forbids WebAssembly, to content scripts too: the page goes to the
    // extension's context as a snapshot, read there by the same reader (see below).
    dom = null;
  }

  // 1. The page as the block reader reads it (hidden elements left out), its article and
  //    furniture; 2. the analysis, in the extension's own context, with that furniture.
  let marker = null;
  let snap = null;
  let answer;
  if (dom) {
    marker = dom.Marker.read(document, { live: true });
    const reading = marker.page();
    answer = await api.runtime.sendMessage({ type: "quotelight.analyze", text: reading.text, options: { boilerplate: reading.boilerplate } });
    if (answer && answer.analysis) answer.reading = reading;
  } else {
    console.info("quotelight: this page forbids WebAssembly; reading it from a snapshot");
    snap = snapshot(document, { live: true });
    answer = await api.runtime.sendMessage({ type: "quotelight.snapshot", nodes: snap.nodes });
  }
  if (!answer || answer.error) {
    marker?.free();
    window.__quotelight = null;
    console.error("quotelight:", answer && answer.error);
    return;
  }
  const { analysis, reading } = answer;

  // 3. The panel: the article's title, author and date, and the speakers, in a shadow root.
  const host = document.createElement("div");
  host.id = HOST_ID;
  host.style.cssText = "all: initial; position: fixed; top: 12px; right: 12px; z-index: 2147483647;";
  const shadow = host.attachShadow({ mode: "open" });
  const panelCss = new CSSStyleSheet();
  panelCss.replaceSync(`
    .panel { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fffffb; border: 1px solid #999;
      border-radius: 8px; padding: 8px 12px; max-width: 22rem; max-height: 70vh; overflow: auto; box-shadow: 0 2px 12px #0004; }
    h2 { font-size: 15px; margin: 0 0 6px; } ol { list-style: none; margin: 0; padding: 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 0 0 8px; font-size: 13px; } dt { font-weight: 600; } dd { margin: 0; }
    button.speaker { display: block; width: 100%; text-align: left; border: 0; border-left: 6px solid var(--ql-spk); background: none;
      margin: 4px 0; padding: 2px 6px; font: inherit; color: inherit; cursor: pointer; }
    .count { font-weight: 700; } .role { display: block; font-size: 12px; color: #555; }
    .close { float: right; font: inherit; }
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
  const article = document.createElement("dl");
  article.className = "article";
  for (const [label, value] of [["Title", reading.article.title], ["Author", reading.article.author], ["Date", reading.article.date]]) {
    const dt = document.createElement("dt");
    dt.textContent = label;
    const dd = document.createElement("dd");
    dd.textContent = value ?? "—";
    article.append(dt, dd);
  }
  const speakers = speakerOrder(analysis);
  let focus = null;
  const list = document.createElement("ol");
  for (const s of speakers) {
    list.append(speakerItem(document, reading.text, analysis, s, COLOURS[s.colour], () => {
      focus = focus === s.index ? null : s.index;
      paint();
      const first = analysis.speakers[s.index].quotes[0];
      if (focus !== null && first !== undefined) {
        const r = marker ? marker.range(analysis.quotes[first].start, analysis.quotes[first].end) : CSS.highlights?.get("ql-focus")?.values().next().value;
        const box = r?.getBoundingClientRect();
        if (box) scrollBy({ top: box.top - innerHeight / 3, behavior: "smooth" });
      }
    }));
  }
  panel.append(close, h, article, list);
  shadow.append(panel);

  // 4. The marks: highlights under the public ql-* names, styled by one adopted sheet;
  //    (mark.js's highlightCss, as the page's); where the browser lacks the Highlight API,
  //    boxes in a layer of the shadow root.
  const unstyle = ui.adoptHighlightCss(document);
  let layer = null;
  let planned = [];
  function paint() {
    if (!marker) {
      // From a snapshot: the plan made in the extension's context, drawn here.
      for (const name of planned) CSS.highlights.delete(name);
      if (!(globalThis.CSS && CSS.highlights && globalThis.Highlight)) return;
      // The chosen speaker's quotations join the plan as ql-focus, from their DOM positions
      // (no new plan needed); priority 4, as Marker.paint's ql-focus.
      const chosen = focus === null ? [] : analysis.speakers[focus].quotes;
      const focusRanges = chosen
        .map((q) => answer.quotePoints.slice(4 * q, 4 * q + 4))
        .filter(([a, , b]) => a >= 0 && b >= 0)
        .flat();
      const plan = focusRanges.length ? [...answer.plan, { name: "ql-focus", priority: 4, ranges: focusRanges }] : answer.plan;
      planned = drawPlan(plan, snap.all);
      return;
    }
    if (marker.paint(analysis, { focus })) return;
    if (!layer) {
      layer = document.createElement("div");
      layer.style.cssText = "position: absolute; left: 0; top: 0;";
      host.style.position = "absolute";
      host.style.top = "0";
      host.style.left = "0";
      panel.style.cssText = "position: fixed; top: 12px; right: 12px;";
      shadow.append(layer);
    }
    drawBoxes(layer, marker, analysis, { focus });
  }
  document.documentElement.append(host);
  paint();

  const remove = () => {
    marker?.clear();
    marker?.free();
    for (const name of planned) CSS.highlights.delete(name);
    unstyle();
    host.remove();
    window.__quotelight = null;
  };
  close.addEventListener("click", remove);
  window.__quotelight = { remove };
})();
