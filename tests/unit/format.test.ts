import { describe, expect, it } from 'vitest';
import { axisDateLines, formatMoney, formatNumber, formatPartialDate, isMoneyUnit } from '../../src/lib/format.ts';
import { withBase } from '../../src/lib/urls.ts';

describe('formatPartialDate (id-ID)', () => {
  it('shows only what is known', () => {
    expect(formatPartialDate('2020')).toBe('2020');
    expect(formatPartialDate('2020-10')).toBe('Oktober 2020');
    expect(formatPartialDate('2020-10-02')).toBe('2 Oktober 2020');
  });

  it('remembers a formatted date per locale, not across locales', () => {
    expect(formatPartialDate('2021-03', 'id-ID')).toBe('Maret 2021');
    expect(formatPartialDate('2021-03', 'en-GB')).toBe('March 2021');
    expect(formatPartialDate('2021-03', 'id-ID')).toBe('Maret 2021');
    expect(formatPartialDate('2021-03')).toBe('Maret 2021');
  });
});

describe('formatNumber (id-ID)', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(12000)).toBe('12.000');
    expect(formatNumber(1.4)).toBe('1,4');
  });
});

describe('withBase', () => {
  it('prefixes the deploy sub-path exactly once', () => {
    expect(withBase('inovasi/adm/', '/')).toBe('/inovasi/adm/');
    expect(withBase('/inovasi/adm/', '/etalase/')).toBe('/etalase/inovasi/adm/');
    expect(withBase('', '/etalase')).toBe('/etalase/');
  });
});

describe('formatMoney', () => {
  it('writes rupiah compactly in words, per edition', () => {
    expect(formatMoney(4_000_000_000)).toBe('Rp4 miliar');
    expect(formatMoney(12_500_000)).toBe('Rp12,5 juta');
    expect(formatMoney(4_000_000_000, 'en-GB')).toBe('Rp4 billion');
    expect(formatMoney(950_000)).toBe('Rp950.000');
  });
  it('knows a money unit', () => {
    expect(isMoneyUnit('rupiah (kumulatif sejak 2012)')).toBe(true);
    expect(isMoneyUnit('Rp')).toBe(true);
    expect(isMoneyUnit('rupiah')).toBe(true);
    expect(isMoneyUnit('orang per hari')).toBe(false);
    expect(isMoneyUnit('rupiahan')).toBe(false);
  });
});

describe('axisDateLines', () => {
  it('keeps a short date on one line when it fits under its bar, else splits it', () => {
    expect(axisDateLines('2020-09-14', 90)).toEqual(['14 Sep 2020']);
    expect(axisDateLines('2020-09-14', 50)).toEqual(['14 Sep', '2020']);
    expect(axisDateLines('2020', 20)).toEqual(['2020']);
    expect(axisDateLines('2020-10', 90, 'en-GB')).toEqual(['Oct 2020']);
  });
});
