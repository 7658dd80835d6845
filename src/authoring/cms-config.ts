/**
 * The web editor's configuration (Sveltia CMS, Decap-compatible config.yml), generated from
 * the zod schemas: every field of an entry and of an OPD becomes an editor field with the
 * Indonesian label from FIELD_LABELS, the field's doc comment as its hint, choices from the
 * vocabularies with their Indonesian labels, and required/optional as in the schema.
 * Nothing here is written by hand per field, so the editor cannot drift from what
 * `npm run validate` and the build accept.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { choicesOf, DICTIONARY_GROUPS, fieldDoc, unwrap, type GroupId } from '../lib/data-dictionary.ts';
import { UNKNOWN_DATE } from '../schema/source.ts';
import { FIELD_LABELS } from './field-labels.ts';
import { REQUIRED_SECTIONS } from '../validation/sections.ts';

/** The narrative sections every entry body has, in order: the validator's rule (src/validation/sections.ts). */
export const BODY_SECTIONS = REQUIRED_SECTIONS;

/** Body a new entry starts with in the editor: the three headings, to be written under. */
export const BODY_TEMPLATE = BODY_SECTIONS.map((s) => `## ${s}\n\n`).join('\n');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern the body must match: each section heading followed by text (not by the next
 * heading, a placeholder comment or nothing).
 */
