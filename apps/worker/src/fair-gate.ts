/**
 * At most `capacity` holders at once, and waiters let in one tenant at a time, round-robin: a tenant with
 * a hundred pages waiting and a tenant with one each get the next free place in turn. The export engine
 * stores pages through it: a FIFO wait (the database pool's own) would put a small tenant's page behind
 * every page a large tenant had already queued, so on a busy worker the small export would take as long
 * as the large one's backlog instead of its own time.
 */
export class FairGate {
  private held = 0;
  /** Waiters per key, in arrival order; keys in the order they are served. */
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`capacity must be ≥ 1, not ${capacity}`);
  }

  /** Runs `fn` once a place is free and it is `key`'s turn. */
  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  /** How many wait, across every key. */
  get queued(): number {
    let n = 0;
    for (const q of this.waiting.values()) n += q.length;
    return n;
  }

  private acquire(key: string): Promise<void> {
    if (this.held < this.capacity && this.waiting.size === 0) {
      this.held++;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(key);
      if (queue) queue.push(resolve);
      else this.waiting.set(key, [resolve]);
    });
  }

  private release(): void {
    // The place passes straight to the next key in turn, which then goes to the back of the line.
    const next = this.waiting.entries().next();
    if (next.done) {
      this.held--;
      return;
    }
    const [key, queue] = next.value;
    const wake = queue.shift() as () => void;
    this.waiting.delete(key);
    if (queue.length > 0) this.waiting.set(key, queue);
    wake();
  }
}
