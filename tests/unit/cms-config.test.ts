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
import { afterSavingLines, BODY_PATTERN, cmsConfig, cmsConfigYaml, editorSettings, githubRepo, labelPaths, type CmsField } from '../../src/authoring/cms-config.ts';
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

const uniqueByName = (fields: CmsField[]) => [...new Map(fields.map((f) => [f.name, f])).values()];

/** The same paths read from editor fields. */
function editorPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    // A list of variable types (sources): the union of the types' fields, plus the key naming the type.
    const types = f.types as { fields: CmsField[] }[] | undefined;
    const sub = (f.fields as CmsField[] | undefined) ?? (types ? [{ name: String(f.typeKey), label: '', widget: 'select' }, ...uniqueByName(types.flatMap((t) => t.fields))] : undefined);
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
    const forges = [
      { repo: 'a/b', authUrl: 'https://auth.contoh.workers.dev' },
      { practice: true },
      // Each forge site.yaml can choose, hosted and self-hosted, with token or OAuth sign-in.
      ...(['github', 'gitlab', 'gitea'] as const).flatMap((backend) => [
        { backend, repo: 'pemkot/etalase-konten' },
        { backend, repo: 'pemkot/konten/etalase', apiRoot: 'https://git.contoh.go.id/api/v4', authUrl: 'https://auth.contoh.go.id', appId: 'abc123' },
      ]),
    ];
    for (const settings of forges) {
      const config = parse(cmsConfigYaml(settings));
      const ok = validate(config);
      expect(ok, JSON.stringify(validate.errors?.filter((e) => !/BooleanField|StringField|TextField|NumberField|SelectField|ObjectField|RelationField|HiddenField|FileField|ImageField|SimpleList|ListFieldWithSubField\b|ListFieldWithSubFields|MarkdownField|RichText|ColorField|Code|Compute|Date|KeyValue|Map|Uuid|CustomField/.test(e.schemaPath)).slice(0, 8), null, 1)).toBe(true);
    }
    // And it does reject a config with a field the editor does not know.
    const broken = structuredClone(real) as { collections: Collection[] };
    (broken.collections[0]!.fields[0] as Record<string, unknown>).widjet = 'string';
    expect(validate(broken)).toBe(false);
  }, 30_000);

  it('reads the GitHub repository from the site repository URL', () => {
    expect(githubRepo('https://github.com/pemkot-contoh/etalase-konten')).toBe('pemkot-contoh/etalase-konten');
    expect(githubRepo('https://github.com/pemkot-contoh/etalase-konten.git')).toBe('pemkot-contoh/etalase-konten');
    expect(githubRepo('https://gitlab.com/a/b')).toBeUndefined();
    expect(githubRepo(undefined)).toBeUndefined();
  });
});


describe('forge chosen in site.yaml', () => {
  it('follows editor.backend, repo and apiRoot; GitHub repository URL still works alone', () => {
    const gitlab = cmsConfig(editorSettings({ editor: { backend: 'gitlab', repo: 'pemkot/konten/etalase', apiRoot: 'https://git.contoh.go.id/api/v4', appId: 'abc' } }));
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', repo: 'pemkot/konten/etalase', api_root: 'https://git.contoh.go.id/api/v4', app_id: 'abc', auth_type: 'pkce' });
    expect(gitlab.backend).not.toHaveProperty('auth_methods');
    const gitea = cmsConfig(editorSettings({ editor: { backend: 'gitea', repo: 'pemkot/etalase', apiRoot: 'https://forgejo.contoh.go.id/api/v1' } }));
    expect(gitea.backend).toMatchObject({ name: 'gitea', api_root: 'https://forgejo.contoh.go.id/api/v1', auth_methods: ['token'] });
    expect(gitea.publish_mode).toBe('editorial_workflow');
    expect(cmsConfig(editorSettings({ repository: 'https://github.com/pemkot/etalase' })).backend).toMatchObject({ name: 'github', repo: 'pemkot/etalase' });
    // A GitLab repository URL is not read as a GitHub repository: without editor.repo it stays practice mode.
    expect(cmsConfig(editorSettings({ repository: 'https://gitlab.com/pemkot/etalase', editor: { backend: 'gitlab' } })).backend).toEqual({ name: 'test-repo' });
  });
});

