import { z } from "zod";

export const Uuid = z.uuid();

/** RFC 9457 problem details; `code` is stable and meant for programs, `detail` for people. */
export const Problem = z
  .object({
    type: z.string().describe("A URI naming the kind of problem"),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe("Stable machine-readable error code"),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe("Field-level validation errors"),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof Problem>;

export const CursorQuery = z.object({
  cursor: z.string().max(512).optional().describe("Opaque cursor from the previous page's nextCursor"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as ?cursor= to get the next page; null on the last"),
  });
}

/** Graph object ids: GUIDs, UPNs, and the 19:…@thread.v2 style chat/channel ids. No control characters. */
export const GraphId = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[A-Za-z0-9@._:\-=+]+$/, "must be a Graph id");
