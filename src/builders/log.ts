/**
 * Where builders send what their processes print: the two methods of the CI logger they
 * use, so a test can pass a plain recorder and the doors pass their Logger unchanged.
 */
import type { Logger } from '../ci/log.js';

export type LogSink = Pick<Logger, 'info' | 'warning'>;
