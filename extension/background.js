// The extension's own context: the WebAssembly runs here, so no page's Content-Security-Policy
// can block it. A click on the toolbar action (or Alt+Shift+Q) injects content.js into the
// active tab, which toggles the marks; content.js sends the page's text here to be analysed.
import init, { analyze } from "./pkg/quotelight.js";

const api = globalThis.browser ?? globalThis.chrome;
const ready = init({ module_or_path: api.runtime.getURL("pkg/quotelight_bg.wasm") });

/** Marks the tab, or removes the marks when it is marked. */
async function toggle(tabId) {
  await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
}
globalThis.quotelightToggle = toggle; // for the automated tests, which cannot click the toolbar

api.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) toggle(tab.id).catch((e) => console.error("quotelight:", e));
});

api.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (!msg || msg.type !== "quotelight.analyze") return false;
  ready
    .then(() => reply({ analysis: analyze(msg.text) }))
    .catch((e) => reply({ error: String(e && e.message ? e.message : e) }));
  return true; // the reply comes asynchronously
});
