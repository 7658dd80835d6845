/** Debian Chromium through playwright-core; never downloads a browser. */
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}; pasang dengan: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface PageLog {
  errors: string[];
  failed: string[];
  /** Empties the log before the next visit in the same tab. */
  reset(): void;
}

/**
 * Records console errors, page errors and failed or 4xx/5xx requests of a page.
 * A request the previous visit started and the next navigation cut off (a favicon
 * still loading, say) is not this visit's failure and is not recorded.
 */
export function watch(page: Page): PageLog {
  let visit = 0;
  const startedIn = new WeakMap<Request, number>();
  const log: PageLog = {
    errors: [],
    failed: [],
    reset() {
      visit += 1;
      log.errors.length = 0;
      log.failed.length = 0;
    },
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
  });
  page.on('pageerror', (err) => log.errors.push(err.message));
  page.on('request', (req) => startedIn.set(req, visit));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    if (reason === 'net::ERR_ABORTED' && (startedIn.get(req) ?? visit) < visit) return;
    log.failed.push(`${req.url()} (${reason})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) log.failed.push(`${res.url()} (${res.status()})`);
  });
  return log;
}
