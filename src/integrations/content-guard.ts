/**
 * Runs the content validator (the same rules as `npm run validate`) for `astro build`, so the
 * build refuses exactly what validate refuses and names the file, field and fix. Warnings are
 * printed (the first 20, then a count); errors stop the build before any page is generated.
 * The check runs in a worker thread from `astro:config:setup` while Astro syncs the collections
 * on the main thread (at 10,000 entries each takes about 20 s, and CI runners have two cores);
 * `astro:build:start` waits for it. A collection loader that fails first (Astro's schema refuses
 * an entry) waits for the check too and throws its message (guardedLoader in guard-verdict.ts).
 * In a pull-request build (`npm run build:pr`, INCREMENTAL_BUILD=1) it checks, like
 * `npm run validate -- --changed`, only the entries the branch changed (cross-entry rules still
 * see every entry; the whole catalogue when no base branch is found or a shared input changed):
 * the unchanged entries passed on the base branch, and at 10,000 entries checking them all took
 * 16.5 s of a build that should take seconds for one changed entry.
 * Astro's own English lines around a failure are shown in Indonesian first (indonesian-log.ts).
 * The uploaded documents the check accepted (src/validation/documents.ts) are copied to
 * <out>/dokumen/… when the build is done: only checked, cited files are published.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValidationResult } from '../validation/content.ts';
import { guardVerdict, setGuardVerdict } from '../validation/guard-verdict.ts';
import { changedScope } from '../validation/changed.ts';
import { formatProblem, warningLines } from '../validation/problems.ts';
import { translateStream } from './indonesian-log.ts';

export default function contentGuard(options: { contentDir?: string } = {}): AstroIntegration {
  /** Documents cited by the checked files and accepted by the check (paths relative to the content folder). */
  let documents: string[] = [];
  let contentRoot = '';
  return {
    name: 'etalase:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        setGuardVerdict(undefined);
        if (command !== 'build') return;
        // Astro's English wrapper lines and MDX compiler reasons: Indonesian first, original in brackets.
        translateStream(process.stdout);
        translateStream(process.stderr);
        // Test-only: lets a test prove the second gate (remarkSafeContent in the MDX compiler) on its own.
        if (process.env.ETALASE_TEST_SKIP_CONTENT_GUARD === '1') {
          logger.warn('content-guard dilewati (hanya untuk tes).');
          return;
        }
        const root = fileURLToPath(config.root);
        const contentDir = options.contentDir ?? 'content';
        const scope = process.env.INCREMENTAL_BUILD === '1' ? changedScope(root, contentDir) : undefined;
        if (scope?.fallback) logger.info(`Build PR: ${scope.fallback}`);
        else if (scope) logger.info(`Build PR: memeriksa ${scope.entries!.length} entri yang diubah terhadap ${scope.base} (${scope.mergeBase!.slice(0, 7)})${scope.entries!.length ? `: ${scope.entries!.slice(0, 5).join(', ')}${scope.entries!.length > 5 ? ', …' : ''}` : ''}; aturan antar-entri tetap atas seluruh katalog.`);
        const started = Date.now();
        contentRoot = resolve(root, contentDir);
        documents = [];
        const verdict = validateInWorker({ root, contentDir, only: scope?.entries, quickRest: !!scope?.entries, ...(scope?.mergeBase ? { mergeBase: scope.mergeBase } : {}) }).then(({ problems, innovations, opds, documents: cited }) => {
          const errors = problems.filter((p) => p.severity === 'error');
          for (const line of warningLines(problems.filter((p) => p.severity === 'warning'))) logger.warn(line);
          if (errors.length) {
            const error = new Error(
              `Konten tidak valid — ${errors.length} kesalahan, situs tidak dibangun:\n${errors.map(formatProblem).join('\n')}\nJalankan "npm run validate" untuk memeriksa ulang.`,
            );
            // The author needs the list above, not where in our code it was thrown.
            error.stack = '';
            throw error;
          }
          documents = [...new Set(cited.map((d) => d.path))];
          logger.info(`${innovations} inovasi dan ${opds} OPD lolos pemeriksaan konten (${((Date.now() - started) / 1000).toFixed(1)} s, bersamaan dengan sinkronisasi koleksi).`);
        });
        setGuardVerdict(verdict);
      },
      // Before any page is generated: the check ran while Astro synced the collections.
      'astro:build:start': async () => {
        await guardVerdict();
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const path of documents) {
          mkdirSync(dirname(join(out, path)), { recursive: true });
          copyFileSync(join(contentRoot, path), join(out, path));
        }
        if (documents.length) logger.info(`${documents.length} dokumen OPD yang sudah diperiksa disalin ke /${documents[0]!.split('/')[0]}/.`);
      },
    },
  };
}

/** validateContent in a worker thread: on a 2-core runner it overlaps Astro's collection sync. */
function validateInWorker(data: { root: string; contentDir: string; only?: string[]; quickRest: boolean; mergeBase?: string }): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-guard-worker.ts', import.meta.url), { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Pemeriksaan konten berhenti tanpa hasil (kode keluar ${code}).`)));
  });
}
