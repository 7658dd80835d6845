/**
 * Runs a command and measures it: wall time, peak RSS of the whole process tree (sum of
 * every descendant's RSS, polled from /proc), the largest single process's max RSS from
 * GNU time (/usr/bin/time -v) when present, and the time at which log lines matching
 * phase markers first appear (so a build's time can be split into phases).
 */
import { spawn } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

export const GNU_TIME = '/usr/bin/time';
const PAGE = 4096;

export interface PhaseMarker {
  name: string;
  /** The phase ends when a line matching this appears (the next phase starts there). */
  end: RegExp;
}

export interface PhaseTiming {
  name: string;
  /** Seconds from start at which the phase ended (null if its marker never appeared). */
  endS: number | null;
  /** Duration in seconds (from the previous found marker). */
  seconds: number | null;
}

export interface RunResult {
  exitCode: number;
  wallS: number;
  /** Peak of the summed RSS of the whole process tree, bytes (polled). */
  peakTreeRss: number;
  /** Largest single process's max RSS from GNU time, bytes (null when /usr/bin/time is absent). */
  maxProcessRss: number | null;
  /** CPU seconds (user + system) of the process and every child it waited for, from GNU time; null without it. */
  cpuS: number | null;
  /** Samples taken by the poller. */
  samples: number;
  phases: PhaseTiming[];
  /** Seconds from start at which each event's line first appeared (null if never). */
  events: Record<string, number | null>;
  /** Last lines of output, for error messages. */
  tail: string[];
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Full output goes here. */
  logFile: string;
  markers?: PhaseMarker[];
  /** Log lines worth a timestamp that are not phase boundaries. */
  events?: PhaseMarker[];
  /**
   * Send output straight to logFile instead of through a pipe. For tools that call
   * process.exit() right after printing a lot: Node may drop what is still queued for a pipe.
   */
  outputToFile?: boolean;
  pollMs?: number;
  /** Called every `heartbeatMs` with elapsed seconds, current tree RSS and the last line. */
  onHeartbeat?: (elapsedS: number, rss: number, lastLine: string) => void;
  heartbeatMs?: number;
}

/** pid → ppid for every process (one pass over /proc). */
function processTable(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Field 4 (ppid) comes after the parenthesised command, which may contain spaces.
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(after[1]);
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  return children;
}

function rssOf(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** Summed RSS of pid and all its descendants. */
export function treeRss(root: number): number {
  const table = processTable();
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssOf(pid);
    for (const c of table.get(pid) ?? []) stack.push(c);
  }
  return total;
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export async function runMeasured(command: string, args: string[], opts: RunOptions): Promise<RunResult> {
  const timeFile = `${opts.logFile}.time`;
  const useTime = hasGnuTime();
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const fd = opts.outputToFile ? openSync(opts.logFile, 'w') : undefined;
  const log = fd === undefined ? createWriteStream(opts.logFile) : undefined;
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env, stdio: fd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', fd, fd] });

  const markers = [...(opts.markers ?? []), ...(opts.events ?? [])];
  const found = new Map<string, number>();
  const tail: string[] = [];
  let lastLine = '';
  const onLine = (line: string) => {
    const t = elapsed();
    log!.write(`[${t.toFixed(2)}] ${line}\n`);
    if (line.trim()) lastLine = line.trim();
    tail.push(line);
    if (tail.length > 40) tail.shift();
    for (const m of markers) if (!found.has(m.name) && m.end.test(line)) found.set(m.name, t);
  };
  if (log) {
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
  }

  let peak = 0;
  let samples = 0;
  let current = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    current = treeRss(child.pid);
    samples++;
    if (current > peak) peak = current;
  }, opts.pollMs ?? 150);
  const beat = opts.onHeartbeat ? setInterval(() => opts.onHeartbeat!(elapsed(), current, lastLine), opts.heartbeatMs ?? 10_000) : undefined;

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallS = elapsed();
  clearInterval(poll);
  if (beat) clearInterval(beat);
  if (log) await new Promise<void>((resolve) => log.end(() => resolve()));
  if (fd !== undefined) {
    closeSync(fd);
    tail.push(...readFileSync(opts.logFile, 'utf8').split('\n').slice(-40));
  }

  let maxProcessRss: number | null = null;
  let cpuS: number | null = null;
  if (useTime && existsSync(timeFile)) {
    const timeText = readFileSync(timeFile, 'utf8');
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeText);
    if (m) maxProcessRss = Number(m[1]) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(timeText);
    const system = /System time \(seconds\): ([\d.]+)/.exec(timeText);
    if (user && system) cpuS = round(Number(user[1]) + Number(system[1]));
    rmSync(timeFile, { force: true });
  }
  // The poller can miss a short process entirely; GNU time's figure is a lower bound of the tree's peak.
  if (maxProcessRss !== null && maxProcessRss > peak) peak = maxProcessRss;

  let previous = 0;
  const phases: PhaseTiming[] = (opts.markers ?? []).map((m) => {
    const end = found.get(m.name);
    if (end === undefined) return { name: m.name, endS: null, seconds: null };
    const seconds = end - previous;
    previous = end;
    return { name: m.name, endS: round(end), seconds: round(seconds) };
  });
  phases.push({ name: 'exit', endS: round(wallS), seconds: round(wallS - previous) });
  const events: Record<string, number | null> = {};
  for (const e of opts.events ?? []) events[e.name] = found.has(e.name) ? round(found.get(e.name)!) : null;
  return { exitCode, wallS: round(wallS), peakTreeRss: peak, maxProcessRss, cpuS, samples, phases, events, tail };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Phase markers in the order `astro build` logs them (Astro 7.3). */
export const ASTRO_MARKERS: PhaseMarker[] = [
  { name: 'start (config, deps)', end: /\[content\] Syncing content/ },
  { name: 'content sync', end: /\[content\] Synced content/ },
  { name: 'types + build info', end: /Building static entrypoints/ },
  { name: 'vite bundling', end: /Rearranging server assets/ },
  { name: 'prepare render', end: /generating static routes/ },
  { name: 'render pages', end: /^\S*\s*✓ Completed in/ },
  { name: 'sitemap', end: /\[@astrojs\/sitemap\]/ },
  { name: 'pagefind', end: /Pagefind: \d+/ },
  { name: 'finish', end: /\[build\] \d+ page\(s\) built in/ },
];

/** Moments inside the start phase worth knowing (not every build logs them). */
export const ASTRO_EVENTS: PhaseMarker[] = [
  { name: 'content-guard done', end: /\[etalase:content-guard\].*lolos/ },
  { name: 'dep optimizer start', end: /\[optimizer\] bundling dependencies/ },
];
