import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type { Config } from "@capstan/config";
import { REPO_ROOT } from "@capstan/testing";

const ENTRY = path.join(import.meta.dirname, "worker-entry.ts");

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** A worker in a process of its own, as in production, so it can be killed with SIGKILL at any point. */
export function spawnWorker(config: Config, overrides: Record<string, string> = {}): WorkerProcess {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) if (value !== undefined) env[key] = String(value);
  let stderr = "";
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, ...overrides },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (d) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      if (signal !== "SIGKILL" && signal !== "SIGTERM" && code !== 0) {
        process.stderr.write(`worker exited ${code}: ${stderr}\n`);
      }
      resolve({ code, signal });
    }),
  );
  return {
    child,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
