#!/usr/bin/env node
// Builds lib/analysis/lexicons/spelling-variants.json: British / American spellings of one word
// (manoeuvred / maneuvered, organise / organize, honour / honor), inflected forms included, from the
// word lists of american-british-english-translator (MIT; a devDependency, read only here):
//   node scripts/lexicons/build-spelling-variants.mjs
// The engine reads the JSON and never the package.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const PACKAGE = 'american-british-english-translator';
const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve(`${PACKAGE}/package.json`));
const { version, license } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
if (license !== 'MIT') throw new Error(`${PACKAGE} ${version} is licensed ${license}: check it before using its data`);
const read = (file) => JSON.parse(readFileSync(path.join(packageDir, 'data', file), 'utf8'));

// An American spelling that is also a British word of its own meaning is not a variant there: British
// English writes "program" for software beside "programme", "practice" (noun) beside "practise" (verb),
// "licence" (noun) beside "license" (verb), "meter" for a measuring device, "tire" (to weary), "draft" (a
// first version), "disk" in computing, and "ton" is another unit than "tonne". A British story may use
// both forms for two things, so these pairs are left out, inflections included.
const HOMOGRAPHS = {
  source: 'Wikipedia, "American and British English spelling differences" (sections -mme/-m, -ce/-se, -re/-er, and "Different spellings for different meanings")',
  american: ['program', 'programs', 'practice', 'practices', 'license', 'licenses', 'meter', 'meters', 'tire', 'tires', 'draft', 'drafts', 'disk', 'disks', 'ton', 'tons'],
};

// Pairs the package does not list. Only the plural: British English writes the noun "dependant" and the
// adjective "dependent", so a singular "dependent" is most often the adjective in both.
const SUPPLEMENT = {
  source: 'Cambridge Dictionary, "dependant" (noun, UK; US usually "dependent"); seed story embassy-staff-leave-ukraine ("staff and dependants" / "the dependents")',
  pairs: [['dependants', 'dependents']],
};

const word = /^[a-z]+$/;
const left = new Set(HOMOGRAPHS.american);
const byBritish = new Map();
const add = (british, american) => {
  if (!word.test(british) || !word.test(american) || british === american || left.has(american)) return;
  byBritish.set(british, american);
};
for (const [british, american] of Object.entries(read('british_spellings.json'))) add(british, american);
for (const [american, british] of Object.entries(read('american_spellings.json'))) if (!byBritish.has(british)) add(british, american);
// One entry of the package's American list runs the wrong way (initializations → initialisations).
const pairs = [...byBritish].filter(([, american]) => !byBritish.has(american)).sort(([a], [b]) => (a < b ? -1 : 1));

const groups = [
  { source: `${PACKAGE} ${version} (${license}), data/british_spellings.json and data/american_spellings.json; pairs whose American form is a British word of another meaning left out`, pairs },
  SUPPLEMENT,
];
const leftOut = { source: HOMOGRAPHS.source, american: HOMOGRAPHS.american };
// One pair a line: the file stays readable and its diffs small.
const lines = (list) => list.map((pair) => `      ${JSON.stringify(pair)}`).join(',\n');
const json = `{
  "about": "British and American spellings of one word, [british, american], inflected forms listed one by one (lib/analysis/variants.ts). Built by scripts/lexicons/build-spelling-variants.mjs.",
  "groups": [
${groups.map((group) => `    {\n      "source": ${JSON.stringify(group.source)},\n      "pairs": [\n${lines(group.pairs)}\n      ]\n    }`).join(',\n')}
  ],
  "leftOut": ${JSON.stringify(leftOut)}
}
`;
const out = path.resolve(import.meta.dirname, '..', '..', 'lib', 'analysis', 'lexicons', 'spelling-variants.json');
writeFileSync(out, json);
console.log(`wrote ${pairs.length + SUPPLEMENT.pairs.length} spelling pairs to ${out}`);
