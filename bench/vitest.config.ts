import { defineConfig } from "vitest/config";

// The quick benchmark run as a smoke test: it only checks that every scenario completes and writes its report.
export default defineConfig({
  test: {
    name: "bench",
    include: ["test/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
