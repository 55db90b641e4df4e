// A player for the built game that reads only what a person sees (the mode, the dialogue box,
// the choice and object buttons) and plays on with the keyboard and mouse: the bench, the page
// art and the robustness tests drive the game with it.

/** What is on screen, in one round trip. */
async function look(page) {
  return page.evaluate(() => {
    const visible = (el) => el instanceof HTMLElement && !el.hidden && el.closest('[hidden]') === null && el.getClientRects().length > 0;
    const centre = (el) => {
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
    };
    const choiceButtons = [...document.querySelectorAll('.choices button')].filter(visible);
    const objectButtons = [...document.querySelectorAll('button.hotspot')].filter(visible);
    const choices = choiceButtons.map((b) => b.textContent ?? '');
    const objects = objectButtons.map((b) => b.getAttribute('aria-label') ?? '');
    const at = Object.fromEntries([
      ...choiceButtons.map((b) => [`choice:${b.textContent ?? ''}`, centre(b)]),
      ...objectButtons.map((b) => [`object:${b.getAttribute('aria-label') ?? ''}`, centre(b)]),
    ]);
    const box = document.getElementById('dialogue');
    const skip = [...document.querySelectorAll('button')]
      .filter(visible)
      .find((b) => /^\s*skip/i.test(b.textContent ?? '') || /skip/i.test(b.getAttribute('aria-label') ?? ''));
    const title = document.getElementById('title');
    return {
      mode: document.body.dataset.mode ?? '',
      beat: document.body.dataset.beat ?? '',
      titleShowing: title !== null && !title.hidden,
      choices,
      objects,
      skip: skip ? (skip.getAttribute('aria-label') ?? skip.textContent ?? '').trim() : null,
      dialogue: visible(box),
      dialogueAt: visible(box) ? centre(box) : null,
      at,
    };
  });
}

/**
 * Plays one step of whatever the game shows. Returns what it saw before acting.
 * @param {import('playwright-core').Page} page
 * @param {{ used: Map<string, number>, turn: number, keyboard?: boolean }} memory
 */
export async function playStep(page, memory) {
  const seen = await look(page);
  memory.turn++;
  if (seen.choices.length > 0) {
    // Dialogue choices: take them in turn so a second playthrough is the same path.
    // Real mouse clicks at the button's centre: no waiting for animations to settle, which in
    // software WebGL costs seconds a click.
    const p = seen.at[`choice:${seen.choices[0]}`];
    if (memory.keyboard || !p) await page.keyboard.press('Digit1');
    else await page.mouse.click(p.x, p.y);
  } else if (seen.mode === 'explore' && seen.objects.length > 0) {
    // Objects: the one used longest ago (never-used first), as a player working round the lid.
    const pick = [...seen.objects].sort((a, b) => (memory.used.get(a) ?? -1) - (memory.used.get(b) ?? -1))[0];
    memory.used.set(pick, memory.turn);
    const p = seen.at[`object:${pick}`];
    if (p) await page.mouse.click(p.x, p.y);
  } else if (seen.mode === 'dialogue' && seen.dialogue) {
    if (memory.keyboard) await page.keyboard.press('Space');
    else if (seen.dialogueAt) await page.mouse.click(seen.dialogueAt.x, seen.dialogueAt.y);
  } else if (seen.mode === 'cutscene' || seen.mode === 'ended') {
    if (seen.skip !== null)
      await page
        .getByRole('button', { name: seen.skip })
        .first()
        .click({ force: true, timeout: 5000 })
        .catch(() => undefined);
    else {
      // Lean in (the kiss), advance lines; a cutscene with no input just runs.
      await page.keyboard.down('Space');
      await page.waitForTimeout(400);
      await page.keyboard.up('Space');
    }
  } else {
    await page.waitForTimeout(100);
  }
  // Let the game take the input before looking again.
  await page.waitForTimeout(30);
  return seen;
}

/**
 * From the title: New game, then play until the game is back at the title (the end).
 * `onStep` sees each screen before the player acts; return true from it to stop early.
 * @param {import('playwright-core').Page} page
 * @param {{ timeoutMs?: number, keyboard?: boolean, onStep?: (seen: Awaited<ReturnType<typeof look>>) => Promise<boolean | void> | boolean | void }} [options]
 * @returns {Promise<{ steps: number, beats: string[], finished: boolean }>}
 */
export async function playThrough(page, options = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  await page.locator('#title:not([hidden])').waitFor({ state: 'visible', timeout: 120_000 });
  await page.getByRole('button', { name: 'New game' }).click();
  await page.waitForFunction(() => document.body.dataset.mode !== 'title', undefined, { timeout: 60_000 });
  const memory = { used: new Map(), turn: 0, keyboard: options.keyboard ?? false };
  const beats = [];
  while (Date.now() < deadline) {
    const seen = await look(page);
    if (seen.beat !== '' && beats.at(-1) !== seen.beat) beats.push(seen.beat);
    if (seen.mode === 'title' && seen.titleShowing) return { steps: memory.turn, beats, finished: true };
    if (options.onStep && (await options.onStep(seen)) === true) return { steps: memory.turn, beats, finished: false };
    await playStep(page, memory);
  }
  throw new Error(`the playthrough did not reach the end in time (beats so far: ${beats.join(' → ')})`);
}
