// A small async front to the Web Worker: createAnalyzer().analyze(text) resolves to the
// same object as analyze(text), computed in worker.js. Only the latest request of a burst
// matters to the page, but every promise settles.
export function createAnalyzer(workerUrl = new URL("./worker.js", import.meta.url)) {
  const worker = new Worker(workerUrl, { type: "module" });
  let next = 0;
  const pending = new Map();
  worker.onmessage = (e) => {
    const { id, analysis, error } = e.data;
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error) p.reject(new Error(error));
    else p.resolve(analysis);
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || "the analysis worker failed"));
    pending.clear();
  };
  return {
    analyze(text) {
      if (typeof text !== "string") return Promise.reject(new TypeError("analyze(text): text must be a string"));
      const id = ++next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text });
      });
    },
    terminate() {
      worker.terminate();
    },
  };
}
