#!/usr/bin/env node
// `npm test`: type-check, lint, unit and integration tests (PGlite always, PostgreSQL as well when
// DATABASE_URL is set), then the Playwright end-to-end tests against a production build in Chromium.
import { spawnSync } from 'node:child_process';
import { buildIfNeeded, nextEnv, root } from './build.mjs';
import { ensureChromium } from './chromium.mjs';

function run(title, command, args, env = nextEnv) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name) => `${root}/node_modules/.bin/${name}`;

run('Type-check', bin('tsc'), ['--noEmit']);
run('Lint', bin('eslint'), ['--max-warnings=0', '.']);
run(
  `Unit and integration tests (PGlite${process.env.DATABASE_URL ? ' and PostgreSQL' : '; set DATABASE_URL to run the PostgreSQL suite too'})`,
  bin('vitest'),
  ['run'],
);
const chromium = ensureChromium();
console.log('\n▶ Production build');
buildIfNeeded();
run('End-to-end tests (Chromium)', bin('playwright'), ['test'], { ...nextEnv, CHROMIUM_PATH: chromium });
console.log('\n✔ All checks passed');
