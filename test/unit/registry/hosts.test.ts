import {
  hostAndPort,
  isLoopbackRegistry,
  listsRegistry,
  registryKey,
  sameRegistry,
} from '../../../src/registry/hosts.js';

describe('registryKey: docker host matching', () => {
  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['http://localhost:5000/v2/', 'localhost:5000'],
    ['GHCR.IO', 'ghcr.io'],
    [' ghcr.io ', 'ghcr.io'],
    ['[::1]:5000', '[::1]:5000'],
  ])('%s → %s', (name, key) => {
    expect(registryKey(name)).toBe(key);
  });
});

describe('sameRegistry', () => {
  it("folds Docker Hub's three names and the case of a host name", () => {
    expect(sameRegistry('docker.io', 'registry-1.docker.io')).toBe(true);
    expect(sameRegistry('index.docker.io', 'https://index.docker.io/v1/')).toBe(true);
    expect(sameRegistry('Registry.Example.com:5000', 'registry.example.com:5000')).toBe(true);
  });

  it('compares the port exactly: a host with a port is another registry', () => {
    expect(sameRegistry('localhost:5000', 'localhost')).toBe(false);
    expect(sameRegistry('localhost:5000', 'localhost:5001')).toBe(false);
    expect(sameRegistry('registry.example.com:443', 'registry.example.com')).toBe(false);
    expect(sameRegistry('ghcr.io', 'docker.io')).toBe(false);
  });
});

describe('listsRegistry', () => {
  it('finds a registry in insecure-registries by the same rule, blank entries ignored', () => {
    expect(listsRegistry(['', ' Registry.Local:5000 '], 'registry.local:5000')).toBe(true);
    expect(listsRegistry(['index.docker.io'], 'docker.io')).toBe(true);
    expect(listsRegistry(['registry.local'], 'registry.local:5000')).toBe(false);
    expect(listsRegistry([''], '')).toBe(false);
    expect(listsRegistry(undefined, 'registry.local')).toBe(false);
  });
});

describe('hostAndPort', () => {
  it.each([
    ['127.0.0.1:5000', { hostname: '127.0.0.1', port: 5000 }],
    ['localhost', { hostname: 'localhost' }],
    ['[::1]:5000', { hostname: '::1', port: 5000 }],
    ['[::1]', { hostname: '::1' }],
    ['::1', { hostname: '::1' }],
  ])('%s', (registry, expected) => {
    expect(hostAndPort(registry)).toEqual(expected);
  });
});

describe('isLoopbackRegistry', () => {
  it.each([
    'localhost',
    'localhost:5000',
    'LOCALHOST:5000',
    '127.0.0.1:5000',
    '127.12.0.9',
    '[::1]:5000',
    '[0:0:0:0:0:0:0:1]:5000',
  ])('%s is on this machine', (registry) => {
    expect(isLoopbackRegistry(registry)).toBe(true);
  });

  it.each([
    'ghcr.io',
    'docker.io',
    '128.0.0.1:5000',
    '10.0.0.1:5000',
    '[::2]:5000',
    'localhost.example.com:5000',
    '127.0.0.1.nip.io:5000',
  ])('%s is not', (registry) => {
    expect(isLoopbackRegistry(registry)).toBe(false);
  });
});
