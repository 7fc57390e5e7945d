#!/usr/bin/env node
// Marks a text file with the npm package: prints each quotation with its speaker.
//   npm install quotelight && node mark-file.mjs article.txt
import { readFileSync } from "node:fs";
import { analyze } from "quotelight";

const file = process.argv[2];
if (!file) {
  console.error("usage: node mark-file.mjs FILE");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const a = analyze(text);
for (const q of a.quotes) {
  const who = q.speaker ? q.speaker.name : "(unattributed)";
  console.log(`${who}\t${q.kind}\t${text.slice(q.start, q.end).replace(/\s+/g, " ")}`);
}
for (const s of a.speakers) console.error(`${s.name}: ${s.quotes.length} quotation(s)`);
