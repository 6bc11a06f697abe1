// Whether to use colour: chalk (inside Ink) honours FORCE_COLOR but not NO_COLOR, so the app decides here
// and drops colour names itself; bold, dim and inverse stay, as no-color.org allows.
import { createContext, useContext } from 'react';

/** NO_COLOR (non-empty) turns colour off; FORCE_COLOR wins over it, as in Node itself. */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

export const ColorContext = createContext(true);

export function useColor(): boolean {
  return useContext(ColorContext);
}
