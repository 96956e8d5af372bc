import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real Neo4j for the whole run, started (or reached) once here.
    globalSetup: ['tests/setup/global-neo4j.ts'],
    // Integration files share that database; running them one at a time keeps count checks exact on 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
