import { parseWwwAuthenticate } from '../../../src/registry/challenge.js';

describe('parseWwwAuthenticate', () => {
  it('reads a Docker Hub style Bearer challenge', () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:samalba/my-app:pull,push',
        },
      },
    ]);
  });

  it('reads a Basic challenge, with spaces around "=" and mixed-case names', () => {
    expect(parseWwwAuthenticate('Basic Realm = "basic-realm"')).toEqual([
      { scheme: 'basic', params: { realm: 'basic-realm' } },
    ]);
  });

  it('keeps several challenges in one header apart', () => {
    const parsed = parseWwwAuthenticate(
      'Basic realm="a", Bearer realm="https://t/token",service="s", Negotiate',
    );
    expect(parsed.map((c) => c.scheme)).toEqual(['basic', 'bearer', 'negotiate']);
    expect(parsed[1]!.params).toEqual({ realm: 'https://t/token', service: 's' });
  });

  it('unescapes quoted-pairs and keeps commas inside quotes', () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="r",error="insufficient_scope",scope="a:b:pull,push",x="q\\"uote"',
      )[0]!.params,
    ).toEqual({
      realm: 'r',
      error: 'insufficient_scope',
      scope: 'a:b:pull,push',
      x: 'q"uote',
    });
  });

  it('accepts unquoted values, including bare URLs some servers send', () => {
    expect(
      parseWwwAuthenticate('Bearer realm=https://auth.example.com/token,service=registry')[0]!
        .params,
    ).toEqual({
      realm: 'https://auth.example.com/token',
      service: 'registry',
    });
  });

  it('steps over token68 credentials', () => {
    expect(parseWwwAuthenticate('Negotiate abc123==, Basic realm="r"')).toEqual([
      { scheme: 'negotiate', params: {} },
      { scheme: 'basic', params: { realm: 'r' } },
    ]);
  });

  it('returns nothing for an empty header', () => {
    expect(parseWwwAuthenticate('')).toEqual([]);
    expect(parseWwwAuthenticate('  , ')).toEqual([]);
  });
});
