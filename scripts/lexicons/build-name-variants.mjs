#!/usr/bin/env node
// Builds lib/analysis/lexicons/name-variants.json from ../shared/eval/placenames/variants.json
// (#KyivNotKiev pairs by Ivan Dobrovolskyi, CC BY 4.0): single-word Ukrainian / Russian-derived
// spellings, and the surnames of multi-word entries where they differ. First names of people are left
// out ("Vladimir" is Putin's name as well as a form of Volodymyr).
//   node scripts/lexicons/build-name-variants.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const source = path.resolve(process.env.SHARED_DIR ?? path.join(root, '..', 'shared'), 'eval', 'placenames', 'variants.json');
const { pairs } = JSON.parse(readFileSync(source, 'utf8'));

const entries = [];
const seen = new Set();
for (const pair of pairs) {
  const [ukrainian, russian] = pair.variants;
  const words = [ukrainian.split(' '), russian.split(' ')];
  let forms;
  if (words[0].length === 1 && words[1].length === 1) forms = [ukrainian, russian];
  else if (words[0].length === words[1].length && words[0].at(-1) !== words[1].at(-1)) forms = [words[0].at(-1), words[1].at(-1)];
  else continue;
  const key = forms.map((form) => form.toLowerCase());
  if (key.some((form) => seen.has(form)) || key[0] === key[1]) continue;
  key.forEach((form) => seen.add(form));
  const renaming = /renaming|different name/i.test(pair.note ?? '');
  entries.push({ canonical: forms[0], forms, type: renaming ? 'renaming' : 'transliteration' });
}
const out = path.join(root, 'lib', 'analysis', 'lexicons', 'name-variants.json');
writeFileSync(
  out,
  `${JSON.stringify({ source: 'IvanDobrovolsky/kyivnotkiev config/pairs.yaml via shared/eval/placenames (CC BY 4.0, Dobrovolskyi 2026)', entries }, null, 1)}\n`,
);
console.log(`wrote ${entries.length} variant sets to ${out}`);
