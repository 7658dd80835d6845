/**
 * Collections: innovations (MDX) and the OPD registry (YAML). Schemas live in src/schema/.
 * A loader failure waits for content-guard's check, whose message names file, field and fix.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { innovationSchema } from './schema/innovation.ts';
import { opdSchema } from './schema/opd.ts';
import { guardedLoader } from './validation/guard-verdict.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  innovations: defineCollection({
    loader: guardedLoader(glob({ base: `${contentDir}/innovations`, pattern: '[^_]*.{md,mdx}' })),
    schema: innovationSchema,
  }),
  opd: defineCollection({
    loader: guardedLoader(glob({ base: `${contentDir}/opd`, pattern: '[^_]*.{yaml,yml}' })),
    schema: opdSchema,
  }),
};
