// A long run's heap kept small: the V8 sizes a batch of a thousand PDF variants would otherwise grow to.
// Its live heap stays level (12-16 MiB), but V8 grows the young generation of a process that allocates a
// lot from 1 to 16 MiB a semi-space (the process holds both), and lets the old generation fill with
// garbage to about twice what was live after its last full collection before it collects again: together
// 45-55 MiB of a thousand variants' peak, and what made it grow with the count. `node
// --max-semi-space-size` would cap the first, but V8 reads it only at start and the bin runs as `node
// readquiz.cjs`; the young generation's growth factor and the old generation's growing percent, though,
// are read each time V8 resizes, so they can be set during the run (and set back after it). A V8 that
// ignored them would keep its own sizes: the output is the same either way.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** V8's own values (its defaults), set back when the run ends; 0 growing percent: V8 chooses. */
const DEFAULT_GROWTH = 2;
const DEFAULT_GROWING_PERCENT = 0;

export interface BatchHeap {
  /** Stops the young generation growing once it has reached its cap: call it often (microseconds). */
  check(): void;
  /** Lets V8 size the heap as it would again. */
  end(): void;
}

/**
 * Semi-spaces of at most `semiSpaceMiB`, and an old generation collected once it has grown by
 * `oldGrowthPercent` over what was live after its last full collection.
 */
export function keepHeapSmall(semiSpaceMiB: number, oldGrowthPercent: number): BatchHeap {
  const cap = semiSpaceMiB * 2 * 1024 * 1024;
  let growth = 0;
  const setGrowth = (factor: number) => {
    if (factor !== growth) setFlagsFromString(`--semi-space-growth-factor=${factor}`);
    growth = factor;
  };
  // The size is of both semi-spaces. Growth doubles it, once between checks when they come often enough
  // (a PDF variant allocates about a MiB, and the young generation grows by a scavenge at most). A V8
  // without a space of that name is left to size it as it would.
  const check = () => {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    setGrowth(young === undefined || young.space_size * 2 <= cap ? DEFAULT_GROWTH : 1);
  };
  // No growth until the first check: what a run does first (loading and parsing fonts) keeps a lot, and
  // would grow the young generation several times over before a check could stop it.
  setGrowth(1);
  setFlagsFromString(`--heap-growing-percent=${oldGrowthPercent}`);
  return {
    check,
    end() {
      setGrowth(DEFAULT_GROWTH);
      setFlagsFromString(`--heap-growing-percent=${DEFAULT_GROWING_PERCENT}`);
    },
  };
}
