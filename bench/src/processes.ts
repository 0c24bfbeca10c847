import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { REPO_ROOT } from "@capstan/testing";

/** A Capstan process (simulator, API or worker) started as a child, its output kept in a log file. */
export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  logFile: string;
  /** Resolves when a line of its output matches. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  exited(): boolean;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node --import tsx <script>` (script relative to the repository root), as the demo does. */
export function startNode(
  name: string,
  script: string,
  env: Record<string, string>,
  logDir: string,
  onUnexpectedExit?: (name: string, code: number | null, signal: string | null) => void,
  nodeArgs: string[] = [],
): Child {
  const proc = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.join(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let partial = "";
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    if (waiters.length === 0) return;
    partial += chunk.toString();
    const lines = partial.split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      for (let i = waiters.length - 1; i >= 0; i--) {
        const w = waiters[i]!;
        if (w.pattern.test(line)) {
          waiters.splice(i, 1);
          w.resolve(line);
        }
      }
    }
  };
  proc.stdout?.on("data", onData);
  proc.stderr?.on("data", onData);
  let stopping = false;
  let exitedFlag = false;
  const exit = new Promise<void>((resolve) =>
    proc.once("exit", (code, signal) => {
      exitedFlag = true;
      log.end();
      if (!stopping) onUnexpectedExit?.(name, code, signal);
      resolve();
    }),
  );
  return {
    name,
    proc,
    pid: proc.pid as number,
    logFile,
    waitForLine(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${name}: no line matching ${pattern} in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exit.then(() => {
          clearTimeout(timer);
          reject(new Error(`${name} exited before printing ${pattern}; see ${logFile}`));
        });
      });
    },
    async stop(graceMs = 10_000) {
      stopping = true;
      if (exitedFlag) return;
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
      await exit;
      clearTimeout(timer);
    },
    exited: () => exitedFlag,
  };
}

export async function waitForHttp(url: string, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up at ${url}`);
}

// ---- /proc readings (Linux) ----

/** Resident set size of a process in bytes (VmRSS), or null when it is gone. */
export function rssBytes(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** CPU time (user + system) a process has used, in seconds, or null when it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.reduce((s, x) => s + x, 0);
  return { busy: total - idle, total };
}
