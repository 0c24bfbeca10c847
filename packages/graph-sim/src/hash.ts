// Fast, non-cryptographic integer hashing used to derive all simulated data lazily.
// Every generated value is a pure function of (seed, tenant key, container, index, salt).

/** 32-bit avalanche mixer (lowbias32). */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash up to five integers into one unsigned 32-bit value. */
export function hash(a: number, b = 0, c = 0, d = 0, e = 0): number {
  let h = mix32(a ^ 0x9e3779b9);
  h = mix32(h ^ Math.imul(b | 0, 0x85ebca6b) ^ (b / 4294967296));
  h = mix32(h ^ Math.imul(c | 0, 0xc2b2ae35) ^ (c / 4294967296));
  h = mix32(h ^ Math.imul(d | 0, 0x27d4eb2f) ^ (d / 4294967296));
  h = mix32(h ^ Math.imul(e | 0, 0x165667b1) ^ (e / 4294967296));
  return h;
}

/** Uniform float in [0, 1) from a hash. */
export function unit(h: number): number {
  return h / 4294967296;
}

/** FNV-1a over a string, then mixed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

/** Deterministic sequential PRNG (mulberry32) for fault decisions. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

const HEX = "0123456789abcdef";

function hex8(n: number): string {
  let s = "";
  for (let i = 7; i >= 0; i--) s += HEX[(n >>> (i * 4)) & 15];
  return s;
}

/** Deterministic v4-shaped GUID from a key. */
export function guid(seed: number, a: number, b = 0, c = 0): string {
  const h1 = hash(seed, a, b, c, 1);
  const h2 = hash(seed, a, b, c, 2);
  const h3 = hash(seed, a, b, c, 3);
  const h4 = hash(seed, a, b, c, 4);
  const s2 = hex8(h2);
  const s3 = hex8(h3);
  return `${hex8(h1)}-${s2.slice(0, 4)}-4${s2.slice(5, 8)}-${HEX[8 + (h3 & 3)]}${s3.slice(1, 4)}-${s3.slice(4, 8)}${hex8(h4)}`;
}

/** Deterministic 32-char hex string. */
export function hex32(seed: number, a: number, b = 0, c = 0): string {
  return (
    hex8(hash(seed, a, b, c, 11)) +
    hex8(hash(seed, a, b, c, 12)) +
    hex8(hash(seed, a, b, c, 13)) +
    hex8(hash(seed, a, b, c, 14))
  );
}

/** Fisher-Yates shuffle of 0..n-1 driven by a hash key. */
export function shuffledIndices(n: number, key: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = hash(key, i, 77) % (i + 1);
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

export function shuffleInPlace<T>(arr: T[], key: number): void {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = hash(key, i, 91) % (i + 1);
    const t = arr[i]!;
    arr[i] = arr[j]!;
    arr[j] = t;
  }
}
