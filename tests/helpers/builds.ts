/**
 * The two builds every output check runs over: the site at the root, and the same site
 * deployed under a sub-path (`npm run build:subpath`). Paths can be overridden by env.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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
