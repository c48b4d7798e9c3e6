#!/usr/bin/env node
// Starts the production server for the end-to-end tests on a fresh database:
//   node scripts/e2e-server.mjs pglite <port>    a new embedded database in .data/e2e-<port>
//   node scripts/e2e-server.mjs postgres <port>  a scratch database next to DATABASE_URL, dropped on exit
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { nextEnv, root } from './build.mjs';

const [kind, port] = process.argv.slice(2);
// The suites write far more than a person would; the limit itself is covered by
// lib/server/write-limit.test.ts and e2e/write-limit.spec.ts (servers of its own).
const env = { ...nextEnv, NEXT_MANUAL_SIG_HANDLE: 'true', PORT: port, RATE_LIMIT_WRITES_PER_MINUTE: '100000' };
let cleanUp = async () => {};

if (kind === 'pglite') {
  env.DATA_DIR = path.join(root, '.data', `e2e-${port}`);
  delete env.DATABASE_URL;
  rmSync(env.DATA_DIR, { recursive: true, force: true });
} else if (kind === 'postgres') {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL must be set for the PostgreSQL end-to-end server');
  const name = `parallax_e2e_${randomBytes(4).toString('hex')}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanUp = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
} else {
  throw new Error(`usage: e2e-server.mjs pglite|postgres <port> (got ${kind})`);
}

const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '-p', port], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', async (code) => {
  await cleanUp().catch((error) => console.error('could not drop the e2e database', error));
  process.exit(code ?? 0);
});
