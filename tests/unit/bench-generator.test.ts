/**
 * The benchmark's entry generator (scripts/bench/generator.ts): entries pass the project's
 * own validator, the output is deterministic for a seed, titles are unique, OPDs vary,
 * bodies look like the real ones, and the baseline copies compile as plain Markdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { generateEntries, readOpdRegistry, stripCallouts, writeBaselineEntries, writeBenchContent, type GeneratedEntry } from '../../scripts/bench/generator.ts';
import { checkBody } from '../../src/validation/safe-content.ts';
import { frontmatterOf, opdIds, ROOT } from '../helpers/content.ts';

const N = 60;
let work: string;
let entries: GeneratedEntry[];
/** A larger run for properties that need many entries (uniqueness, share of <Callout>). */
let many: GeneratedEntry[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bench-generator-'));
  entries = writeBenchContent({ sourceDir: join(ROOT, 'content'), targetDir: join(work, 'content'), n: N, seed: 7 });
  many = generateEntries({ n: 1000, opds: readOpdRegistry(join(ROOT, 'content', 'opd')) });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench generator', () => {
  it('writes N entries — .mdx where a component is used, .md otherwise — and copies the registry and site file, nothing else', () => {
    const files = readdirSync(join(work, 'content', 'innovations'));
    expect(files).toHaveLength(N);
    expect(files.filter((f) => f.endsWith('.mdx')).sort()).toEqual(entries.filter((e) => e.callout).map((e) => `${e.id}.mdx`).sort());
    expect(files.filter((f) => f.endsWith('.md')).sort()).toEqual(entries.filter((e) => !e.callout).map((e) => `${e.id}.md`).sort());
    expect(entries.some((e) => e.callout) && entries.some((e) => !e.callout)).toBe(true);
    expect(readdirSync(join(work, 'content', 'opd')).sort()).toEqual(opdIds().map((id) => `${id}.yaml`).sort());
    expect(readFileSync(join(work, 'content', 'site.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'content', 'site.yaml'), 'utf8'));
  });

  it('passes `node scripts/validate.ts` with CONTENT_DIR pointing at the generated folder', () => {
    const r = spawnSync(process.execPath, ['scripts/validate.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(work, 'content') },
      encoding: 'utf8',
    });
    const errors = r.stdout.split('\n').filter((l) => /\.mdx?\b/.test(l) && !l.includes('(peringatan)') && !l.includes('(info)'));
    expect(errors).toEqual([]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`${N} inovasi`);
  }, 120_000);

  it('is deterministic for a seed and differs for another seed', () => {
    const opds = readOpdRegistry(join(ROOT, 'content', 'opd'));
    const a = generateEntries({ n: 20, seed: 42, opds });
    const b = generateEntries({ n: 20, seed: 42, opds });
    const c = generateEntries({ n: 20, seed: 43, opds });
    expect(a.map((e) => e.text)).toEqual(b.map((e) => e.text));
    expect(a.map((e) => e.text)).not.toEqual(c.map((e) => e.text));
  });

  it('gives unique titles and ids, even for many entries', () => {
    const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    expect(new Set(many.map((e) => key(e.title))).size).toBe(many.length);
    expect(new Set(many.map((e) => e.id)).size).toBe(many.length);
  });

  it('spreads entries over many OPDs of the registry, unevenly', () => {
    const registry = new Set(opdIds());
    const counts = new Map<string, number>();
    for (const e of entries) {
      const fm = frontmatterOf(join(work, 'content', 'innovations', `${e.id}.${e.callout ? 'mdx' : 'md'}`));
      expect(registry.has(fm.opd as string)).toBe(true);
      counts.set(fm.opd as string, (counts.get(fm.opd as string) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThanOrEqual(10);
    expect(Math.max(...counts.values())).toBeGreaterThan(Math.min(...counts.values()));
  });

  it('writes bodies like the real entries: three sections, 100–260 words, no imports, some <Callout>', () => {
    for (const e of entries) {
      const body = e.text.slice(e.text.indexOf('\n---\n', 4) + 5);
      expect(body).toContain('## Latar belakang');
      expect(body).toContain('## Solusi');
      expect(body).toContain('## Manfaat');
      expect(body).not.toMatch(/^\s*(import|export)\s/m);
      const words = body.replace(/^#.*$/gm, '').replace(/<\/?Callout[^>]*>/g, '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(words, e.id).toBeGreaterThanOrEqual(100);
      expect(words, e.id).toBeLessThanOrEqual(260);
    }
    const withCallout = many.filter((e) => e.text.includes('<Callout')).length;
    expect(withCallout).toBeGreaterThan(50);
    expect(withCallout).toBeLessThan(150);
  });

  it('gives 1–4 sources, and metrics whose values are dated and point at a source', () => {
    let metrics = 0;
    for (const e of entries) {
      const fm = frontmatterOf(join(work, 'content', 'innovations', `${e.id}.${e.callout ? 'mdx' : 'md'}`)) as {
        sources: { id: string }[];
        metrics?: { values: { date: unknown; source: string }[] }[];
      };
      expect(fm.sources.length).toBeGreaterThanOrEqual(1);
      expect(fm.sources.length).toBeLessThanOrEqual(4);
      const ids = new Set(fm.sources.map((s) => s.id));
      for (const m of fm.metrics ?? []) {
        metrics++;
        expect(m.values.length).toBeGreaterThan(0);
        for (const v of m.values) {
          expect(ids.has(v.source)).toBe(true);
          expect(String(v.date instanceof Date ? v.date.toISOString() : v.date)).toMatch(/^\d{4}-\d{2}-\d{2}/);
        }
      }
    }
    expect(metrics).toBeGreaterThan(0);
  });

  it('baseline copies: <Callout> lines removed, text kept, and the body is safe plain Markdown', () => {
    const callout = entries.find((e) => e.text.includes('<Callout'));
    expect(callout).toBeDefined();
    const inner = /<Callout[^>]*>\n([^\n]+)\n<\/Callout>/.exec(callout!.text)![1]!;
    const plain = stripCallouts(callout!.text);
    expect(plain).not.toContain('Callout');
    expect(plain).toContain(inner);
    writeBaselineEntries([callout!], join(work, 'bare'), 'md');
    const md = readFileSync(join(work, 'bare', `${callout!.id}.md`), 'utf8');
    expect(checkBody(md.slice(md.indexOf('\n---\n', 4) + 5), 'md')).toEqual([]);
  });

  it('lean baseline copies keep only title and summary in the frontmatter, and the same body', () => {
    const rich = entries.find((e) => e.metrics > 0 && e.text.includes('howToUse'))!;
    writeBaselineEntries([rich], join(work, 'lean'), 'md', { lean: true });
    const lean = readFileSync(join(work, 'lean', `${rich.id}.md`), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(lean)!;
    const original = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(stripCallouts(rich.text))!;
    expect(Object.keys(parseYaml(front!) as object)).toEqual(['title', 'summary']);
    expect((parseYaml(front!) as { title: string }).title).toBe(rich.title);
    expect(body).toBe(original[2]);
  });

  it('shares: the given share of entries get English text or a component; the rest of the entry does not change', () => {
    const opds = readOpdRegistry(join(import.meta.dirname, '../../content/opd'));
    const plain = generateEntries({ n: 300, opds, componentShare: 0 });
    const translated = generateEntries({ n: 300, opds, componentShare: 0, translatedShare: 0.3 });
    const withEn = translated.filter((e) => e.translated);
    expect(withEn.length).toBeGreaterThan(60);
    expect(withEn.length).toBeLessThan(120);
    for (const e of withEn) expect(e.text).toMatch(/^titleEn: .+$[\s\S]*^summaryEn: .+$/m);
    expect(translated.filter((e) => !e.translated).every((e) => !e.text.includes('titleEn'))).toBe(true);
    // Same titles, OPDs and bodies with and without English text.
    expect(translated.map((e) => [e.id, e.opd, e.text.split('\n---\n')[1]])).toEqual(plain.map((e) => [e.id, e.opd, e.text.split('\n---\n')[1]]));
    expect(plain.some((e) => e.callout)).toBe(false);
    expect(generateEntries({ n: 300, opds, componentShare: 1 }).every((e) => e.callout)).toBe(true);
  });
});
