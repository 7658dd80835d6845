/** Collections: innovations (MDX) and the OPD registry (YAML). Schemas live in src/schema/. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { innovationSchema } from './schema/innovation.ts';
import { opdSchema } from './schema/opd.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  innovations: defineCollection({
    loader: glob({ base: `${contentDir}/innovations`, pattern: '[^_]*.{md,mdx}' }),
    schema: innovationSchema,
  }),
  opd: defineCollection({
    loader: glob({ base: `${contentDir}/opd`, pattern: '[^_]*.{yaml,yml}' }),
    schema: opdSchema,
  }),
};
