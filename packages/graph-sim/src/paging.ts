import { DELETED_VISIBLE_MS } from "./constants";
import type { Container, TenantData } from "./data";
import type { CompiledFilter } from "./filter";
import { hash, shuffleInPlace } from "./hash";

// The getAllMessages engine: walks a scope's containers from a position (container ordinal, phase, index),
// phase 0 = generated messages in the filter's index range (with overlay substitution), phase 1 = overlay
// records outside that range (posted messages, or mutated ones whose lastModified moved).

export interface Position {
  c: number;
  p: number;
  i: number;
}

export interface PageResult {
  items: Buffer[];
  next: Position | null;
}

/** Max candidates examined per page; a sparse filter yields a short page with a nextLink. */
export const SCAN_LIMIT = 20_000;

export function buildPage(
  data: TenantData,
  containers: Container[],
  from: Position,
  filter: CompiledFilter,
  opts: {
    limit: number;
    nowMs: number;
    duplicate: boolean;
    pageKey: number;
    /** getAllRetainedMessages under a retention policy: deleted messages never leave. */
    keepDeleted?: boolean;
  },
): PageResult {
  const items: Buffer[] = [];
  const positions: Position[] = [];
  const { gtMs, ltMs, pred } = filter;
  const expiredBefore = opts.keepDeleted ? Number.NEGATIVE_INFINITY : opts.nowMs - DELETED_VISIBLE_MS;
  let scanned = 0;
  let ci = from.c;
  let phase = from.p;
  let k = from.i;
  let stopped: Position | null = null;

  outer: while (ci < containers.length) {
    const c = containers[ci]!;
    const ov = data.overlay(c);
    const [lo, hi] = data.indexRange(c, gtMs, ltMs);
    if (phase === 0) {
      if (k < lo) k = lo;
      while (k < hi) {
        if (items.length >= opts.limit || scanned >= SCAN_LIMIT) {
          stopped = { c: ci, p: 0, i: k };
          break outer;
        }
        scanned++;
        const rec = ov?.byIndex.get(k);
        if (rec) {
          if (
            rec.lmMs > gtMs &&
            rec.lmMs < ltMs &&
            !(rec.deletedMs && rec.deletedMs <= expiredBefore) &&
            (!pred || pred(data.viewOfOverlay(rec)))
          ) {
            items.push(rec.buf);
            positions.push({ c: ci, p: 0, i: k });
          }
        } else {
          const m = data.meta(c, k);
          if (
            m.lmMs > gtMs &&
            m.lmMs < ltMs &&
            !(m.deletedMs && m.deletedMs <= expiredBefore) &&
            (!pred || pred(data.view(m)))
          ) {
            items.push(data.genBuffer(c, m));
            positions.push({ c: ci, p: 0, i: k });
          }
        }
        k++;
      }
      phase = 1;
      k = 0;
    }
    const touched = ov?.touched;
    if (touched) {
      while (k < touched.length) {
        if (items.length >= opts.limit || scanned >= SCAN_LIMIT) {
          stopped = { c: ci, p: 1, i: k };
          break outer;
        }
        scanned++;
        const rec = touched[k]!;
        if (
          (rec.index < 0 || rec.index < lo || rec.index >= hi) &&
          rec.lmMs > gtMs &&
          rec.lmMs < ltMs &&
          !(rec.deletedMs && rec.deletedMs <= expiredBefore) &&
          (!pred || pred(data.viewOfOverlay(rec)))
        ) {
          items.push(rec.buf);
          positions.push({ c: ci, p: 1, i: k });
        }
        k++;
      }
    }
    ci++;
    phase = 0;
    k = 0;
  }

  let next = stopped;
  // Duplicate fault: serve the page's last item again at the start of the next page.
  if (next && opts.duplicate && items.length >= 2) next = positions[positions.length - 1]!;
  shuffleInPlace(items, hash(data.key, opts.pageKey, 0x5a));
  return { items, next };
}
