import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import net from "node:net";

/**
 * Finds the PostgreSQL and Redis that tests and the demo use, always real servers:
 * 1. DATABASE_URL / REDIS_URL when set;
 * 2. otherwise containers through testcontainers, when a Docker engine answers;
 * 3. otherwise local servers on the default ports, started when installed but stopped.
 */
export interface Services {
  databaseUrl: string;
  redisUrl: string;
  source: "environment" | "containers" | "local";
  stop(): Promise<void>;
}

export class ServicesUnavailableError extends Error {}

const LOCAL_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_REDIS_URL = "redis://127.0.0.1:6379";

function portOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

async function waitForPort(host: string, port: number, totalMs: number): Promise<boolean> {
  const deadline = Date.now() + totalMs;
  while (Date.now() < deadline) {
    if (await portOpen(host, port, 500)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function hostPort(url: string, defaultPort: number): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname || "127.0.0.1", port: Number(u.port || defaultPort) };
}

function commandExists(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

/** Starts the locally installed PostgreSQL cluster (Debian layout) if it is stopped. */
function startLocalPostgres(): boolean {
  if (!commandExists("pg_ctlcluster") || !existsSync("/etc/postgresql")) return false;
  const version = readdirSync("/etc/postgresql")[0];
  if (!version) return false;
  const run = spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], {
    stdio: "ignore",
  });
  return run.status === 0 || run.status === 2; // 2: already running
}

function startLocalRedis(): boolean {
  if (!commandExists("redis-server")) return false;
  const args = [
    "--daemonize",
    "yes",
    "--bind",
    "127.0.0.1",
    "--port",
    "6379",
    "--save",
    "",
    "--appendonly",
    "no",
  ];
  return spawnSync("redis-server", args, { stdio: "ignore" }).status === 0;
}

async function dockerEngineAnswers(): Promise<boolean> {
  if (process.env.CAPSTAN_NO_CONTAINERS === "1") return false;
  if (!commandExists("docker")) return false;
  try {
    execFileSync("docker", ["info", "--format", "{{.ServerVersion}}"], { stdio: "ignore", timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

async function startContainers(): Promise<Services> {
  const { GenericContainer, Wait } = await import("testcontainers");
  const [postgres, redis] = await Promise.all([
    new GenericContainer("postgres:17")
      .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: "trust" })
      .withExposedPorts(5432)
      .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
      .start(),
    new GenericContainer("redis:7").withExposedPorts(6379).start(),
  ]);
  return {
    databaseUrl: `postgresql://postgres@${postgres.getHost()}:${postgres.getMappedPort(5432)}/postgres`,
    redisUrl: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
    source: "containers",
    async stop() {
      await Promise.all([postgres.stop(), redis.stop()]);
    },
  };
}

const noop = async () => {};

export async function resolveServices(): Promise<Services> {
  const envDb = process.env.DATABASE_URL;
  const envRedis = process.env.REDIS_URL;
  if (envDb && envRedis) return { databaseUrl: envDb, redisUrl: envRedis, source: "environment", stop: noop };

  if (!envDb && !envRedis && (await dockerEngineAnswers())) return startContainers();

  const databaseUrl = envDb ?? LOCAL_DATABASE_URL;
  const redisUrl = envRedis ?? LOCAL_REDIS_URL;
  const pg = hostPort(databaseUrl, 5432);
  const rd = hostPort(redisUrl, 6379);
  if (
    !(await portOpen(pg.host, pg.port)) &&
    !(startLocalPostgres() && (await waitForPort(pg.host, pg.port, 15_000)))
  ) {
    throw new ServicesUnavailableError(
      `PostgreSQL is not reachable at ${pg.host}:${pg.port}: set DATABASE_URL, start Docker, or install and start PostgreSQL (apt-get install postgresql).`,
    );
  }
  if (
    !(await portOpen(rd.host, rd.port)) &&
    !(startLocalRedis() && (await waitForPort(rd.host, rd.port, 10_000)))
  ) {
    throw new ServicesUnavailableError(
      `Redis is not reachable at ${rd.host}:${rd.port}: set REDIS_URL, start Docker, or install and start Redis (apt-get install redis-server).`,
    );
  }
  return { databaseUrl, redisUrl, source: envDb || envRedis ? "environment" : "local", stop: noop };
}
