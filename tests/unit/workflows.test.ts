/**
 * The GitHub workflows: valid for GitHub (checked by @action-validator/cli against the
 * workflow schema, offline), jobs that install Debian's chromium run in a Debian container,
 * and a pull request's content check validates only the changed files with full history.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { ROOT } from '../helpers/content.ts';

const DIR = join(ROOT, '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const validator = join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
const check = (file: string) => spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
type Job = { container?: string | { image: string }; steps?: Step[]; 'runs-on'?: string };
const jobs = (file: string) => Object.entries((parse(readFileSync(join(DIR, file), 'utf8')) as { jobs: Record<string, Job> }).jobs);
const image = (job: Job) => (typeof job.container === 'string' ? job.container : job.container?.image) ?? '';

describe('GitHub workflows', () => {
  it('pass the workflow schema check', { timeout: 60_000 }, () => {
    expect(files.sort()).toEqual(['ci.yml', 'deploy-ssh.yml', 'deploy.yml']);
    for (const f of files) {
      const r = check(join(DIR, f));
      expect(r.status, `${f}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    // The check is real: a misspelt key and a wrong type are refused.
    const tmp = mkdtempSync(join(tmpdir(), 'etalase-wf-'));
    try {
      const bad = join(tmp, 'bad.yml');
      writeFileSync(bad, readFileSync(join(DIR, 'ci.yml'), 'utf8').replace('    steps:', '    stepz:').replace('timeout-minutes: 15', 'timeout-minutes: [15]'));
      const r = check(bad);
      expect(r.status).not.toBe(0);
      expect(r.stdout + r.stderr).toMatch(/stepz/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('run every job that installs Debian chromium (.ci/run) in a Debian container', () => {
    const ciRun = files.flatMap((f) => jobs(f)).filter(([, j]) => j.steps?.some((s) => s.run?.includes('.ci/run')));
    expect(ciRun.length).toBeGreaterThan(0);
    for (const [name, job] of ciRun) expect(image(job), name).toMatch(/^node:24-(bookworm|trixie)/);
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/\[ "\$\(id -u\)" -ne 0 \] && SUDO="sudo"/);
  });

  it('validate only the changed files on a pull request, with the history merge-base needs', () => {
    const [, validate] = jobs('ci.yml').find(([name]) => name === 'validate')!;
    const steps = validate.steps!;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    const pr = steps.find((s) => s.if?.includes("'pull_request'") && !s.if.includes('!='));
    expect(pr?.run).toMatch(/^npm run validate -- --changed --base "origin\/\$\{\{ github\.base_ref \}\}"$/);
    const main = steps.find((s) => s.if?.includes('!='));
    expect(main?.run).toBe('npm run validate');
    expect(steps.some((s) => s.run?.includes('safe.directory'))).toBe(true);
  });

  it('keep the incremental build cache between runs: restored after npm ci, at the folder npm run build:pr uses', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const cacheDir = /CACHE_DIR:-\.\/([^}]+)\}/.exec(pkg.scripts['build:pr']!)?.[1];
    expect(cacheDir).toBe('node_modules/.astro-pr');
    const [, job] = jobs('ci.yml').find(([, j]) => j.steps?.some((s) => s.run === 'npm run build:pr'))!;
    const steps = job.steps!;
    const at = (pred: (s: Step) => boolean) => steps.findIndex(pred);
    const cache = at((s) => s.uses?.startsWith('actions/cache') === true && s.with?.path === cacheDir);
    expect(cache).toBeGreaterThan(at((s) => s.run?.startsWith('npm ci') === true));
    expect(cache).toBeLessThan(at((s) => s.run === 'npm run build:pr'));
    // Saved per commit, restored from the newest cache of the same lockfile and config.
    expect(steps[cache]!.with!.key).toMatch(/hashFiles\('package-lock\.json', 'astro\.config\.mjs'\).*github\.sha/);
    expect(String(steps[cache]!.with!['restore-keys'])).toBe(String(steps[cache]!.with!.key).replace('${{ github.sha }}', ''));
  });

  it('build what they publish with build:deploy (which stops without SITE_URL), and pass SITE_URL to it', () => {
    for (const file of ['deploy.yml', 'deploy-ssh.yml']) {
      const steps = jobs(file).flatMap(([, j]) => j.steps ?? []) as (Step & { env?: Record<string, string> })[];
      const build = steps.find((s) => s.run?.includes('npm run build'));
      expect(build?.run, file).toBe('npm run build:deploy');
      expect(build?.env?.SITE_URL, file).toMatch(/\$\{\{ .+ \}\}/);
    }
  });

  it('deploy over SSH: skipped until the server is configured, host key verified, release switched by one rename', () => {
    const wf = parse(readFileSync(join(DIR, 'deploy-ssh.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, Job & { if?: string }> };
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'workflow_dispatch']);
    const [, job] = Object.entries(wf.jobs)[0]!;
    expect(job.if).toBe("${{ vars.SSH_HOST != '' }}");
    expect(image(job)).toMatch(/^node:24-bookworm/);
    const script = job.steps!.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('StrictHostKeyChecking=yes');
    expect(script).not.toMatch(/StrictHostKeyChecking=(no|accept-new)/);
    expect(script).toMatch(/mv -T .*current\.baru.* .*current'/);
    expect(script).toContain('npm run release');
  });
});
