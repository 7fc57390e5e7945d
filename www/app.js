// The page: loads the wasm module, marks the text as it is typed or pasted (debounced),
// and starts with a sample article.
import init, { analyze } from "./pkg/quotelight.js";
import { render } from "./mark.js";

const input = document.getElementById("text");
const view = document.getElementById("view");
const status = document.getElementById("status");

let timer = 0;
function update() {
  const text = input.value;
  try {
    const t0 = performance.now();
    const a = analyze(text);
    render(view, text, a);
    const ms = (performance.now() - t0).toFixed(1);
    status.textContent = `${a.quotes.length} quotation${a.quotes.length === 1 ? "" : "s"} · ${ms} ms`;
    document.body.dataset.ready = "true";
  } catch (e) {
    status.textContent = `Could not analyse this text: ${e.message}`;
  }
}

input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(update, 120);
});
document.getElementById("clear").addEventListener("click", () => {
  input.value = "";
  update();
  input.focus();
});

await init();
try {
  const r = await fetch("pkg/sample.txt");
  if (r.ok) input.value = await r.text();
} catch {
  // No sample: start empty.
}
update();
