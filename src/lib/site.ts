/** Reads and validates content/site.yaml (the government's identity) once per build. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadYaml } from '../validation/parser-messages.ts';
import { siteSchema, type SiteData } from '../schema/site.ts';

let cached: SiteData | undefined;

export function loadSite(root = process.cwd(), contentDir = process.env.CONTENT_DIR ?? 'content'): SiteData {
  if (cached) return cached;
  const file = resolve(root, contentDir, 'site.yaml');
  const result = siteSchema.safeParse(loadYaml(readFileSync(file, 'utf8'), file));
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `"${i.path.join('.')}" ${i.message}`).join('; ')}`);
  }
  cached = result.data;
  return cached;
}
