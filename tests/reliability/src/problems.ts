import { expect } from "vitest";

/** Signs of an internal leaking out: stack frames, source paths, driver and ORM internals. */
const INTERNALS =
  /\n\s+at |\bat [\w.<>$]+ \(|node_modules|\/work\/main|\.ts:\d+:\d+|\.m?js:\d+:\d+|PrismaClient|Invalid `prisma|driverAdapterError|ECONNREFUSED|Connection terminated|syscall/;

export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** An RFC 9457 problem+json answer with the given status (or class), and nothing internal in it. */
export function expectProblem(
  res: Answer,
  status?: number | "4xx" | "5xx",
  what = "",
): Record<string, unknown> {
  const label = `${what} ${res.statusCode} ${res.body.slice(0, 300)}`;
  if (status === "4xx") expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
  if (status === "4xx") expect(res.statusCode, label).toBeLessThan(500);
  if (typeof status === "number") expect(res.statusCode, label).toBe(status);
  expect(String(res.headers["content-type"]), label).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body) as Record<string, unknown>;
  expect(body.status, label).toBe(res.statusCode);
  expect(body.type, label).toBe(`https://capstan.dev/problems/${body.code}`);
  expect(typeof body.title, label).toBe("string");
  expect(typeof body.requestId, label).toBe("string");
  expect(leaksInternals(res.body), label).toBe(false);
  return body;
}

export const leaksInternals = (text: string) => INTERNALS.test(text);
