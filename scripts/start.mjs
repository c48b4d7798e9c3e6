#!/usr/bin/env node
// `npm start`: build the production app if needed, then serve it (PORT honoured, default 3000).
// The server itself (instrumentation.ts) migrates the database and imports the default stories.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded, nextEnv, root } from './build.mjs';

buildIfNeeded();

// scripts/serve.mjs runs Next's production server behind a front door (scripts/server.mjs). The server closes
// the database on SIGTERM/SIGINT itself (lib/server/start-up.ts), so Next must not exit first.
const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), ...process.argv.slice(2)], {
  cwd: root,
  env: { ...nextEnv, NEXT_MANUAL_SIG_HANDLE: 'true' },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
