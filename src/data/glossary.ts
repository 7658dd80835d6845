/**
 * The glossary as the site shows it: the general definitions (src/i18n/glossary.ts) with the
 * region's notes from content/glossary.yaml, read and validated once per build. Throws one
 * Indonesian message naming the file, each bad field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { GLOSSARY, type GlossaryTerm } from '../i18n/glossary.ts';
import { withRegionNotes } from '../lib/glossary.ts';
import { regionGlossarySchema } from '../schema/glossary.ts';

const cache = new Map<string, GlossaryTerm[]>();

export function glossaryTerms(root = process.cwd(), contentDir = process.env.CONTENT_DIR ?? 'content'): GlossaryTerm[] {
  const file = resolve(root, contentDir, 'glossary.yaml');
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) {
    cache.set(file, GLOSSARY);
    return GLOSSARY;
  }
  const shown = `${contentDir}/glossary.yaml`;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${shown}: YAML tidak dapat dibaca: ${(e as Error).message}. Periksa indentasi (spasi, bukan tab) dan tanda titik dua.`);
  }
  const parsed = regionGlossarySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${shown}: "${i.path.join('.')}" ${i.message}`).join('\n'));
  }
  const { terms, problems } = withRegionNotes(GLOSSARY, parsed.data);
  if (problems.length > 0) throw new Error(problems.map((p) => `${shown}: "${p.field}" ${p.message}`).join('\n'));
  cache.set(file, terms);
  return terms;
}
