/**
 * Linux /proc readings for the browser benchmark: the Chromium renderer processes below one browser
 * process and their peak resident set (VmHWM). Parsing is pure; reading returns null off Linux.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One renderer process and its memory, in bytes. */
export interface RendererMemory {
  readonly pid: number;
  /** Peak resident set size (VmHWM) since the process started. */
  readonly peakRss: number;
  /** Resident set size now (VmRSS). */
  readonly rss: number;
}

/** A `kB` field of /proc/PID/status (VmHWM, VmRSS…) in bytes, or null when absent. */
export function statusField(status: string, field: string): number | null {
  const match = new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** The parent PID in /proc/PID/stat ("pid (comm) state ppid …"; comm may hold spaces and parentheses). */
export function parentPid(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && fields.length > 1 ? ppid : null;
}

/**
 * The words of /proc/PID/cmdline: NUL-separated, but Chromium's zygote children rewrite their title
 * as one space-separated string, so spaces separate too (enough to find a switch such as --type=renderer).
 */
export function commandLine(raw: string): string[] {
  return raw.split(/[\0 ]/).filter((arg) => arg.length > 0);
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

interface ProcessEntry {
  readonly pid: number;
  readonly ppid: number;
  readonly args: readonly string[];
}

function processes(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    const ppid = stat === null ? null : parentPid(stat);
    if (ppid === null) continue;
    entries.push({ pid: Number(name), ppid, args: commandLine(read(`/proc/${name}/cmdline`) ?? '') });
  }
  return entries;
}

/**
 * The PIDs of the renderer processes (`--type=renderer`) descending from the browser process whose
 * command line holds `marker` (an argument only that launch was given); null when /proc is not there.
 */
export function rendererPids(marker: string): number[] | null {
  let all: ProcessEntry[];
  try {
    all = processes();
  } catch {
    return null;
  }
  const browsers = all.filter((entry) => entry.args.includes(marker) && !entry.args.some((arg) => arg.startsWith('--type=')));
  const family = new Set(browsers.map((entry) => entry.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of all) {
      if (!family.has(entry.pid) && family.has(entry.ppid)) {
        family.add(entry.pid);
        grew = true;
      }
    }
  }
  return all.filter((entry) => family.has(entry.pid) && entry.args.includes('--type=renderer')).map((entry) => entry.pid);
}

/** VmHWM and VmRSS of one process, or null when it is gone. */
export function processMemory(pid: number): RendererMemory | null {
  const status = read(`/proc/${pid}/status`);
  const peakRss = status === null ? null : statusField(status, 'VmHWM');
  return peakRss === null ? null : { pid, peakRss, rss: statusField(status!, 'VmRSS') ?? 0 };
}

/** The memory of each renderer below the browser launched with `marker`, biggest peak first; null off Linux. */
export function rendererMemory(marker: string): RendererMemory[] | null {
  const pids = rendererPids(marker);
  if (pids === null) return null;
  return pids
    .map(processMemory)
    .filter((memory): memory is RendererMemory => memory !== null)
    .sort((a, b) => b.peakRss - a.peakRss);
}

/**
 * Samples the renderers every `intervalMs` (their list again every second) and keeps the highest
 * VmHWM or VmRSS any one of them showed. VmHWM alone can miss a peak: the kernel folds the current
 * RSS into it lazily, and memory handed back with madvise() may leave before it was counted.
 */
export function startRendererSampler(marker: string, intervalMs = 50): { peak: () => number | null; renderers: () => number; stop: () => void } {
  let pids: number[] = [];
  let scanned = 0;
  let peak: number | null = null;
  const sample = (): void => {
    if (Date.now() - scanned >= 1000) {
      pids = rendererPids(marker) ?? [];
      scanned = Date.now();
    }
    for (const pid of pids) {
      const memory = processMemory(pid);
      if (memory) peak = Math.max(peak ?? 0, memory.peakRss, memory.rss);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    peak: () => {
      sample();
      return peak;
    },
    renderers: () => pids.length,
    stop: () => clearInterval(timer),
  };
}
