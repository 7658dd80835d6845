import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSchemas } from '../../src/authoring/json-schema.ts';
import { projectFieldDocs, readFieldDocs } from '../../src/authoring/field-docs.ts';
import { withFieldTables } from '../../src/authoring/field-table.ts';
import { innovationShape } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { ROOT } from '../helpers/content.ts';

describe('generated author documentation', () => {
  it('every schema field has a doc comment', () => {
    const docs = projectFieldDocs(ROOT);
    expect(docs.get('innovationShape')!.map((d) => d.key)).toEqual(Object.keys(innovationShape));
    expect(docs.get('opdSchema')!.map((d) => d.key)).toEqual(Object.keys(opdSchema.shape));
  });

  it('reads doc comments per schema object', () => {
    const docs = readFieldDocs('export const aSchema = strict({\n  /** Satu. */\n  x: text,\n  y: text,\n});\nexport const bSchema = strict({\n  /** Dua. */\n  x: z.number(),\n});\n');
    expect(docs.get('aSchema')).toEqual([{ key: 'x', doc: 'Satu.' }]);
    expect(docs.get('bSchema')).toEqual([{ key: 'x', doc: 'Dua.' }]);
  });

  it('the committed JSON Schemas equal what the zod schemas generate (run `npm run docs` after changing a schema)', () => {
    for (const [name, text] of Object.entries(generatedSchemas(ROOT))) {
      expect(readFileSync(join(ROOT, 'schemas', name), 'utf8'), name).toBe(text);
    }
  });

  it('the JSON Schema refuses unknown fields and carries the doc comments', () => {
    const schema = JSON.parse(generatedSchemas(ROOT)['innovation.schema.json']!);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'opd', 'tahapan', 'jenis', 'bentuk', 'urusan', 'status', 'confidence', 'sources']));
    expect(schema.properties.tahapan.enum).toEqual(['inisiatif', 'uji-coba', 'penerapan']);
    expect(schema.properties.sources.items.properties.publisher.description).toMatch(/Penerbit/);
  });

  it('the field tables in CONTRIBUTING.md equal the schema (run `npm run docs` after changing a schema)', () => {
    const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    expect(guide).toBe(withFieldTables(guide, projectFieldDocs(ROOT)));
    for (const key of Object.keys(innovationShape)) expect(guide).toContain(`| \`${key}\` |`);
  });
});
