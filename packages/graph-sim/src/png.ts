import { createHash } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import { hash } from "./hash";

// Small, valid, deterministic PNG images for hostedContents/$value.

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0, 0);
  return Buffer.concat([len, td, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** RGB image whose size, colours and pattern derive from `key`. */
export function makePng(key: number): Buffer {
  const w = 16 + (hash(key, 1) % 80);
  const h = 16 + (hash(key, 2) % 80);
  const c1 = hash(key, 3);
  const c2 = hash(key, 4);
  const cell = 2 + (hash(key, 5) % 10);
  const raw = Buffer.alloc((w * 3 + 1) * h);
  let o = 0;
  for (let y = 0; y < h; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      const c = ((Math.floor(x / cell) + Math.floor(y / cell)) & 1) === 0 ? c1 : c2;
      raw[o++] = (c >>> 16) & 255;
      raw[o++] = ((c >>> 8) & 255) ^ (x * 3);
      raw[o++] = (c & 255) ^ (y * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const cache = new Map<number, { bytes: Buffer; sha256: string }>();

export function pngFor(key: number): { bytes: Buffer; sha256: string } {
  let hit = cache.get(key);
  if (!hit) {
    const bytes = makePng(key);
    hit = { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
    if (cache.size > 20_000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}
