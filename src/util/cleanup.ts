/**
 * Cleanups that must run however the process ends: normally, by an uncaught error, or by a
 * signal — a cancelled CI job gets SIGINT or SIGTERM, and a file with a registry password must
 * not outlive it. Each cleanup runs once, synchronously (nothing asynchronous survives a
 * signal). After a signal the handlers step aside and the signal is raised again, so the
 * process ends the way it would have without them (killed by that signal).
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

const cleanups = new Set<() => void>();
let installed = false;

/** Registers `cleanup` to run on exit or signal; call the returned function once it has run. */
export function onExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  install();
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0) uninstall();
  };
}

function runAll(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // One failed cleanup must not keep the others from running.
    }
  }
}

function onSignal(signal: Signal): void {
  runAll();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  process.off('exit', runAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}
