import { ByteBudget } from '../../../src/util/byte-budget.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ByteBudget', () => {
  it('lets reads through while they fit, and holds the next until bytes come back', async () => {
    const budget = new ByteBudget(100);
    const first = await budget.acquire(60);
    const second = await budget.acquire(40);
    let third = false;
    const waiting = budget.acquire(30).then((lease) => {
      third = true;
      return lease;
    });
    await tick();
    expect(third).toBe(false);
    expect(budget.inUse).toBe(100);
    first.release();
    const lease = await waiting;
    expect(budget.inUse).toBe(70);
    second.release();
    lease.release();
    first.release(); // twice changes nothing
    expect(budget.inUse).toBe(0);
    expect(budget.peak).toBe(100);
  });

  it('serves waiting reads in order: a small one never overtakes a large one', async () => {
    const budget = new ByteBudget(100);
    const held = await budget.acquire(50);
    const order: string[] = [];
    const large = budget.acquire(80).then((lease) => (order.push('large'), lease));
    const small = budget.acquire(10).then((lease) => (order.push('small'), lease));
    await tick();
    expect(order).toEqual([]);
    held.release();
    (await large).release();
    (await small).release();
    expect(order).toEqual(['large', 'small']);
    expect(budget.peak).toBeLessThanOrEqual(100);
  });

  it('runs a read larger than the budget alone rather than never', async () => {
    const budget = new ByteBudget(100);
    const big = await budget.acquire(150);
    let next = false;
    const waiting = budget.acquire(1).then((lease) => ((next = true), lease));
    await tick();
    expect(next).toBe(false);
    big.release();
    (await waiting).release();
    expect(next).toBe(true);
  });

  it('keeps bytes only from what is free, up to half the budget, never ahead of a waiting read', async () => {
    const budget = new ByteBudget(100);
    const kept = budget.tryKeep(50);
    expect(kept?.bytes).toBe(50);
    expect(budget.tryKeep(1)).toBeUndefined(); // half the budget is kept already
    const read = await budget.acquire(50);
    const waiting = budget.acquire(50);
    kept!.release();
    const second = await waiting;
    read.release();
    expect(budget.tryKeep(10)?.bytes).toBe(10);
    // A read still finds room with bytes kept: it runs once the other reads are done.
    const queued = budget.acquire(60);
    second.release();
    (await queued).release();
    expect(budget.peak).toBeLessThanOrEqual(100);
  });
});
