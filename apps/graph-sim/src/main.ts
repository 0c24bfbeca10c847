import { createSimulator, type FaultPatch } from "@capstan/graph-sim";

// Standalone runner for the Graph / Entra simulator. All settings come from the environment.

const env = process.env;
const num = (name: string): number | undefined => {
  const v = env[name];
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got '${v}'`);
  return n;
};

const faults: FaultPatch = {};
const rate = (name: string, field: Exclude<keyof FaultPatch, "latency">) => {
  const v = num(name);
  if (v !== undefined) faults[field] = v;
};
rate("SIM_FAULT_500", "error500");
rate("SIM_FAULT_503", "error503");
rate("SIM_FAULT_504", "error504");
rate("SIM_FAULT_SKIPTOKEN_500", "skiptoken500");
rate("SIM_FAULT_SHORT_PAGE", "shortPage");
rate("SIM_FAULT_DUPLICATE", "duplicate");
rate("SIM_FAULT_RESET", "reset");
rate("SIM_FAULT_HANG", "hang");
const latencyMs = num("SIM_LATENCY_MS");
const jitterMs = num("SIM_JITTER_MS");
const latencyRate = num("SIM_LATENCY_RATE");
if (latencyRate !== undefined) faults.latency = { rate: latencyRate };

const limits = {
  ...(num("SIM_PER_APP_RPS") !== undefined ? { perAppRps: num("SIM_PER_APP_RPS")! } : {}),
  ...(num("SIM_PER_APP_TENANT_RPS") !== undefined ? { perAppTenantRps: num("SIM_PER_APP_TENANT_RPS")! } : {}),
  ...(env.SIM_TEAM_CHANNEL_THROTTLE
    ? {
        teamChannelThrottle:
          env.SIM_TEAM_CHANNEL_THROTTLE === "1" || env.SIM_TEAM_CHANNEL_THROTTLE === "true",
      }
    : {}),
  ...(env.SIM_OMIT_RETRY_AFTER
    ? { omitRetryAfter: env.SIM_OMIT_RETRY_AFTER === "1" || env.SIM_OMIT_RETRY_AFTER === "true" }
    : {}),
};

const sim = await createSimulator({
  seed: num("SIM_SEED") ?? 1,
  logger: env.SIM_LOG === "1" || env.SIM_LOG === "true",
  limits,
  faults,
  ...(latencyMs !== undefined ? { latencyMs } : {}),
  ...(jitterMs !== undefined ? { jitterMs } : {}),
});
const url = await sim.listen({ port: num("PORT") ?? 4010, host: env.HOST ?? "127.0.0.1" });
console.log(
  `graph-sim listening on ${url} (seed ${sim.control.getConfig().seed}); control API at ${url}/_sim/health`,
);

let closing = false;
const shutdown = async (signal: string) => {
  if (closing) return;
  closing = true;
  console.log(`graph-sim: ${signal}, shutting down`);
  await sim.close();
  process.exit(0);
};
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
