/**
 * The dialogue of `npm run new`: asks for (or takes from flags) what a new entry needs,
 * writes content/innovations/<id>.md, and checks it with the validator's rules. Streams are
 * parameters so tests drive the real prompts through a pipe.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { DOCUMENT_DIR, DOCUMENT_EXTENSIONS } from '../schema/source.ts';
import { sha256Of } from '../validation/documents.ts';
import type { Readable, Writable } from 'node:stream';
import * as p from '@clack/prompts';
import { BENTUK, JENIS, STATUS, TAHAPAN, URUSAN, URUSAN_GROUP, type Choice } from '../schema/enums.ts';
import { entryText, matchChoice, matchOpd, NEW_ENTRY_EXT, newFrontmatter, slugify, sourceId } from './entry-writer.ts';
import { readOpdNames } from './opd-registry.ts';
import { contentPaths, validateContentAndDocuments } from '../validation/content.ts';
import { formatProblem } from '../validation/problems.ts';
import {
  dateAnswerProblem,
  NEW_ENTRY_HELP,
  opdOptions,
  optionMatches,
  parseNewEntryArgs,
  PROMPT_LABELS as L,
  textAnswerProblem,
  urlAnswerProblem,
  type PromptOption,
} from './new-entry-cli.ts';

export interface RunOptions {
  argv: string[];
  root: string;
  contentDir?: string;
  /** Ask questions for what flags leave out (a terminal); false: fail naming the missing flag. */
  interactive: boolean;
  input?: Readable;
  output?: Writable;
  /** Lines for the author (results, problems). */
  print: (line: string) => void;
}

