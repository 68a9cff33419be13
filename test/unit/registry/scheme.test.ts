/**
 * https or plain http: the rule (with a stand-in probe), and the probe itself against real
 * loopback servers: a TLS one, a plain-TCP one, and a port where nothing listens.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import {
  chooseScheme,
  probeTls,
  type TlsProbe,
  type TlsProbeResult,
} from '../../../src/registry/scheme.js';
import { freePort } from '../../harness/ports.js';
import { makeServerCertificate } from '../../harness/registry-certs.js';

function probeAnswering(result: TlsProbeResult) {
  const asked: string[] = [];
  const probe: TlsProbe = (hostname, port) => {
    asked.push(`${hostname}:${port}`);
    return Promise.resolve(result);
  };
  return { probe, asked };
}

describe('chooseScheme', () => {
  it('reaches a loopback registry that does not speak TLS over http, without the flag', async () => {
    for (const registry of ['127.0.0.1:5000', 'localhost:5000', '[::1]:5000', '127.3.2.1']) {
      const { probe, asked } = probeAnswering('not-tls');
      const choice = await chooseScheme(registry, [], probe);
      expect(choice).toEqual({
        insecure: true,
        reason: 'a registry on this machine that does not speak TLS (as docker does for loopback)',
      });
      expect(asked).toHaveLength(1);
    }
  });

  it('probes the port of the reference, 443 when it has none', async () => {
    const { probe, asked } = probeAnswering('not-tls');
    await chooseScheme('[::1]:5000', undefined, probe);
    await chooseScheme('localhost', undefined, probe);
    expect(asked).toEqual(['::1:5000', 'localhost:443']);
  });

  it('keeps a loopback registry on https when it speaks TLS or nothing answers', async () => {
    for (const answer of ['tls', 'no-answer'] as const) {
      const { probe } = probeAnswering(answer);
      expect(await chooseScheme('127.0.0.1:5000', [], probe)).toEqual({ insecure: false });
    }
  });

  it('never moves a registry elsewhere off https without the flag, and never probes it', async () => {
    for (const registry of ['ghcr.io', '10.0.0.5:5000', 'registry.local:5000', '128.0.0.1:5000']) {
      const { probe, asked } = probeAnswering('not-tls');
      expect(await chooseScheme(registry, [], probe)).toEqual({ insecure: false });
      expect(asked).toEqual([]);
    }
  });

  it('uses http for a listed registry, matched by the host rule, without probing', async () => {
    const { probe, asked } = probeAnswering('tls');
    expect(await chooseScheme('registry.local:5000', ['Registry.Local:5000'], probe)).toEqual({
      insecure: true,
    });
    expect(await chooseScheme('registry.local:5001', ['registry.local:5000'], probe)).toEqual({
      insecure: false,
    });
    expect(asked).toEqual([]);
  });
});

describe('probeTls', () => {
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  const listen = async (server: Server): Promise<number> => {
    servers.push(server);
    server.on('connection', (socket: Socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  };
  afterAll(async () => {
    // The silent server never reads, so it never sees the probe hang up: close its side here.
    for (const socket of sockets) socket.destroy();
    await Promise.all(
      servers.map((server) => new Promise((resolve) => server.close(() => resolve(undefined)))),
    );
  });

  it('says tls for a TLS server, whatever its certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imprint-probe-'));
    try {
      const { certPem, keyPem } = makeServerCertificate(dir);
      const port = await listen(createTlsServer({ cert: certPem, key: keyPem }));
      expect(await probeTls('127.0.0.1', port)).toBe('tls');
      expect(await probeTls('localhost', port)).toBe('tls');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says not-tls for a server that answers the handshake in plain text', async () => {
    const port = await listen(
      createTcpServer((socket) => {
        socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
      }),
    );
    expect(await probeTls('127.0.0.1', port)).toBe('not-tls');
  });

  it('says not-tls for a server that stays silent past the time limit', async () => {
    const port = await listen(createTcpServer(() => undefined));
    expect(await probeTls('127.0.0.1', port, 200)).toBe('not-tls');
  });

  it('says no-answer where nothing listens', async () => {
    expect(await probeTls('127.0.0.1', await freePort())).toBe('no-answer');
  });
});
