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
import { regionGlossarySchema, type RegionGlossary } from '../schema/glossary.ts';

const cache = new Map<string, GlossaryTerm[]>();
const regionCache = new Map<string, RegionGlossary | undefined>();

/** content/glossary.yaml, validated; undefined when the region has none. Throws one Indonesian message per bad field. */
function regionGlossary(root: string, contentDir: string): RegionGlossary | undefined {
  const file = resolve(root, contentDir, 'glossary.yaml');
  if (regionCache.has(file)) return regionCache.get(file);
  if (!existsSync(file)) {
    regionCache.set(file, undefined);
    return undefined;
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
  regionCache.set(file, parsed.data);
  return parsed.data;
}

/** The region's own sourced notes on one glossary term (Indonesian text and its sources), e.g. what the mayor asked at a launch. */
export function regionNotes(term: string, root = process.cwd(), contentDir = process.env.CONTENT_DIR ?? 'content'): { text: string; sources: RegionGlossary['sources'] }[] {
  const region = regionGlossary(root, contentDir);
  if (!region) return [];
  return region.notes
    .filter((n) => n.term === term)
    .map((n) => ({ text: n.id, sources: n.sources.map((id) => region.sources.find((s) => s.id === id)).filter((s) => s !== undefined) }));
}

export function glossaryTerms(root = process.cwd(), contentDir = process.env.CONTENT_DIR ?? 'content'): GlossaryTerm[] {
  const file = resolve(root, contentDir, 'glossary.yaml');
  const hit = cache.get(file);
  if (hit) return hit;
  const region = regionGlossary(root, contentDir);
  if (!region) {
    cache.set(file, GLOSSARY);
    return GLOSSARY;
  }
  const shown = `${contentDir}/glossary.yaml`;
  const { terms, problems } = withRegionNotes(GLOSSARY, region);
  if (problems.length > 0) throw new Error(problems.map((p) => `${shown}: "${p.field}" ${p.message}`).join('\n'));
  cache.set(file, terms);
  return terms;
}
