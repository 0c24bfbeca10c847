import { execFile } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "@capstan/testing";
import type { Options, Result } from "autocannon";

/** Runs autocannon against the API from a separate process and returns its result. */
export function runLoad(options: Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "load-client.ts")],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, LOAD_OPTIONS: JSON.stringify(options) },
        maxBuffer: 64 * 1024 * 1024,
        timeout: ((options.duration ?? 30) + 60) * 1000,
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`load client failed: ${error.message}\n${stderr}`));
        const line = stdout.trim().split("\n").pop() ?? "";
        resolve(JSON.parse(line) as Result);
      },
    );
  });
}
