import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "graph-sim",
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
