/**
 * npm run docs — regenerates the field tables in CONTRIBUTING.md and writes schemas/*.schema.json (JSON Schema of the frontmatter, the OPD
 * registry and the site file) from the zod schemas, with each field's doc comment as its
 * description, for editor completion. A unit test fails when the committed files drift.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSchemas } from '../src/authoring/json-schema.ts';
import { projectFieldDocs } from '../src/authoring/field-docs.ts';
import { withFieldTables } from '../src/authoring/field-table.ts';

const root = process.cwd();
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [name, text] of Object.entries(generatedSchemas(root))) {
  writeFileSync(join(root, 'schemas', name), text);
  console.log(`✓ schemas/${name}`);
}
const guide = join(root, 'CONTRIBUTING.md');
writeFileSync(guide, withFieldTables(readFileSync(guide, 'utf8'), projectFieldDocs(root)));
console.log('✓ CONTRIBUTING.md (tabel kolom)');
