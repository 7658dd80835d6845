/** Reads and validates content/site.yaml (the government's identity) once per build. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as yaml from 'js-yaml';
import { siteSchema, type SiteData } from '../schema/site.ts';

let cached: SiteData | undefined;

export function loadSite(root = process.cwd(), contentDir = process.env.CONTENT_DIR ?? 'content'): SiteData {
  if (cached) return cached;
  const file = resolve(root, contentDir, 'site.yaml');
  const result = siteSchema.safeParse(yaml.load(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `"${i.path.join('.')}" ${i.message}`).join('; ')}`);
  }
  cached = result.data;
  return cached;
}
