import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import type { Queue } from "bullmq";
import type { FastifyInstance } from "fastify";
import { deny } from "./layout";

const BASE = "/ops/queues";

/** bull-board's page asks for a web font from the internet; the dashboard loads nothing from outside. */
const EXTERNAL_LINK = /<link[^>]+href="https?:\/\/[^"]*"[^>]*>/g;

const BOARD_CSP = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/**
 * bull-board on the export-task queue under /ops/queues, behind the same ops sign-in as the rest of /ops
 * (the caller's hooks run first). Read-only unless OPS_DASHBOARD_WRITES: bull-board then hides its actions
 * and refuses them, and anything but GET is refused here too.
 */
export async function mountQueues(app: FastifyInstance, options: { queue: Queue; writable: boolean }) {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BASE);
  createBullBoard({
    queues: [new BullMQAdapter(options.queue, { readOnlyMode: !options.writable })],
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: "Capstan queues",
        miscLinks: [{ text: "Ops dashboard", url: "/ops/" }],
      },
    },
  });
  await app.register(async (board) => {
    board.addHook("onRequest", async (request, reply) => {
      if (!options.writable && request.method !== "GET" && request.method !== "HEAD") {
        return deny(
          request,
          reply,
          403,
          "ops_read_only",
          "The queues are read-only here; set OPS_DASHBOARD_WRITES=true to act on jobs.",
        );
      }
    });
    board.addHook("onSend", async (_request, reply, payload) => {
      const type = String(reply.getHeader("content-type") ?? "");
      if (!type.startsWith("text/html")) return payload;
      reply.header("content-security-policy", BOARD_CSP);
      reply.header("cache-control", "no-store");
      return typeof payload === "string" ? payload.replace(EXTERNAL_LINK, "") : payload;
    });
    await board.register(serverAdapter.registerPlugin() as never, { prefix: "/queues" });
  });
}
