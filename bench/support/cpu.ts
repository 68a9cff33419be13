/**
 * Where a benchmark's time goes: this process's CPU time, the CPU time of the servers it
 * started (the registry, read from /proc), and the machine's load, measured around one phase.
 * With BENCH_PROFILE=<file.cpuprofile> the phase is also CPU-profiled through the inspector
 * (open the file in Chrome DevTools or speedscope).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface CpuShare {
  wallSeconds: number;
  /** CPU seconds of this process (user + system). */
  selfSeconds: number;
  /** CPU seconds of this process's child processes (the registry server). */
  childrenSeconds: number;
  /** 1-minute load average when the phase ended. */
  load: number;
}

/** user + system ticks of every live child of this process (Linux; 0 elsewhere). */
function childTicks(): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state, ppid, …, utime, stime.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid) continue;
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

export async function measureCpu<T>(phase: () => Promise<T>): Promise<[T, CpuShare]> {
  const profileFile = process.env.BENCH_PROFILE;
  const session = profileFile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const childrenBefore = childTicks();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await phase();
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const childrenSeconds = (childTicks() - childrenBefore) / TICKS_PER_SECOND;
  if (session && profileFile) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    session.disconnect();
  }
  return [
    result,
    {
      wallSeconds,
      selfSeconds: (cpu.user + cpu.system) / 1e6,
      childrenSeconds,
      load: loadavg()[0]!,
    },
  ];
}

/** One line: verify's CPU, the servers' (named by `server`), and the load. */
export function describeCpu(share: CpuShare, server: string): string {
  const percent = (seconds: number) => ((100 * seconds) / share.wallSeconds).toFixed(0);
  return `CPU: verify ${share.selfSeconds.toFixed(2)} s (${percent(share.selfSeconds)}% of wall), ${server} ${share.childrenSeconds.toFixed(2)} s (${percent(share.childrenSeconds)}%); load average ${share.load.toFixed(2)}`;
}
