// Shared by the Node tests: the built module, the evaluation data (optional), a static
// server for www/ and the Chromium launch flags that work on these machines.
import { readFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const WWW = join(ROOT, "www");
const SHARED = join(ROOT, "..", "shared", "data");

/** Loads www/pkg the way a Node user would: initSync with the .wasm bytes. */
export async function loadModule() {
  const mod = await import(join(WWW, "pkg", "quotelight.js"));
  mod.initSync({ module: readFileSync(join(WWW, "pkg", "quotelight_bg.wasm")) });
  return mod;
}

/** Parsed lines of ../shared/data/<rel>, or null (the caller skips) when absent. */
export function sharedJsonl(rel) {
  const p = join(SHARED, rel);
  if (!existsSync(p)) return null;
  return readFileSync(p, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

/** Code point offset -> UTF-16 offset in `text`. */
export function cpToUtf16(text, cp) {
  let i = 0;
  for (let n = 0; n < cp; n++) i += text.codePointAt(i) > 0xffff ? 2 : 1;
  return i;
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml",
  ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8", ".json": "application/json" };

/** Serves the folder `root` on 127.0.0.1 (a free port); resolves to { url, close }. */
export function serveDir(root) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^\/+/, "");
    const file = join(root, path === "" ? "index.html" : path);
    if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => server.close(r)),
  })));
}

/** Serves www/, the static page. */
export const serveWww = () => serveDir(WWW);

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
