#!/usr/bin/env node
// What one shared reverb would cost at run time as a Web Audio send: renders 60 s of stereo
// through the crypt's impulse response in a ConvolverNode, in headless Chromium, against the
// same 60 s without it, and prints the extra CPU time per second of sound. (The game convolves
// at bake time instead; docs/architecture.md has both figures.)
import { chromium } from 'playwright-core';
import { cryptIr } from './room.mjs';

const ir = cryptIr().map((c) => Array.from(c));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
const result = await page.evaluate(async (irData) => {
  const SR = 48000,
    seconds = 60;
  const render = async (withReverb) => {
    const ctx = new OfflineAudioContext(2, SR * seconds, SR);
    const noise = ctx.createBuffer(2, SR * seconds, SR);
    for (let c = 0; c < 2; c++) {
      const d = noise.getChannelData(c);
      for (let i = 0; i < d.length; i++) d[i] = (Math.random() * 2 - 1) * 0.1;
    }
    const src = ctx.createBufferSource();
    src.buffer = noise;
    src.connect(ctx.destination);
    if (withReverb) {
      const conv = ctx.createConvolver();
      conv.normalize = false;
      const b = ctx.createBuffer(2, irData[0].length, SR);
      for (let c = 0; c < 2; c++) b.getChannelData(c).set(irData[c]);
      conv.buffer = b;
      const send = ctx.createGain();
      send.gain.value = 0.2;
      src.connect(send);
      send.connect(conv);
      conv.connect(ctx.destination);
    }
    src.start();
    const t0 = performance.now();
    await ctx.startRendering();
    return performance.now() - t0;
  };
  const runs = { dry: [], wet: [] };
  for (let i = 0; i < 3; i++) {
    runs.dry.push(await render(false));
    runs.wet.push(await render(true));
  }
  const median = (a) => a.slice().sort((x, y) => x - y)[1];
  return { dry: median(runs.dry), wet: median(runs.wet), seconds };
}, ir);
await browser.close();
const extra = (result.wet - result.dry) / result.seconds;
console.log(
  `60 s stereo: ${result.dry.toFixed(0)} ms dry, ${result.wet.toFixed(0)} ms through a 2.6 s ConvolverNode: ${extra.toFixed(1)} ms of CPU per second of sound (${(extra / 10).toFixed(1)} % of one core), for as long as the room sounds`,
);
