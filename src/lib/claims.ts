/**
 * Checks one claims file (content/claims/<id>.yaml) against its schema and the OPD
 * registry. Pure: takes what the YAML parser returned and the registry ids, returns
 * problems as field + Indonesian message (the same shape `npm run validate` prints).
 */
import { claimFileSchema, type ClaimData } from '../schema/claims.ts';

export interface ClaimRecord extends ClaimData {
  /** File name without extension, e.g. "lab-inovasi-2020". */
  id: string;
}

export interface ClaimProblem {
  /** Dotted field path, e.g. rows.3.opd; empty for whole-file problems. */
  field: string;
  message: string;
}

export function checkClaimFile(raw: unknown, opdIds: readonly string[]): { data?: ClaimData; problems: ClaimProblem[] } {
  const result = claimFileSchema.safeParse(raw ?? {});
  if (!result.success) {
    return {
      problems: result.error.issues.map((iss) => {
        const path = iss.code === 'unrecognized_keys' ? [...iss.path, iss.keys[0]!] : iss.path;
        return { field: path.map(String).join('.'), message: iss.message };
      }),
    };
  }
  const known = new Set(opdIds);
  const problems: ClaimProblem[] = [];
  result.data.rows.forEach((row, i) => {
    if (!known.has(row.opd)) {
      const near = opdIds.filter((id) => id.startsWith(row.opd.slice(0, 3)));
      problems.push({
        field: `rows.${i}.opd`,
        message: `bernilai "${row.opd}", tetapi tidak ada OPD dengan id itu di content/opd/. Gunakan nama berkas OPD saat ini (mis. ${(near.length ? near : opdIds).slice(0, 8).join(', ')}); tulis nama lama di "writtenAs".`,
      });
    }
  });
  return problems.length ? { problems } : { data: result.data, problems };
}
