/**
 * The web editor's config is generated from the zod schemas: every schema field has an editor
 * field and no editor field lacks a schema field; the labels are Indonesian, hints are the
 * schema doc comments, choices carry the vocabulary labels, relations point at the OPD
 * registry; and the whole config is valid against the JSON Schema Sveltia CMS publishes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { BODY_PATTERN, cmsConfig, cmsConfigYaml, githubRepo, type CmsField } from '../../src/authoring/cms-config.ts';
import { FIELD_LABELS } from '../../src/authoring/field-labels.ts';
import { DICTIONARY_GROUPS, fieldDoc } from '../../src/lib/data-dictionary.ts';
import { innovationShape } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { STATUS, URUSAN } from '../../src/schema/enums.ts';

const real = cmsConfig({ repo: 'pemkot-contoh/etalase-konten', branch: 'main', authUrl: 'https://auth.contoh.workers.dev' });
type Collection = { name: string; fields: CmsField[]; extension: string; create: boolean; slug: { editable: string[] } };
const collections = real.collections as Collection[];
const innovation = collections.find((c) => c.name === 'inovasi')!;
const opd = collections.find((c) => c.name === 'opd')!;
const byName = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

/** Field names of a zod object schema, recursively as paths ("metrics[].values[].value"). */
function schemaPaths(shape: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, raw] of Object.entries(shape)) {
    out.push(prefix + key);
    let s = raw as { _zod: { def: { type: string; innerType?: unknown; element?: unknown; shape?: Record<string, unknown> } } };
    let list = '';
    for (;;) {
      const d = s._zod.def;
      if (d.innerType && ['optional', 'default', 'nullable'].includes(d.type)) s = d.innerType as typeof s;
      else if (d.type === 'array') {
        s = d.element as typeof s;
        list = '[]';
      } else break;
    }
    const nested = (s as unknown as { shape?: Record<string, unknown> }).shape;
    if (s._zod.def.type === 'object' && nested) out.push(...schemaPaths(nested, `${prefix}${key}${list}.`));
  }
  return out;
}

/** The same paths read from editor fields. */
function editorPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const sub = (f.fields as CmsField[] | undefined) ?? undefined;
    const list = f.widget === 'list' ? '[]' : '';
    return [prefix + f.name, ...(sub ? editorPaths(sub, `${prefix}${f.name}${list}.`) : [])];
  });
}

