/**
 * Reads content/ independently of the site code (yaml + a plain frontmatter split),
 * so conservation tests compare the build against the source, not against itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');

export function frontmatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return parse(m[1]!) as Record<string, unknown>;
}

export function publishedEntries(dir = join(ROOT, 'content', 'innovations')) {
  return readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => ({ id: f.replace(/\.mdx?$/, ''), data: frontmatterOf(join(dir, f)) }))
    .filter((e) => e.data.draft !== true);
}

export function opdIds(dir = join(ROOT, 'content', 'opd')) {
  return readdirSync(dir).filter((f) => /^[^_].*\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, ''));
}

/**
 * One page of every type, as paths under the base: home, lists, an entry, an OPD with and
 * one without innovations, statistics, search, data. Chosen from content/.
 */
export function pageTypes(): string[] {
  const entries = publishedEntries();
  const withInnovations = entries[0]!.data.opd as string;
  const withoutInnovations = opdIds().find((id) => !entries.some((e) => e.data.opd === id))!;
  return ['', 'inovasi/', 'inovasi/urut/terbaru/', `inovasi/${entries[0]!.id}/`, 'opd/', `opd/${withInnovations}/`, `opd/${withoutInnovations}/`, 'statistik/', 'cari/', 'data/'];
}