export const BODY_PATTERN = `^${BODY_SECTIONS.map((s) => `(?=[\\s\\S]*(?:^|\\n)## ${escapeRe(s)}[ \\t]*\\n\\s*[^\\s#<])`).join('')}[\\s\\S]*$`;

/** Fields whose value is the id of another content file: relations in the editor. */
const RELATIONS: Partial<Record<`${GroupId}.${string}`, { collection: string; multiple?: boolean }>> = {
  'innovation.opd': { collection: 'opd' },
  'innovation.collaborators': { collection: 'opd', multiple: true },
  'opd.parent': { collection: 'opd' },
};

/** Text fields long enough for a multi-line box. */
const LONG_TEXT = new Set(['summary', 'summaryEn', 'storyEn', 'confidenceNote', 'note', 'supports', 'dateNote', 'address']);

const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

interface Def {
  type: string;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number; format?: string; pattern?: RegExp } } }[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((c) => c._zod.def);

/** Select options of an enum: Indonesian vocabulary labels, as the data dictionary shows them. */
const selectOptions = (ids: string[]) => choicesOf(ids, 'id').map((c) => ({ label: c.label, value: c.id }));

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

const groupOf = (schema: z.ZodType) => DICTIONARY_GROUPS.find((g) => g.schema === schema)?.id;

/** The editor widget for one value (without name, label, hint). */
function widgetFor(group: GroupId, key: string, schema: z.ZodType, unknownDate?: string): Record<string, unknown> & { widget: string } {
  if (group === 'image' && key === 'src') {
    // Uploads go to public/media and the file gets "/media/<name>", the path the schema asks for.
    return { widget: 'image', choose_url: false };
  }
  const relation = RELATIONS[`${group}.${key}`];
  if (relation) {
    return {
      widget: 'relation',
      collection: relation.collection,
      value_field: '{{slug}}',
      // 'aliases.*' here made the editor list one OPD twice (Svelte each_key_duplicate error).
      search_fields: ['name', 'abbreviation'],
      display_fields: ['name'],
      ...(relation.multiple ? { multiple: true } : {}),
    };
  }
  const nested = groupOf(schema);
  if (nested) return { widget: 'object', collapsed: false, fields: fieldsOf(nested) };
  const def = defOf(schema);
  switch (def.type) {
    case 'pipe':
    case 'union':
      // partialDate(): text like 2020, 2020-10 or 2020-10-02 (the schema also accepts YAML dates).
      return {
        widget: 'string',
        pattern: [
          unknownDate ? `^(${PARTIAL_DATE_PATTERN.slice(1, -1)}|${unknownDate})$` : PARTIAL_DATE_PATTERN,
          `Tulis tanggal TTTT-BB-HH (mis. 2020-10-02), atau TTTT-BB / TTTT bila hanya bulan atau tahun yang diketahui${unknownDate ? `, atau "${unknownDate}"` : ''}.`,
        ],
      };
    case 'enum':
      return { widget: 'select', options: selectOptions(Object.values(def.entries!)) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number': {
      const isInt = checksOf(schema).some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
      return { widget: 'number', value_type: isInt ? 'int' : 'float' };
    }
    case 'string': {
      const checks = checksOf(schema);
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
      if (def.format === 'url') return { widget: 'string', type: 'url', pattern: ['^https://', 'Tulis alamat lengkap yang diawali https://.'] };
      if (def.format === 'email') return { widget: 'string', type: 'email' };
      const base: Record<string, unknown> & { widget: string } = { widget: LONG_TEXT.has(key) || (max ?? 0) > 200 ? 'text' : 'string' };
      if (max) base.maxlength = max;
      if (regex?.source === SLUG_PATTERN.replace('(', '(?:')) base.pattern = [SLUG_PATTERN, 'Gunakan huruf kecil, angka dan tanda hubung saja (mis. "tempo-2020-11-03").'];
      else if (regex) base.pattern = [regex.source, 'Isi tidak sesuai bentuk yang diminta; lihat keterangan kolom.'];
      return base;
    }
    default:
      throw new Error(`Kolom ${group}.${key}: jenis "${def.type}" belum punya padanan di editor web (src/authoring/cms-config.ts).`);
  }
}

/** Editor fields of one schema group, in schema order. */
export function fieldsOf(group: GroupId): CmsField[] {
  const entry = DICTIONARY_GROUPS.find((g) => g.id === group)!;
  const labels = FIELD_LABELS[group];
  return Object.entries(entry.schema.shape as Record<string, z.ZodType>).map(([key, field]) => {
    const { inner, required } = unwrap(field);
    const label = labels[key];
    if (!label) throw new Error(`Kolom ${group}.${key} belum punya label editor di src/authoring/field-labels.ts.`);
    const out: CmsField = { name: key, label, widget: 'string' };
    const hint = fieldDoc(group, key);
    const unknownDate = group === 'source' && key === 'date' ? UNKNOWN_DATE : undefined;
    const def = defOf(inner);
    if (def.type === 'array' && !RELATIONS[`${group}.${key}`]) {
      const element = unwrap(def.element!).inner;
      const nested = groupOf(element);
      const min = checksOf(inner).find((c) => c.check === 'min_length')?.minimum;
      Object.assign(out, { widget: 'list' }, nested ? { fields: fieldsOf(nested), collapsed: false } : { field: { name: key, label, ...widgetFor(group, key, element) } });
      if (min) out.min = min;
    } else {
      Object.assign(out, widgetFor(group, key, inner, unknownDate));
    }
    if (hint) out.hint = hint;
    if (!required) out.required = false;
    if (def.type === 'boolean') out.default = false;
    return out;
  });
}

export interface EditorSettings {
  /** GitHub repository "owner/name" the editor opens pull requests on; undefined = practice mode only. */
  repo?: string;
  branch?: string;
  /** Base URL of the OAuth proxy (sveltia-cms-auth); without it, sign-in is by personal access token. */
  authUrl?: string;
  siteUrl?: string;
  /** Practice mode: Sveltia's test backend, files kept in this browser only. */
  practice?: boolean;
}

/** GitHub "owner/name" from a repository URL (https://github.com/owner/name[.git][/…]). */
export function githubRepo(url: string | undefined): string | undefined {
  const m = url && /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/.*)?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** The whole editor configuration. */
export function cmsConfig(settings: EditorSettings): Record<string, unknown> {
  const innovationFields = fieldsOf('innovation');
  const body: CmsField = {
    name: 'body',
    label: 'Isi: Latar belakang, Solusi, Manfaat',
    widget: 'markdown',
    default: BODY_TEMPLATE,
    hint: `Tulis di bawah ketiga judul (${BODY_SECTIONS.join(', ')}) dengan kata-kata sendiri; setiap bagian wajib berisi.`,
    pattern: [BODY_PATTERN, `Setiap bagian (${BODY_SECTIONS.join(', ')}) wajib berisi teks di bawah judulnya.`],
  };
  const innovation = (extension: 'md' | 'mdx') => ({
    name: extension === 'md' ? 'inovasi' : 'inovasi-mdx',
    label: extension === 'md' ? 'Inovasi' : 'Inovasi (dengan komponen)',
    label_singular: 'Inovasi',
    description:
      extension === 'md'
        ? 'Satu berkas per inovasi di content/innovations/. Setiap fakta perlu sumber; yang tidak diketahui biarkan kosong.'
        : 'Entri lama yang memakai komponen <Callout> atau <VideoEmbed>; isinya disunting sebagai Markdown. Entri baru dibuat di koleksi "Inovasi".',
    folder: 'content/innovations',
    extension,
    format: 'frontmatter',
    create: extension === 'md',
    identifier_field: 'title',
    // The file name is the page's URL: chosen once when the entry is created, never renamed
    // afterwards (a rename after the pull request exists would orphan its branch).
    slug: { template: '{{title}}', editable: ['create'], hint: 'Alamat halaman: huruf kecil dan tanda hubung; tidak dapat diubah setelah disimpan.' },
    summary: '{{title}}',
    sortable_fields: ['title', 'opd', 'lastVerified'],
    fields: [...innovationFields, body],
  });
  return {
    backend: settings.practice || !settings.repo
      ? { name: 'test-repo' }
      : {
          name: 'github',
          repo: settings.repo,
          branch: settings.branch ?? 'main',
          // Without an OAuth proxy of the pemda's own, sign-in is by personal access token only
          // (Sveltia's default OAuth endpoint is Netlify's, which this site does not use).
          ...(settings.authUrl ? { base_url: settings.authUrl } : { auth_methods: ['token'] }),
          commit_messages: {
            create: 'Tambah {{collection}} "{{slug}}"',
            update: 'Perbarui {{collection}} "{{slug}}"',
            delete: 'Hapus {{collection}} "{{slug}}"',
          },
        },
    publish_mode: settings.practice || !settings.repo ? 'simple' : 'editorial_workflow',
    app_title: settings.practice ? 'Etalase Inovasi — latihan editor' : 'Etalase Inovasi — editor',
    ...(settings.siteUrl ? { site_url: settings.siteUrl } : {}),
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true, maxlength: 60 },
    output: { omit_empty_optional_fields: true },
    collections: [
      innovation('md'),
      innovation('mdx'),
      {
        name: 'opd',
        label: 'OPD',
        label_singular: 'OPD',
        description: 'Daftar perangkat daerah (content/opd/). Nama, singkatan dan nama lain membuat inovasinya ditemukan di pencarian.',
        folder: 'content/opd',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'name',
        slug: { template: '{{abbreviation}}', editable: ['create'], hint: 'Kode OPD: huruf kecil dan tanda hubung, mis. "disdukcapil"; tidak dapat diubah setelah disimpan.' },
        summary: '{{name}}',
        fields: fieldsOf('opd'),
      },
    ],
  };
}

/** config.yml text. */
export function cmsConfigYaml(settings: EditorSettings): string {
  return `# Dibuat otomatis dari skema zod (src/authoring/cms-config.ts) saat build; jangan disunting.\n${stringify(cmsConfig(settings), { lineWidth: 0 })}`;
}
