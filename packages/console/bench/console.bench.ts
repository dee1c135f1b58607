// pnpm bench:console: builds the console, then prints what its first page costs to load (JavaScript and CSS,
// gzip) and Lighthouse's performance and accessibility scores on the local build in Debian's Chromium,
// against a baseline measured in the same run: a page of plain govuk-frontend markup with its CSS alone, the
// least any console on these styles could load.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildConsole, consolePaths, startConsoleServer } from '@platform/local-cloud';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUDGET_JS_GZIP = 150 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The scripts and stylesheets `index.html` loads before anything else: the first page's cost. */
const firstLoad = (dist: string) => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const sizes = urls.map((url) => ({ url, gzip: gzipSync(readFileSync(join(dist, url))).length }));
  const sum = (ext: string) => sizes.filter((size) => size.url.endsWith(ext)).reduce((total, size) => total + size.gzip, 0);
  return { js: sum('.js'), css: sum('.css') };
};

const DEBUGGING_PORT = 9_333;

const audit = async (url: string) => {
  // Playwright starts Debian's Chromium; Lighthouse drives that one over its debugging port.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--remote-debugging-port=${DEBUGGING_PORT}`],
  });
  try {
    const result = await lighthouse(url, { port: DEBUGGING_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'provided' });
    const categories = result?.lhr.categories ?? {};
    return { performance: Math.round((categories.performance?.score ?? 0) * 100), accessibility: Math.round((categories.accessibility?.score ?? 0) * 100) };
  } finally {
    await browser.close();
  }
};

const paths = consolePaths();
const started = Date.now();
await buildConsole(paths);
console.log(`built the console in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const { js, css } = firstLoad(paths.dist);

// The baseline: the same CSS bundle on a page of govuk-frontend markup with no JavaScript at all.
const baselineDir = mkdtempSync(join(tmpdir(), 'console-baseline-'));
const cssFile = readFileSync(join(paths.dist, 'index.html'), 'utf8').match(/href="(\/assets\/[^"]+\.css)"/)?.[1] ?? '';
writeFileSync(join(baselineDir, 'index.html'), `<!doctype html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title><link rel="stylesheet" href="/assets/app.css"></head><body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content"><h1 class="govuk-heading-xl">Selections platform</h1><p class="govuk-body">Baseline page.</p></main></div></body></html>`);
mkdirSync(join(baselineDir, 'assets'));
copyFileSync(join(paths.dist, cssFile), join(baselineDir, 'assets', 'app.css'));

const headers = { 'content-security-policy': "default-src 'self'; connect-src 'self' http://localhost:9; frame-ancestors 'none'" };
const consoleServer = await startConsoleServer({ dist: paths.dist, port: 0, config: { apiUrl: 'http://localhost:9', clientId: 'bench', authority: 'http://localhost:9' }, headers });
const baselineServer = await startConsoleServer({ dist: baselineDir, port: 0, config: {}, headers });
try {
  const [consoleScores, baselineScores] = [await audit(`${consoleServer.url}/`), await audit(`${baselineServer.url}/`)];
  const baselineCss = gzipSync(readFileSync(join(baselineDir, 'assets', 'app.css'))).length;
  console.log('');
  console.log('first page        JS (gzip)   CSS (gzip)   Lighthouse performance   accessibility');
  console.log(`console           ${kb(js).padStart(9)}   ${kb(css).padStart(10)}   ${String(consoleScores.performance).padStart(22)}   ${String(consoleScores.accessibility).padStart(13)}`);
  console.log(`baseline (CSS)    ${kb(0).padStart(9)}   ${kb(baselineCss).padStart(10)}   ${String(baselineScores.performance).padStart(22)}   ${String(baselineScores.accessibility).padStart(13)}`);
  console.log('');
  console.log(`JavaScript on first load: ${kb(js)} of the ${kb(BUDGET_JS_GZIP)} aim (${((js / BUDGET_JS_GZIP) * 100).toFixed(0)}%); first load ${((js + css) / baselineCss).toFixed(1)}x the baseline's bytes`);
} finally {
  await consoleServer.stop();
  await baselineServer.stop();
}