describe('source form, documents and hints for staff', () => {
  const sources = byName(innovation.fields, 'sources') as CmsField & { types: { name: string; fields: CmsField[] }[]; typeKey: string };

  it('asks the kind first (stored in "kind"), then only the fields that kind needs', () => {
    expect(sources.typeKey).toBe('kind');
    expect(sources.types.map((t) => t.name)).toEqual(['berita', 'situs-resmi', 'dokumen', 'pernyataan']);
    const names = (kind: string) => sources.types.find((t) => t.name === kind)!.fields.map((f) => f.name);
    expect(names('berita')).toContain('url');
    expect(names('berita')).not.toContain('file');
    expect(names('berita')).not.toContain('number');
    expect(names('dokumen')).toEqual(expect.arrayContaining(['file', 'sha256', 'number', 'publisher', 'date']));
    expect(names('dokumen')).not.toContain('url');
    expect(names('pernyataan')).toEqual(expect.arrayContaining(['number', 'signatory', 'file']));
    const file = (kind: string) => sources.types.find((t) => t.name === kind)!.fields.find((f) => f.name === 'file')!;
    expect(file('dokumen').required).toBe(true);
    expect(file('pernyataan').required).toBe(false);
  });

  it('uploads documents into content/dokumen/<id>/ with the file widget, within the size limit of site.yaml', () => {
    const file = sources.types.find((t) => t.name === 'dokumen')!.fields.find((f) => f.name === 'file')!;
    expect(file).toMatchObject({ widget: 'file', media_folder: '/content/dokumen/{{slug}}', public_folder: '/dokumen/{{slug}}', choose_url: false });
    expect(file.accept).toBe('application/pdf,image/png,image/jpeg,image/webp');
    const small = cmsConfig({ practice: true, documentMaxMB: 2 });
    const smallFile = ((small.collections as Collection[])[0]!.fields.find((f) => f.name === 'sources') as typeof sources).types[2]!.fields.find((f) => f.name === 'file')!;
    expect(smallFile.media_library).toEqual({ config: { max_file_size: 2 * 1024 * 1024, slugify_filename: true } });
    // An OPD's own documents go to its own folder.
    const opdFile = (byName(opd.fields, 'sources') as typeof sources).types[2]!.fields.find((f) => f.name === 'file')!;
    expect(opdFile.media_folder).toBe('/content/dokumen/{{slug}}');
  });

  it('offers quote and page beside every figure', () => {
    const values = byName(byName(innovation.fields, 'metrics').fields as CmsField[], 'values');
    expect(byName(values.fields as CmsField[], 'quote')).toMatchObject({ widget: 'string', required: false });
    expect(byName(values.fields as CmsField[], 'page')).toMatchObject({ widget: 'number', value_type: 'int', required: false });
  });

  it('speaks plain Indonesian in every hint: no backticks, field ids or true/false', () => {
    const ids = new Set(DICTIONARY_GROUPS.flatMap((g) => Object.keys(g.schema.shape)).filter((k) => /[A-Z]/.test(k) || k.length > 3));
    const hints: string[] = [];
    const walk = (fields: CmsField[]) => {
      for (const f of fields) {
        if (typeof f.hint === 'string') hints.push(`${f.name}: ${f.hint}`);
        walk((f.fields as CmsField[] | undefined) ?? []);
        for (const t of (f.types as { fields: CmsField[] }[] | undefined) ?? []) walk(t.fields);
      }
    };
    for (const c of collections) walk(c.fields);
    expect(hints.length).toBeGreaterThan(80);
    for (const line of hints) {
      const hint = line.slice(line.indexOf(': ') + 2);
      expect(hint, line).not.toMatch(/`|\btrue\b|\bfalse\b/);
      // camelCase ids (titleEn) never; other ids only as ordinary words, never quoted like "sources".
      for (const id of ids) {
        if (/[A-Z]/.test(id)) expect(hint, line).not.toContain(id);
        else expect(hint, line).not.toContain(`"${id}"`);
      }
    }
  });

  it('names fields by their labels for messages: list items numbered from 1', async () => {
    const { labelTrail } = await import('../../src/client/admin-messages.ts');
    const paths = labelPaths(innovation.fields);
    expect(labelTrail(['metrics', 0, 'values', 1, 'source'], paths)).toBe('Output dan outcome 1 › Nilai terukur 2 › Sumber');
    expect(labelTrail(['sources', 2, 'kind'], paths)).toBe('Sumber 3 › Jenis sumber');
    expect(labelTrail(['sources', 0, 'file'], paths)).toBe('Sumber 1 › Berkas dokumen');
  });
});

describe('what happens after saving', () => {
  it('says it in three lines: the review request, who reviews (site.yaml editor.reviewer), when it goes live; practice mode says nothing is sent', () => {
    const lines = afterSavingLines({ repo: 'a/b', reviewer: 'tim Bappelitbangda' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/permintaan tinjauan/);
    expect(lines[1]).toMatch(/^Tim Bappelitbangda memeriksa/);
    expect(lines[2]).toMatch(/tampil/);
    expect(afterSavingLines({ practice: true }).join(' ')).toMatch(/hanya tersimpan di peramban ini/);
  });
});
