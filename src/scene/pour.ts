// A pour, as the room draws it: how strongly an action's stream runs at a moment (a trickle as it
// starts and as it stops), and the path it falls along — out of the mouth the way the neck points,
// curving down into the glass. Pure; the room's stream (src/game/render/pourStream.ts) draws it.
import type { ActionDef, ActionPour } from './figures';
import type { Point } from '../level/schema';

/** The stream thickens over this long as it starts, and thins over this long before it stops. */
export const POUR_RAMP_MS = { in: 140, out: 220 } as const;

/** The pour running at `t` ms into the action, with how strongly it runs (0 … 1); null when none is. */
export function pouringAt(action: ActionDef, t: number): { readonly pour: ActionPour; readonly flow: number } | null {
  const pour = action.pours.find((p) => t >= p.at && t < p.until);
  if (!pour) return null;
  const up = Math.min(1, (t - pour.at) / POUR_RAMP_MS.in);
  const down = Math.min(1, (pour.until - t) / POUR_RAMP_MS.out);
  const u = Math.max(0, Math.min(up, down));
  return { pour, flow: u * u * (3 - 2 * u) };
}

/**
 * `n + 1` points from the mouth it leaves to the mouth it falls into: a quadratic curve whose
 * first stretch follows `direction` (a unit vector, the neck's), so the stream leaves the neck in
 * line with it and bends down as it falls.
 */
export function streamPath(from: Point, direction: Point, into: Point, n: number): Point[] {
  const reach = Math.hypot(into.x - from.x, into.y - from.y) * 0.45;
  const control = { x: from.x + direction.x * reach, y: from.y + direction.y * reach };
  return Array.from({ length: n + 1 }, (_, i) => {
    const u = i / n;
    const a = (1 - u) * (1 - u);
    const b = 2 * (1 - u) * u;
    const c = u * u;
    return { x: a * from.x + b * control.x + c * into.x, y: a * from.y + b * control.y + c * into.y };
  });
}
