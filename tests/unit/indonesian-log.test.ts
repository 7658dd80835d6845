import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { translateLogLine, translateStream } from '../../src/integrations/indonesian-log.ts';

describe('Astro and MDX English lines in the build log', () => {
  it('puts Indonesian first and keeps the original in brackets', () => {
    expect(translateLogLine('22:01:13 [ERROR] [etalase:content-guard] An unhandled error occurred while running the \u001b[1m"astro:config:setup"\u001b[22m hook')).toBe(
      '22:01:13 [ERROR] [etalase:content-guard] Build dihentikan: tahap "astro:config:setup" gagal; penyebabnya tertulis di bawah [An unhandled error occurred while running the "astro:config:setup" hook]',
    );
    expect(translateLogLine('[ERROR] [vite] ✗ Build failed in 3.56s')).toMatch(/^\[ERROR\] \[vite\] ✗ Build gagal setelah 3\.56s.*\[✗ Build failed in 3\.56s\]$/);
    expect(translateLogLine('Expected a closing tag for `<b>` (170:6-170:9) before the end of `paragraph`')).toMatch(/^isi MDX tidak dapat dibaca: tag <b> dibuka tetapi tidak ditutup.*\[Expected a closing tag for `<b>` \(170:6-170:9\)/);
  });

  it('leaves other lines, and lines already translated, unchanged', () => {
    for (const line of ['22:01:13 [build] 140 page(s) built in 6.18s', 'sianduk.mdx:170: "isi" isi MDX tidak dapat dibaca: tag <b> dibuka tetapi tidak ditutup [Expected a closing tag for `<b>`]', '']) {
      expect(translateLogLine(line)).toBe(line);
    }
    const once = translateLogLine('x An unhandled error occurred while running the "a" hook');
    expect(translateLogLine(once)).toBe(once);
  });

  it('rewrites what is written to a stream, line by line', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    let out = '';
    (stream as unknown as PassThrough).on('data', (c: Buffer) => (out += c.toString()));
    translateStream(stream);
    translateStream(stream); // installed once
    stream.write('ok\n[vite] ✗ Build failed in 1s\n');
    expect(out).toBe('ok\n[vite] ✗ Build gagal setelah 1s; penyebabnya tertulis di bawah [✗ Build failed in 1s]\n');
  });
});
