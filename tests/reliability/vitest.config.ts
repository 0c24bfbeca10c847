import { defineConfig } from "vitest/config";

// The reliability and security suite. CAPSTAN_RELIABILITY_LONG=1 runs the long variants (more trials, longer
// load); see docs/reliability.md.
const long = process.env.CAPSTAN_RELIABILITY_LONG === "1";

export default defineConfig({
  test: {
    name: "reliability",
    include: ["test/**/*.test.ts"],
    testTimeout: long ? 3_600_000 : 120_000,
    hookTimeout: 120_000,
  },
});
