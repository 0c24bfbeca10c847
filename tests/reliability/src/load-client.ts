// Runs autocannon in a process of its own (so the load generator does not share the API's event loop) and
// prints its result as one JSON line. Options come as JSON in LOAD_OPTIONS. Targets 127.0.0.1 only.
import autocannon from "autocannon";

const options = JSON.parse(process.env.LOAD_OPTIONS ?? "{}") as Parameters<typeof autocannon>[0];
if (!/^http:\/\/127\.0\.0\.1:\d+/.test(options.url)) throw new Error("load tests target 127.0.0.1 only");
const result = await autocannon(options);
process.stdout.write(`${JSON.stringify(result)}\n`);
