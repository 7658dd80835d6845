// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentGuard from './src/integrations/content-guard.ts';

// Deploy target: SITE_URL (origin) and BASE_PATH (e.g. /etalase/) come from the environment.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const contentDir = process.env.CONTENT_DIR ?? 'content';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard({ contentDir }), mdx()],
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
