/**
 * The web editor refuses to save what `npm run validate` refuses. Registered as Sveltia's
 * `preSave` event hook (bundled for the browser by src/integrations/cms-admin.ts), it runs the
 * same zod schemas (src/schema/*) with their cross-field checks (a figure citing a source id
 * the entry does not have, a letter without a number, a quote over 30 words…) and the body's
 * section rule, and stops the save with the schema's Indonesian messages, each naming the field
 * by its editor label. It also writes what staff cannot type: the schema's path form of an
 * uploaded document ("dokumen/<opd>/<name>.pdf", Sveltia writes it with a leading "/") and the
 * document's SHA-256, computed in the browser from the uploaded file.
 *
 * What stays for `npm run validate` on the review request: a document's content (PDF scripts,
 * forms, embedded files, image location), which needs pdf-lib and exifr on the file itself.
 */
import type { z } from 'astro/zod';
import { innovationSchema } from '../schema/innovation.ts';
import { opdSchema } from '../schema/opd.ts';
import { sectionProblems } from '../validation/sections.ts';
import { entryProblemsText, labelTrail, type LabelPaths } from './admin-messages.ts';

/** Filled in by the build: per collection, editor labels of every field path ("metrics.*.values.*.source" → labels). */
declare const __LABEL_PATHS__: Record<string, LabelPaths>;

interface ImmutableMap {
  toJS(): unknown;
  setIn(path: (string | number)[], value: unknown): ImmutableMap;
}
interface MediaFile {
  path: string;
  name: string;
  file?: File;
}
interface SavingEntry {
  data: Record<string, unknown>;
  collection: string;
  slug: string;
  path: string;
  mediaFiles?: MediaFile[];
}

const COLLECTION_SCHEMAS: Record<string, z.ZodType> = { inovasi: innovationSchema, 'inovasi-mdx': innovationSchema, opd: opdSchema };

/** Keys Sveltia adds to list items while editing (e.g. "__sc_item_original_key_path"); not written to the file. */
const EDITOR_KEY = /^__sc_/;

/**
 * The data as it will be written: without what an empty input leaves behind ("", null), as
 * `omit_empty_optional_fields` does on save, and without the editor's own bookkeeping keys.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => v !== '' && v !== null && v !== undefined && !EDITOR_KEY.test(k))
        .map(([k, v]) => [k, withoutEmpty(v)]),
    );
  }
  return value;
}

async function sha256(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type Source = { file?: string; sha256?: string };

/**
 * Sources with a file: the path in the schema's form, and the SHA-256 of a file uploaded in
 * this save. Returns the fields to set, by path.
 */
export async function documentFields(sources: readonly Source[], mediaFiles: readonly MediaFile[], prefix: (string | number)[], picked: ReadonlyMap<string, File> = new Map()): Promise<{ path: (string | number)[]; value: string }[]> {
  const out: { path: (string | number)[]; value: string }[] = [];
  for (const [i, s] of sources.entries()) {
    if (typeof s.file !== 'string' || !s.file) continue;
    const path = s.file.replace(/^\/+/, '');
    if (path !== s.file) out.push({ path: [...prefix, i, 'file'], value: path });
    const upload = mediaFiles.find((m) => m.file && (m.path === `content/${path}` || m.path.endsWith(`/${path}`)))?.file ?? picked.get(fileKey(path.split('/').pop()!));
    if (upload) out.push({ path: [...prefix, i, 'sha256'], value: await sha256(upload) });
  }
  return out;
}

/**
 * A file name as Sveltia stores an upload with slugify_filename: lower case, accents dropped,
 * every other run of characters a hyphen; a "-1" it adds when the name is taken is ignored.
 */
export function fileKey(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = (dot > 0 ? name.slice(0, dot) : name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return `${stem.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').replace(/-\d+$/, '')}.${ext}`;
}

/**
 * Files staff picked or dropped in this page, by fileKey. Sveltia 0.221 hands the preSave hook
 * no uploaded file (its mediaFiles list is empty for pending uploads), so the hook finds the
 * bytes of an upload here to compute its SHA-256.
 */
const picked = new Map<string, File>();
function remember(files: FileList | null | undefined) {
  for (const f of files ?? []) picked.set(fileKey(f.name), f);
}
if (typeof document !== 'undefined') {
  document.addEventListener('change', (e) => remember((e.target as HTMLInputElement | null)?.files), true);
  document.addEventListener('drop', (e) => remember(e.dataTransfer?.files), true);
}

/** The problems validate would report for this entry, as lines for staff (empty = may be saved). */
export function problemsOf(collection: string, data: Record<string, unknown>, labels: LabelPaths): string[] {
  const schema = COLLECTION_SCHEMAS[collection];
  if (!schema) return [];
  const { body, ...fields } = data;
  const lines: string[] = [];
  const result = schema.safeParse(withoutEmpty(fields));
  if (!result.success) {
    for (const iss of result.error.issues) {
      const path = iss.code === 'unrecognized_keys' ? [...iss.path, iss.keys[0]!] : iss.path;
      lines.push(`${labelTrail(path, labels)}: ${iss.message}`);
    }
  }
  if (typeof body === 'string') for (const p of sectionProblems(body)) lines.push(`Isi: ${p.message}`);
  return lines;
}

async function preSave({ entry }: { entry: ImmutableMap }): Promise<ImmutableMap> {
  const saving = entry.toJS() as SavingEntry;
  let updated = entry;
  const data = structuredClone(saving.data);
  const sources = Array.isArray(data.sources) ? (data.sources as Source[]) : [];
  for (const { path, value } of await documentFields(sources, saving.mediaFiles ?? [], ['sources'], picked)) {
    updated = updated.setIn(['data', ...path], value);
    let target = data as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path.at(-1)!] = value;
  }
  const problems = problemsOf(saving.collection, data, __LABEL_PATHS__[saving.collection] ?? {});
  if (problems.length) {
    const title = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : saving.slug;
    // Sveltia shows the cause's message of a "saving_failed" error in its error dialog.
    throw new Error('saving_failed', { cause: new Error(entryProblemsText(title, problems)) });
  }
  return updated;
}

const cms = (globalThis as unknown as { CMS?: { registerEventListener(l: { name: string; handler: typeof preSave }): void } }).CMS;
if (cms) cms.registerEventListener({ name: 'preSave', handler: preSave });
else if (typeof window !== 'undefined') console.error('Editor web: pemeriksaan sebelum simpan tidak terpasang (CMS belum dimuat).');

/** The note on what happens after saving stands under the sign-in box; once the editor is open, the entry list says it. */
if (typeof window !== 'undefined') {
  const hideNote = () => {
    if (location.hash.length > 2) document.getElementById('setelah-simpan')?.remove();
  };
  addEventListener('hashchange', hideNote);
  hideNote();
}
