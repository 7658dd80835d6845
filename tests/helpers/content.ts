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
