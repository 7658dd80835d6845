/**
 * The field tables of CONTRIBUTING.md, generated from the zod schemas and the doc
 * comments, so the author guide cannot drift from what the validator accepts.
 */
import type { z } from 'astro/zod';
import { innovationShape, howToUseSchema } from '../schema/innovation.ts';
import { metricSchema, measurementSchema } from '../schema/metric.ts';
import { sourceSchema } from '../schema/source.ts';
import { opdSchema } from '../schema/opd.ts';
import type { FieldDoc } from './field-docs.ts';

type Shape = Record<string, z.ZodType>;

function allowedValues(field: z.ZodType): string {
  const def = (field as unknown as { def?: { type?: string; entries?: Record<string, string>; innerType?: z.ZodType } }).def;
  if (!def) return '';
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map((v) => `\`${v}\``).join(', ');
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) return allowedValues(def.innerType);
  return '';
}

function table(title: string, prefix: string, shape: Shape, docs: FieldDoc[]): string {
  const rows = Object.entries(shape).map(([key, field]) => {
    const required = !field.safeParse(undefined).success;
    const doc = docs.find((d) => d.key === key)?.doc ?? '';
    const values = allowedValues(field);
    return `| \`${prefix}${key}\` | ${required ? 'wajib' : 'pilihan'} | ${doc.replace(/\|/g, '\\|')}${values ? ` Pilihan: ${values}.` : ''} |`;
  });
  return [`#### ${title}`, '', '| kolom | wajib? | arti |', '|---|---|---|', ...rows, ''].join('\n');
}

const shapeOf = (s: unknown) => (s as { shape: Shape }).shape;

export function fieldTables(docs: Map<string, FieldDoc[]>): string {
  const d = (name: string) => docs.get(name) ?? [];
  return [
    table('Entri inovasi (frontmatter)', '', innovationShape as unknown as Shape, d('innovationShape')),
    table('Setiap sumber (`sources`)', 'sources[].', shapeOf(sourceSchema), d('sourceSchema')),
    table('Setiap ukuran (`metrics`)', 'metrics[].', shapeOf(metricSchema), d('metricSchema')),
    table('Setiap nilai ukuran (`baseline`, `values`)', 'metrics[].values[].', shapeOf(measurementSchema), d('measurementSchema')),
    table('Cara memakai (`howToUse`)', 'howToUse.', shapeOf(howToUseSchema), d('howToUseSchema')),
    table('OPD (content/opd/&lt;id&gt;.yaml)', '', shapeOf(opdSchema), d('opdSchema')),
  ].join('\n');
}

export const FIELDS_START = '<!-- kolom:mulai (dibuat otomatis oleh `npm run docs`; jangan disunting manual) -->';
export const FIELDS_END = '<!-- kolom:selesai -->';

/** CONTRIBUTING.md with its field block replaced by a fresh one. */
export function withFieldTables(markdown: string, docs: Map<string, FieldDoc[]>): string {
  const start = markdown.indexOf(FIELDS_START);
  const end = markdown.indexOf(FIELDS_END);
  if (start < 0 || end < start) throw new Error('CONTRIBUTING.md tidak memuat penanda blok kolom.');
  return `${markdown.slice(0, start + FIELDS_START.length)}\n\n${fieldTables(docs)}\n${markdown.slice(end)}`;
}
