import { defineConfig } from "vitest/config";

// Each app and package is a project of its own; the global setup finds real Postgres and Redis once.
export default defineConfig({
  test: {
    globalSetup: ["./packages/testing/src/global-setup.ts"],
    projects: [
      "apps/*/vitest.config.ts",
      "packages/*/vitest.config.ts",
      "bench/vitest.config.ts",
      "tests/*/vitest.config.ts",
    ],
    pool: "forks",
  },
});
