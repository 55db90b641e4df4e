// Element fullscreen where the browser has it, with the WebKit prefix older iPad Safari still
// uses. iPhone Safari has no element fullscreen at all (fullscreenEnabled is false or absent):
// there the control is hidden, never offered and then refused.
interface WebkitDocument {
  readonly webkitFullscreenEnabled?: boolean;
  readonly webkitFullscreenElement?: Element | null;
  readonly webkitExitFullscreen?: () => void;
}
interface WebkitElement {
  readonly webkitRequestFullscreen?: () => void;
}

export function canFullscreen(doc: Document = document): boolean {
  // Old Safari lacks the unprefixed property altogether, whatever the DOM types say.
  const either = doc as Partial<Pick<Document, 'fullscreenEnabled'>> & WebkitDocument;
  return either.fullscreenEnabled === true || either.webkitFullscreenEnabled === true;
}

export function fullscreenElement(doc: Document = document): Element | null {
  return doc.fullscreenElement ?? (doc as Document & WebkitDocument).webkitFullscreenElement ?? null;
}

export function enterFullscreen(element: HTMLElement): Promise<void> {
  if (typeof element.requestFullscreen === 'function') return element.requestFullscreen();
  const webkit = element as HTMLElement & WebkitElement;
  if (typeof webkit.webkitRequestFullscreen === 'function') {
    webkit.webkitRequestFullscreen();
    return Promise.resolve();
  }
  return Promise.reject(new Error('no element fullscreen here'));
}

export function leaveFullscreen(doc: Document = document): void {
  if (doc.fullscreenElement && typeof doc.exitFullscreen === 'function') void doc.exitFullscreen();
  else (doc as Document & WebkitDocument).webkitExitFullscreen?.();
}

/** Both names the change goes by. */
export const FULLSCREEN_CHANGE = ['fullscreenchange', 'webkitfullscreenchange'] as const;
