import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { createProgress } from '../../../src/ci/progress.js';
import type { LayerSource } from '../../../src/sbom/layers.js';
import { countingLayers } from '../../../src/sbom/registry-source.js';
import { rawLayer } from './support/layers.js';

/** A progress that logs every advance (no interval) on a frozen clock. */
function recordingProgress() {
  const lines: string[] = [];
  const progress = createProgress({
    label: 'SBOM linux/amd64: layers',
    total: 10,
    unit: 'bytes',
    interactive: false,
    intervalMs: 0,
    now: () => 0,
    write: (line) => lines.push(line),
  });
  return { progress, lines };
}

describe('countingLayers', () => {
  it('passes each layer through unchanged while counting its bytes', async () => {
    const { progress, lines } = recordingProgress();
    const layers = countingLayers(
      [rawLayer(Buffer.from('abcd')), rawLayer(Buffer.from('efghij'))],
      progress,
    );
    const contents = [];
    for (const layer of layers) contents.push(await text(await layer.open()));
    progress.done();
    expect(contents).toEqual(['abcd', 'efghij']);
    expect(layers.map((layer) => layer.size)).toEqual([4, 6]);
    expect(lines).toEqual([
      'SBOM linux/amd64: layers: 4 B of 10 B (40%)',
      'SBOM linux/amd64: layers: 10 B of 10 B (100%)',
      'SBOM linux/amd64: layers: 10 B in 0.0 s',
    ]);
  });

  it('hands a failing registry stream on to the reader', async () => {
    const { progress } = recordingProgress();
    const failing: LayerSource = {
      ...rawLayer(Buffer.from('x')),
      open: () =>
        Promise.resolve(
          Readable.from(
            (function* () {
              yield Buffer.from('ab');
              throw new Error('connection reset by the registry');
            })(),
          ),
        ),
    };
    const [counted] = countingLayers([failing], progress);
    await expect(text(await counted!.open())).rejects.toThrow('connection reset by the registry');
  });
});
