/**
 * Files a branch changed, for `npm run validate -- --changed [--base <ref>]`: the diff between
 * the working tree (commits, uncommitted edits and new untracked files) and the merge-base with
 * the base branch. The base is, in order: --base; origin/<GITHUB_BASE_REF> on a pull request in
 * GitHub Actions; origin/main; main. When none of them resolves (a shallow clone without the base
 * branch, a repository without main), `base` is undefined and the caller checks everything.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

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
