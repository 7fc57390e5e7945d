// The Worker side of createAnalyzer(): loads the quotelight module once (its URL comes in
// the first message) and answers { id, text, options } with { id, analysis } or { id, error }.
let modulePromise = null;

self.onmessage = async (e) => {
  const { id, text, options, moduleUrl } = e.data;
  try {
    if (!modulePromise) {
      modulePromise = import(moduleUrl).then(async (m) => {
        await m.default();
        return m;
      });
    }
    const m = await modulePromise;
    self.postMessage({ id, analysis: m.analyze(text, options) });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
