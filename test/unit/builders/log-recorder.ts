import type { LogSink } from '../../../src/builders/log.js';

/** A LogSink that keeps every line, so tests can read what a person would have seen. */
export function recordingLog(): LogSink & { infos: string[]; warnings: string[]; all(): string } {
  const infos: string[] = [];
  const warnings: string[] = [];
  return {
    infos,
    warnings,
    info: (line) => infos.push(line),
    warning: (line) => warnings.push(line),
    all: () => [...infos, ...warnings].join('\n'),
  };
}
