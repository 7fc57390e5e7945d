// The extension's own context: the WebAssembly runs here, so no page's Content-Security-Policy
// can block it. A click on the toolbar action (or Alt+Shift+Q) injects content.js into the
// active tab, which toggles the marks; content.js reads the page (the browser layer, pkg/dom)
// and sends its text here, with the furniture its structure gives, to be analysed.
import init, { analyze } from "./pkg/quotelight.js";
import initDom, { Marker } from "./pkg/dom/quotelight.js";

const api = globalThis.browser ?? globalThis.chrome;
const ready = init({ module_or_path: api.runtime.getURL("pkg/quotelight_bg.wasm") });
let domReady = null; // the browser layer, here only for pages read from a snapshot

/** Marks the tab, or removes the marks when it is marked. */
async function toggle(tabId) {
  await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
}
globalThis.quotelightToggle = toggle; // for the automated tests, which cannot click the toolbar

api.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) toggle(tab.id).catch((e) => console.error("quotelight:", e));
});

/** The browser layer's module (pkg/dom), base64, for content.js (messages carry strings). */
let domModule = null;
function domModuleBase64() {
  domModule ??= fetch(api.runtime.getURL("pkg/dom/quotelight_bg.wasm"))
    .then((r) => r.arrayBuffer())
    .then((buf) => {
      const bytes = new Uint8Array(buf);
      let bin = "";
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(bin);
    });
  return domModule;
}

api.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg && msg.type === "quotelight.domModule") {
    domModuleBase64()
      .then((base64) => reply({ base64 }))
      .catch((e) => reply({ error: String(e && e.message ? e.message : e) }));
    return true;
  }
  if (msg && msg.type === "quotelight.snapshot") {
    domReady ??= initDom({ module_or_path: api.runtime.getURL("pkg/dom/quotelight_bg.wasm") });
    Promise.all([ready, domReady])
      .then(() => {
        const marker = Marker.readSnapshot(msg.nodes);
        try {
          const reading = marker.page();
          const analysis = analyze(reading.text, { boilerplate: reading.boilerplate });
          // Each quotation's DOM positions too, for the panel's focus on a speaker.
          const quotePoints = Array.from(marker.positions(analysis.quotes.flatMap((q) => [q.start, q.end]))); // messages carry JSON: no typed arrays
          reply({ reading, analysis, plan: marker.plan(analysis), quotePoints });
        } finally {
          marker.free();
        }
      })
      .catch((e) => reply({ error: String(e && e.message ? e.message : e) }));
    return true;
  }
  if (!msg || msg.type !== "quotelight.analyze") return false;
  ready
    .then(() => reply({ analysis: analyze(msg.text, msg.options) }))
    .catch((e) => reply({ error: String(e && e.message ? e.message : e) }));
  return true; // the reply comes asynchronously
});
