// Applies the reading settings to the page: text size, line spacing, typeface, contrast.
import type { Settings } from '../save/settings';

const TEXT_SCALE: Readonly<Record<Settings['textSize'], number>> = { small: 0.85, medium: 1, large: 1.2, huge: 1.4 };

export function applyPageSettings(s: Settings): void {
  document.body.classList.toggle('high-contrast', s.highContrast);
  const root = document.documentElement.style;
  root.setProperty('--text-scale', String(TEXT_SCALE[s.textSize]));
  root.setProperty('--line-spacing', String(s.lineSpacing));
  root.setProperty('--font', `var(--font-${s.typeface})`);
}
