/**
 * The two builds every output check runs over: the site at the root, and the same site
 * deployed under a sub-path (`npm run build:subpath`). Paths can be overridden by env.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './content.ts';

export interface Build {
  name: string;
  dir: string;
  base: string;
  site: string;
}

export const BUILDS: Build[] = [
  { name: 'root', dir: resolve(ROOT, process.env.DIST_DIR ?? 'dist'), base: '/', site: 'http://localhost:4321' },
  { name: 'subpath', dir: resolve(ROOT, process.env.DIST_SUBPATH_DIR ?? 'dist-etalase'), base: '/etalase/', site: 'https://inovasi.contoh.go.id' },
];

export function requireBuild(b: Build): void {
  if (!existsSync(resolve(b.dir, 'index.html'))) {
    throw new Error(`${b.dir} belum dibangun; jalankan ${b.name === 'root' ? 'npm run build' : 'npm run build:subpath'} dulu (npm test melakukannya).`);
  }
}

/** `astro build` of a content folder of a test's own into an output folder (no search index). */
export function buildContent(content: string, out: string, cache: string, env: NodeJS.ProcessEnv = {}): { status: number | null; log: string } {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, log: result.stdout + result.stderr };
}
