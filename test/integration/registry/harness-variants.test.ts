/**
 * The registry harness variants others build on: Bearer (token endpoint + JWT verified by
 * distribution) and TLS (throwaway CA). Plain fetch calls, no project code, so a failure
 * here points at the harness.
 */
import { Agent, fetch } from 'undici';
import { startRegistry } from '../../harness/registry.js';

function basic(user: string, pass: string): string {
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}

describe('registry harness: bearer and tls variants', () => {
  it('bearer: challenges, mints a token distribution accepts, and rejects wrong credentials', async () => {
    const registry = await startRegistry({ auth: 'bearer' });
    try {
      const challenge = await fetch(`${registry.url}/v2/team/app/tags/list`);
      expect(challenge.status).toBe(401);
      const header = challenge.headers.get('www-authenticate') ?? '';
      expect(header).toContain(`realm="${registry.tokenRealm}"`);
      expect(header).toContain('scope="repository:team/app:pull"');

      const tokenUrl = `${registry.tokenRealm}?service=${registry.tokenService}&scope=repository:team/app:pull,push`;
      const good = await fetch(tokenUrl, {
        headers: { authorization: basic(registry.username, registry.password) },
      });
      expect(good.status).toBe(200);
      const { token } = (await good.json()) as { token: string };
      const upload = await fetch(`${registry.url}/v2/team/app/blobs/uploads/`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(upload.status).toBe(202);

      const bad = await fetch(tokenUrl, {
        headers: { authorization: basic(registry.username, 'nope') },
      });
      expect(bad.status).toBe(401);
      expect(registry.tokenRequests.map((r) => r.status)).toEqual([200, 401]);

      // An anonymous token carries no access: the registry still says 401.
      const anonymous = (await (await fetch(tokenUrl)).json()) as { token: string };
      const denied = await fetch(`${registry.url}/v2/team/app/tags/list`, {
        headers: { authorization: `Bearer ${anonymous.token}` },
      });
      expect(denied.status).toBe(401);
    } finally {
      await registry.stop();
    }
  });

  it('tls: serves https with a certificate from its own CA, refused without that CA', async () => {
    const registry = await startRegistry({ tls: true });
    const agent = new Agent({ connect: { ca: registry.caCertPem } });
    try {
      expect(registry.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(registry.caCertPem).toContain('BEGIN CERTIFICATE');
      expect((await fetch(`${registry.url}/v2/`, { dispatcher: agent })).status).toBe(200);
      await expect(fetch(`${registry.url}/v2/`)).rejects.toThrow('fetch failed');
    } finally {
      await agent.close();
      await registry.stop();
    }
  });
});
