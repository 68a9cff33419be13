import { goKeepsTime, initializeGoReadableRepo, startTufRepository } from './tuf.js';

describe('the loopback TUF repository Kyverno reads', () => {
  it('knows which times Go writes back differently (trailing zeros of the fraction)', () => {
    expect(goKeepsTime('2027-12-06T18:18:06.123Z')).toBe(true);
    expect(goKeepsTime('2027-12-06T18:18:06Z')).toBe(true);
    expect(goKeepsTime('2027-12-06T18:18:06.120Z')).toBe(false);
    expect(goKeepsTime('2027-12-06T18:18:06.000Z')).toBe(false);
  });

  it('signs only expiry times Go reads back byte for byte, start after start', () => {
    for (let start = 0; start < 20; start++) {
      const repo = initializeGoReadableRepo([{ name: 'trusted_root.json', content: '{}' }]);
      const times = [repo.rootMeta, repo.targetsMeta, repo.snapshotMeta, repo.timestampMeta].map(
        (meta) => meta.signed.expires,
      );
      expect(times.filter((time) => !goKeepsTime(time))).toEqual([]);
    }
  });

  it('serves the root it was started with', async () => {
    const tuf = await startTufRepository('{"mediaType":"x"}');
    try {
      const root = await fetch(`${tuf.url}/1.root.json`);
      expect(root.status).toBe(200);
      expect(JSON.parse(tuf.rootJson)).toHaveProperty('signed._type', 'root');
    } finally {
      await tuf.stop();
    }
  });
});
