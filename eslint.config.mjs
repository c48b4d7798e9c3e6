import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The engine must run in a browser or a worker: keep Node, React and the database out of it.
    files: ['lib/analysis/**/*.ts'],
    ignores: ['lib/analysis/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'], message: 'lib/analysis is pure: no Node-only APIs.' },
            { group: ['react', 'react-dom', 'next', 'next/*', '@/lib/db', '@/lib/db/*', '@/components/*', '@/app/*'], message: 'lib/analysis imports nothing from the app.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'lib/analysis reads no environment.' }],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', '.data/**', 'test-results/**', 'playwright-report/**', 'lib/db/migrations/**']),
]);
