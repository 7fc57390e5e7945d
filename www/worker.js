// Runs analyze() off the main thread, so a megabyte paste never freezes the page.
// Messages in: { id, text }; out: { id, analysis } or { id, error }.
import init, { analyze } from "./pkg/quotelight.js";

const ready = init();
self.onmessage = async (e) => {
  const { id, text } = e.data;
  try {
    await ready;
    self.postMessage({ id, analysis: analyze(text) });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
