/**
 * npm run fuzz [-- --runs N] [--seed S] [--tool teks] [--build-sample N]
 * Property-based run over the author tools (scripts/fuzz/tools.ts): N generated inputs per
 * tool, from mutations of the real content and odd values from the schema. Prints per tool how
 * many inputs were refused, accepted, crashed, and how many refusals lacked file, field or line
 * (or were not Indonesian), plus other broken properties, with examples. Exits 1 on any of those.
 * --build-sample N builds the site with N accepted entry mutations (one build each) to show an
 * accepted entry builds. Results are written down by hand in docs/fuzz.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzTools, runTool, type ToolCounts } from './fuzz/tools.ts';

const USAGE = `Pemakaian: npm run fuzz -- [--runs 10000] [--seed 26] [--tool <bagian nama>] [--build-sample N]`;
let values: { runs?: string; seed?: string; tool?: string; 'build-sample'?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' }, tool: { type: 'string' }, 'build-sample': { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (e) {
  console.log(`✗ ${(e as Error).message}\n${USAGE}`);
  process.exit(1);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(values.runs ?? 1000);
const seed = Number(values.seed ?? 26);
const buildSample = Number(values['build-sample'] ?? 0);
const root = process.cwd();

const { fx, tools } = fuzzTools(root);
const chosen = tools.filter((t) => !values.tool || t.name.includes(values.tool));
console.log(`fuzz: ${runs} masukan per alat, seed ${seed}, ${chosen.length} alat, ${cpus().length} inti (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
const started = performance.now();
const results: ToolCounts[] = [];
try {
  for (const tool of chosen) {
    const c = runTool(tool, runs, seed, tool.entry ? buildSample : 0);
    results.push(c);
    console.log(`${tool.name.padEnd(24)} ditolak ${String(c.refused).padStart(6)}  diterima ${String(c.accepted).padStart(6)}  crash ${String(c.crashes).padStart(4)}  penolakan tanpa berkas/kolom/baris ${String(c.lacking).padStart(4)}  sifat lain dilanggar ${String(c.defects).padStart(4)}  (${(c.ms / 1000).toFixed(1)} s)`);
    for (const e of c.examples) console.log(`    [${e.kind}] ${e.detail.split('\n').slice(0, 4).join(' | ')}\n      masukan: ${JSON.stringify(e.input).slice(0, 400)}`);
  }
  if (buildSample > 0) buildAccepted(results, chosen);
} finally {
  fx.cleanup();
}
const total = (k: 'crashes' | 'lacking' | 'defects') => results.reduce((n, c) => n + c[k], 0);
console.log(`\nselesai dalam ${((performance.now() - started) / 1000).toFixed(1)} s: crash ${total('crashes')}, penolakan tanpa berkas/kolom/baris ${total('lacking')}, sifat lain dilanggar ${total('defects')}.`);
process.exitCode = total('crashes') || total('lacking') || total('defects') ? 1 : 0;

/** Builds the real site with each sampled accepted entry mutation added; a failed build counts as a defect. */
function buildAccepted(counts: ToolCounts[], list: typeof chosen) {
  for (const [i, tool] of list.entries()) {
    if (!tool.entry) continue;
    for (const input of counts[i]!.accepts) {
      const entry = tool.entry(input);
      if (!entry) continue;
      const dir = mkdtempSync(join(tmpdir(), 'etalase-fuzz-build-'));
      try {
        cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
        writeFileSync(join(dir, 'content', 'innovations', entry.name), entry.text);
        const t = performance.now();
        const r = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') } });
        const ok = r.status === 0;
        console.log(`build dengan ${entry.name} yang dimutasi: ${ok ? 'berhasil' : 'GAGAL'} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
        if (!ok) {
          counts[i]!.defects++;
          console.log(`${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /✗|error|galat|tidak/i.test(l)).slice(0, 10).join('\n'));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}
