// The browser entry points of the package: the module itself (after init()), the Worker
// API for long texts, and the browser layer (quotelight/dom) that reads the page's own
// element and marks the quotation in place.
import init, { analyze } from "./node_modules/quotelight/web/quotelight.js";
import { createAnalyzer } from "./node_modules/quotelight/worker/analyzer.js";
import initDom, { Marker } from "./node_modules/quotelight/dom/quotelight.js";

const text = document.getElementById("text").textContent;
await init();
const direct = analyze(text);
const analyzer = createAnalyzer();
const viaWorker = await analyzer.analyze(text);
analyzer.terminate();

await initDom();
const marker = Marker.read(document.getElementById("text"));
const drawn = marker.paint(analyze(marker.text));
const marked = drawn ? [...CSS.highlights.get("ql-quote")].length : 0;

const q = direct.quotes[0];
document.getElementById("out").textContent = JSON.stringify({
  quotation: text.slice(q.start, q.end),
  speaker: q.speaker && q.speaker.name,
  workerAgrees: JSON.stringify(viaWorker) === JSON.stringify(direct),
  marked,
});
document.body.dataset.done = "true";
