/**
 * A hostile registry that serves many large bundles at once, slowly, so that every read verify
 * starts is in flight together: a scripted proxy on 127.0.0.1 in front of the real registry.
 * Each bundle is under the per-blob limit, so none is refused; together they are what the
 * registry chooses. Verify's reads share one byte budget: the bytes it holds at once stay under
 * it, counted by the budget and by the registry's side, and the verdict is what it would be.
 */
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { EXIT_FAILED, EXIT_OK } from '../../../src/doors/exit-codes.js';
import { ByteBudget } from '../../../src/util/byte-budget.js';
import { startFaultProxy } from '../registry/fault-proxy.js';
import { attachBundle, type PushedImage, pushIndex } from './evidence-store.js';
import {
  checksOf,
  startWorld,
  type VerifyRun,
  type VerifyWorld,
  verifyCli,
  writePolicy,
} from './context.js';

const MIB = 1024 * 1024;
/** Bundles of 1 MiB, eight on each of the index and its two platforms: 24 MiB offered at once. */
const PADDED_PER_SUBJECT = 8;
const BUDGET = 4 * MIB;
/** How long the registry sits on each large body: every read verify starts overlaps the others. */
const SERVE_DELAY_MS = 150;

let world: VerifyWorld;
let image: PushedImage;

beforeAll(async () => {
  world = await startWorld();
  image = await pushIndex(world.client, 'hostile/many-large', '1.0');
  for (const subject of [image.descriptor, ...(image.platforms ?? [])]) {
    const signed = await world.alice.signDsse(cosignSignStatement(subject.digest));
    await attachBundle(world.client, image.repository, subject, signed);
    for (let n = 0; n < PADDED_PER_SUBJECT; n += 1) {
      // The same signature with a field no reader needs: 1 MiB, and a blob of its own each time.
      const padded = { ...signed, padding: `${n}`.padEnd(MIB, '.') };
      await attachBundle(world.client, image.repository, subject, padded);
    }
  }
}, 120_000);
afterAll(async () => {
  await world?.stop();
});

/** Verify through a registry that holds each large body back, counting what it has outstanding. */
async function verifyThroughSlowRegistry(
  signer: string,
): Promise<{ run: VerifyRun; budget: ByteBudget; servedAtOnce: number; served: number }> {
  let outstanding = 0;
  let servedAtOnce = 0;
  let served = 0;
  const proxy = await startFaultProxy(world.registry.url, {
    takeOver: (request, answer, response) => {
      const large = request.method === 'GET' && request.url.includes('/blobs/');
      if (!large || answer.body.length < MIB) return false;
      outstanding += answer.body.length;
      servedAtOnce = Math.max(servedAtOnce, outstanding);
      served += 1;
      response.on('close', () => (outstanding -= answer.body.length));
      setTimeout(() => {
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
      }, SERVE_DELAY_MS);
      return true;
    },
  });
  const budget = new ByteBudget(BUDGET);
  try {
    const policy = writePolicy(
      world,
      `memory-${signer}.yaml`,
      ['apiVersion: imprint/v1', 'kind: Policy', 'signers:', `  - key: ./${signer}.pub`].join('\n'),
    );
    const run = await verifyCli(
      world,
      [
        image.pinned.replace(world.registry.host, proxy.host),
        '--policy',
        policy,
        '--insecure-registries',
        proxy.host,
      ],
      { readBudget: budget },
    );
    return { run, budget, servedAtOnce, served };
  } finally {
    await proxy.close();
  }
}

describe('a hostile registry serving many large bundles at once', () => {
  it('verify holds no more than its byte budget, reads every bundle, and passes a signed image', async () => {
    const { run, budget, servedAtOnce, served } = await verifyThroughSlowRegistry('alice');
    // Measured at the registry: without a budget, 16 MiB of the 24 were outstanding at once.
    expect(servedAtOnce).toBeLessThanOrEqual(BUDGET);
    expect(served).toBe(3 * PADDED_PER_SUBJECT);
    expect(budget.peak).toBeGreaterThan(MIB);
    expect(budget.peak).toBeLessThanOrEqual(BUDGET);
    expect(budget.inUse).toBe(0);
    expect(run.code).toBe(EXIT_OK);
  }, 60_000);

  it('and still fails an image its policy wants another signer for', async () => {
    const { run, budget, servedAtOnce } = await verifyThroughSlowRegistry('bob');
    expect(budget.peak).toBeLessThanOrEqual(BUDGET);
    expect(servedAtOnce).toBeLessThanOrEqual(BUDGET);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).signer?.outcome).toBe('fail');
  }, 60_000);
});
