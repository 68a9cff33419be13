import { buildFailed, loginFailed, pushFailed } from '../../../src/builders/failures.js';

const result = (...stderrTail: string[]) => ({ exitCode: 1, stdout: '', stderrTail });

describe('build failures', () => {
  it('carries the tail of the builder output', () => {
    const error = buildFailed(
      'docker',
      result('Step 4/4 : COPY missing.txt /', 'COPY failed: file not found'),
    );
    expect(error.code).toBe('BUILD_FAILED');
    expect(error.message).toBe(
      'docker build failed (exit code 1):\nStep 4/4 : COPY missing.txt /\nCOPY failed: file not found',
    );
  });
});

describe('login failures', () => {
  it('name the registry and the user for wrong credentials', () => {
    const error = loginFailed(
      '127.0.0.1:5000',
      'imprint',
      result(
        'Error response from daemon: Get "http://127.0.0.1:5000/v2/": unauthorized: authentication required',
      ),
    );
    expect(error.code).toBe('REGISTRY_AUTH_FAILED');
    expect(error.message).toMatch(
      /^could not log in to registry 127\.0\.0\.1:5000 as "imprint": .*unauthorized/,
    );
    expect(error.hint).toBe('check the username and password (or token) for 127.0.0.1:5000');
  });

  it('say when the registry cannot be reached', () => {
    const error = loginFailed(
      'r.example:5000',
      'u',
      result('dial tcp 127.0.0.1:5000: connect: connection refused'),
    );
    expect(error.code).toBe('REGISTRY_UNREACHABLE');
    expect(error.hint).toBe('check that r.example:5000 is up and reachable from here');
  });
});

describe('push failures', () => {
  it.each([
    ['unauthorized: authentication required', 'REGISTRY_AUTH_FAILED', /registry-username/],
    ['no basic auth credentials', 'REGISTRY_AUTH_FAILED', /registry-password/],
    ['denied: requested access to the resource is denied', 'REGISTRY_DENIED', /packages: write/],
    [
      'http: server gave HTTP response to HTTPS client',
      'REGISTRY_UNREACHABLE',
      /insecure registries/,
    ],
    [
      'received unexpected HTTP status: 500 Internal Server Error',
      'REGISTRY_ERROR',
      /response above/,
    ],
  ])('classify "%s" as %s', (tail, code, hint) => {
    const error = pushFailed('ghcr.io', 'ghcr.io/o/a:1', result(tail));
    expect(error.code).toBe(code);
    expect(error.message).toBe(`pushing ghcr.io/o/a:1 to registry ghcr.io failed: ${tail}`);
    expect(error.hint).toMatch(hint);
  });
});
