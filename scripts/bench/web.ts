// npm run bench:web — what a reader's browser and the server pay for the story and claim pages:
// JavaScript transferred, LCP and CLS in headless Chromium, Lighthouse (mobile) scores, and requests/s
// for the story and claim pages beside a static page of the same `next start` and the same claim HTML
// from a bare Node static server, all in one run. Prints figures; asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { evalPath, repoRoot } from '../eval/shared-data';
import { manyOutletStory } from './corpus';

const PORT = 3400;
const origin = `http://127.0.0.1:${PORT}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const storyPath = '/stories/embassy-staff-leave-ukraine';
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

async function startServer(): Promise<ChildProcess> {
  const { buildIfNeeded } = (await import(path.join(repoRoot, 'scripts', 'build.mjs'))) as { buildIfNeeded: () => boolean };
  buildIfNeeded();
  const server = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'e2e-server.mjs'), 'pglite', String(PORT)], { cwd: repoRoot, stdio: 'ignore', detached: true });
  for (let attempt = 0; attempt < 240; attempt++) {
    const status = await fetch(`${origin}/api/stories/embassy-staff-leave-ukraine/status`).then((response) => (response.ok ? response.json() : null), () => null);
    if ((status as { job?: { status?: string } } | null)?.job?.status === 'done') return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not finish analysing the seed story in two minutes');
}

/** A fresh browser's visit to a page: JS, HTML, LCP and CLS, with the CPU slowed `cpuSlowdown` times (CDP throttling). */
async function browserFigures(pagePath: string, cpuSlowdown = 1) {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const page = await browser.newPage();
    // Once, so the full-route cache holds the page; then measure a fresh browser's visit.
    await page.goto(origin + pagePath);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    if (cpuSlowdown > 1) await (await context.newCDPSession(fresh)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const scripts: Promise<number>[] = [];
    fresh.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
    });
    await fresh.goto(origin + pagePath, { waitUntil: 'networkidle' });
    const vitals = await fresh.evaluate(
      () =>
        new Promise<{ lcp: number; cls: number }>((resolve) => {
          let lcp = 0;
          let cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) lcp = entry.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve({ lcp, cls }), 1000);
        }),
    );
    const html = await (await fetch(origin + pagePath)).text();
    return { jsKb: (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0) / 1024, htmlGzipKb: gzipSync(html).length / 1024, ...vitals, html };
  } finally {
    await browser.close();
  }
}

/**
 * A story told by 70 outlets with over 1,000 claims (real articles from ../shared/eval), created through
 * the API: the story page shows it as the compact matrix. Null without ../shared/eval.
 */
async function seventyOutletStory(): Promise<string | null> {
  if (!evalPath('allsides', 'stories')) return null;
  const response = await fetch(`${origin}/api/stories`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(manyOutletStory(70)) });
  if (response.status !== 202) throw new Error(`creating the 70-outlet story answered ${response.status}`);
  const { slug } = (await response.json()) as { slug: string };
  for (let attempt = 0; attempt < 240; attempt++) {
    const status = (await (await fetch(`${origin}/api/stories/${slug}/status`)).json()) as { job?: { status?: string } };
    if (status.job?.status === 'done') return `/stories/${slug}`;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the 70-outlet story was not analysed in two minutes');
}

async function lighthouseScores(pagePath: string) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const result = await lighthouse(origin + pagePath, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const categories = result?.lhr.categories;
    return { performance: categories?.performance?.score ?? NaN, accessibility: categories?.accessibility?.score ?? NaN };
  } finally {
    chrome.kill();
  }
}

async function requestsPerSecond(url: string, encoding: 'gzip' | 'identity'): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS, headers: { 'accept-encoding': encoding } });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

const server = await startServer();
try {
  const story = await browserFigures(storyPath);
  const claimPath = /href="(\/stories\/embassy-staff-leave-ukraine\/claims\/c[0-9a-z]+)"/.exec(story.html)?.[1];
  if (!claimPath) throw new Error('no claim link on the story page');
  const claim = await browserFigures(claimPath);
  // The static page is the floor: what Next and React cost on a page with no data at all.
  const floor = await browserFigures('/about');
  const seventyPath = await seventyOutletStory();
  const seventy = seventyPath ? await browserFigures(seventyPath, 4) : null;

  console.log(`page                  JS transferred (KB)  HTML gzip (KB)  LCP ms  CLS     Lighthouse perf  a11y`);
  const pages = [['story', story, storyPath], ['claim', claim, claimPath], ['/about', floor, '/about'], ...(seventy && seventyPath ? [['70 outlets, 4× CPU', seventy, seventyPath] as const] : [])] as const;
  for (const [name, figures, pagePath] of pages) {
    const scores = await lighthouseScores(pagePath);
    console.log(
      `${name.padEnd(22)}${figures.jsKb.toFixed(1).padStart(19)}  ${figures.htmlGzipKb.toFixed(1).padStart(14)}  ${figures.lcp.toFixed(0).padStart(6)}  ${figures.cls.toFixed(3)}  ${scores.performance.toFixed(2).padStart(15)}  ${scores.accessibility.toFixed(2)}`,
    );
  }

  // The same claim HTML from a bare Node server, for context: what HTTP on this machine costs at all.
  const plain = Buffer.from(claim.html);
  const compressed = gzipSync(plain);
  const bare = createServer((request, response) => {
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(gzip ? compressed : plain);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => bare.once('listening', resolve));
  const barePort = (bare.address() as AddressInfo).port;

  const targets = [
    ['static page (/about)', `${origin}/about`],
    ['story page', origin + storyPath],
    ['claim page', origin + claimPath],
    ['claim HTML, bare Node', `http://127.0.0.1:${barePort}/`],
  ] as const;
  // Gzip as browsers ask for it, and uncompressed to show what compressing on every response costs
  // (a reverse proxy or CDN in front would cache the compressed page instead).
  const gzip: number[] = [];
  const identity: number[] = [];
  for (const [, url] of targets) gzip.push(await requestsPerSecond(url, 'gzip'));
  for (const [, url] of targets) identity.push(await requestsPerSecond(url, 'identity'));
  bare.close();
  console.log(`\nrequests/s, ${CONNECTIONS} connections, ${LOAD_SECONDS} s each, loopback   gzip req/s  vs static   identity req/s  vs static`);
  targets.forEach(([name], index) =>
    console.log(
      `${name.padEnd(52)}${gzip[index]!.toFixed(0).padStart(12)}  ${(gzip[index]! / gzip[0]!).toFixed(2).padStart(9)}  ${identity[index]!.toFixed(0).padStart(15)}  ${(identity[index]! / identity[0]!).toFixed(2).padStart(9)}`,
    ),
  );
} finally {
  process.kill(-server.pid!, 'SIGTERM');
}
