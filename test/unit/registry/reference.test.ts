import {
  formatImage,
  formatReference,
  type ImageReference,
  normaliseImage,
  parseReference,
  registryApiHost,
  repositoryPath,
  withDigest,
} from '../../../src/registry/reference.js';
import { isDockerHubName } from '../../../src/registry/hosts.js';

const SHA256 = `sha256:${'ab'.repeat(32)}`;
const SHA512 = `sha512:${'cd'.repeat(64)}`;

describe('parseReference: valid references, normalised like docker', () => {
  const cases: Array<[string, ImageReference]> = [
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
    ['bitnami/redis', { registry: 'docker.io', repository: 'bitnami/redis' }],
    ['docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    [
      'index.docker.io/library/nginx:latest',
      { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' },
    ],
    ['registry-1.docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['ghcr.io/acme/app:1.2.3', { registry: 'ghcr.io', repository: 'acme/app', tag: '1.2.3' }],
    ['GHCR.io/acme/app', { registry: 'ghcr.io', repository: 'acme/app' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/team/app', { registry: 'localhost:5000', repository: 'team/app' }],
    ['127.0.0.1:5000/app:v1', { registry: '127.0.0.1:5000', repository: 'app', tag: 'v1' }],
    ['[::1]:5000/app', { registry: '[::1]:5000', repository: 'app' }],
    [
      'registry.gitlab.com/group/sub/project/image',
      { registry: 'registry.gitlab.com', repository: 'group/sub/project/image' },
    ],
    ['ghcr.io/acme/app@' + SHA256, { registry: 'ghcr.io', repository: 'acme/app', digest: SHA256 }],
    [
      'ghcr.io/acme/app:1.0@' + SHA256,
      { registry: 'ghcr.io', repository: 'acme/app', tag: '1.0', digest: SHA256 },
    ],
    ['ghcr.io/acme/app@' + SHA512, { registry: 'ghcr.io', repository: 'acme/app', digest: SHA512 }],
    [
      'ghcr.io/a-b/c__d/e.f/g--h:Tag_1.x-Y',
      { registry: 'ghcr.io', repository: 'a-b/c__d/e.f/g--h', tag: 'Tag_1.x-Y' },
    ],
    ['  ghcr.io/acme/app:1  ', { registry: 'ghcr.io', repository: 'acme/app', tag: '1' }],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(parseReference(input)).toEqual(expected);
  });
});

describe('parseReference: invalid references say why and show the valid form', () => {
  const form =
    'Expected a form like registry.example.com/team/app:1.2.3 or registry.example.com/team/app@sha256:<64 hex>.';
  const cases: Array<[string, string]> = [
    ['', 'it is empty'],
    [`@${SHA256}`, 'the repository name is empty'],
    ['https://ghcr.io/acme/app', 'remove the URL scheme (no "https://")'],
    ['ghcr.io/acme/my app', 'it contains whitespace'],
    ['ghcr.io/Acme/App:1', 'repository names must be lowercase ("acme/app")'],
    ['MyApp', 'repository names must be lowercase ("library/myapp")'],
    ['ghcr.io/App', 'repository names must be lowercase ("app")'],
    [
      'ghcr.io//app',
      'the repository path has an empty component ("//" or a leading or trailing "/")',
    ],
    [
      'ghcr.io/acme/',
      'the repository path has an empty component ("//" or a leading or trailing "/")',
    ],
    ['ghcr.io/', 'the repository path has an empty component ("//" or a leading or trailing "/")'],
    [
      'ghcr.io/acme/app:',
      'the tag "" is not valid (1-128 characters of letters, digits, "_", "." and "-", not starting with "." or "-")',
    ],
    [
      'ghcr.io/acme/app:-x',
      'the tag "-x" is not valid (1-128 characters of letters, digits, "_", "." and "-", not starting with "." or "-")',
    ],
    [
      'ghcr.io/acme/app:a+b',
      'the tag "a+b" is not valid (1-128 characters of letters, digits, "_", "." and "-", not starting with "." or "-")',
    ],
    [`ghcr.io/acme/app:${'t'.repeat(129)}`, `the tag "${'t'.repeat(129)}" is not valid`],
    ['ghcr.io/acme/app@md5:abc', 'the digest "md5:abc" must start with "sha256:" or "sha512:"'],
    [
      'ghcr.io/acme/app@sha256:abc',
      'the digest "sha256:abc" must have 64 lowercase hex characters after "sha256:"',
    ],
    [
      `ghcr.io/acme/app@sha256:${'AB'.repeat(32)}`,
      'must have 64 lowercase hex characters after "sha256:"',
    ],
    [
      `ghcr.io/acme/app@sha512:${'ab'.repeat(32)}`,
      'must have 128 lowercase hex characters after "sha512:"',
    ],
    ['ghcr.io/acme/app@', 'the digest "" must start with "sha256:" or "sha512:"'],
    [
      'ghcr.io/acme/-app',
      'the path component "-app" may only hold lowercase letters and digits separated by ".", "_", "__" or "-"',
    ],
    ['ghcr.io/acme/a___b', 'the path component "a___b" may only hold'],
    ['localhost:99999/app', 'the registry port "99999" is not a number from 0 to 65535'],
    ['localhost:http/app', 'the registry port "http" is not a number from 0 to 65535'],
    ['exa_mple.com/app', 'the registry host "exa_mple.com" is not a valid host name'],
    [`ghcr.io/${'a'.repeat(250)}`, 'the name is longer than 255 characters'],
  ];
  it.each(cases)('%s', (input, reason) => {
    let thrown: unknown;
    try {
      parseReference(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'REFERENCE_INVALID' });
    const message = (thrown as Error).message;
    expect(message.startsWith(`Invalid image reference "${input}": `)).toBe(true);
    expect(message).toContain(reason);
    expect(message.endsWith(form)).toBe(true);
  });
});

describe('reference helpers', () => {
  it('formats the full normalised form', () => {
    expect(formatReference(parseReference('nginx:1'))).toBe('docker.io/library/nginx:1');
    expect(formatReference(parseReference(`ghcr.io/a/b:1@${SHA256}`))).toBe(
      `ghcr.io/a/b:1@${SHA256}`,
    );
  });

  it('pins to a digest, keeping the tag, and refuses a bad digest', () => {
    const pinned = withDigest(parseReference('ghcr.io/a/b:1'), SHA256);
    expect(pinned).toEqual({ registry: 'ghcr.io', repository: 'a/b', tag: '1', digest: SHA256 });
    expect(() => withDigest(parseReference('ghcr.io/a/b:1'), 'sha256:nope')).toThrow(
      'Cannot pin ghcr.io/a/b:1: the digest "sha256:nope" must have 64 lowercase hex characters after "sha256:".',
    );
  });

  it('maps Docker Hub to its API host and leaves other hosts alone', () => {
    expect(registryApiHost('docker.io')).toBe('registry-1.docker.io');
    expect(registryApiHost('ghcr.io')).toBe('ghcr.io');
    expect(registryApiHost('127.0.0.1:5000')).toBe('127.0.0.1:5000');
  });

  it('gives host/repository for in-toto subjects', () => {
    expect(repositoryPath(parseReference('nginx@' + SHA256))).toBe('docker.io/library/nginx');
    expect(repositoryPath(parseReference('ghcr.io/acme/app:1'))).toBe('ghcr.io/acme/app');
  });
});

describe('image names as policies and reports read them', () => {
  it('normalises like Docker: docker.io/library and :latest', () => {
    expect(normaliseImage('nginx')).toEqual({ name: 'docker.io/library/nginx', tag: 'latest' });
    expect(normaliseImage('index.docker.io/acme/app@sha256:' + 'a'.repeat(64))).toEqual({
      name: 'docker.io/acme/app',
      digest: 'sha256:' + 'a'.repeat(64),
    });
    expect(normaliseImage('localhost:5000/app:1')).toEqual({
      name: 'localhost:5000/app',
      tag: '1',
    });
  });

  it('formats a normalised image back into one reference, whatever spelling it came from', () => {
    const spellings = ['nginx', 'docker.io/nginx:latest', 'index.docker.io/library/nginx'];
    expect(spellings.map((s) => formatImage(normaliseImage(s)))).toEqual([
      'docker.io/library/nginx:latest',
      'docker.io/library/nginx:latest',
      'docker.io/library/nginx:latest',
    ]);
    expect(formatImage(normaliseImage(`ghcr.io/a/b:1@${SHA256}`))).toBe(`ghcr.io/a/b:1@${SHA256}`);
  });

  it("knows Docker Hub's spellings", () => {
    expect(['docker.io', 'index.docker.io', 'registry-1.docker.io'].map(isDockerHubName)).toEqual([
      true,
      true,
      true,
    ]);
    expect(isDockerHubName('ghcr.io')).toBe(false);
    expect(isDockerHubName('docker.io.example.com')).toBe(false);
  });
});
