/** Reads the OPD registry files for authoring tools (scaffold, CSV import). */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { loadYaml } from '../validation/parser-messages.ts';
import { listFiles } from '../validation/content.ts';
import type { OpdName } from './entry-writer.ts';

export function readOpdNames(opdDir: string): OpdName[] {
  return listFiles(opdDir, ['.yaml', '.yml']).map((file) => {
    const data = (loadYaml(readFileSync(file, 'utf8'), file) ?? {}) as Partial<OpdName>;
    return {
      id: basename(file, extname(file)),
      name: String(data.name ?? ''),
      abbreviation: data.abbreviation ? String(data.abbreviation) : undefined,
      aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
    };
  });
}
