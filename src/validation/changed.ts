/**
 * Files a branch changed, for `npm run validate -- --changed [--base <ref>]`: the diff between
 * the working tree (commits, uncommitted edits and new untracked files) and the merge-base with
 * the base branch. The base is, in order: --base; origin/<GITHUB_BASE_REF> on a pull request in
 * GitHub Actions; origin/main; main. When none of them resolves (a shallow clone without the base
 * branch, a repository without main), `base` is undefined and the caller checks everything.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { parseYaml } from './parser-messages.ts';

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
}

export interface ChangedFiles {
  /** The ref the branch was compared with, e.g. "origin/main". */
  base?: string;
  /** Its merge-base commit with HEAD. */
  mergeBase?: string;
  /** Changed files (added, copied, modified, renamed, untracked), relative to `root`. */
  files: string[];
  /** Why no base was found, in Indonesian. */
  note?: string;
}

/** Candidate base refs, most specific first. */
export function baseCandidates(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  if (explicit) return [explicit];
  return [...(env.GITHUB_BASE_REF ? [`origin/${env.GITHUB_BASE_REF}`] : []), 'origin/main', 'main'];
}

export function changedFiles(root: string, explicitBase?: string, env: NodeJS.ProcessEnv = process.env): ChangedFiles {
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return { files: [], note: `${root} bukan repositori git` };
  const candidates = baseCandidates(explicitBase, env);
  for (const base of candidates) {
    if (git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]) === undefined) continue;
    const mergeBase = git(root, ['merge-base', base, 'HEAD'])?.trim();
    if (!mergeBase) continue;
    const diff = git(root, ['diff', '--name-only', '--diff-filter=ACMR', '--no-renames', mergeBase]) ?? '';
    const untracked = git(root, ['ls-files', '--others', '--exclude-standard']) ?? '';
    // git answers relative to the repository's top folder (diff) or the current folder (ls-files).
    const files = [...new Set([...diff.split('\n').filter(Boolean).map((f) => resolve(top, f)), ...untracked.split('\n').filter(Boolean).map((f) => resolve(root, f))])]
      .map((f) => relative(root, f))
      .sort();
    return { base, mergeBase, files };
  }
  return {
    files: [],
    note: `cabang dasar tidak ditemukan (dicoba: ${candidates.join(', ')}); pada clone dangkal, ambil dulu cabangnya (git fetch origin main) atau sebut dengan --base <ref>`,
  };
}

/** Does a change to this file affect entries other than itself (registry, site file, claims, rules)? */
export function isSharedInput(file: string, contentDir = 'content'): boolean {
  const c = `${contentDir.replace(/\/+$/, '')}/`;
  if (file.startsWith(c)) return !/^innovations\/[^/]+\.mdx?$/.test(file.slice(c.length));
  return /^src\/(schema|validation)\//.test(file) || file === 'src/lib/catalog-checks.ts';
}

/** What a check of "the files this branch changed" covers, for validate --changed and build:pr. */
export interface ChangedScope {
  /** Entry files to check in full, relative to `root`; undefined: the whole catalogue. */
  entries?: string[];
  /** The base compared with and its merge-base, when one was found. */
  base?: string;
  mergeBase?: string;
  /** Why the whole catalogue is checked (no base, or a shared input changed), in Indonesian. */
  fallback?: string;
}

/**
 * The entries a branch changed, or the reason to check the whole catalogue. `contentDir` may
 * live in another git repository than `root` (a content repository, or the benchmark's
 * generated one): git is asked in the content folder's own repository.
 */
export function changedScope(root: string, contentDir: string, explicitBase?: string, env: NodeJS.ProcessEnv = process.env): ChangedScope {
  const contentAbs = resolve(root, contentDir);
  const top = git(contentAbs, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return { fallback: `folder konten ${contentDir} bukan bagian repositori git. Seluruh katalog diperiksa.` };
  const changed = changedFiles(top, explicitBase, env);
  if (!changed.base) return { fallback: `${changed.note}. Seluruh katalog diperiksa.` };
  const files = changed.files.map((f) => relative(root, resolve(top, f)));
  const contentRel = relative(root, contentAbs);
  const shared = files.filter((f) => isSharedInput(f, contentRel));
  if (shared.length) {
    return {
      base: changed.base,
      mergeBase: changed.mergeBase,
      fallback: `berkas bersama berubah (${shared.slice(0, 3).join(', ')}${shared.length > 3 ? ', …' : ''}); seluruh katalog diperiksa karena semua entri bisa terdampak.`,
    };
  }
  const entries = files.filter((f) => f.startsWith(`${contentRel}/`) && /\.mdx?$/.test(f));
  return { entries, base: changed.base, mergeBase: changed.mergeBase };
}

/**
 * The frontmatter of a file as the merge-base has it, parsed (null when the file is not there:
 * the change adds it). For the "new figure needs evidence" rule (src/validation/evidence.ts).
 */
export function previousFrontmatter(root: string, mergeBase: string, file: string): unknown {
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return undefined;
  const text = git(root, ['show', `${mergeBase}:${relative(top, resolve(root, file)).split('\\').join('/')}`]);
  if (text === undefined) return null;
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  try {
    return parseYaml(front ?? text).data ?? null;
  } catch {
    return undefined;
  }
}
