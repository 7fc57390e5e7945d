// createAnalyzer(): the quotelight API for long texts. Its analyze() returns a promise and
// runs in a Web Worker, so a megabyte of text never blocks the page. The result is the same
// object as the synchronous analyze(text, options) of the module returns.
//
//   import { createAnalyzer } from "quotelight/worker";
//   const analyzer = createAnalyzer();
//   const analysis = await analyzer.analyze(text, { layers: { boilerplate: false } });
//   analyzer.terminate();

/**
 * @param {{ workerUrl?: string | URL, moduleUrl?: string | URL }} [where] where worker.js and
 *   the web build of quotelight live (by default: beside this file, and ../web/quotelight.js).
 */
export function createAnalyzer(where = {}) {
  const workerUrl = where.workerUrl ?? new URL("./worker.js", import.meta.url);
  const moduleUrl = String(where.moduleUrl ?? new URL("../web/quotelight.js", import.meta.url));
  const worker = new Worker(workerUrl, { type: "module" });
  let next = 0;
  const pending = new Map();
  const failAll = (message) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };
  worker.onmessage = (e) => {
    const { id, analysis, error } = e.data;
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error !== undefined) p.reject(new Error(error));
    else p.resolve(analysis);
  };
  worker.onerror = (e) => failAll(e.message || "the quotelight worker failed to start");
  return {
    analyze(text, options) {
      if (typeof text !== "string") {
        return Promise.reject(new TypeError(`analyze(text): text must be a string, got ${typeof text}`));
      }
      const id = ++next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, options, moduleUrl });
      });
    },
    terminate() {
      failAll("the analyzer was terminated");
      worker.terminate();
    },
  };
}
