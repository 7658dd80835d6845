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
import { DOCUMENT_DIR, UNKNOWN_DATE } from '../schema/source.ts';
import { SOURCE_KIND } from '../schema/enums.ts';
import type { EDITOR_BACKENDS } from '../schema/site.ts';
import { FIELD_HINTS, FIELD_LABELS } from './field-labels.ts';
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
function widgetFor(group: GroupId, key: string, schema: z.ZodType, unknownDate?: string, ctx: FieldContext = DEFAULT_CONTEXT): Record<string, unknown> & { widget: string } {
  if (group === 'image' && key === 'src') {
    // Uploads go to public/media and the file gets "/media/<name>", the path the schema asks for.
    return { widget: 'image', choose_url: false };
  }
  if (group === 'source' && key === 'file') return documentWidget(ctx);
  if (group === 'source' && key === 'sha256') return { widget: 'hidden' };
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
  if (nested) return { widget: 'object', collapsed: false, fields: fieldsOf(nested, ctx) };
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

/**
 * The folder of an uploaded document under content/dokumen/: the file name of the entry or OPD
 * that cites it. Sveltia 0.221.1 fills only {{slug}}, {{dirname}}, {{filename}}, {{extension}}
 * and date tags in a media folder ({{fields.opd}} became a random id), so an entry's documents
 * go to dokumen/<entry-id>/ and an OPD's to dokumen/<opd-id>/; both are paths the schema accepts.
 */
const DOCUMENT_FOLDER_TEMPLATE = '{{slug}}';

/** MIME types a document may be uploaded as (the browser's filter; validate judges the content). */
export const DOCUMENT_ACCEPT = 'application/pdf,image/png,image/jpeg,image/webp';

/** What the fields of a document depend on: the OPD folder's template, the upload limit (site.yaml documentMaxMB). */
interface FieldContext {
  folderTemplate: string;
  documentMaxMB: number;
}
const DEFAULT_CONTEXT: FieldContext = { folderTemplate: DOCUMENT_FOLDER_TEMPLATE, documentMaxMB: 15 };

/**
 * An uploaded document: Sveltia's file widget into content/dokumen/<entry or OPD id>/, named from the
 * original file name made URL-safe. The widget writes "/dokumen/<id>/<name>"; the preSave
 * hook (src/client/admin-checks.ts) stores the schema's form "dokumen/<id>/<name>" and its sha256.
 */
function documentWidget({ folderTemplate, documentMaxMB }: FieldContext): Record<string, unknown> & { widget: string } {
  return {
    widget: 'file',
    choose_url: false,
    accept: DOCUMENT_ACCEPT,
    media_folder: `/content/${DOCUMENT_DIR}/${folderTemplate}`,
    public_folder: `/${DOCUMENT_DIR}/${folderTemplate}`,
    media_library: { config: { max_file_size: Math.round(documentMaxMB * 1024 * 1024), slugify_filename: true } },
  };
}

/** Fields each kind of source asks for, besides those every source has (id, title, publisher, dates, supports). */
const KIND_FIELDS: Record<(typeof SOURCE_KIND)[number]['id'], readonly string[]> = {
  berita: ['url', 'author'],
  'situs-resmi': ['url', 'author'],
  dokumen: ['file', 'sha256', 'number', 'signatory'],
  pernyataan: ['number', 'signatory', 'file', 'sha256'],
};
const KIND_ONLY = new Set(Object.values(KIND_FIELDS).flat());

/**
 * A list of sources: the kind is chosen first (Sveltia's variable types, stored in "kind"),
 * then the form shows only what that kind needs.
 */
function sourceList(ctx: FieldContext): Record<string, unknown> {
  const all = fieldsOf('source', ctx).filter((f) => f.name !== 'kind');
  return {
    widget: 'list',
    typeKey: 'kind',
    collapsed: false,
    types: SOURCE_KIND.map((kind) => ({
      name: kind.id,
      label: kind.label,
      widget: 'object',
      fields: all
        .filter((f) => !KIND_ONLY.has(f.name) || KIND_FIELDS[kind.id].includes(f.name))
        // A document's file is required; for a letter the scan is optional.
        .map((f) => (kind.id === 'dokumen' && f.name === 'file' ? { ...f, required: true } : f)),
    })),
  };
}

/** Editor fields of one schema group, in schema order. */
export function fieldsOf(group: GroupId, ctx: FieldContext = DEFAULT_CONTEXT): CmsField[] {
  const entry = DICTIONARY_GROUPS.find((g) => g.id === group)!;
  const labels = FIELD_LABELS[group];
  return Object.entries(entry.schema.shape as Record<string, z.ZodType>).map(([key, field]) => {
    const { inner, required } = unwrap(field);
    const label = labels[key];
    if (!label) throw new Error(`Kolom ${group}.${key} belum punya label editor di src/authoring/field-labels.ts.`);
    const out: CmsField = { name: key, label, widget: 'string' };
    const hint = FIELD_HINTS[group]?.[key] ?? fieldDoc(group, key);
    const unknownDate = group === 'source' && key === 'date' ? UNKNOWN_DATE : undefined;
    const def = defOf(inner);
    if (def.type === 'array' && !RELATIONS[`${group}.${key}`]) {
      const element = unwrap(def.element!).inner;
      const nested = groupOf(element);
      const min = checksOf(inner).find((c) => c.check === 'min_length')?.minimum;
      if (nested === 'source') Object.assign(out, sourceList(ctx));
      else Object.assign(out, { widget: 'list' }, nested ? { fields: fieldsOf(nested, ctx), collapsed: false } : { field: { name: key, label, ...widgetFor(group, key, element, undefined, ctx) } });
      if (min) out.min = min;
    } else {
      Object.assign(out, widgetFor(group, key, inner, unknownDate, ctx));
    }
    if (hint) out.hint = hint;
    if (!required) out.required = false;
    if (def.type === 'boolean') out.default = false;
    // A hidden field (the document's sha256, written by the preSave hook) takes no hint or required flag.
    if (out.widget === 'hidden') {
      delete out.hint;
      delete out.required;
    }
    return out;
  });
}

export type EditorBackend = (typeof EDITOR_BACKENDS)[number];

export interface EditorSettings {
  /** The forge holding the content repository (site.yaml editor.backend); default github. */
  backend?: EditorBackend;
  /** Repository "owner/name" (GitLab: "group/[subgroup/]project") the editor opens review requests on; undefined = practice mode only. */
  repo?: string;
  branch?: string;
  /** API root of a self-hosted GitLab or Gitea/Forgejo. */
  apiRoot?: string;
  /** Base URL of the OAuth proxy (sveltia-cms-auth); without it and without appId, sign-in is by personal access token. */
  authUrl?: string;
  /** OAuth application id (GitLab PKCE, Gitea/Forgejo). */
  appId?: string;
  siteUrl?: string;
  /** Largest uploaded document in MB (site.yaml documentMaxMB). */
  documentMaxMB?: number;
  /** Who reviews a saved entry before it goes live (site.yaml editor.reviewer), for the note in the editor. */
  reviewer?: string;
  /** Practice mode: Sveltia's test backend, files kept in this browser only. */
  practice?: boolean;
}

/** GitHub "owner/name" from a repository URL (https://github.com/owner/name[.git][/…]). */
export function githubRepo(url: string | undefined): string | undefined {
  const m = url && /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/.*)?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** The editor's settings from site.yaml: the editor block, the repository taken from `repository` when that is a GitHub URL. */
export function editorSettings(site: { repository?: string; documentMaxMB?: number; editor?: { backend?: EditorBackend; repo?: string; apiRoot?: string; branch?: string; authUrl?: string; appId?: string; reviewer?: string } }, siteUrl?: string): EditorSettings {
  const e = site.editor;
  const backend = e?.backend ?? 'github';
  const repo = e?.repo ?? (backend === 'github' ? githubRepo(site.repository) : undefined);
  return { backend, repo, branch: e?.branch, apiRoot: e?.apiRoot, authUrl: e?.authUrl, appId: e?.appId, reviewer: e?.reviewer, siteUrl, documentMaxMB: site.documentMaxMB };
}

/** Origins the editor talks to for a forge (for the admin pages' CSP). */
export function forgeOrigins(settings: EditorSettings): string[] {
  const api = settings.apiRoot ? new URL(settings.apiRoot).origin : undefined;
  const auth = settings.authUrl ? new URL(settings.authUrl).origin : undefined;
  const defaults: Record<EditorBackend, string[]> = {
    github: ['https://api.github.com', 'https://www.githubstatus.com'],
    gitlab: ['https://gitlab.com'],
    gitea: ['https://gitea.com'],
  };
  return [...new Set([...(api ? [api] : defaults[settings.backend ?? 'github']), ...(auth ? [auth] : [])])];
}

/** Sveltia's backend block for the forge of site.yaml. */
function backendConfig(settings: EditorSettings & { repo: string }): Record<string, unknown> {
  const backend = settings.backend ?? 'github';
  const oauth = settings.authUrl || settings.appId;
  return {
    name: backend,
    repo: settings.repo,
    branch: settings.branch ?? 'main',
    ...(settings.apiRoot && backend !== 'github' ? { api_root: settings.apiRoot } : {}),
    ...(settings.authUrl ? { base_url: settings.authUrl } : {}),
    ...(settings.appId && backend !== 'github' ? { app_id: settings.appId } : {}),
    ...(settings.appId && backend === 'gitlab' ? { auth_type: 'pkce' } : {}),
    // Without an OAuth proxy or app of the pemda's own, sign-in is by personal access token only
    // (Sveltia's default OAuth endpoint is Netlify's, which this site does not use).
    ...(oauth ? {} : { auth_methods: ['token'] }),
    commit_messages: {
      create: 'Tambah {{collection}} "{{slug}}"',
      update: 'Perbarui {{collection}} "{{slug}}"',
      delete: 'Hapus {{collection}} "{{slug}}"',
    },
  };
}

/**
 * What happens after saving, in three lines for staff (on the sign-in screen of /admin/ and at
 * the top of the entry list). Practice mode keeps files in the browser; the real editor opens a
 * review request.
 */
export function afterSavingLines(settings: EditorSettings): [string, string, string] {
  if (settings.practice) {
    return [
      'Ini mode latihan: yang Anda simpan hanya tersimpan di peramban ini.',
      'Tidak ada yang dikirim, ditinjau atau diterbitkan, jadi Anda bebas mencoba memperbarui entri yang ada.',
      'Di editor sebenarnya, menyimpan membuka permintaan tinjauan yang diperiksa sebelum tampil di situs.',
    ];
  }
  const reviewer = settings.reviewer ?? 'pengelola situs';
  return [
    'Setelah Anda menyimpan, editor membuka permintaan tinjauan berisi perubahan Anda; situs belum berubah.',
    `${reviewer[0]!.toUpperCase()}${reviewer.slice(1)} memeriksa setiap fakta terhadap sumbernya dan dapat meminta perbaikan.`,
    'Begitu disetujui, situs dibangun ulang dan perubahan tampil dalam beberapa menit.',
  ];
}

/** The whole editor configuration. */
export function cmsConfig(settings: EditorSettings): Record<string, unknown> {
  const documentMaxMB = settings.documentMaxMB ?? DEFAULT_CONTEXT.documentMaxMB;
  const innovationFields = fieldsOf('innovation', { folderTemplate: DOCUMENT_FOLDER_TEMPLATE, documentMaxMB });
  const practice = settings.practice || !settings.repo;
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
        ? `Setiap fakta perlu sumber; yang tidak diketahui biarkan kosong. ${afterSavingLines({ ...settings, practice }).join(' ')}`
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
    backend: practice ? { name: 'test-repo' } : backendConfig({ ...settings, repo: settings.repo! }),
    publish_mode: practice ? 'simple' : 'editorial_workflow',
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
        fields: fieldsOf('opd', { folderTemplate: DOCUMENT_FOLDER_TEMPLATE, documentMaxMB }),
      },
    ],
  };
}

