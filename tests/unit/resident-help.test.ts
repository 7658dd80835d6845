/** What residents act on (src/lib/resident-help.ts): status age, facts' date, phone links, map links, sharing, the pemda's contact. Hand-built inputs. */
import { describe, expect, it } from 'vitest';
import { howToUseAge, howToUseDate, isAddress, mapLinks, phoneParts, siteContactRows, staleRunningSince, statusConfirmed, whatsappShare } from '../../src/lib/resident-help.ts';
import type { Source } from '../../src/schema/source.ts';

const now = new Date('2026-12-06T00:00:00Z');
const src = (id: string, date: string, eventDate?: string): Source => ({ id, title: id, url: `https://contoh.id/${id}`, publisher: `Penerbit ${id}`, date, ...(eventDate ? { eventDate } : {}) }) as Source;

describe('status age', () => {
  it('names the month of an old "berjalan" and nothing for recent, unknown or stopped ones', () => {
    expect(staleRunningSince({ status: 'berjalan', lastVerified: '2019-11-07' }, now, 365)).toBe('2019-11');
    expect(staleRunningSince({ status: 'berjalan', lastVerified: '2026-06-01' }, now, 365)).toBeUndefined();
    expect(staleRunningSince({ status: 'dihentikan', lastVerified: '2019-11-07' }, now, 365)).toBeUndefined();
    expect(staleRunningSince({ status: 'berjalan' }, now, 365)).toBeUndefined();
  });
  it('counts a status as confirmed only when known and recent', () => {
    expect(statusConfirmed({ status: 'berjalan', lastVerified: '2026-01-10' }, now, 365)).toBe(true);
    expect(statusConfirmed({ status: 'berjalan', lastVerified: '2020-01-10' }, now, 365)).toBe(false);
    expect(statusConfirmed({ status: 'tidak-diketahui', lastVerified: '2026-01-10' }, now, 365)).toBe(false);
  });
});

describe('date of how-to-use facts', () => {
  const sources = [src('a', '2018-07-18'), src('b', 'tidak-diketahui', '2019-03'), src('c', '2024-01-01')];
  it('is the newest date of the sources they cite, event dates standing in for unknown ones', () => {
    expect(howToUseDate(['a', 'b'], sources)).toBe('2019-03');
    expect(howToUseDate(['a'], sources)).toBe('2018-07-18');
    expect(howToUseDate(['x'], sources)).toBeUndefined();
  });
  it('reads as a month and says whether it is old', () => {
    expect(howToUseAge(['a'], sources, now, 365, 'id-ID')).toEqual({ date: '2018-07-18', text: 'Juli 2018', old: true });
    expect(howToUseAge(['a'], sources, new Date('2018-09-01T00:00:00Z'), 365, 'id-ID')?.old).toBe(false);
  });
});

describe('phone numbers', () => {
  it('become tel: links; times, amounts and years stay text', () => {
    expect(phoneParts('Call center 0821-4814-4455 (sekitar 2018)')).toEqual([{ text: 'Call center ' }, { text: '0821-4814-4455', tel: 'tel:082148144455' }, { text: ' (sekitar 2018)' }]);
    expect(phoneParts('Telepon 112 saat darurat')).toEqual([{ text: 'Telepon ' }, { text: '112', tel: 'tel:112' }, { text: ' saat darurat' }]);
    expect(phoneParts('Buka 07.30–16.00, retribusi Rp100.000, tahun 2018, kuota 112 orang')).toEqual([{ text: 'Buka 07.30–16.00, retribusi Rp100.000, tahun 2018, kuota 112 orang' }]);
    expect(phoneParts('(021) 7412 345.').map((p) => p.tel)).toEqual(['tel:0217412345', undefined]);
  });
});

describe('map links', () => {
  it('search the address without its bracketed note, with the region added once', () => {
    const links = mapLinks('Gedung MPP, Jl. Raya Serpong KM 16 (lantai 1)', 'Kota Tangerang Selatan');
    expect(links.osm).toBe(`https://www.openstreetmap.org/search?query=${encodeURIComponent('Gedung MPP, Jl. Raya Serpong KM 16, Kota Tangerang Selatan')}`);
    expect(links.google).toBe(`https://www.google.com/maps/search/?api=1&query=${encodeURIComponent('Gedung MPP, Jl. Raya Serpong KM 16, Kota Tangerang Selatan')}`);
    expect(mapLinks('Balai Kota, Kota Tangerang Selatan', 'Kota Tangerang Selatan').osm).not.toMatch(/Selatan%2C%20Kota/);
  });
  it('are offered for street addresses and named places, not for descriptions', () => {
    expect(isAddress('Gedung MPP, Jl. Raya Serpong KM 16')).toBe(true);
    expect(isAddress('Kantor Kecamatan Ciputat Timur')).toBe(true);
    expect(isAddress('Kantor kecamatan (perekaman dan pendaftaran)')).toBe(false);
    expect(isAddress('Datang ke kantor kecamatan lokasi uji coba.')).toBe(false);
    expect(isAddress('Lantai 2 — Polres, Imigrasi')).toBe(false);
  });
});

describe('sharing and the pemda contact', () => {
  it('shares title and address on WhatsApp', () => {
    const url = new URL(whatsappShare('KTP-el sehari jadi', 'https://inovasi.contoh.id/inovasi/ktp/'));
    expect(url.origin + url.pathname).toBe('https://wa.me/');
    expect(url.searchParams.get('text')).toBe('KTP-el sehari jadi\nhttps://inovasi.contoh.id/inovasi/ktp/');
  });
  it('lists the site contact with tappable rows and each cited source once', () => {
    const site = {
      contact: { address: { text: 'Jl. Maruga No. 1', source: 's1' }, phone: { text: '(021) 555-0100', source: 's1' }, website: { url: 'https://kota.contoh.go.id/', source: 's2' } },
      sources: [src('s1', '2020-01-01'), src('s2', '2021-01-01')],
    };
    const { rows, sources } = siteContactRows(site as never);
    expect(rows).toEqual([
      { key: 'address', text: 'Jl. Maruga No. 1' },
      { key: 'phone', text: '(021) 555-0100', href: 'tel:0215550100' },
      { key: 'website', text: 'kota.contoh.go.id', href: 'https://kota.contoh.go.id/' },
    ]);
    expect(sources.map((s) => s.url)).toEqual(['https://contoh.id/s1', 'https://contoh.id/s2']);
    expect(siteContactRows({ sources: [] } as never)).toEqual({ rows: [], sources: [] });
  });
});
