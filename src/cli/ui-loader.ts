// Loads the Ink app. The bin (scripts/bin-stub.cjs) runs the CLI from a V8 code cache, and functions
// restored from a cache cannot call import() on Node 20; so the bin provides the loader under a
// well-known symbol, and everything else (tests, the library) uses a plain import().
type UiModule = typeof import('../ui/run-app.js');

const PROVIDED = Symbol.for('readquiz.loadUi');

export function loadUi(): Promise<UiModule> {
  const provided = (globalThis as Record<symbol, unknown>)[PROVIDED] as (() => Promise<UiModule>) | undefined;
  return provided ? provided() : import('../ui/run-app.js');
}

type ReviewUiModule = typeof import('../ui/review/run-review.js');

const PROVIDED_REVIEW = Symbol.for('readquiz.loadReviewUi');

/**
 * Loads the review screen (its own bundle), with `fetch` hidden meanwhile as take.ts does for the quiz:
 * yoga-layout reads its wasm through `fetch` when there is one, which loads Node's whole HTTP client.
 */
export async function loadReviewUi(): Promise<ReviewUiModule> {
  const provided = (globalThis as Record<symbol, unknown>)[PROVIDED_REVIEW] as
    (() => Promise<ReviewUiModule>) | undefined;
  const fetchProp = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProp?.configurable)
    Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await (provided ? provided() : import('../ui/review/run-review.js'));
  } finally {
    if (fetchProp?.configurable) Object.defineProperty(globalThis, 'fetch', fetchProp);
  }
}
