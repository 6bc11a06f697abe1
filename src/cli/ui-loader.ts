// Loads the Ink app. The bin (scripts/bin-stub.cjs) runs the CLI from a V8 code cache, and functions
// restored from a cache cannot call import() on Node 20; so the bin provides the loader under a
// well-known symbol, and everything else (tests, the library) uses a plain import().
type UiModule = typeof import('../ui/run-app.js');

const PROVIDED = Symbol.for('readquiz.loadUi');

export function loadUi(): Promise<UiModule> {
  const provided = (globalThis as Record<symbol, unknown>)[PROVIDED] as (() => Promise<UiModule>) | undefined;
  return provided ? provided() : import('../ui/run-app.js');
}
