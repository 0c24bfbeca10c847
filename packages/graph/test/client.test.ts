import { describe, expect, it } from "vitest";
import { callScope, parseRetryAfter } from "../src/client";

describe("throttling scope of a Graph call", () => {
  it("classes getAllMessages, one message or its hosted contents, and the rest; names the team of channel calls", () => {
    expect(callScope("/v1.0/users/u1/chats/getAllMessages?$top=50")).toEqual({ class: "export" });
    expect(
      callScope("https://graph.microsoft.com/v1.0/teams/T1/channels/getAllMessages?$skiptoken=x"),
    ).toEqual({
      class: "export",
      team: "T1",
    });
    expect(callScope("/v1.0/teamwork/deletedTeams/T2/channels/getAllMessages")).toEqual({
      class: "export",
      team: "T2",
    });
    expect(callScope("/v1.0/chats/19%3Aa%40thread.v2/messages/123/hostedContents/abc/$value")).toEqual({
      class: "message",
    });
    expect(callScope("/v1.0/teams/T1/channels/19%3Ac%40thread.tacv2/messages/1/replies/2")).toEqual({
      class: "message",
      team: "T1",
    });
    expect(callScope("/v1.0/users?$select=id&$top=999")).toEqual({ class: "other" });
    expect(callScope("/v1.0/teams/T1/channels")).toEqual({ class: "other", team: "T1" });
  });

  it("reads Retry-After in seconds, fractional ones too, or as an HTTP date", () => {
    expect(parseRetryAfter("2.128")).toBe(2128);
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(55_000);
  });
});
