import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', '.data/**'],
    environment: 'node',
    // Database suites start PGlite (WebAssembly) and PostgreSQL scratch databases: give them room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
