/**
 * The field dictionary of the open data, generated from the zod schemas: field names, kinds,
 * required or not, and allowed choices come from the schemas; each description is the field's
 * doc comment in src/schema/*.ts, exported to schemas/field-docs.json by `npm run docs` (a unit
 * test fails when that file drifts from the schemas).
 */
import type { z } from 'astro/zod';
import { awardSchema, howToUseSchema, imageSchema, innovationSchema, linkSchema, replicationSchema } from '../schema/innovation.ts';
import { measurementSchema, metricSchema, targetSchema } from '../schema/metric.ts';
import { contactSchema, opdSchema, socialSchema } from '../schema/opd.ts';
import { sourceSchema } from '../schema/source.ts';
import * as enums from '../schema/enums.ts';
import type { Choice } from '../schema/enums.ts';
import { getUi, type Lang } from '../i18n/index.ts';
import { labelIn } from '../i18n/labels.ts';
import fieldDocs from '../../schemas/field-docs.json';

/** Dictionary groups and the exported schema object (in src/schema/) each one documents. */
const SCHEMA_NAMES = {
  innovation: 'innovationShape',
  howToUse: 'howToUseSchema',
  metric: 'metricSchema',
  measurement: 'measurementSchema',
  target: 'targetSchema',
  award: 'awardSchema',
  replication: 'replicationSchema',
  link: 'linkSchema',
  image: 'imageSchema',
  source: 'sourceSchema',
  opd: 'opdSchema',
  contact: 'contactSchema',
  social: 'socialSchema',
} as const;

export type GroupId = keyof typeof SCHEMA_NAMES;

/** The doc comment of one field of a group ('' when the schema has none). */
export function fieldDoc(group: GroupId, key: string): string {
  const docs = (fieldDocs as Record<string, { key: string; doc: string }[]>)[SCHEMA_NAMES[group]] ?? [];
  return docs.find((d) => d.key === key)?.doc ?? '';
}

/** Every object schema the data files contain, by dictionary group. */
export const DICTIONARY_GROUPS: { id: GroupId; schema: z.ZodObject }[] = [
  { id: 'innovation', schema: innovationSchema as unknown as z.ZodObject },
  { id: 'howToUse', schema: howToUseSchema },
  { id: 'metric', schema: metricSchema },
  { id: 'measurement', schema: measurementSchema },
  { id: 'target', schema: targetSchema },
  { id: 'award', schema: awardSchema },
  { id: 'replication', schema: replicationSchema },
  { id: 'link', schema: linkSchema },
  { id: 'image', schema: imageSchema },
  { id: 'source', schema: sourceSchema as unknown as z.ZodObject },
  { id: 'opd', schema: opdSchema },
  { id: 'contact', schema: contactSchema },
  { id: 'social', schema: socialSchema },
];

export interface FieldKind {
  /** Human label of the kind, in the page's language ("teks", "daftar pilihan", …). */
  label: string;
  /** Allowed values of a choice field, with their labels when the vocabulary has them. */
  choices?: Choice[];
  /** Dictionary group of a nested object. */
  group?: GroupId;
}

export interface FieldEntry extends FieldKind {
  key: string;
  required: boolean;
  description: string;
  /** Language of `description` when it differs from the page: schema doc comments are Indonesian. */
  descriptionLang?: 'id';
}

const VOCABULARIES = (Object.values(enums) as unknown[]).filter(
  (v): v is readonly Choice[] => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'label' in v[0],
);

/** The choices of an enum's ids, with their vocabulary labels in `lang` (the id when no vocabulary matches). */
export function choicesOf(ids: string[], lang: Lang): Choice[] {
  const vocab = VOCABULARIES.find((list) => list.length === ids.length && list.every((c, i) => c.id === ids[i]));
  return ids.map((id) => ({ id, label: vocab ? labelIn(vocab, id, lang) : id }));
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default wrappers; tells whether the field may be left out. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    const def = defOf(inner);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      required = false;
      inner = def.innerType;
    } else return { inner, required };
  }
}

/** Kind of a field's value, read from its zod definition. */
export function kindOf(schema: z.ZodType, lang: Lang = 'id'): FieldKind {
  const t = getUi(lang).data.types;
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  const group = DICTIONARY_GROUPS.find((g) => g.schema === inner)?.id;
  if (group) return { label: t.object, group };
  switch (def.type) {
    case 'array': {
      const k = kindOf(def.element!, lang);
      return { ...k, label: t.list(k.label) };
    }
    case 'pipe':
      // partialDate(): a union of string, number and Date transformed to a partial-date string.
      return { label: t.date };
    case 'union': {
      const kinds = def.options!.map((o) => kindOf(o, lang));
      return { label: kinds.map((k) => k.label).join(t.or), choices: kinds.flatMap((k) => k.choices ?? []) };
    }
    case 'literal':
      return { label: def.values!.map((v) => JSON.stringify(v)).join(t.or) };
    case 'enum':
      return { label: t.choice, choices: choicesOf(Object.values(def.entries!), lang) };
    case 'string':
      return { label: def.format === 'url' ? t.url : t.text };
    case 'number':
      return { label: t.number };
    case 'boolean':
      return { label: t.boolean };
    case 'object':
      throw new Error('Objek bertingkat tanpa kelompok kamus data: tambahkan ke DICTIONARY_GROUPS.');
    default:
      return { label: def.type };
  }
}

/** Dictionary entries of one group, in schema order. */
export function dictionaryOf(group: GroupId, lang: Lang = 'id'): FieldEntry[] {
  const entry = DICTIONARY_GROUPS.find((g) => g.id === group);
  if (!entry) throw new Error(`Kelompok kamus data tidak dikenal: ${group}`);
  return Object.entries(entry.schema.shape).map(([key, schema]) => ({
    key,
    required: unwrap(schema as z.ZodType).required,
    description: fieldDoc(group, key),
    descriptionLang: 'id' as const,
    ...kindOf(schema as z.ZodType, lang),
  }));
}

/**
 * Groups reachable from a schema through nested objects, in first-seen order, each with the
 * paths where it occurs ("metrics[].baseline", "metrics[].values[]").
 */
export function nestedGroups(root: GroupId): { group: GroupId; paths: string[] }[] {
  const found = new Map<GroupId, string[]>();
  const visit = (id: GroupId, prefix: string) => {
    for (const f of dictionaryOf(id)) {
      if (!f.group || f.group === root) continue;
      const isList = defOf(unwrap(shapeOf(id)[f.key]!).inner).type === 'array';
      const path = `${prefix}${f.key}${isList ? '[]' : ''}`;
      const seen = found.has(f.group);
      found.set(f.group, [...(found.get(f.group) ?? []), path]);
      if (!seen) visit(f.group, `${path}.`);
    }
  };
  visit(root, '');
  return [...found].map(([group, paths]) => ({ group, paths }));
}

function shapeOf(group: GroupId): Record<string, z.ZodType> {
  return DICTIONARY_GROUPS.find((g) => g.id === group)!.schema.shape as Record<string, z.ZodType>;
}
