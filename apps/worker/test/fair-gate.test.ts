import { describe, expect, it } from "vitest";
import { FairGate } from "../src/fair-gate";

/** A task that holds its place until released, and records when it got in. */
function holder(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((r) => {
    release = r;
  });
  return {
    release: () => release(),
    run: async () => {
      log.push(name);
      await done;
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("FairGate", () => {
  it("lets tenants in by turns, whatever each has queued, and never more than its capacity", async () => {
    const gate = new FairGate(2);
    const log: string[] = [];
    const holders = new Map<string, ReturnType<typeof holder>>();
    const runs: Promise<void>[] = [];
    const submit = (tenant: string, n: number) => {
      const name = `${tenant}${n}`;
      const h = holder(log, name);
      holders.set(name, h);
      runs.push(gate.run(tenant, h.run));
    };
    // A large tenant queues six pages before a small one queues two.
    for (let i = 1; i <= 6; i++) submit("big", i);
    submit("small", 1);
    submit("small", 2);
    await tick();
    expect(log).toEqual(["big1", "big2"]);
    expect(gate.queued).toBe(6);
    // Each freed place goes to the tenant whose turn it is, not to the oldest waiter.
    for (const name of ["big1", "big2", "big3", "small1", "big4", "small2", "big5", "big6"]) {
      holders.get(name)?.release();
      await tick();
    }
    await Promise.all(runs);
    expect(log).toEqual(["big1", "big2", "big3", "small1", "big4", "small2", "big5", "big6"]);
    expect(gate.queued).toBe(0);
  });

  it("frees its place when the holder fails", async () => {
    const gate = new FairGate(1);
    await expect(gate.run("t", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run("t", async () => "next")).toBe("next");
  });
});
