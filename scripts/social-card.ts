/**
 * Renders the default social-sharing image, public/social-card.png (1200×630), from
 * content/site.yaml with Debian Chromium. Only the site's own name, region and government
 * appear on it — no figures. Run again after changing site.yaml:
 *   node scripts/social-card.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { launch } from '../tests/helpers/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const site = parseYaml(readFileSync(join(ROOT, process.env.CONTENT_DIR ?? 'content', 'site.yaml'), 'utf8')) as {
  name: string;
  region: string;
  government: string;
};
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const logo = readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8');

const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { box-sizing: border-box; padding: 72px 88px; background: #0b5563; color: #fff;
    font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; display: flex; flex-direction: column; justify-content: space-between; }
  .logo { width: 120px; height: 120px; }
  .logo svg { width: 100%; height: 100%; }
  .logo rect { fill: #fff; } .logo path { fill: #0b5563; }
  h1 { font-size: 96px; line-height: 1.05; margin: 0 0 24px; letter-spacing: -1px; }
  p { margin: 0; font-size: 44px; line-height: 1.25; }
  .gov { font-size: 30px; opacity: 0.92; border-top: 3px solid rgba(255,255,255,0.5); padding-top: 24px; }
</style></head><body>
  <div class="logo">${logo}</div>
  <div><h1>${escape(site.name)}</h1><p>Inovasi pelayanan publik<br>${escape(site.region)}</p></div>
  <p class="gov">${escape(site.government)}</p>
</body></html>`;

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
await page.setContent(html, { waitUntil: 'load' });
const out = join(ROOT, 'public', 'social-card.png');
await page.screenshot({ path: out, type: 'png' });
await browser.close();
console.log(`Gambar berbagi ditulis: ${out}`);
