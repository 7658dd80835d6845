/**
 * Writes dist/_headers (the format Netlify, Cloudflare Pages and others honour) after a
 * build: the Content-Security-Policy Astro put in each page's <meta> (the union of the
 * script and style hashes of all pages, so one rule serves every page), plus the headers
 * a meta tag cannot carry (frame-ancestors) and a long cache for fingerprinted assets.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_DIR } from './cms-admin.ts';

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

/** Pagefind 1.6 files whose names carry a content hash (pagefind-entry.json, pagefind.js and the wasm do not). */
export const PAGEFIND_HASHED = ['index/*', 'fragment/*', 'filter/*', '*.pf_meta'] as const;

export function headersFile(csp: string, base: string, adminCsp?: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  // The editor's pages get their own policy: "! Content-Security-Policy" detaches the
  // site-wide one for that path (Cloudflare Pages syntax) before the editor's is added.
  const admin = adminCsp
    ? [`${b}${ADMIN_DIR}/*`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${adminCsp}; frame-ancestors 'none'`, '  X-Robots-Tag: noindex', '  Cache-Control: no-cache', '']
    : [];
  return [
    `${b}*`,
    `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
    `${b}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    `${b}pagefind/*`,
    '  Cache-Control: public, max-age=3600',
    '',
    // Pagefind's index, fragment and filter files and its metadata are named by the hash of
    // their content: a visitor pays for them once per build, not once per visit.
    ...PAGEFIND_HASHED.flatMap((path) => [`${b}pagefind/${path}`, '  ! Cache-Control', '  Cache-Control: public, max-age=31536000, immutable', '']),
    ...admin,
  ].join('\n');
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
        const policies = new Set<string>();
        const cspOf = (file: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readHead(file))?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
        // The web editor (written by the cms-admin integration) has its own policy.
        const adminDir = join(root, ADMIN_DIR);
        for (const file of htmlFiles(root, adminDir)) {
          const csp = cspOf(file);
          if (csp) policies.add(csp);
        }
        if (policies.size === 0) throw new Error('Tidak ada halaman dengan Content-Security-Policy; periksa security.csp di astro.config.mjs.');
        const adminPolicies = existsSync(adminDir) ? [...htmlFiles(adminDir)].map(cspOf).filter((c): c is string => !!c) : [];
        writeFileSync(join(root, '_headers'), headersFile(mergeCsp([...policies]), base, adminPolicies.length ? mergeCsp(adminPolicies) : undefined));
        logger.info(`_headers ditulis (${policies.size} kebijakan CSP digabung).`);
      },
    },
  };
}