class Stop extends Error {
  readonly code: number;
  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

/** Runs the command; resolves to the exit code. */
export async function runNewEntry(o: RunOptions): Promise<number> {
  try {
    return await run(o);
  } catch (e) {
    if (e instanceof Stop) {
      if (e.message) o.print(e.message);
      return e.code;
    }
    throw e;
  }
}

async function run(o: RunOptions): Promise<number> {
  const parsed = parseNewEntryArgs(o.argv);
  if (!parsed.ok) throw new Stop(`✗ ${parsed.message}`, 1);
  const flags = parsed.flags;
  if (flags.help) throw new Stop(NEW_ENTRY_HELP, 0);

  const io = { input: o.input, output: o.output };
  const interactive = o.interactive && !flags.yes;
  const paths = contentPaths(o.root, o.contentDir ?? 'content');
  const opds = readOpdNames(paths.opd);
  const fail = (message: string): never => {
    throw new Stop(`✗ ${message}`, 1);
  };
  const answered = <T,>(value: T): Exclude<T, symbol> => {
    if (p.isCancel(value)) {
      p.cancel('Dibatalkan; tidak ada berkas yang dibuat.', io);
      throw new Stop('', 1);
    }
    return value as Exclude<T, symbol>;
  };

  const askText = async (flag: string | undefined, name: string, message: string, check: (v: string | undefined) => string | undefined, placeholder?: string) => {
    if (flag !== undefined) {
      const problem = check(flag);
      if (problem && flag.trim()) fail(`--${name} "${flag}": ${problem}`);
      return flag.trim() || undefined;
    }
    if (!interactive) {
      if (check(undefined)) fail(`--${name} wajib diisi (${L[name as keyof typeof L] ?? name}). Jalankan tanpa --yes di terminal untuk ditanya.`);
      return undefined;
    }
    const value = answered(await p.text({ message, placeholder, validate: (v) => check(v), ...io }));
    return value?.trim() || undefined;
  };

  const choiceOptions = (list: readonly (Choice & { group?: string })[]): PromptOption[] =>
    list.map((c) => ({ value: c.id, label: c.label, ...(c.group ? { hint: URUSAN_GROUP.find((g) => g.id === c.group)?.label ?? '' } : {}) }));

  const askChoice = async (flag: string | undefined, name: string, message: string, list: readonly (Choice & { group?: string })[], filterable = false) => {
    if (flag !== undefined) {
      const id = matchChoice(list, flag);
      if (!id) fail(`--${name} "${flag}" tidak dikenal; pilih salah satu: ${list.map((c) => c.id).join(', ')}.`);
      return id!;
    }
    if (!interactive) fail(`--${name} wajib diisi; pilih salah satu: ${list.map((c) => c.id).join(', ')}.`);
    const options = choiceOptions(list);
    return answered(
      filterable
        ? await p.autocomplete({ message, options, filter: optionMatches, placeholder: 'ketik untuk menyaring', maxItems: 8, ...io })
        : await p.select({ message, options, ...io }),
    );
  };

  if (interactive) p.intro(L.intro, io);

  const title = (await askText(flags.title, 'title', L.title, (v) => textAnswerProblem(v, 120)))!;
  const id = flags.id ?? slugify(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(`id "${id}" tidak valid; gunakan huruf kecil, angka dan tanda hubung.`);
  const file = join(paths.innovations, `${id}${NEW_ENTRY_EXT}`);
  const taken = ['.md', '.mdx'].map((ext) => join(paths.innovations, `${id}${ext}`)).find((f) => existsSync(f));
  if (taken) fail(`${relative(o.root, taken)} sudah ada; pilih judul atau --id lain (entri yang ada tidak ditimpa).`);

  const summary = (await askText(flags.summary, 'summary', L.summary, (v) => textAnswerProblem(v, 320)))!;

  let opd: string | undefined;
  if (flags.opd !== undefined) {
    opd = matchOpd(opds, flags.opd);
    if (!opd) fail(`--opd "${flags.opd}" tidak ada di content/opd/; gunakan id, singkatan atau nama OPD yang terdaftar.`);
  } else if (interactive) {
    opd = answered(await p.autocomplete({ message: L.opd, options: opdOptions(opds), filter: optionMatches, placeholder: 'mis. dukcapil', maxItems: 8, ...io }));
  } else fail('--opd wajib diisi (id, singkatan atau nama OPD).');

  const tahapan = await askChoice(flags.tahapan, 'tahapan', L.tahapan, TAHAPAN);
  const jenis = await askChoice(flags.jenis, 'jenis', L.jenis, JENIS);
  const bentuk = await askChoice(flags.bentuk, 'bentuk', L.bentuk, BENTUK);
  const urusan = await askChoice(flags.urusan, 'urusan', L.urusan, URUSAN, true);
  const optionalDate = (v: string | undefined) => dateAnswerProblem(v);
  // Only from flags: the first source rarely says when work started or the trial began.
  const started = flags.started !== undefined ? await askText(flags.started, 'started', '', optionalDate) : undefined;
  const trial = flags.trial !== undefined ? await askText(flags.trial, 'trial', '', optionalDate) : undefined;
  const launched = await askText(flags.launched, 'launched', L.launched, optionalDate);
  const status = flags.status !== undefined || interactive ? await askChoice(flags.status, 'status', L.status, STATUS) : 'tidak-diketahui';
  const lastVerified =
    status === 'tidak-diketahui' && flags['last-verified'] === undefined
      ? undefined
      : await askText(flags['last-verified'], 'last-verified', L.lastVerified, (v) => dateAnswerProblem(v, { required: status !== 'tidak-diketahui' }));

  // A document of the office instead of a web page: copied into content/dokumen/<opd>/ with its hash.
  const sourceFile = flags['source-file'];
  let document: { file: string; sha256: string; from: string } | undefined;
  if (sourceFile !== undefined) {
    const from = resolve(o.root, sourceFile);
    const ext = extname(from).toLowerCase().slice(1);
    if (!existsSync(from)) throw new Stop(`✗ --source-file: berkas "${sourceFile}" tidak ditemukan.`, 1);
    if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) throw new Stop(`✗ --source-file: "${sourceFile}" bukan PDF, PNG, JPEG atau WebP (akhiran .${ext}).`, 1);
    const name = `${slugify(basename(from, extname(from))) || 'dokumen'}.${ext}`;
    document = { file: `${DOCUMENT_DIR}/${opd}/${name}`, sha256: sha256Of(readFileSync(from)), from };
  }
  const sourceUrl = document ? undefined : await askText(flags['source-url'], 'source-url', L.sourceUrl, urlAnswerProblem);
  const sourceTitle = await askText(flags['source-title'], 'source-title', L.sourceTitle, (v) => textAnswerProblem(v));
  const sourcePublisher = await askText(flags['source-publisher'], 'source-publisher', L.sourcePublisher, (v) => textAnswerProblem(v));
  const sourceDate = (await askText(flags['source-date'], 'source-date', L.sourceDate, (v) => dateAnswerProblem(v, { required: true, unknownAllowed: true })))!;
  const sourceEventDate =
    sourceDate === 'tidak-diketahui' ? await askText(flags['source-event-date'], 'source-event-date', L.sourceEventDate, (v) => dateAnswerProblem(v, { required: true })) : undefined;

  // The three sections: asked in a terminal (required there); with flags they may be left for later.
  const section = (flag: string | undefined, name: string, message: string) => (flag !== undefined || interactive ? askText(flag, name, message, (v) => textAnswerProblem(v)) : undefined);
  const latar = await section(flags.latar, 'latar', L.latar);
  const solusi = await section(flags.solusi, 'solusi', L.solusi);
  const manfaat = await section(flags.manfaat, 'manfaat', L.manfaat);

  const frontmatter = newFrontmatter({
    title,
    summary,
    opd,
    tahapan,
    jenis,
    bentuk,
    urusan,
    started,
    trial,
    launched,
    status,
    lastVerified,
    sources: [
      {
        ...(document ? { kind: 'dokumen' as const } : {}),
        id: sourceId(sourcePublisher, sourceDate === 'tidak-diketahui' ? sourceEventDate : sourceDate),
        title: sourceTitle,
        url: sourceUrl,
        ...(document ? { number: flags['source-number'], file: document.file, sha256: document.sha256 } : {}),
        publisher: sourcePublisher,
        date: sourceDate,
        eventDate: sourceEventDate,
      },
    ],
  });

  if (document) {
    const target = join(paths.content, document.file);
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(document.from, target);
  }
  writeFileSync(file, entryText({ frontmatter, latarBelakang: latar, solusi, manfaat }));
  const rel = relative(o.root, file);
  const problems = (await validateContentAndDocuments(paths, [rel])).problems.filter((x) => x.severity !== 'info');
  for (const x of problems) o.print(formatProblem(x));
  if (problems.some((x) => x.severity === 'error')) {
    o.print(`\n${rel} dibuat, tetapi belum lolos pemeriksaan: lengkapi yang disebut di atas lalu jalankan "npm run validate ${rel}".`);
    return 1;
  }
  if (interactive) p.outro(`${rel} dibuat dan lolos pemeriksaan.`, io);
  else o.print(`✓ ${rel} dibuat dan lolos pemeriksaan.`);
  return 0;
}
