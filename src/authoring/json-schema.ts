/** JSON Schemas of the content files, generated from the zod schemas (z.toJSONSchema). */
import { z } from 'astro/zod';
import { innovationSchema } from '../schema/innovation.ts';
import { opdSchema } from '../schema/opd.ts';
import { siteSchema } from '../schema/site.ts';
import { describeJsonSchema, projectFieldDocs } from './field-docs.ts';

export function generatedSchemas(root: string): Record<string, string> {
  const docs = projectFieldDocs(root);
  const make = (schema: z.ZodType, title: string) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' }) as Record<string, unknown>;
    return `${JSON.stringify({ ...describeJsonSchema(json, docs), title }, null, 2)}\n`;
  };
  return {
    // The doc comment of every schema field, by schema object: the one text the open-data
    // dictionary (src/lib/data-dictionary.ts) and editors show for a field.
    'field-docs.json': `${JSON.stringify(Object.fromEntries(docs), null, 2)}\n`,
    'innovation.schema.json': make(innovationSchema, 'Frontmatter entri inovasi (content/innovations/*.mdx)'),
    'opd.schema.json': make(opdSchema, 'Satu OPD (content/opd/*.yaml)'),
    'site.schema.json': make(siteSchema, 'Identitas situs (content/site.yaml)'),
  };
}
