/**
 * The site's own /data/inovasi.csv (from the built dist/) imported again with `npm run import`
 * into a temporary content folder: the same entries come back (ids, titles, OPDs, classification,
 * dates, sources, the three sections written) and `npm run validate` accepts them all.
 * Nothing is written into content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUILDS, requireBuild } from '../helpers/builds.ts';
import { frontmatterOf, publishedEntries, ROOT } from '../helpers/content.ts';

const build = BUILDS[0]!;
let work: string;
let imported: ReturnType<typeof spawnSync>;
let validated: ReturnType<typeof spawnSync>;

beforeAll(() => {
  requireBuild(build);
  work = mkdtempSync(join(tmpdir(), 'etalase-roundtrip-'));
  mkdirSync(join(work, 'content', 'innovations'), { recursive: true });
  cpSync(join(ROOT, 'content', 'opd'), join(work, 'content', 'opd'), { recursive: true });
  cpSync(join(ROOT, 'content', 'site.yaml'), join(work, 'content', 'site.yaml'));
  const env = { ...process.env, CONTENT_DIR: join(work, 'content') };
  imported = spawnSync(process.execPath, [join(ROOT, 'scripts', 'import-csv.ts'), resolve(build.dir, 'data', 'inovasi.csv')], { cwd: ROOT, env, encoding: 'utf8' });
  validated = spawnSync(process.execPath, [join(ROOT, 'scripts', 'validate.ts')], { cwd: ROOT, env, encoding: 'utf8' });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('importing the site’s own inovasi.csv', () => {
  it('writes every published entry again as .md, and validate accepts them', () => {
    expect(imported.status, String(imported.stdout) + String(imported.stderr)).toBe(0);
    const files = readdirSync(join(work, 'content', 'innovations')).sort();
    expect(files.every((f) => f.endsWith('.md'))).toBe(true);
    expect(files.map((f) => f.replace(/\.md$/, ''))).toEqual(publishedEntries().map((e) => e.id).sort());
    expect(validated.status, String(validated.stdout)).toBe(0);
    expect(String(validated.stdout)).not.toMatch(/\(peringatan\)|: "[^"]+" /);
  });

  it('keeps what the CSV carries: title, OPD, classification, dates and sources', () => {
    for (const e of publishedEntries()) {
      const back = frontmatterOf(join(work, 'content', 'innovations', `${e.id}.md`));
      for (const key of ['title', 'opd', 'tahapan', 'jenis', 'bentuk', 'urusan', 'inisiator', 'inisiatorName']) expect(back[key], `${e.id} ${key}`).toEqual(e.data[key]);
      for (const key of ['trial', 'launched']) expect(back[key] === undefined ? undefined : String(back[key]), `${e.id} ${key}`).toEqual(e.data[key] === undefined ? undefined : String(e.data[key]));
      const pick = (s: Record<string, unknown>) => ({ url: s.url, title: s.title, publisher: s.publisher, date: String(s.date) });
      expect((back.sources as Record<string, unknown>[]).map(pick), e.id).toEqual((e.data.sources as Record<string, unknown>[]).map(pick));
      const ids = (back.sources as { id: string }[]).map((s) => s.id);
      expect(ids.some((id) => /^sumber-\d+$/.test(id)), e.id).toBe(false);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('writes the three sections with text, Solusi included', () => {
    for (const file of readdirSync(join(work, 'content', 'innovations'))) {
      const text = readFileSync(join(work, 'content', 'innovations', file), 'utf8');
      for (const h of ['Latar belakang', 'Solusi', 'Manfaat']) expect(text, `${file} ${h}`).toMatch(new RegExp(`## ${h}\\n\\n[^<\\n#][^\\n]+`));
    }
  });
});
