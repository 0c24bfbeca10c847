import type { MsgView } from "./data";

// Parser for the $filter dialect getAllMessages accepts. Anything else is "Invalid $filter query.".

export class FilterError extends Error {}

export interface CompiledFilter {
  gtMs: number;
  ltMs: number;
  pred: ((v: MsgView) => boolean) | null;
}

type Node =
  | { t: "and" | "or"; a: Node; b: Node }
  | { t: "cmp"; path: string; op: string; value: string; quoted: boolean };

const TOKEN = /\s*(\(|\)|'(?:[^']|'')*'|[^\s()]+)/y;

function tokenize(s: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < s.length) {
    const m = TOKEN.exec(s);
    if (!m) break;
    out.push(m[1]!);
  }
  if (s.slice(TOKEN.lastIndex).trim() !== "") throw new FilterError();
  return out;
}

function parse(tokens: string[]): Node {
  let p = 0;
  const peek = () => tokens[p]?.toLowerCase();
  const atom = (): Node => {
    if (tokens[p] === "(") {
      p++;
      const n = orExpr();
      if (tokens[p++] !== ")") throw new FilterError();
      return n;
    }
    const path = tokens[p++];
    const op = tokens[p++]?.toLowerCase();
    const raw = tokens[p++];
    if (!path || !op || raw === undefined || raw === "(" || raw === ")") throw new FilterError();
    const quoted = raw.startsWith("'");
    const value = quoted ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    return { t: "cmp", path, op, value, quoted };
  };
  const andExpr = (): Node => {
    let n = atom();
    while (peek() === "and") {
      p++;
      n = { t: "and", a: n, b: atom() };
    }
    return n;
  };
  const orExpr = (): Node => {
    let n = andExpr();
    while (peek() === "or") {
      p++;
      n = { t: "or", a: n, b: andExpr() };
    }
    return n;
  };
  const n = orExpr();
  if (p !== tokens.length) throw new FilterError();
  return n;
}

function conjuncts(n: Node, out: Node[]): Node[] {
  if (n.t === "and") {
    conjuncts(n.a, out);
    conjuncts(n.b, out);
  } else out.push(n);
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

function compilePred(n: Node, chats: boolean): (v: MsgView) => boolean {
  if (n.t === "and" || n.t === "or") {
    const a = compilePred(n.a, chats);
    const b = compilePred(n.b, chats);
    return n.t === "and" ? (v) => a(v) && b(v) : (v) => a(v) || b(v);
  }
  if (n.t !== "cmp") throw new FilterError();
  if (!chats || !n.quoted) throw new FilterError();
  const path = n.path.toLowerCase();
  const val = n.value;
  const lower = val.toLowerCase();
  if (path === "from/user/id" && n.op === "eq") return (v) => v.fromUserId?.toLowerCase() === lower;
  if (path === "from/user/useridentitytype" && n.op === "eq")
    return (v) => v.fromUserType?.toLowerCase() === lower;
  if (path === "from/application/applicationidentitytype" && n.op === "eq")
    return (v) => v.fromAppType?.toLowerCase() === lower;
  if (path === "messagetype" && (n.op === "eq" || n.op === "ne") && lower === "systemeventmessage")
    return n.op === "eq"
      ? (v) => v.messageType === "systemEventMessage"
      : (v) => v.messageType !== "systemEventMessage";
  throw new FilterError();
}

/**
 * lastModifiedDateTime gt/lt clauses must be top-level conjuncts; chats also accept from/… and messageType
 * clauses (joined with or/and). Channels accept only the date range.
 */
export function compileFilter(raw: string | undefined | null, chats: boolean): CompiledFilter {
  const out: CompiledFilter = { gtMs: Number.NEGATIVE_INFINITY, ltMs: Number.POSITIVE_INFINITY, pred: null };
  if (raw === undefined || raw === null) return out;
  let tree: Node;
  try {
    tree = parse(tokenize(raw));
  } catch {
    throw new FilterError();
  }
  const rest: ((v: MsgView) => boolean)[] = [];
  for (const c of conjuncts(tree, [])) {
    if (c.t === "cmp" && c.path.toLowerCase() === "lastmodifieddatetime") {
      if ((c.op !== "gt" && c.op !== "lt") || !DATE.test(c.value)) throw new FilterError();
      const ms = Date.parse(c.value);
      if (Number.isNaN(ms)) throw new FilterError();
      if (c.op === "gt") out.gtMs = Math.max(out.gtMs, ms);
      else out.ltMs = Math.min(out.ltMs, ms);
    } else rest.push(compilePred(c, chats));
  }
  if (rest.length === 1) out.pred = rest[0]!;
  else if (rest.length > 1) out.pred = (v) => rest.every((f) => f(v));
  return out;
}
