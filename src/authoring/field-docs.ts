/**
 * The doc comment above each schema field is the one description of that field. This
 * module reads them from src/schema/*.ts so the JSON Schema (editor completion) and the
 * field table in CONTRIBUTING.md are generated from them and cannot drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FieldDoc {
  key: string;
  doc: string;
}

/** Field docs per schema object in one schema file, in source order. */
export function readFieldDocs(source: string): Map<string, FieldDoc[]> {
  const blocks = new Map<string, FieldDoc[]>();
  let current: FieldDoc[] | undefined;
  let pending: string | undefined;
  for (const line of source.split('\n')) {
    const start = /^export const (\w+) = (?:strict\(\{|\{)\s*$/.exec(line);
    if (start) {
      current = [];
      blocks.set(start[1]!, current);
      continue;
    }
    if (/^\}/.test(line)) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    const doc = /^ {2}\/\*\* (.*) \*\/$/.exec(line);
    if (doc) {
      pending = doc[1];
      continue;
    }
    // A spread of fields declared earlier in the same file ("  ...evidence,") brings their docs along.
    const spread = /^ {2}\.\.\.(\w+),?$/.exec(line);
    if (spread) current.push(...(blocks.get(spread[1]!) ?? []));
    const key = /^ {2}(\w+):/.exec(line);
    if (key && pending) current.push({ key: key[1]!, doc: pending });
    pending = undefined;
  }
  return blocks;
}

export const SCHEMA_FILES = ['innovation.ts', 'metric.ts', 'source.ts', 'opd.ts', 'site.ts'];

/** Every documented schema object of the project, by its exported name. */
export function projectFieldDocs(root: string): Map<string, FieldDoc[]> {
  const all = new Map<string, FieldDoc[]>();
  for (const file of SCHEMA_FILES) {
    for (const [name, docs] of readFieldDocs(readFileSync(join(root, 'src', 'schema', file), 'utf8'))) all.set(name, docs);
  }
  return all;
}

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; description?: string; [k: string]: unknown };

/**
 * Adds each field's doc comment as `description` to a JSON Schema: an object gets the
 * docs of the schema object whose documented keys are all among its properties.
 */
export function describeJsonSchema(schema: JsonSchema, docs: Map<string, FieldDoc[]>): JsonSchema {
  const blocks = [...docs.values()].filter((b) => b.length > 0);
  const visit = (node: JsonSchema | undefined) => {
    if (!node || typeof node !== 'object') return;
    if (node.properties) {
      const keys = Object.keys(node.properties);
      const block = blocks
        .filter((b) => b.every((f) => keys.includes(f.key)))
        .sort((a, b) => b.length - a.length)[0];
      for (const f of block ?? []) node.properties[f.key]!.description = f.doc;
      Object.values(node.properties).forEach(visit);
    }
    visit(node.items);
    node.anyOf?.forEach(visit);
  };
  visit(schema);
  return schema;
}
