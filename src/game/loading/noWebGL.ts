// Where WebGL is unavailable (switched off, a blocked GPU, a very old browser) the game cannot
// light the crypt, and a black canvas would leave the player guessing. The page's own message
// (#no-webgl in index.html, written there so it needs no script of ours to read) is shown
// instead, with what to do about it.

export function showNoWebGL(): void {
  for (const id of ['loading', 'title']) {
    const screen = document.getElementById(id);
    if (screen) screen.hidden = true;
  }
  const message = document.getElementById('no-webgl');
  if (!message) return;
  message.hidden = false;
  const reload = message.querySelector<HTMLButtonElement>('button');
  reload?.addEventListener('click', () => window.location.reload());
  reload?.focus();
  document.body.dataset.noWebgl = 'true';
}
