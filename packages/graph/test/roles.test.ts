import { describe, expect, it } from "vitest";
import { missingRoles, REQUIRED_ROLES, tokenRoles } from "../src/roles";

const jwt = (claims: unknown) => `h.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`;

describe("token roles", () => {
  it("reads the roles claim, and finds nothing in what is not a JWT with roles", () => {
    expect(tokenRoles(jwt({ roles: ["Chat.Read.All", 7] }))).toEqual(["Chat.Read.All"]);
    expect(tokenRoles(jwt({ scp: "x" }))).toEqual([]);
    expect(tokenRoles("opaque")).toEqual([]);
    expect(tokenRoles("a.!!!.b")).toEqual([]);
  });

  it("names the required roles missing; Team.ReadBasic.All or Directory.Read.All stand in where they list the same", () => {
    expect(missingRoles([...REQUIRED_ROLES])).toEqual([]);
    expect(missingRoles([])).toEqual([...REQUIRED_ROLES]);
    expect(
      missingRoles(["Chat.Read.All", "ChannelMessage.Read.All", "User.Read.All", "Team.ReadBasic.All"]),
    ).toEqual([]);
    expect(missingRoles(["Chat.Read.All", "ChannelMessage.Read.All", "Directory.Read.All"])).toEqual([]);
    expect(missingRoles(["ChannelMessage.Read.All", "User.Read.All", "Group.Read.All"])).toEqual([
      "Chat.Read.All",
    ]);
  });
});
