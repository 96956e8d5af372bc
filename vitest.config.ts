import { defineConfig } from 'vitest/config';

/**
 * The tests, as projects. Unit files run in parallel. Integration and end-to-end files each run one at a time on
 * their own real Neo4j (tests/setup/global-neo4j.ts); `npm test` (tools/test.mjs) runs the two side by side as
 * two processes. The files that measure time or memory (deadlines, health under load, the load and fault runs)
 * form the `timing` project, which it runs alone after the others, so nothing else on these 2-core machines
 * skews them. The benchmark smoke run asserts no speed, so it runs with the integration files.
 */
const timing = ['tests/integration/bounded.test.ts', 'tests/integration/load.test.ts', 'tests/integration/fault.test.ts'];

/**
 * Each file of these projects keeps a process of its own (isolate): sharing one (isolate: false) saved 60-90 s of
 * imports per project, but what a file leaves running then slows the files after it (two runs of the hostile
 * corpus met their deadlines that way).
 */
const withNeo4j = { globalSetup: ['tests/setup/global-neo4j.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      // Unit files share their workers' module cache (isolate: false): each file re-importing the server and client
      // modules cost three quarters of the unit run (24 s against 7 s here). They keep no state between files, and
      // pass in shuffled order (--sequence.shuffle).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000, isolate: false } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], exclude: timing, ...withNeo4j } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...withNeo4j } },
      { test: { name: 'timing', include: timing, ...withNeo4j } },
    ],
  },
});
