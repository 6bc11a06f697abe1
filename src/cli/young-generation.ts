// A long run's young generation kept small. V8 grows the young generation of a process that allocates
// a lot (a thousand PDF variants) from 1 to 16 MiB a semi-space, and the process holds both halves and
// more old-generation garbage with it: 25-30 MiB of a thousand variants' peak, most of what grows with
// the count. `node --max-semi-space-size` would cap it, but V8 reads that only at start and the bin runs
// as `node readquiz.cjs`; the growth factor, though, is read each time the young generation grows, so
// growth is stopped once the cap is reached. A V8 that ignores the flag just keeps its own sizes.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** V8's own growth factor (its default), set back when the run ends. */
const DEFAULT_GROWTH = 2;

export interface YoungGenerationLimit {
  /** Stops growth once a semi-space has reached the cap: call it often (it costs microseconds). */
  check(): void;
  /** Lets V8 grow the young generation as it would again. */
  end(): void;
}

export function limitYoungGeneration(semiSpaceMiB: number): YoungGenerationLimit {
  const cap = semiSpaceMiB * 2 * 1024 * 1024;
  let growth = 0;
  const set = (factor: number) => {
    if (factor !== growth) setFlagsFromString(`--semi-space-growth-factor=${factor}`);
    growth = factor;
  };
  // The size is of both semi-spaces. Growth doubles it, once between checks when they come often enough
  // (a PDF variant allocates about a MiB, and the young generation grows by a scavenge at most). A V8
  // without a space of that name is left to size it as it would.
  const check = () => {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    set(young === undefined || young.space_size * 2 <= cap ? DEFAULT_GROWTH : 1);
  };
  // No growth until the first check: what a run does first (loading and parsing fonts) keeps a lot, and
  // would grow the young generation several times over before a check could stop it.
  set(1);
  return {
    check,
    end: () => set(DEFAULT_GROWTH),
  };
}
