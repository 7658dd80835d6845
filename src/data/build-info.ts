/**
 * The build date, fixed once per build so every data file, feed and page states the same one.
 * SOURCE_DATE_EPOCH (seconds), when set, makes the build reproducible.
 */
const epoch = process.env.SOURCE_DATE_EPOCH;

export const BUILD_DATE: Date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();

/** ISO 8601 build time to the second, e.g. "2025-05-01T08:30:00Z". */
export const BUILD_ISO = BUILD_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
