/**
 * One rule for "is this the same registry?", docker's, wherever a registry named in one place
 * (an image reference) is looked up in another (insecure-registries, a docker config key,
 * CI_REGISTRY, a build's logins):
 *  - a scheme and a path are dropped: `https://index.docker.io/v1/` names `index.docker.io`;
 *  - host names compare case-insensitively, as DNS does;
 *  - Docker Hub's three names, docker.io, index.docker.io and registry-1.docker.io, are one host;
 *  - the port is part of the name and compared exactly: `localhost:5000` is not `localhost`,
 *    and `registry.example.com:443` is not `registry.example.com` (docker keeps them apart too).
 * And which registries are on this machine (localhost, 127.0.0.0/8, ::1), for the plain-HTTP
 * rule of scheme.ts. Pure.
 */
import { BlockList, isIP } from 'node:net';

/** How imprint writes Docker Hub's name (image references, credential lookups). */
export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Whether a host is written as one of Docker Hub's names, exactly (no case folding). */
export function isDockerHubName(host: string): boolean {
  return DOCKER_HUB_NAMES.has(host);
}

const LOOPBACK_ADDRESSES = new BlockList();
LOOPBACK_ADDRESSES.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK_ADDRESSES.addAddress('::1', 'ipv6');

/** The registry a name stands for: lowercase `host[:port]`, Docker Hub's aliases as `docker.io`. */
export function registryKey(name: string): string {
  const host =
    name
      .trim()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .split('/')[0]
      ?.toLowerCase() ?? '';
  return DOCKER_HUB_NAMES.has(host) ? DOCKER_HUB : host;
}

export function sameRegistry(a: string, b: string): boolean {
  return registryKey(a) === registryKey(b);
}

/** True when `list` (insecure-registries, logins' hosts) names `registry`. */
export function listsRegistry(list: readonly string[] | undefined, registry: string): boolean {
  const key = registryKey(registry);
  return (list ?? []).some((entry) => entry.trim() !== '' && registryKey(entry) === key);
}

/** Host name and port of `host[:port]`; IPv6 addresses without their brackets. */
export function hostAndPort(registry: string): { hostname: string; port?: number } {
  const key = registryKey(registry);
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(key);
  if (bracketed) {
    const [, hostname = '', port] = bracketed;
    return port === undefined ? { hostname } : { hostname, port: Number(port) };
  }
  // A bare IPv6 address (no brackets) has no port.
  if (isIP(key) === 6) return { hostname: key };
  const colon = key.lastIndexOf(':');
  return colon < 0
    ? { hostname: key }
    : { hostname: key.slice(0, colon), port: Number(key.slice(colon + 1)) };
}

/** A registry on this machine: `localhost`, an address in 127.0.0.0/8, or `::1`. */
export function isLoopbackRegistry(registry: string): boolean {
  const { hostname } = hostAndPort(registry);
  if (hostname === 'localhost') return true;
  const family = isIP(hostname);
  return family !== 0 && LOOPBACK_ADDRESSES.check(hostname, family === 4 ? 'ipv4' : 'ipv6');
}
