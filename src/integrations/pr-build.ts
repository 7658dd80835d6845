/**
 * For `npm run build:pr` (INCREMENTAL_BUILD=1): records when `astro build` starts, in the cache
 * folder, so the search-index step can tell the pages this build rendered from those Astro
 * restored from its incremental cache (src/lib/pr-build.ts). Does nothing in other builds.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILD_STARTED_FILE } from '../lib/pr-build.ts';

export default function prBuild(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'etalase:pr-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (process.env.INCREMENTAL_BUILD === '1' && config.experimental.incrementalBuild) cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        if (!cacheDir) return;
        mkdirSync(cacheDir, { recursive: true });
        // A little before now: file systems keep mtimes at coarser steps than Date.now().
        writeFileSync(`${cacheDir}/${BUILD_STARTED_FILE}`, JSON.stringify({ startedAt: Date.now() - 1000 }));
      },
    },
  };
}
