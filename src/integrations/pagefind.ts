/**
 * Builds the Pagefind search index over dist/ after every build, through the Node API.
 * Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'etalase:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index || errors.length) throw new Error(`Pagefind gagal dimulai: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind gagal mengindeks: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind gagal menulis indeks: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind: ${added.page_count} halaman diindeks.`);
      },
    },
  };
}
