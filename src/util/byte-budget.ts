/**
 * A budget of bytes shared by every read of a run: a read reserves what it may receive before
 * it starts and gives it back when it ends, and waits (first come, first served) while the
 * budget is spent. Each read is capped on its own (64 MiB for a stored bundle), but a hostile
 * registry can offer hundreds of them at once; the budget bounds what is held in all. A
 * reservation larger than what is left waits until no other read is in flight, then runs alone
 * (the budget is sized well above one read: 256 MiB for reads of at most 64 MiB).
 * Kept bytes (a cache) take budget only when it is free and only up to half of it, so reads
 * always find room once the reads before them end: keeping can never starve or deadlock them.
 */

export interface BudgetLease {
  readonly bytes: number;
  release(): void;
}

export class ByteBudget {
  private held = 0;
  private kept = 0;
  private highest = 0;
  private readonly waiting: { bytes: number; resolve: (lease: BudgetLease) => void }[] = [];

  constructor(readonly limit: number) {}

  /** Bytes reserved now (reads in flight and kept bytes). */
  get inUse(): number {
    return this.held;
  }

  /** The most bytes ever reserved at once: what the budget let the run hold. */
  get peak(): number {
    return this.highest;
  }

  /** Reserve `bytes` for a read, waiting for them; release the lease when the read ends. */
  acquire(bytes: number): Promise<BudgetLease> {
    if (this.waiting.length === 0 && this.fits(bytes)) {
      return Promise.resolve(this.grant(bytes, false));
    }
    return new Promise((resolve) => this.waiting.push({ bytes, resolve }));
  }

  /** Reserve `bytes` to keep (a cache), only if that takes nothing a read is waiting for. */
  tryKeep(bytes: number): BudgetLease | undefined {
    if (this.waiting.length > 0 || this.kept + bytes > this.limit / 2) return undefined;
    if (this.held + bytes > this.limit) return undefined;
    return this.grant(bytes, true);
  }

  /** Room for `bytes`, or no read in flight (kept bytes aside): then it runs, whatever its size. */
  private fits(bytes: number): boolean {
    return this.held + bytes <= this.limit || this.held === this.kept;
  }

  private grant(bytes: number, keep: boolean): BudgetLease {
    this.held += bytes;
    if (keep) this.kept += bytes;
    this.highest = Math.max(this.highest, this.held);
    let released = false;
    return {
      bytes,
      release: () => {
        if (released) return;
        released = true;
        this.held -= bytes;
        if (keep) this.kept -= bytes;
        this.wakeWaiting();
      },
    };
  }

  /** In order, so a read never waits behind one that came later; granted here, so counted at once. */
  private wakeWaiting(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0]!.bytes)) {
      const next = this.waiting.shift()!;
      next.resolve(this.grant(next.bytes, false));
    }
  }
}
