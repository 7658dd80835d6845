/** Debian Chromium through playwright-core; never downloads a browser. */
import { chromium, type Browser, type Page } from 'playwright-core';
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
}

/** Records console errors, page errors and failed or 4xx/5xx requests of a page. */
export function watch(page: Page): PageLog {
  const log: PageLog = { errors: [], failed: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
  });
  page.on('pageerror', (err) => log.errors.push(err.message));
  page.on('requestfailed', (req) => log.failed.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) log.failed.push(`${res.url()} (${res.status()})`);
  });
  return log;
}
