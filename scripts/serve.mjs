#!/usr/bin/env node
// Serves the built app (scripts/server.mjs: Next behind the front door). Options as `next start`:
// -p PORT (or PORT), -H HOSTNAME.
import { parseArgs } from 'node:util';
import { startServer } from './server.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
try {
  await startServer({ port, hostname: values.hostname });
  console.log(`Parallax: serving http://${values.hostname ?? 'localhost'}:${port}`);
} catch (error) {
  console.error(`Parallax cannot serve on port ${port}:`, error instanceof Error ? error.message : error);
  process.exit(1);
}
