// Lighthouse, a judge no one here wrote, on a page: its performance score with first and largest
// contentful paint, total blocking time and speed index, for its desktop and its mobile profile
// (the mobile one simulates slow 4G and a 4× slower CPU). Run against the system Chromium,
// offline: the page is served from this machine and Lighthouse fetches nothing else.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * @param {string} url
 * @param {'desktop' | 'mobile'} profile
 * @returns {Promise<{ score: number, fcp: number, lcp: number, tbt: number, si: number, cls: number, bytes: number, requests: number }>}
 */
export async function lighthouseRun(url, profile) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
    const result = await lighthouse(url, flags, profile === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error('lighthouse returned nothing');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const requests = lhr.audits['network-requests']?.details?.items?.length ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      si: value('speed-index'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
      requests,
    };
  } finally {
    await chrome.kill();
  }
}

/** The median run of `runs` by score (ties broken by TBT), so one figure set comes from one run. */
export async function lighthouseMedian(url, profile, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseRun(url, profile));
  all.sort((a, b) => a.score - b.score || b.tbt - a.tbt);
  return { ...all[Math.floor((all.length - 1) / 2)], scores: all.map((r) => r.score) };
}
