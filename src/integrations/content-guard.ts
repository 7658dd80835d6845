/**
 * Runs the content validator (the same rules as `npm run validate`) before Astro
 * loads any collection, so `astro build` refuses exactly what validate refuses and
 * names the file, field and fix. Warnings are printed (the first 20, then a count); errors stop the build.
 * Astro's own English lines around a failure are shown in Indonesian first (indonesian-log.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentPaths, validateContent } from '../validation/content.ts';
import { formatProblem, warningLines } from '../validation/problems.ts';
import { translateStream } from './indonesian-log.ts';

export default function contentGuard(options: { contentDir?: string } = {}): AstroIntegration {
  return {
    name: 'etalase:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
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
        const { problems, innovations, opds } = validateContent(contentPaths(root, options.contentDir ?? 'content'));
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
        logger.info(`${innovations} inovasi dan ${opds} OPD lolos pemeriksaan konten.`);
      },
    },
  };
}
