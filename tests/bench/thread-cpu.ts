// CPU time of every thread of the benchmark's Chromium, read from /proc (Linux only), so a
// benchmark can say where a run's CPU went: the simulation workers, or the page, the summary
// worker, V8's compiler and collector threads, the compositor and the browser process.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** CPU milliseconds per thread ("pid/tid") with the thread's name; empty where /proc is missing. */
export type ThreadCpu = Map<string, { name: string; ms: number }>;

/** Ticks of the kernel's clock per second (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/** The threads of every process whose command line names `program` (default chromium). */
export function threadCpu(program = 'chromium'): ThreadCpu {
  const out: ThreadCpu = new Map();
  if (os.platform() !== 'linux') return out;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes(program)) continue;
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        out.set(`${pid}/${tid}`, { name: `${type}:${name}`, ms: (ticks * 1000) / TICKS_PER_S });
      }
    } catch {
      // the process or thread ended meanwhile
    }
  }
  return out;
}

/** CPU used between two readings, split into the threads named `simulation` and all the rest (ms). */
export function cpuBetween(before: ThreadCpu, after: ThreadCpu, simulation: Set<string>): { simulationMs: number; otherMs: number; byKind: Map<string, number> } {
  let simulationMs = 0;
  let otherMs = 0;
  const byKind = new Map<string, number>();
  for (const [id, { name, ms }] of after) {
    const used = ms - (before.get(id)?.ms ?? 0);
    if (used <= 0) continue;
    if (simulation.has(id)) simulationMs += used;
    else {
      otherMs += used;
      byKind.set(name, (byKind.get(name) ?? 0) + used);
    }
  }
  return { simulationMs, otherMs, byKind };
}

/** The `n` threads that used the most CPU between two readings. */
export function busiest(before: ThreadCpu, after: ThreadCpu, n: number): string[] {
  return [...after]
    .map(([id, { ms }]) => [id, ms - (before.get(id)?.ms ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([id]) => id);
}
