// Simulator process for the throughput benchmark: limits off, faults off, latency 0.
import { createSimulator } from "../src/index";

const sim = await createSimulator({ seed: 1, limits: { perAppRps: 0, perAppTenantRps: 0 } });
sim.control.createTenant({
  name: "bench",
  sizes: {
    users: 200,
    chatsPerUser: 10,
    messagesPerChat: 500,
    teams: 4,
    channelsPerTeam: 4,
    messagesPerChannel: 5000,
  },
});
const url = await sim.listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1" });
// CPU used by this process, reported at start and at exit so the benchmark can compute CPU time per page
// (a figure that does not depend on what else shares the machine).
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
process.stdout.write(`${url} cpu=${cpu()}\n`);
process.on("SIGTERM", () => {
  process.stdout.write(`exit cpu=${cpu()}\n`);
  void sim.close().then(() => process.exit(0));
});
