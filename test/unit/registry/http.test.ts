import {
  errorForStatus,
  registryErrorDetail,
  RegistryHttpError,
  unreachable,
} from '../../../src/registry/http-errors.js';
import {
  flattenHeaders,
  nextLink,
  redactHeaders,
  redactUrl,
} from '../../../src/registry/http-headers.js';
import { referrersTag } from '../../../src/registry/referrers.js';

const exchange = {
  registry: 'ghcr.io',
  method: 'PUT',
  url: 'https://ghcr.io/v2/acme/app/manifests/1',
  body: '{"errors":[{"code":"DENIED","message":"permission_denied: write_package"}]}',
  repository: 'acme/app',
  access: 'push' as const,
};

describe('errorForStatus', () => {
  it('401: names registry, credential source and how to log in', () => {
    const error = errorForStatus({ ...exchange, status: 401, credentialSource: 'GITHUB_TOKEN' });
    expect(error.code).toBe('REGISTRY_AUTH_FAILED');
    expect(error.message).toBe(
      'Registry ghcr.io did not accept the credentials from GITHUB_TOKEN for push access to acme/app ' +
        '(HTTP 401 on PUT https://ghcr.io/v2/acme/app/manifests/1; the registry says: DENIED: permission_denied: write_package). ' +
        'Log in with `docker login ghcr.io`, or set the registry-username and registry-password inputs; ' +
        'on GitHub Actions pass `registry-password: ${{ secrets.GITHUB_TOKEN }}` and grant `permissions: packages: write`.',
    );
  });

  it('403: REGISTRY_DENIED with a hint on permissions', () => {
    const error = errorForStatus({ ...exchange, status: 403 });
    expect(error.code).toBe('REGISTRY_DENIED');
    expect(error.message).toContain(
      'Registry ghcr.io denied push access to acme/app to anonymous access (no credentials were found)',
    );
    expect(error.hint).toContain('`permissions: packages: write`');
  });

  it('404: REGISTRY_NOT_FOUND; other statuses: RegistryHttpError carrying the status', () => {
    expect(errorForStatus({ ...exchange, status: 404, body: '' })).toMatchObject({
      code: 'REGISTRY_NOT_FOUND',
      message:
        'Not found on registry ghcr.io (HTTP 404 on PUT https://ghcr.io/v2/acme/app/manifests/1).',
    });
    const conflict = errorForStatus({ ...exchange, status: 412, body: 'precondition failed' });
    expect(conflict).toBeInstanceOf(RegistryHttpError);
    expect(conflict).toMatchObject({ code: 'REGISTRY_ERROR', status: 412 });
    expect(conflict.message).toContain('the registry says: precondition failed');
  });

  it('summarises registry error bodies', () => {
    expect(registryErrorDetail('{"errors":[{"code":"A","message":"x"},{"code":"B"}]}')).toBe(
      'A: x; B',
    );
    expect(registryErrorDetail('{"errors":[]}')).toBeUndefined();
    expect(registryErrorDetail('')).toBeUndefined();
    expect(registryErrorDetail('<html>\nbad gateway')).toBe('<html>');
  });

  it('REGISTRY_UNREACHABLE hints at CA certificates or insecure for TLS problems', () => {
    const cert = unreachable(
      'GET https://r/v2/',
      'DEPTH_ZERO_SELF_SIGNED_CERT (self-signed certificate)',
      1,
    );
    expect(cert).toMatchObject({
      code: 'REGISTRY_UNREACHABLE',
      message:
        'Could not reach GET https://r/v2/ after 1 attempt: DEPTH_ZERO_SELF_SIGNED_CERT (self-signed certificate).',
    });
    expect(cert.hint).toBe(
      "The registry's TLS certificate is not trusted: pass its CA certificate (PEM) to imprint.",
    );
    expect(
      unreachable('GET https://r/v2/', 'ERR_SSL_WRONG_VERSION_NUMBER (wrong version number)', 4)
        .hint,
    ).toBe('The registry may speak plain HTTP: mark it insecure if that is intended.');
  });
});

describe('headers', () => {
  it('finds rel="next" in Link headers', () => {
    expect(nextLink('</v2/a/tags/list?n=2&last=b>; rel="next"')).toBe('/v2/a/tags/list?n=2&last=b');
    expect(nextLink('<https://x/prev>; rel="prev", <https://x/next>; rel=next')).toBe(
      'https://x/next',
    );
    expect(nextLink('<https://x/p>; rel="prev"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });

  it('redacts Authorization and cookies, keeping only a known scheme name', () => {
    expect(
      redactHeaders({
        authorization: 'Bearer abc.def.ghi',
        'Proxy-Authorization': 'Basic dTpw',
        Cookie: 'session=1',
        accept: 'x',
      }),
    ).toEqual({
      authorization: 'Bearer <redacted>',
      'Proxy-Authorization': 'Basic <redacted>',
      Cookie: '<redacted>',
      accept: 'x',
    });
    expect(redactHeaders({ Authorization: 'secret-without-scheme' })).toEqual({
      Authorization: '<redacted>',
    });
  });

  it('redacts signature-like query values of presigned storage URLs, leaving other URLs alone', () => {
    expect(
      redactUrl(
        'https://s3.example/bucket/blob?X-Amz-Credential=AKIA&X-Amz-Signature=deadbeef&X-Amz-Expires=60',
      ),
    ).toBe(
      'https://s3.example/bucket/blob?X-Amz-Credential=%3Credacted%3E&X-Amz-Signature=%3Credacted%3E&X-Amz-Expires=60',
    );
    const upload = 'http://127.0.0.1:5000/v2/a/blobs/uploads/1?_state=abc%3D&digest=sha256%3Aff';
    expect(redactUrl(upload)).toBe(upload);
  });

  it('flattens repeated headers', () => {
    expect(
      flattenHeaders({ Link: ['<a>; rel="x"', '<b>; rel="next"'], 'X-One': 'v', none: undefined }),
    ).toEqual({
      link: '<a>; rel="x", <b>; rel="next"',
      'x-one': 'v',
    });
  });
});

describe('referrersTag', () => {
  it('is <alg>-<hex>, the hex cut at 64 characters', () => {
    expect(referrersTag(`sha256:${'a'.repeat(64)}`)).toBe(`sha256-${'a'.repeat(64)}`);
    expect(referrersTag(`sha512:${'b'.repeat(128)}`)).toBe(`sha512-${'b'.repeat(64)}`);
  });
});
