/**
 * Tag list paging. Distribution 2.8 ignores `?n=` and never pages (it returns every tag,
 * unsorted: checked against the real binary), so paging is replayed by a loopback
 * stand-in following the distribution spec's "Tags Paginated" exchange: `Link:
 * <...?n=2&last=...>; rel="next"` until the last page, which has no Link.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_TAG_PAGES, RegistryClient } from '../../../src/registry/client.js';

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

  it('refuses a tag list that still has a next page after the limit, instead of returning part of it', async () => {
    // A hostile scripted registry: every page names another one, so the list never ends.
    let served = 0;
    const server = createServer((request, response) => {
      served += 1;
      response.writeHead(200, {
        'content-type': 'application/json',
        link: `</v2/team/app/tags/list?n=1&last=t${served}>; rel="next"`,
      });
      response.end(JSON.stringify({ name: 'team/app', tags: [`t${served}`] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = new RegistryClient(host, { insecure: true });
    try {
      const failure = client.listTags('team/app');
      await expect(failure).rejects.toMatchObject({ code: 'REGISTRY_TOO_MANY_PAGES' });
      await expect(failure).rejects.toThrow(
        `The tag list of team/app on ${host} still had more pages after ${MAX_TAG_PAGES} pages (next: /v2/team/app/tags/list?n=1&last=t${MAX_TAG_PAGES}); refusing to act on an incomplete list.`,
      );
      expect(served).toBe(MAX_TAG_PAGES);
    } finally {
      await client.close();
      server.close();
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
