/**
 * Tag list paging. Distribution 2.8 ignores `?n=` and never pages (it returns every tag,
 * unsorted: checked against the real binary), so paging is replayed by a loopback
 * stand-in following the distribution spec's "Tags Paginated" exchange: `Link:
 * <...?n=2&last=...>; rel="next"` until the last page, which has no Link.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient } from '../../../src/registry/client.js';

const TAGS = ['1.0.0', '1.0.1', '1.1.0', '2.0.0', 'latest'];

async function startPagingStandIn(body?: string) {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    seen.push(`${url.pathname}${url.search}`);
    if (body !== undefined) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(body);
      return;
    }
    const n = Number(url.searchParams.get('n') ?? TAGS.length);
    const last = url.searchParams.get('last');
    const rest = last ? TAGS.filter((tag) => tag > last) : TAGS;
    const page = rest.slice(0, n);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (rest.length > n)
      headers.link = `</v2/team/app/tags/list?n=${n}&last=${page.at(-1)!}>; rel="next"`;
    response.writeHead(200, headers);
    response.end(JSON.stringify({ name: 'team/app', tags: page }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new RegistryClient(`127.0.0.1:${(server.address() as AddressInfo).port}`, {
    insecure: true,
  });
  return {
    client,
    seen,
    close: async () => {
      await client.close();
      server.close();
    },
  };
}

describe('listTags paging (stand-in registry replaying the spec exchange)', () => {
  it('follows rel="next" links until the last page', async () => {
    const standIn = await startPagingStandIn();
    try {
      expect(await standIn.client.listTags('team/app', { pageSize: 2 })).toEqual(TAGS);
      expect(standIn.seen).toEqual([
        '/v2/team/app/tags/list?n=2',
        '/v2/team/app/tags/list?n=2&last=1.0.1',
        '/v2/team/app/tags/list?n=2&last=2.0.0',
      ]);
    } finally {
      await standIn.close();
    }
  });

  it('refuses a tag list that is not {"tags": [...]} with REGISTRY_PROTOCOL', async () => {
    const standIn = await startPagingStandIn('{"name":"team/app","tags":"latest"}');
    try {
      await expect(standIn.client.listTags('team/app')).rejects.toMatchObject({
        code: 'REGISTRY_PROTOCOL',
        message: expect.stringContaining(
          'sent a tag list for team/app that is not {"tags": ["…", …]}',
        ) as unknown,
      });
    } finally {
      await standIn.close();
    }
  });
});
