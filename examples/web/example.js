// The two browser entry points of the package: the module itself (after init()) and the
// Worker API for long texts.
import init, { analyze } from "./node_modules/quotelight/web/quotelight.js";
import { createAnalyzer } from "./node_modules/quotelight/worker/analyzer.js";

const text = document.getElementById("text").textContent;
await init();
const direct = analyze(text);
const analyzer = createAnalyzer();
const viaWorker = await analyzer.analyze(text);
analyzer.terminate();

const q = direct.quotes[0];
document.getElementById("out").textContent = JSON.stringify({
  quotation: text.slice(q.start, q.end),
  speaker: q.speaker && q.speaker.name,
  workerAgrees: JSON.stringify(viaWorker) === JSON.stringify(direct),
});
document.body.dataset.done = "true";
