/**
 * The search rules of one language edition (content/search-synonyms.yaml, src/lib/query-rules.ts),
 * read and validated once per build, with the emergency entry's title and page. Throws one
 * Indonesian message naming the file, each bad field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadYaml } from '../validation/parser-messages.ts';
import { searchRulesSchema, type SearchRulesFile } from '../schema/search-rules.ts';
import { rulesFor, type QueryRules } from '../lib/query-rules.ts';
import { localTitle } from '../lib/translation.ts';
import { pathsFor } from '../lib/urls.ts';
import { getCatalog } from './catalog.ts';

let file: SearchRulesFile | undefined | null;

/** The parsed file (undefined when a pemda has none). */
export function searchRulesFile(root = process.cwd(), contentDir = process.env.CONTENT_DIR ?? 'content'): SearchRulesFile | undefined {
  if (file !== undefined) return file ?? undefined;
  const path = resolve(root, contentDir, 'search-synonyms.yaml');
  const shown = `${contentDir}/search-synonyms.yaml`;
  if (!existsSync(path)) {
    file = null;
    return undefined;
  }
  const parsed = searchRulesSchema.safeParse(loadYaml(readFileSync(path, 'utf8'), shown) ?? {});
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${shown}: "${i.path.join('.')}" ${i.message}`).join('\n'));
  file = parsed.data;
  return file;
}

const cache = new Map<string, QueryRules>();

/** The rules the search of a language edition applies (JSON for the browser). */
export async function getSearchRules(lang: 'id' | 'en'): Promise<QueryRules> {
  const hit = cache.get(lang);
  if (hit) return hit;
  const data = searchRulesFile();
  let entry: { title: string; url: string } | undefined;
  if (data?.emergency) {
    const item = (await getCatalog()).innovations.find((i) => i.id === data.emergency!.entry);
    if (!item) {
      throw new Error(
        `${process.env.CONTENT_DIR ?? 'content'}/search-synonyms.yaml: "emergency.entry" bernilai "${data.emergency.entry}", tetapi tidak ada entri terbit dengan id itu di content/innovations/. Tulis nama berkas entri layanan darurat tanpa .md, atau hapus bagian emergency.`,
      );
    }
    entry = { title: localTitle(item, lang).text, url: pathsFor(lang).innovation(item) };
  }
  const rules = rulesFor(data, lang, entry);
  cache.set(lang, rules);
  return rules;
}
