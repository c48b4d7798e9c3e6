#!/usr/bin/env node
// `npm run --silent analyze -- <file>`: the engine's command line (its contract is in scripts/analyze.ts).
// Other tools call it once per story, so it starts in plain Node from a bundle of scripts/analyze.ts
// and the engine (esbuild, about a second), built on the first run and again whenever those sources
// or the installed packages change (by size and time, see sourceStamp); tsx would compile every module
// on every run (about 3 s). If the bundle cannot be built, the source entry runs through tsx, with a
// note on stderr.
// In the bundle every module's top level is one function: a long loop there (decoding a lexicon) got
// it optimised whole, which took V8 about 30 s of CPU in one run of fifteen. Lexicons build their
// tables on first use, inside functions (lib/analysis/lexicons/word-vectors.ts, word-weights.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, sourceStamp } from './build.mjs';

const SOURCE_ENTRY = path.join(root, 'scripts', 'analyze.ts');
const CACHE = path.join(root, 'node_modules', '.cache', 'parallax-analyze');
// What the bundle is made of: the entry, the engine, this build script, and the installed packages.
const SOURCES = ['scripts/analyze.ts', 'scripts/analyze.mjs', 'lib/analysis', 'tsconfig.json', 'package-lock.json', 'node_modules/.package-lock.json'];

/**
 * Imports of JSON files become JSON.parse of a string, which V8 reads many times faster than an object
 * literal; the large ones (word vectors, word frequencies) are read from their files when the bundle
 * loads, so that Node does not decode and compile megabytes of source on every start.
 */
const LARGE_JSON = 100_000;
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < LARGE_JSON) return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
      const relative = path.relative(CACHE, args.path).split(path.sep).join('/');
      return {
        contents: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(new URL(${JSON.stringify(relative)}, import.meta.url), 'utf8'));`,
        loader: 'js',
      };
    });
  },
};

/** Builds the bundle for these sources unless it exists; returns its path. */
async function compiledEntry() {
  const bundle = path.join(CACHE, `analyze-${sourceStamp(SOURCES).slice(0, 16)}.mjs`);
  if (existsSync(bundle)) return bundle;
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  // Written aside and renamed, so that a tool running several at once never imports half a file.
  const partial = `${bundle}.${process.pid}.partial`;
  await build({
    entryPoints: [SOURCE_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: partial,
    logLevel: 'error',
    plugins: [jsonAsString],
    // wink-nlp and its model stay with Node: bundled, the model fails to decode ("Unsupproted browser").
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
  });
  renameSync(partial, bundle);
  for (const old of readdirSync(CACHE)) if (old !== path.basename(bundle) && !old.endsWith('.partial')) rmSync(path.join(CACHE, old), { force: true });
  return bundle;
}

let bundle = null;
try {
  bundle = await compiledEntry();
} catch (error) {
  process.stderr.write(`analyze: could not build the compiled entry (${error.message.split('\n')[0]}); running from source, which starts slower\n`);
}
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = spawnSync(process.execPath, [tsx, SOURCE_ENTRY, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
