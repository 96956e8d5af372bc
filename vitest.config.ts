import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Files run one at a time: the integration files share one database, and these machines have 2 cores.
    fileParallelism: false,
    reporters: ['default'],
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // One real Neo4j for the whole run, started (or reached) once here.
          globalSetup: ['tests/setup/global-neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