describe('editor config generated from the schema', () => {
  it('has exactly the fields of the innovation schema (plus the body) and of the OPD schema, at every depth', () => {
    expect(editorPaths(innovation.fields).filter((p) => p !== 'body').sort()).toEqual(schemaPaths(innovationShape).sort());
    expect(editorPaths(opd.fields).sort()).toEqual(schemaPaths(opdSchema.shape).sort());
    // Deep paths exist: nested lists of metrics, values and sources.
    expect(editorPaths(innovation.fields)).toEqual(expect.arrayContaining(['metrics[].values[].source', 'howToUse.steps', 'images[].alt', 'sources[].publisher']));
  });

  it('labels every schema field in Indonesian and names no field the schema lacks', () => {
    for (const g of DICTIONARY_GROUPS) {
      const keys = Object.keys(g.schema.shape).sort();
      expect(Object.keys(FIELD_LABELS[g.id]).sort(), g.id).toEqual(keys);
    }
  });

  it('uses the schema doc comment as hint and marks optional fields', () => {
    const title = byName(innovation.fields, 'title');
    expect(title.hint).toBe(fieldDoc('innovation', 'title'));
    expect(title.hint).toMatch(/Nama inovasi/);
    expect(title.required).toBeUndefined();
    expect(title.maxlength).toBe(120);
    expect(byName(innovation.fields, 'titleEn').required).toBe(false);
    expect(byName(innovation.fields, 'sources')).toMatchObject({ widget: 'list', min: 1 });
  });

  it('offers vocabularies as selects with their Indonesian labels', () => {
    const status = byName(innovation.fields, 'status');
    expect(status.widget).toBe('select');
    expect(status.options).toEqual(STATUS.map((c) => ({ label: c.label, value: c.id })));
    expect((byName(innovation.fields, 'urusan').options as unknown[]).length).toBe(URUSAN.length);
  });

  it('links opd, collaborators and parent to the OPD registry', () => {
    expect(byName(innovation.fields, 'opd')).toMatchObject({ widget: 'relation', collection: 'opd' });
    expect(byName(innovation.fields, 'collaborators')).toMatchObject({ widget: 'relation', collection: 'opd', multiple: true, required: false });
    expect(byName(opd.fields, 'parent')).toMatchObject({ widget: 'relation', collection: 'opd' });
  });

  it('nests lists of objects: metrics → values → source, images with alt required', () => {
    const metrics = byName(innovation.fields, 'metrics');
    const values = byName(metrics.fields as CmsField[], 'values');
    expect(values.widget).toBe('list');
    expect(byName(values.fields as CmsField[], 'value')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(byName(values.fields as CmsField[], 'date').pattern).toBeTruthy();
    const images = byName(innovation.fields, 'images');
    expect(byName(images.fields as CmsField[], 'alt').required).toBeUndefined();
    expect(byName(images.fields as CmsField[], 'src').widget).toBe('image');
  });

  it('writes new entries as .md, keeps slugs fixed after creation, and uses the editorial workflow', () => {
    expect(innovation).toMatchObject({ extension: 'md', create: true });
    expect(innovation.slug.editable).toEqual(['create']);
    expect(collections.find((c) => c.name === 'inovasi-mdx')).toMatchObject({ extension: 'mdx', create: false });
    expect(real.publish_mode).toBe('editorial_workflow');
    expect(real.backend).toMatchObject({ name: 'github', repo: 'pemkot-contoh/etalase-konten', base_url: 'https://auth.contoh.workers.dev' });
    expect(cmsConfig({ practice: true }).backend).toEqual({ name: 'test-repo' });
    // No OAuth proxy: token sign-in only, never Sveltia's default (Netlify) OAuth endpoint.
    expect(cmsConfig({ repo: 'a/b' }).backend).toMatchObject({ auth_methods: ['token'] });
    expect(cmsConfig({ repo: 'a/b' }).backend).not.toHaveProperty('base_url');
  });

  it('requires text under each of the three body sections', () => {
    const re = new RegExp(BODY_PATTERN);
    const full = '## Latar belakang\n\nMasalah.\n\n## Solusi\n\nJalan keluar.\n\n## Manfaat\n\nHasil.\n';
    expect(re.test(full)).toBe(true);
    expect(re.test(full.replace('Jalan keluar.', ''))).toBe(false);
    expect(re.test(full.replace('Hasil.', '<!-- isi nanti -->'))).toBe(false);
    expect(re.test(full.replace('## Manfaat\n\nHasil.\n', ''))).toBe(false);
  });

  it('is valid against the JSON Schema Sveltia CMS publishes (both modes)', () => {
    const pkg = dirname(createRequire(import.meta.url).resolve('@sveltia/cms'));
    const schema = JSON.parse(readFileSync(join(pkg, '..', 'schema', 'sveltia-cms.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('regex', true).addFormat('uri', true);
    const validate = ajv.compile(schema);
    for (const settings of [{ repo: 'a/b', authUrl: 'https://auth.contoh.workers.dev' }, { practice: true }]) {
      const config = parse(cmsConfigYaml(settings));
      const ok = validate(config);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    }
    // And it does reject a config with a field the editor does not know.
    const broken = structuredClone(real) as { collections: Collection[] };
    (broken.collections[0]!.fields[0] as Record<string, unknown>).widjet = 'string';
    expect(validate(broken)).toBe(false);
  });

  it('reads the GitHub repository from the site repository URL', () => {
    expect(githubRepo('https://github.com/pemkot-contoh/etalase-konten')).toBe('pemkot-contoh/etalase-konten');
    expect(githubRepo('https://github.com/pemkot-contoh/etalase-konten.git')).toBe('pemkot-contoh/etalase-konten');
    expect(githubRepo('https://gitlab.com/a/b')).toBeUndefined();
    expect(githubRepo(undefined)).toBeUndefined();
  });
});

