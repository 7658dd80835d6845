// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkSafeContent } from './src/validation/safe-content.ts';
import contentGuard from './src/integrations/content-guard.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import cmsAdmin from './src/integrations/cms-admin.ts';
import prBuild from './src/integrations/pr-build.ts';
import pagefindLanguages from './src/integrations/pagefind-languages.ts';
import { sitemapOptions } from './src/lib/sitemap-links.ts';

import { siteUrl } from './src/lib/site-url.ts';

// Deploy target: SITE_URL (origin) and BASE_PATH (e.g. /etalase/) come from the environment.
// Without SITE_URL a build says in one line that its URLs are localhost; `npm run build:deploy` stops.
const siteCheck = siteUrl(process.env, process.argv.includes('build'));
if (siteCheck.error) {
  console.error(`✗ ${siteCheck.error}`);
  process.exit(1);
}
if (siteCheck.notice) console.warn(siteCheck.notice);
const site = siteCheck.site;
const base = process.env.BASE_PATH ?? '/';
const contentDir = process.env.CONTENT_DIR ?? 'content';
const outDir = process.env.OUT_DIR ?? './dist';
const publicDir = process.env.PUBLIC_DIR ?? './public';
// Separate caches let several builds (tests, benchmarks) run side by side.
const cacheDir = process.env.CACHE_DIR ?? './node_modules/.astro';

// Entry bodies are checked twice inside the build: by content-guard (all files, in a worker
// beside the collection sync, before any page is generated) and by remarkSafeContent inside the
// MDX compiler (the unified processor is required: on the default Sätteri processor remark
// plugins are silently skipped).
export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  publicDir,
  trailingSlash: 'always',
  // Indonesian at the root (the default and source of truth), English under /en/.
  i18n: { locales: ['id', 'en'], defaultLocale: 'id', routing: { prefixDefaultLocale: false } },
  // Four pages in flight: while one page's file is written, the next renders (at 10,000 entries
  // page generation took 83–92 s instead of 104–108 s; pages byte-identical to one at a time).
  build: { format: 'directory', concurrency: 4 },
  // `npm run build:pr` (INCREMENTAL_BUILD=1): pages whose cacheKey (src/lib/cache-keys.ts) and
  // code are unchanged are restored from cacheDir instead of rendered. `npm run build` stays cold.
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD === '1' },
  // Entries hold narrative, not code: no syntax highlighting (Shiki's inline styles break the CSP).
  markdown: { syntaxHighlight: false },
  integrations: [contentGuard({ contentDir }), mdx({ processor: unified({ remarkPlugins: [/** @type {any} */ (remarkSafeContent)] }) }), sitemap(sitemapOptions(base)), cmsAdmin({ contentDir }), securityHeaders(), prBuild(), pagefindLanguages()],
  // Strict CSP with hashes for every script and style Astro emits; no 'unsafe-inline'.
  // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs a worker.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Known upstream noise: every MDX module logs this directive warning.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