/**
 * Editor labels of every field path of a collection's fields, lists written as "*" (for the
 * messages of the preSave check, src/client/admin-messages.ts).
 */
export function labelPaths(fields: readonly Record<string, unknown>[], prefix: string[] = [], trail: string[] = [], out: Record<string, string[]> = {}): Record<string, string[]> {
  for (const f of fields) {
    const name = String(f.name);
    const label = String(f.label ?? name);
    const path = [...prefix, name];
    out[path.join('.')] = [...trail, label];
    const nested = [
      ...((f.fields as Record<string, unknown>[] | undefined) ?? []),
      ...((f.types as { fields: Record<string, unknown>[] }[] | undefined) ?? []).flatMap((t) => t.fields),
    ];
    if (f.types) out[[...path, '*', String(f.typeKey)].join('.')] = [...trail, label, FIELD_LABELS.source.kind!];
    const inList = f.widget === 'list';
    if (nested.length) labelPaths(nested, inList ? [...path, '*'] : path, [...trail, label], out);
  }
  return out;
}

/** Label paths of each collection of a config, by collection name. */
export function collectionLabelPaths(config: Record<string, unknown>): Record<string, Record<string, string[]>> {
  const collections = config.collections as { name: string; fields: Record<string, unknown>[] }[];
  return Object.fromEntries(collections.map((c) => [c.name, labelPaths(c.fields)]));
}

/** config.yml text. */
export function cmsConfigYaml(settings: EditorSettings): string {
  return `# Dibuat otomatis dari skema zod (src/authoring/cms-config.ts) saat build; jangan disunting.\n${stringify(cmsConfig(settings), { lineWidth: 0 })}`;
}
