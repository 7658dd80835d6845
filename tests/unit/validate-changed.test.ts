/**
 * `npm run validate -- --changed`: in a temporary git repository, a branch changes one entry and
 * adds another; only those are reported in full (with GitHub annotations), the rest of the
 * catalogue's warnings come in one line, and the fallbacks (no base branch, a shared input
 * changed) check everything and say why.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/content.ts';
import { baseCandidates, changedFiles, isSharedInput } from '../../src/validation/changed.ts';

const OPD = 'name: Dinas Contoh\nabbreviation: Dinco\ntype: dinas\n';
const SITE = 'name: Etalase Inovasi\ngovernment: Pemerintah Kota Contoh\nregion: Kota Contoh\nregionShort: Contoh\ntagline: t\ndescription: d\nlicence: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }\n';
const BODY = '## Latar belakang\n\nMasalahnya.\n\n## Solusi\n\nCaranya.\n\n## Manfaat\n\nHasilnya.\n';
const entry = (title: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: Ringkas.\nopd: dinas-contoh\ntahapan: penerapan\njenis: digital\nbentuk: pelayanan-publik\nurusan: administrasi-kependudukan\n${extra}confidence: satu-sumber\nsources:\n  - id: a\n    title: Berita A\n    url: https://contoh.co.id/a\n    publisher: Contoh News\n    date: 2020-10-02\n---\n${BODY}`;
const STALE = 'status: berjalan\nlastVerified: 2018-01-01\n';

let repo: string;
const git = (...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.go.id', ...args], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
};
const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const validate = (args: string[], env: Record<string, string> = {}) => {
  const { GITHUB_ACTIONS, GITHUB_BASE_REF, CONTENT_DIR, PUBLIC_DIR, ...clean } = process.env;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'validate.ts'), ...args], { cwd: repo, encoding: 'utf8', env: { ...clean, ...env } });
  return { code: r.status, out: r.stdout + r.stderr };
};

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'etalase-changed-'));
  git('init', '-q', '-b', 'main');
  write('content/opd/dinas-contoh.yaml', OPD);
  write('content/site.yaml', SITE);
  for (let i = 1; i <= 3; i++) write(`content/innovations/lama-${i}.md`, entry(`Layanan Lama ${i}`, STALE));
  write('content/innovations/tetap.md', entry('Layanan Tetap', 'status: tidak-diketahui\n'));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'usulan');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run validate -- --changed', { timeout: 60_000 }, () => {
  it('reports the changed and new entries in full and the rest of the warnings in one line', () => {
    write('content/innovations/lama-1.md', entry('Layanan Lama 1', STALE).replace('summary: Ringkas.', 'summary: Ringkasan baru.')); // committed, still stale
    git('commit', '-q', '-am', 'ubah');
    write('content/innovations/lama-2.md', entry('Layanan Lama 2', `${STALE}jenis2: x\n`)); // uncommitted: unknown field
    write('content/innovations/baru.md', entry('Layanan Baru', 'status: tidak-diketahui\n').replace('## Solusi\n\nCaranya.', '## Solusi\n\n<!-- nanti -->')); // untracked
    const { code, out } = validate(['--changed']);
    expect(code).toBe(1);
    expect(out).toMatch(/Memeriksa 3 berkas diubah terhadap main \([0-9a-f]{7}\): content\/innovations\/baru\.md, content\/innovations\/lama-1\.md, content\/innovations\/lama-2\.md/);
    expect(out).toMatch(/^content\/innovations\/lama-2\.md:\d+: "jenis2"/m);
    expect(out).toMatch(/^content\/innovations\/lama-1\.md:\d+ \(peringatan\): "lastVerified" bernilai 2018-01-01/m);
    expect(out).toMatch(/^content\/innovations\/baru\.md:\d+: "isi" bagian "## Solusi" kosong/m);
    // Unchanged entries: no line of their own, one summary line.
    expect(out).not.toMatch(/^content\/innovations\/lama-3\.md/m);
    expect(out.match(/\(ringkasan\)/g)).toHaveLength(1);
    expect(out).toMatch(/\(ringkasan\) 1 peringatan lain di 1 entri yang tidak diubah/);
  });

  it('writes GitHub annotations with file and line for the changed files only', () => {
    write('content/innovations/lama-2.md', entry('Layanan Lama 2', STALE).replace('summary: Ringkas.', 'summary: Ringkasan baru.'));
    write('content/innovations/baru.md', entry('Layanan Baru', 'status: tidak-diketahui\njenis2: x\n'));
    const { out } = validate(['--changed'], { GITHUB_ACTIONS: 'true' });
    const annotations = out.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.map((a) => /^::(\w+) file=([^,]+)/.exec(a)!.slice(1).join(' ')).sort()).toEqual([
      'error content/innovations/baru.md',
      'notice content/innovations/lama-2.md',
      'warning content/innovations/lama-2.md',
    ]);
    const line = Number(/^::error file=[^,]+,line=(\d+),title=jenis2::content\/innovations\/baru\.md:\d+: "jenis2" kolom/m.exec(out)![1]);
    expect(readFileSync(join(repo, 'content/innovations/baru.md'), 'utf8').split('\n')[line - 1]).toBe('jenis2: x');
    const warned = Number(/^::warning file=[^,]+,line=(\d+)/m.exec(out)![1]);
    expect(readFileSync(join(repo, 'content/innovations/lama-2.md'), 'utf8').split('\n')[warned - 1]).toBe('lastVerified: 2018-01-01');
  });

  it('compares with --base when given, and finds a duplicate title against an unchanged entry', () => {
    git('checkout', '-q', '-b', 'dasar-lain', 'main');
    git('checkout', '-q', 'usulan');
    write('content/innovations/kembar.md', entry('Layanan Tetap', 'status: tidak-diketahui\n'));
    const { code, out } = validate(['--changed', '--base', 'dasar-lain']);
    expect(code).toBe(1);
    expect(out).toMatch(/terhadap dasar-lain/);
    expect(out).toMatch(/^content\/innovations\/kembar\.md:2: "title" bernilai "Layanan Tetap", sama dengan judul di content\/innovations\/tetap\.md/m);
  });

  it('checks everything, and says why, when the base branch is missing or a shared input changed', () => {
    const noBase = validate(['--changed', '--base', 'tidak-ada']);
    expect(noBase.out).toMatch(/^\(catatan\) cabang dasar tidak ditemukan \(dicoba: tidak-ada\)/m);
    expect(noBase.out).toMatch(/^content\/innovations\/lama-3\.md:\d+ \(peringatan\)/m);
    write('content/opd/dinas-contoh.yaml', `${OPD}aliases: [Dinas C]\n`);
    const shared = validate(['--changed']);
    expect(shared.out).toMatch(/^\(catatan\) berkas bersama berubah \(content\/opd\/dinas-contoh\.yaml\)/m);
    expect(shared.out).toMatch(/^content\/innovations\/lama-3\.md:\d+ \(peringatan\)/m);
  });
});

describe('changed-file helpers', () => {
  it('knows which files are shared inputs', () => {
    expect(isSharedInput('content/innovations/a.md')).toBe(false);
    expect(isSharedInput('content/innovations/a.mdx')).toBe(false);
    expect(isSharedInput('content/opd/a.yaml')).toBe(true);
    expect(isSharedInput('content/site.yaml')).toBe(true);
    expect(isSharedInput('src/schema/innovation.ts')).toBe(true);
    expect(isSharedInput('src/pages/index.astro')).toBe(false);
  });

  it('takes the pull request base branch from GitHub Actions', () => {
    expect(baseCandidates(undefined, { GITHUB_BASE_REF: 'rilis' })).toEqual(['origin/rilis', 'origin/main', 'main']);
    expect(baseCandidates('v1', { GITHUB_BASE_REF: 'rilis' })).toEqual(['v1']);
    expect(changedFiles(repo).files).toEqual([]);
  });
});

describe('content-guard in a pull-request build (INCREMENTAL_BUILD=1)', { timeout: 60_000 }, () => {
  type Hook = (o: { config: { root: URL }; logger: Record<'info' | 'warn', (m: string) => void>; command: string }) => void;
  const guard = async (contentDir: string, incremental: boolean) => {
    const { default: contentGuard } = await import('../../src/integrations/content-guard.ts');
    const logs: string[] = [];
    const logger = { info: (m: string) => logs.push(`info ${m}`), warn: (m: string) => logs.push(`warn ${m}`) };
    const saved = process.env.INCREMENTAL_BUILD;
    if (incremental) process.env.INCREMENTAL_BUILD = '1';
    else delete process.env.INCREMENTAL_BUILD;
    try {
      const { hooks } = contentGuard({ contentDir });
      (hooks['astro:config:setup'] as unknown as Hook)({ config: { root: pathToFileURL(`${repo}/`) }, logger, command: 'build' });
      // The check runs in a worker while Astro syncs; the build waits for it before any page.
      await (hooks['astro:build:start'] as unknown as () => Promise<void>)();
      return { logs, error: undefined };
    } catch (e) {
      return { logs, error: (e as Error).message };
    } finally {
      if (saved === undefined) delete process.env.INCREMENTAL_BUILD;
      else process.env.INCREMENTAL_BUILD = saved;
    }
  };

  it('checks only the changed entries in full, and still refuses a bad one naming file and field', async () => {
    write('content/innovations/lama-2.md', entry('Layanan Lama 2', `${STALE}jenis2: x\n`));
    const pr = await guard('content', true);
    expect(pr.logs.join('\n')).toMatch(/Build PR: memeriksa 1 entri yang diubah terhadap main \([0-9a-f]{7}\): content\/innovations\/lama-2\.md/);
    expect(pr.error).toMatch(/1 kesalahan[\s\S]*content\/innovations\/lama-2\.md:\d+: "jenis2"/);
    // Unchanged entries' stale-date warnings are not repeated in a pull-request build …
    expect(pr.logs.join('\n')).not.toMatch(/lama-3\.md/);
    // … while the deploy build checks and reports every entry.
    const full = await guard('content', false);
    expect(full.logs.join('\n')).toMatch(/lama-3\.md:\d+ \(peringatan\)/);
    expect(full.error).toMatch(/lama-2\.md/);
  });

  it('finds a duplicate of an unchanged entry, and checks everything when the content folder is not in git', async () => {
    write('content/innovations/kembar.md', entry('Layanan Tetap', 'status: tidak-diketahui\n'));
    expect((await guard('content', true)).error).toMatch(/kembar\.md:2: "title" bernilai "Layanan Tetap", sama dengan judul di content\/innovations\/tetap\.md/);
    const outside = mkdtempSync(join(tmpdir(), 'etalase-nogit-'));
    try {
      for (const f of ['opd/dinas-contoh.yaml', 'site.yaml', 'innovations/lama-3.md']) {
        mkdirSync(join(outside, f, '..'), { recursive: true });
        writeFileSync(join(outside, f), readFileSync(join(repo, 'content', f), 'utf8'));
      }
      const r = await guard(outside, true);
      expect(r.logs.join('\n')).toMatch(/Build PR: folder konten .* bukan bagian repositori git\. Seluruh katalog diperiksa\./);
      expect(r.logs.join('\n')).toMatch(/lama-3\.md:\d+ \(peringatan\)/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
