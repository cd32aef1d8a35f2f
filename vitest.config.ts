import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const site = ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'];

export default defineConfig({
  // The same `~/` as tsconfig.json's `paths`.
  resolve: { alias: { '~': path.join(import.meta.dirname, 'src') } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts', 'generator/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...site],
        },
      },
      {
        // The site tests share one build of the fixture site, made once by the global setup.
        extends: true,
        test: { name: 'site', include: site, globalSetup: ['tests/site/global-setup.ts'], fileParallelism: false },
      },
    ],
  },
});
