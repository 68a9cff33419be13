import { startRegistry } from '../harness/registry.js';

describe('test registry harness', () => {
  it('starts an anonymous registry and a Basic-auth one', async () => {
    const open = await startRegistry();
    const locked = await startRegistry({ auth: 'basic' });
    try {
      expect((await fetch(`${open.url}/v2/`)).status).toBe(200);
      expect((await fetch(`${locked.url}/v2/`)).status).toBe(401);
      const basic = Buffer.from(`${locked.username}:${locked.password}`).toString('base64');
      expect(
        (await fetch(`${locked.url}/v2/`, { headers: { authorization: `Basic ${basic}` } })).status,
      ).toBe(200);
    } finally {
      await open.stop();
      await locked.stop();
    }
  });
});
