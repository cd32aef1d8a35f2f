/**
 * Runs a command and measures it from the OS: wall time, and the peak resident set size of the
 * largest process in its tree (VmHWM from /proc, sampled every 100 ms). Lines of output are
 * timestamped so a caller can time the phases a command logs.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  seconds: number;
  peakRssMB: number;
  code: number | null;
  /** Each output line with the seconds since the start at which it arrived. */
  lines: { at: number; text: string }[];
}

function children(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return all;
}

function peakKB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs `command args` with `env` added, echoing nothing; resolves when it exits. */
export function runMeasured(command: string, args: string[], env: Record<string, string> = {}): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const peaks = new Map<number, number>();
  const lines: Measured['lines'] = [];
  const sample = () => {
    for (const pid of tree(child.pid!)) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peakKB(pid)));
  };
  const timer = setInterval(sample, 100);
  const collect = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ at, text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakRssMB: Math.round(Math.max(0, ...peaks.values()) / 1024),
        code,
        lines,
      });
    });
  });
}
