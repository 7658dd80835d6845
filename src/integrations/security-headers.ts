/**
 * Writes dist/_headers (the format Netlify, Cloudflare Pages and others honour) and
 * dist/.htaccess (Apache hosts that allow only .htaccess) after a build, from the rules table
 * in src/lib/server-rules.ts: the Content-Security-Policy Astro put in each page's <meta> (the
 * union of the script and style hashes of all pages, so one rule serves every page), plus the
 * headers a meta tag cannot carry (frame-ancestors) and a long cache for fingerprinted assets.
 * `npm run server-config` reads the same policies back from a built dist/ (sitePolicies).
 */
import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_DIR, headerRules, headersFile, htaccess, type SitePolicies } from '../lib/server-rules.ts';

/** Merges CSP strings: same directives, union of their sources, in first-seen order. */
export function mergeCsp(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The start of an HTML file, read in chunks up to the one holding </head> (the CSP meta is there): the rest of the page is not read. */
export function readHead(file: string, chunkSize = 16 * 1024): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let tail = '';
    for (;;) {
      const buf = Buffer.alloc(chunkSize);
      const n = readSync(fd, buf, 0, chunkSize, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      const text = tail + buf.toString('latin1', 0, n);
      if (/<\/head>/i.test(text)) break;
      tail = text.slice(-6);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function* htmlFiles(dir: string, skip?: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && p === skip) continue;
    if (e.isDirectory()) yield* htmlFiles(p);
    else if (e.name.endsWith('.html')) yield p;
  }
}

const cspOf = (file: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readHead(file))?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"');

/** The policies of a built site: the union of the public pages' meta CSPs, and the web editor's (its pages, written by cms-admin, have their own). */
export function sitePolicies(root: string): SitePolicies & { pages: number } {
  const policies = new Set<string>();
  const adminDir = join(root, ADMIN_DIR);
  for (const file of htmlFiles(root, adminDir)) {
    const csp = cspOf(file);
    if (csp) policies.add(csp);
  }
  if (policies.size === 0) throw new Error(`Tidak ada halaman dengan Content-Security-Policy di ${root}; periksa security.csp di astro.config.mjs.`);
  const adminPolicies = existsSync(adminDir) ? [...htmlFiles(adminDir)].map(cspOf).filter((c): c is string => !!c) : [];
  return { csp: mergeCsp([...policies]), adminCsp: adminPolicies.length ? mergeCsp(adminPolicies) : undefined, pages: policies.size };
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'etalase:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = sitePolicies(root);
        const rules = headerRules(policies);
        writeFileSync(join(root, '_headers'), headersFile(rules, base));
        writeFileSync(join(root, '.htaccess'), htaccess(rules, base));
        logger.info(`_headers dan .htaccess ditulis (${policies.pages} kebijakan CSP digabung).`);
      },
    },
  };
}
