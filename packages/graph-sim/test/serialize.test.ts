import { describe, expect, it } from "vitest";
import { TenantData } from "../src/data";
import { DEFAULT_SIZES } from "../src/index";

describe("fast serialization", () => {
  it("genString is byte-identical to JSON.stringify(buildJson) for chat and channel messages", () => {
    const d = new TenantData({
      seed: 3,
      id: "t-serialize",
      name: "ser",
      sizes: {
        ...DEFAULT_SIZES,
        users: 12,
        chatsPerUser: 4,
        messagesPerChat: 300,
        teams: 2,
        channelsPerTeam: 2,
        messagesPerChannel: 600,
        guests: 1,
        deletedUsers: 1,
        externalShare: 0.1,
      },
      anchorMs: Date.UTC(2026, 10, 1),
    });
    let n = 0;
    for (const c of [...d.chats, ...d.teams.flatMap((t) => t.channels)]) {
      for (let i = 0; i < c.genCount; i++) {
        const m = d.meta(c, i);
        expect(d.genString(c, m)).toBe(JSON.stringify(d.buildJson(c, m)));
        n++;
      }
    }
    expect(n).toBeGreaterThan(5000);
    expect(d.externals.length).toBeGreaterThan(0);
  });
});

describe("iso()", () => {
  it("matches Date.prototype.toISOString", async () => {
    const { iso } = await import("../src/data");
    for (let k = 0; k < 20_000; k++) {
      const ms = Math.floor(Date.UTC(2020, 0, 1) + k * 7_919_311.7);
      expect(iso(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
