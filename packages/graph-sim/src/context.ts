import type { Socket } from "node:net";
import type { SimState } from "./state";
import type { SigningKeys, TokenVerifier } from "./tokens";

/** Everything the route modules share. */
export interface SimContext {
  state: SimState;
  keys: SigningKeys;
  verifier: TokenVerifier;
  /** Sockets of requests the "hang" fault never answers; destroyed on close. */
  hung: Set<Socket>;
  logger: boolean;
}
