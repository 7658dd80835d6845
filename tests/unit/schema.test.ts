import { describe, expect, it } from 'vitest';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { validEntry, validOpd } from '../fixtures/entries.ts';

function messages(data: unknown) {
  const r = innovationSchema.safeParse(data);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('innovation schema', () => {
  it('accepts a complete entry and normalises YAML dates to ISO text', () => {
    const r = innovationSchema.safeParse(validEntry());
    expect(r.success).toBe(true);
    expect(r.data!.launched).toBe('2020-10-02');
    expect(r.data!.collaborators).toEqual([]);
    expect(r.data!.draft).toBe(false);
  });

  it('accepts a year-only date written as a YAML number', () => {
    const r = innovationSchema.safeParse({ ...validEntry(), started: 2015 });
    expect(r.data?.started).toBe('2015');
  });

  it('names the allowed choices when tahapan is wrong', () => {
    expect(messages({ ...validEntry(), tahapan: 'selesai' })).toContain(
      'tahapan: bernilai "selesai"; pilih salah satu: inisiatif, uji-coba, penerapan.',
    );
  });

  it('says a required field is missing, in Indonesian', () => {
    const { jenis: _, ...rest } = validEntry();
    expect(messages(rest)).toContain('jenis: wajib diisi; pilih salah satu: digital, non-digital.');
  });

  it('suggests the intended field for a typo', () => {
    const { tahapan, ...rest } = validEntry();
    const out = messages({ ...rest, tahpan: tahapan });
    expect(out).toContain(': kolom "tahpan" tidak dikenal; mungkin maksudnya "tahapan"?');
  });

  it('refuses dates that do not exist or lie in the future, except targets', () => {
    expect(messages({ ...validEntry(), launched: '2021-02-29' }).join('\n')).toMatch(/launched: .*2021-02-29.*tidak ada di kalender/);
    expect(messages({ ...validEntry(), launched: '2099-01-01' }).join('\n')).toMatch(/launched: .*belum terjadi/);
    expect(messages({ ...validEntry(), launched: '02-10-2020' }).join('\n')).toMatch(/launched: .*TTTT-BB-HH/);
    expect(innovationSchema.safeParse(validEntry()).success).toBe(true); // the fixture's target is 2099
  });

  it('refuses http and javascript: links', () => {
    const e = validEntry();
    (e.sources as Record<string, unknown>[])[0]!.url = 'http://contoh.co.id/a';
    e.links = [{ title: 'x', url: 'javascript:alert(1)' }];
    const out = messages(e).join('\n');
    expect(out).toMatch(/sources\.0\.url: bernilai "http:\/\/contoh\.co\.id\/a"; .*https:\/\//);
    expect(out).toMatch(/links\.0\.url: bernilai "javascript:alert\(1\)"/);
  });

  it('needs at least one source, and an event date or note when the publication date is unknown', () => {
    expect(messages({ ...validEntry(), sources: [] }).join('\n')).toMatch(/sources: berisi terlalu sedikit; minimal 1/);
    const e = validEntry();
    delete (e.sources as Record<string, unknown>[])[1]!.eventDate;
    expect(messages(e).join('\n')).toMatch(/sources\.1\.eventDate: wajib diisi bila "date" bernilai "tidak-diketahui"/);
  });

  it('checks that metric values cite a listed source and come after the baseline', () => {
    const e = validEntry();
    const metric = (e.metrics as Record<string, any>[])[0]!;
    metric.values = [{ value: 5, date: '2019-06', source: 'berita-z' }];
    const out = messages(e).join('\n');
    expect(out).toMatch(/metrics\.0\.values\.0\.source: merujuk sumber "berita-z" yang tidak ada/);
    expect(out).toMatch(/metrics\.0\.values\.0\.date: bernilai 2019-06, lebih awal dari baseline \(2020-01\)/);
  });

  it('requires lastVerified for a status other than tidak-diketahui', () => {
    const { lastVerified: _, ...rest } = validEntry();
    expect(messages(rest).join('\n')).toMatch(/lastVerified: wajib diisi bila "status" bernilai "berjalan"/);
    expect(messages({ ...rest, status: 'tidak-diketahui' })).toEqual([]);
  });

  it('requires alt text on images', () => {
    const out = messages({ ...validEntry(), images: [{ src: '/media/a.jpg' }] }).join('\n');
    expect(out).toMatch(/images\.0\.alt: wajib diisi/);
  });
});

describe('OPD schema', () => {
  it('accepts a registry entry', () => {
    expect(opdSchema.safeParse(validOpd()).success).toBe(true);
  });

  it('names the allowed unit types', () => {
    const r = opdSchema.safeParse({ ...validOpd(), type: 'kantor' });
    expect(r.error?.issues[0]?.message).toMatch(/^bernilai "kantor"; pilih salah satu: sekretariat, inspektorat, dinas, badan/);
  });
});
