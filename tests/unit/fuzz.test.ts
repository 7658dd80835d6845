/**
 * A small seeded sample of `npm run fuzz` (issue 26): every author tool, on inputs generated
 * from the real content and the schemas, never throws, names file/field/line in Indonesian
 * when it refuses, agrees with the build and keeps values through export and import. The full
 * run (`npm run fuzz -- --runs 10000`) is recorded in docs/fuzz.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzTools, isIndonesianMessage, refusalDefect, runTool, type FuzzTool } from '../../scripts/fuzz/tools.ts';
import { applyTextMutation, applyValueChanges, valueChange } from '../../scripts/fuzz/mutations.ts';
import { parseYaml, loadYaml } from '../../src/validation/parser-messages.ts';
import { checkBody } from '../../src/validation/safe-content.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { ROOT } from '../helpers/content.ts';

const SEED = 26;
const RUNS = 15;
let made: ReturnType<typeof fuzzTools>;
beforeAll(() => {
  made = fuzzTools(ROOT);
}, 60_000);
afterAll(() => made.fx.cleanup());

describe('fuzz sample (seeded)', () => {
  it('covers validate for entries, OPD files, the site file and claims, the MDX gate, the parser messages and the CSV import', () => {
    const names = made.tools.map((t) => t.name);
    for (const part of ['validate: entri', 'validate: OPD', 'validate: site.yaml', 'gerbang MDX aman', 'pesan parser', 'impor CSV', 'ekspor → impor']) {
      expect(names.some((n) => n.includes(part)), part).toBe(true);
    }
  });

  it('the real files (the first five of each kind) are accepted unchanged by their validate tool (a refusal in the sample comes from the mutation)', () => {
    const bases = { 'validate: entri': made.fx.entries, 'validate: OPD': made.fx.opds, 'validate: site.yaml': [{ name: 'site.yaml', text: made.fx.site }], 'validate: klaim': made.fx.claims };
    for (const [name, files] of Object.entries(bases)) {
      const tool = made.tools.find((t) => t.name === name) as FuzzTool<{ base: string; text: string }> | undefined;
      if (!tool) continue;
      for (const f of files.slice(0, 5)) expect(tool.run({ base: f.name, text: f.text }), `${name} ${f.name}`).toEqual({ refusals: [], defects: [] });
    }
  }, 60_000);

  it('no tool crashes, every refusal names file and field (or line) in Indonesian, and no other property breaks', { timeout: 120_000 }, () => {
    for (const tool of made.tools) {
      const c = runTool(tool, RUNS, SEED);
      expect({ tool: tool.name, crashes: c.crashes, lacking: c.lacking, defects: c.defects, examples: c.examples }).toEqual({ tool: tool.name, crashes: 0, lacking: 0, defects: 0, examples: [] });
      expect(c.refused + c.accepted).toBe(RUNS);
    }
  });

  it('the mutations of real entries give both refusals and accepted entries (the generators are not trivial)', () => {
    const c = runTool(made.tools.find((t) => t.name === 'validate: entri')!, 40, SEED);
    expect(c.refused).toBeGreaterThan(0);
    expect(c.accepted).toBeGreaterThan(0);
  }, 60_000);
});

describe('fuzz harness', () => {
  it('counts a crash, a refusal without file or field, an English message and a broken property', () => {
    const tool: FuzzTool<number> = {
      name: 'uji',
      needs: 'file-and-field',
      input: fc.integer({ min: 0, max: 3 }),
      show: String,
      run: (n) => {
        if (n === 0) throw new TypeError('boom');
        if (n === 1) return { refusals: [{ message: 'kolom ini tidak boleh kosong.' }] };
        if (n === 2) return { refusals: [{ file: 'a.md', field: 'title', message: 'Invalid input: expected string' }] };
        return { refusals: [], defects: ['hilang'] };
      },
    };
    const c = runTool(tool, 200, SEED);
    expect(c.crashes).toBeGreaterThan(0);
    expect(c.lacking).toBeGreaterThan(0);
    expect(c.defects).toBeGreaterThan(0);
    expect(c.crashes + c.refused + c.accepted).toBe(200);
    expect(c.examples.find((e) => e.kind === 'crash')!.detail).toMatch(/^TypeError: boom/);
  });

  it('knows an Indonesian message from an English default or a stack trace', () => {
    expect(isIndonesianMessage('bernilai "x"; pilih salah satu: a, b.')).toBe(true);
    expect(isIndonesianMessage('Invalid input: expected string, received number')).toBe(false);
    expect(isIndonesianMessage('ReferenceError: Unresolved alias\n    at Alias.toJSON (node_modules/yaml/dist/nodes/Alias.js:79:19)')).toBe(false);
    expect(refusalDefect({ file: 'content/opd/a.yaml', line: 3, field: '', message: 'ada tab di awal baris' }, 'file-and-field')).toBeUndefined();
    expect(refusalDefect({ file: 'content/opd/a.yaml', field: '', message: 'ada tab di awal baris' }, 'file-and-field')).toMatch(/^tanpa kolom dan baris/);
    expect(refusalDefect({ message: 'ada tab di awal baris' }, 'line')).toMatch(/^tanpa baris/);
  });

  it('applies mutations deterministically and keeps the text when a mutation has nothing to act on', () => {
    const text = 'a: 1\nb: 2\n';
    expect(applyTextMutation(text, { kind: 'delete-line', at: 0 })).toBe('b: 2\n');
    expect(applyTextMutation(text, { kind: 'tab-indent', at: 0.4 })).toBe('a: 1\n\tb: 2\n');
    expect(applyTextMutation(text, { kind: 'insert', at: 0.5, text: '<<: *a' })).toBe('a: 1\n<<: *ab: 2\n');
    expect(applyTextMutation('', { kind: 'flip-bit', at: 0.5, bit: 3 })).toBe('');
    expect(applyValueChanges('name: Dinas\n', [{ kind: 'add', key: 'type', value: '' }])).toBe('name: Dinas\ntype: ""\n');
  });
});

describe('properties with shrinking (fast-check)', () => {
  it('parseYaml and loadYaml never throw anything but their own Indonesian error, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const { errors } = parseYaml(text);
        for (const e of errors) expect(e.line).toBeGreaterThan(0);
        try {
          loadYaml(text, 'content/opd/x.yaml');
        } catch (e) {
          expect((e as Error).message).toMatch(/^content\/opd\/x\.yaml: YAML tidak dapat dibaca:\n {2}baris \d+: /);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the safe-MDX gate gives a line for every problem in any text made of markup pieces', () => {
    const piece = fc.constantFrom('<', '>', '{', '}', '</b>', '<b>', '<Callout>', '<br>', 'import x', '\n', ' ', 'a', '[a](javascript:x)', '<!--', '`');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.constantFrom('md' as const, 'mdx' as const), (body, kind) => {
        for (const p of checkBody(body, kind)) expect(p.line, p.message).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('value changes from the schema add only fields the schema knows (or one it must refuse)', () => {
    fc.assert(
      fc.property(valueChange(opdSchema), (change) => {
        if (change.kind === 'add') expect([...Object.keys(opdSchema.shape), 'kolomAsing']).toContain(change.key);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
