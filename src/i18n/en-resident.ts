/** English UI strings for what residents act on. Mirrors id-resident.ts. */
import type { Widen } from './index.ts';
import type { residentUi as idResident } from './id-resident.ts';

export const residentUi: Widen<typeof idResident> = {
  runningPerSource: (month: string) => `Running according to a source of ${month}; not confirmed since`,
  factsAsOf: (month: string) => `This information dates from ${month}.`,
  factsOld: (month: string) => `This information dates from ${month} and may have changed — check with`,
  askSite: (opd: string, government: string) =>
    `The available sources do not yet explain how to use it, and no contact of ${opd} is recorded yet. Ask ${government}:`,
  opdNoContact: (government: string) => `No contact of this unit is recorded yet. To ask, contact ${government}:`,
  map: 'Open a map:',
  mapOsm: 'OpenStreetMap',
  mapGoogle: 'Google Maps',
  shareWhatsapp: 'Share on WhatsApp',
  shareNative: 'Share…',
  footerContact: 'To ask or report:',
  contactSource: 'Source of the contact',
  askLine: 'To ask:',
};
