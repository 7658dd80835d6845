import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate } from '../../src/lib/format.ts';
import { withBase } from '../../src/lib/urls.ts';

describe('formatPartialDate (id-ID)', () => {
  it('shows only what is known', () => {
    expect(formatPartialDate('2020')).toBe('2020');
    expect(formatPartialDate('2020-10')).toBe('Oktober 2020');
    expect(formatPartialDate('2020-10-02')).toBe('2 Oktober 2020');
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
