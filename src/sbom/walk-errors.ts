/**
 * Why a layer stream failed, in words: the walker records which stage broke first (reading
 * the blob, decompressing, untarring) and turns that into a typed error.
 */
import { ImprintError, isImprintError } from '../errors.js';
import { detailOf } from './detail.js';
import type { Compression, LayerSource } from './layers.js';

export type Stage = 'read' | 'decompress' | 'untar';

export interface StageFailure {
  stage: Stage;
  error: unknown;
}

export function recordFirstFailure(stages: [Stage, NodeJS.EventEmitter][]): {
  first?: StageFailure;
} {
  const state: { first?: StageFailure } = {};
  for (const [stage, stream] of stages) {
    stream.on('error', (error: unknown) => {
      state.first ??= { stage, error };
    });
  }
  return state;
}

export function describeFailure(
  layer: LayerSource,
  compression: Compression,
  failure: StageFailure,
): ImprintError {
  const { stage, error } = failure;
  if (isImprintError(error)) return error;
  const detail = detailOf(error);
  if (stage === 'read') {
    return new ImprintError('SBOM_FAILED', `could not read layer ${layer.digest}: ${detail}`, {
      cause: error,
    });
  }
  if (stage === 'decompress') {
    return new ImprintError(
      'LAYER_INVALID',
      `layer ${layer.digest} is not valid ${compression} data (${detail})`,
      {
        cause: error,
        hint: `its media type ${layer.mediaType} promises ${compression}; the blob is corrupt, truncated or labelled wrongly`,
      },
    );
  }
  if (detail === 'Unexpected end of data') {
    return new ImprintError(
      'LAYER_INVALID',
      `layer ${layer.digest} ends in the middle of a tar entry: the archive is truncated`,
      { cause: error, hint: 'fetch the blob again; if it persists, rebuild and push the image' },
    );
  }
  return new ImprintError(
    'LAYER_INVALID',
    `layer ${layer.digest} is not a valid tar archive (${detail})`,
    {
      cause: error,
    },
  );
}
