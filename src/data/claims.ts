/**
 * Reads and validates content/claims/*.yaml once per build (like src/lib/site.ts reads
 * site.yaml). Row OPD ids are checked against the registry in content/opd/.
 * Throws one Indonesian message naming every bad file and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseYaml } from '../validation/parser-messages.ts';
import { checkClaimFile, type ClaimRecord } from '../lib/claims.ts';

const cache = new Map<string, ClaimRecord[]>();

const yamlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile() && !d.name.startsWith('_') && ['.yaml', '.yml'].includes(extname(d.name)))
        .map((d) => d.name)
        .sort()
    : [];

/** Every claim, sorted by file name; [] when content/claims/ does not exist. */
export function loadClaims(root = process.cwd(), contentDir = process.env.CONTENT_DIR ?? 'content'): ClaimRecord[] {
  const base = resolve(root, contentDir);
  const hit = cache.get(base);
  if (hit) return hit;
  const opdIds = yamlFiles(join(base, 'opd')).map((f) => f.replace(/\.ya?ml$/, ''));
  const errors: string[] = [];
  const claims: ClaimRecord[] = [];
  for (const name of yamlFiles(join(base, 'claims'))) {
    const file = join(contentDir, 'claims', name);
    const { data: raw, errors: syntax } = parseYaml(readFileSync(join(base, 'claims', name), 'utf8'));
    if (syntax.length) {
      for (const e of syntax) errors.push(`${file}:${e.line ?? '?'}: YAML tidak dapat dibaca: ${e.message}`);
      continue;
    }
    const { data, problems } = checkClaimFile(raw, opdIds);
    for (const p of problems) errors.push(`${file}: ${p.field ? `"${p.field}" ` : ''}${p.message}`);
    if (data) claims.push({ id: name.replace(/\.ya?ml$/, ''), ...data });
  }
  if (errors.length) throw new Error(`Data klaim tidak valid — ${errors.length} kesalahan:\n${errors.join('\n')}`);
  cache.set(base, claims);
  return claims;
}
