import type { Db } from "@capstan/db";
import type { Simulator } from "@capstan/graph-sim";
import { expect } from "vitest";
import { storedState, truthState } from "../../../apps/worker/test/helpers";

/**
 * What Capstan stored for the tenant is exactly the simulator's ground truth: every current version (no
 * more, no less), every deletion and every hosted content; and no version was stored twice.
 */
export async function expectGroundTruth(db: Db, sim: Simulator, simTenantId: string, tenantId: string) {
  const truth = truthState(sim.control.groundTruth({ tenant: simTenantId, scope: { tenant: true } }));
  const stored = await storedState(db, tenantId);
  expect(stored.versions.size).toBeGreaterThan(0);
  expect(stored.versions).toEqual(truth.current);
  expect(stored.current).toEqual(truth.current);
  expect(stored.deletions).toEqual(truth.deletions);
  expect(stored.hosted).toEqual(truth.hosted);
  // Rows, not just distinct keys: nothing was stored twice.
  expect(await db.messageVersion.count({ where: { tenantId } })).toBe(truth.current.size);
  return { versions: truth.current.size, deletions: truth.deletions.size, hosted: truth.hosted.size };
}
