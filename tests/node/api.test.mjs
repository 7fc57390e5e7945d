// The npm-facing API in Node: initSync + analyze on the built www/pkg files.
import test from "node:test";
import assert from "node:assert/strict";
import { loadModule, sharedJsonl, cpToUtf16 } from "./helpers.mjs";

const ql = await loadModule();

test("seed: nine quotations at the gold spans, in UTF-16 offsets", (t) => {
  const gold = sharedJsonl("seed/gold.jsonl");
  if (!gold) return t.skip("../shared/data/seed is absent");
  const { text, quotes } = gold[0];
  const a = ql.analyze(text);
  const want = quotes.map((q) => [cpToUtf16(text, q.start), cpToUtf16(text, q.end)]);
  assert.deepEqual(a.quotes.map((q) => [q.start, q.end]), want);
  assert.equal(a.quotes.length, 9);
});

test("text.slice(start, end) is the quotation, emoji, CJK and CRLF included", () => {
  const text = "👩🏽‍💻 中文 says:\r\n\r\n“Ship it today,” she said. «Oui», dit-il. „Ja“, sagte er.";
  const a = ql.analyze(text);
  assert.deepEqual(a.quotes.map((q) => text.slice(q.start, q.end)), ["“Ship it today,”", "«Oui»", "„Ja“"]);
  for (const q of a.quotes) {
    assert.ok(["direct", "partial"].includes(q.kind));
    assert.equal(q.speaker, null);
    assert.equal(q.cue, null);
  }
});

test("shape: plain arrays, and empty input gives empty results", () => {
  const a = ql.analyze("");
  assert.deepEqual(a, { quotes: [], terms: [], speakers: [], boilerplate: [] });
  assert.match(ql.version(), /^\d+\.\d+\.\d+/);
});

test("bad input is a clear Error, never a crash", () => {
  assert.throws(() => ql.analyze(42), { message: /text must be a string, got number/ });
  assert.throws(() => ql.analyze({ text: "x" }), { message: /text must be a string, got object/ });
  // The module still works after an error.
  assert.equal(ql.analyze("“Still here and working fine,” he said.").quotes.length, 1);
});

test("a 10 MB paste with unpaired marks finishes", () => {
  const para = "He said “this is one of many paragraphs,” and left. A stray “ mark and don’t forget ’90s.\n\n";
  const text = para.repeat(Math.ceil(10_000_000 / para.length));
  const a = ql.analyze(text);
  assert.equal(a.quotes.length, Math.ceil(10_000_000 / para.length));
  assert.equal(text.slice(a.quotes.at(-1).start, a.quotes.at(-1).end), "“this is one of many paragraphs,”");
});
