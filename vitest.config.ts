import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: plain Node (domain, core, central API), the Electron shell against a fake
// `electron` module, and the renderer in jsdom. E2E and the real-Electron suite run under Playwright.
/**
 * Node tests that must not share a module graph with others: the contract doc is generated from
 * zod schemas whose JSON Schema changes once the central API has named its own in zod's global
 * registry; the scanner, imaging and camera tests drive child processes (scanimage) and OpenCV's
 * WebAssembly, whose process-wide state a shared worker keeps (a scan once hung there for 60 s).
 */
const isolatedUnitTests = [
  'tests/unit/build/contract-doc.test.ts',
  'tests/unit/scanner/**/*.test.ts',
  'tests/unit/imaging/**/*.test.ts',
  'tests/unit/camera/**/*.test.ts',
];

/** What runs on both engines: the central API's unit suites (fuzz included) and the fault suites. */
const postgresSuites = ['tests/unit/central-api/**/*.test.ts', 'tests/fault/**/*.test.ts'];

/** What runs through the balancer: two instances behind nginx over one PostgreSQL. */
const balancedSuites = [
  'tests/unit/central-api/idempotency.test.ts',
  'tests/unit/central-api/lockout.test.ts',
  'tests/unit/central-api/balancer.test.ts',
];

export default defineConfig({
  test: {
    // Many tests wait on real servers, child processes (scanimage, killed outboxes) and timers: four
    // workers keep the two cores of a build machine busy while some of them wait (264 s → 124 s).
    maxWorkers: 4,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Central APIs started by tests seed no demo offers unless a test asks (2.5 s for 20,000).
          env: { KIOSK_API_DEMO_OFFERS: '0' },
          include: ['tests/unit/**/*.test.ts'],
          exclude: isolatedUnitTests,
          // One module graph per worker, not per file: every central API test imported Fastify,
          // zod and the route schemas again, which was half the project's CPU time (55.8 → 25.5
          // cpu s for the central API's files). Tests share no state but caches: each starts its
          // own server and database.
          isolate: false,
          testTimeout: 20_000,
          // A beforeAll that starts a central API hashing with production argon2 settings took
          // over 10 s on a loaded 2-core machine.
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          environment: 'node',
          env: { KIOSK_API_DEMO_OFFERS: '0' },
          include: isolatedUnitTests,
          testTimeout: 20_000,
        },
      },
      {
        // The outbox against the real central API through a chaos proxy, and killed
        // child processes. Own project so it can be run alone (npx vitest run --project fault).
        test: {
          name: 'fault',
          environment: 'node',
          env: { KIOSK_API_DEMO_OFFERS: '0' },
          include: ['tests/fault/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The central API's own suites, fuzz and fault included, again on PostgreSQL: each test
        // API gets a schema of its own in the cluster scripts/postgres.mjs starts (npm test does).
        // Without KIOSK_TEST_POSTGRES_URL the project has nothing to run against and stays out.
        test: {
          name: 'postgres',
          environment: 'node',
          env: { KIOSK_API_DEMO_OFFERS: '0', KIOSK_TEST_DB: 'postgres' },
          include: process.env.KIOSK_TEST_POSTGRES_URL ? postgresSuites : [],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The idempotency and lockout suites again through a real nginx balancing two instances
        // on one PostgreSQL schema (tests/unit/central-api/balanced.ts): what one instance keeps
        // in memory fails here. Needs the cluster of scripts/postgres.mjs and Debian's nginx-light.
        test: {
          name: 'balanced',
          environment: 'node',
          env: { KIOSK_API_DEMO_OFFERS: '0', KIOSK_TEST_DB: 'postgres', KIOSK_TEST_BALANCED: '1' },
          include: process.env.KIOSK_TEST_POSTGRES_URL ? balancedSuites : [],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'electron-shell',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          // Components get the class map their CSS module really declares (a missing class is
          // undefined, as in the build) instead of vitest's default proxy that answers any name.
          css: { include: [/\.module\.css$/] },
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // A screen with its i18n and store takes 2-4 s in jsdom on a busy 2-core machine: the
          // default 5 s made timing, not behaviour, fail a test.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
