import { readFileSync } from 'node:fs';

declare const __READQUIZ_VERSION__: string | undefined;

/** The package version: baked into the bundle by the build, read from package.json when run from source. */
export function readquizVersion(): string {
  if (typeof __READQUIZ_VERSION__ === 'string') return __READQUIZ_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
