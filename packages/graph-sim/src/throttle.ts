import type { PeakStat } from "./types";

/** Exact sliding 1-second window of event timestamps (monotonic ms). */
export class SlidingWindow {
  private ts: number[] = [];
  private head = 0;

  count(now: number): number {
    const cutoff = now - 1000;
    while (this.head < this.ts.length && this.ts[this.head]! <= cutoff) this.head++;
    if (this.head > 4096 && this.head * 2 > this.ts.length) {
      this.ts = this.ts.slice(this.head);
      this.head = 0;
    }
    return this.ts.length - this.head;
  }

  add(now: number): void {
    this.ts.push(now);
  }

  /** ms until the oldest event leaves the window. */
  msUntilFree(now: number): number {
    const oldest = this.ts[this.head];
    return oldest === undefined ? 0 : Math.max(0, oldest + 1000 - now);
  }
}

/** Per-key attempted/served windows plus the peak counts seen in any 1-second window. */
export class RateTracker {
  private readonly attempted = new Map<string, SlidingWindow>();
  private readonly served = new Map<string, SlidingWindow>();
  readonly peaks = new Map<string, PeakStat>();

  private win(map: Map<string, SlidingWindow>, key: string): SlidingWindow {
    let w = map.get(key);
    if (!w) {
      w = new SlidingWindow();
      map.set(key, w);
    }
    return w;
  }

  private peak(key: string): PeakStat {
    let p = this.peaks.get(key);
    if (!p) {
      p = { attempted: 0, served: 0 };
      this.peaks.set(key, p);
    }
    return p;
  }

  /** Record an arriving request; returns how many were served in the trailing second before it. */
  arrive(key: string, now: number): number {
    const a = this.win(this.attempted, key);
    a.count(now);
    a.add(now);
    const p = this.peak(key);
    const n = a.count(now);
    if (n > p.attempted) p.attempted = n;
    return this.win(this.served, key).count(now);
  }

  serve(key: string, now: number): void {
    const s = this.win(this.served, key);
    s.add(now);
    const n = s.count(now);
    const p = this.peak(key);
    if (n > p.served) p.served = n;
  }

  msUntilFree(key: string, now: number): number {
    return this.win(this.served, key).msUntilFree(now);
  }

  resetPeaks(): void {
    this.peaks.clear();
  }
}
