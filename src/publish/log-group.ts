/** Runs a step inside a log group (GitHub `::group::`, GitLab section), closed even on failure. */
import type { Logger } from '../ci/log.js';

export async function inGroup<T>(log: Logger, title: string, work: () => Promise<T>): Promise<T> {
  log.startGroup(title);
  try {
    return await work();
  } finally {
    log.endGroup();
  }
}
