// The cue registry (assets/audio/cues.json), validated: every sound the game can play.
import { ContentInvalid, Faults, readArray, readBoolean, readNumber, readObject, readId } from '../content/read';
import type { Bus, CueDef, RumblePattern } from './contentIndex';

const BUSES: readonly Bus[] = ['music', 'ambience', 'sfx'];

export function validateCues(raw: unknown, file: string): Record<string, CueDef> {
  const faults = new Faults();
  const root = readObject(raw, '$', faults);
  const cues = readObject(root.cues, '$.cues', faults);
  const out: Record<string, CueDef> = {};
  for (const [id, value] of Object.entries(cues)) {
    const path = `$.cues.${id}`;
    readId(id, path, faults);
    const o = readObject(value, path, faults);
    const bus = o.bus as Bus;
    if (!BUSES.includes(bus)) faults.add(`${path}.bus`, `expected one of ${BUSES.join(', ')}`);
    const caption = o.caption;
    if (caption !== undefined && caption !== null && typeof caption !== 'string') faults.add(`${path}.caption`, 'expected text or null');
    out[id] = {
      bus,
      loop: readBoolean(o.loop, `${path}.loop`, faults),
      volume: readNumber(o.volume, `${path}.volume`, faults, { min: 0, max: 1 }),
      caption: typeof caption === 'string' && caption.length > 0 ? caption : null,
      duck: o.duck === undefined ? false : readBoolean(o.duck, `${path}.duck`, faults),
      ...(o.rumble === undefined ? {} : { rumble: readRumble(o.rumble, `${path}.rumble`, faults) }),
    };
  }
  if (faults.list.length > 0) throw new ContentInvalid(file, faults.list);
  return out;
}

/** A rumble pattern: gentle (no motor past half strength), short pulses inside their repeat. */
function readRumble(value: unknown, path: string, faults: Faults): RumblePattern {
  const o = readObject(value, path, faults);
  const everyMs = readNumber(o.everyMs, `${path}.everyMs`, faults, { min: 200, max: 10_000 });
  const pulses = readArray(o.pulses, `${path}.pulses`, faults).map((raw, i) => {
    const at = `${path}.pulses[${String(i)}]`;
    const p = readObject(raw, at, faults);
    const pulse = {
      atMs: readNumber(p.atMs, `${at}.atMs`, faults, { min: 0, max: 10_000 }),
      ms: readNumber(p.ms, `${at}.ms`, faults, { min: 10, max: 400 }),
      strong: readNumber(p.strong, `${at}.strong`, faults, { min: 0, max: 0.5 }),
      weak: readNumber(p.weak, `${at}.weak`, faults, { min: 0, max: 0.5 }),
    };
    if (pulse.atMs + pulse.ms > everyMs) faults.add(at, 'the pulse runs past the end of its repeat (everyMs)');
    return pulse;
  });
  return { everyMs, pulses };
}
