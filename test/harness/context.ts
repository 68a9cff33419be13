/** A CI context for tests: a terminal-style logger whose every line is kept for assertions. */
import { createContext, type CiContext } from '../../src/ci/context.js';
import { PlainLogger } from '../../src/ci/log.js';

export interface CapturedContext {
  context: CiContext;
  /** Everything logged so far. */
  output: () => string;
}

export function capturedContext(summaryFile?: string): CapturedContext {
  let text = '';
  const logger = new PlainLogger((chunk) => (text += chunk), true);
  const context = createContext({ env: {}, logger, ...(summaryFile ? { summaryFile } : {}) });
  return { context, output: () => text };
}
