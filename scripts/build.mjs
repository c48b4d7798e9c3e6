// Builds the production app unless .next already holds a build of exactly these sources.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
export const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const stampFile = path.join(root, '.next', 'parallax-source-hash');
const sourceEntries = ['app', 'components', 'lib', 'public', 'instrumentation.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];

function* walk(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const child of readdirSync(full).sort()) yield* walk(path.join(entry, child));
  } else if (!/\.test\.tsx?$/.test(entry)) {
    yield entry;
  }
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const entry of sourceEntries) for (const file of walk(entry)) hash.update(file).update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

/**
 * A hash of the files under `entries` (paths in the repository, tests left out), like sourceHash's but
 * from each file's path, size and modification time instead of its content: cheap
 * enough to check on every start of a command (a checkout or an edit changes the time).
 */
export function sourceStamp(entries) {
  const hash = createHash('sha256');
  for (const entry of entries) {
    for (const file of walk(entry)) {
      const { size, mtimeMs } = statSync(path.join(root, file));
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

/** Returns true when a build ran. Exits the process if the build fails. */
export function buildIfNeeded() {
  const wanted = sourceHash();
  const current = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8');
  if (current === wanted) return false;
  console.log('Parallax: building the production app (first run, or the sources changed)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env: nextEnv, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stampFile, wanted);
  return true;
}
