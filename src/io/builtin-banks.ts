// The banks that ship in questions/. Their parsed form is precompiled to dist/builtin-banks.json by the
// build; it is used only while its content hash still matches the sources, so an edited bank is never
// served stale.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBank, type BankPlanData, type PreparedBank } from '../core/prepare.js';
import { fnv1a } from '../core/hash.js';
import type { Bank } from '../core/types.js';

/** The CommonJS bundle's own file, set by scripts/build.mjs; undefined in the ES module library. */
declare const __READQUIZ_MODULE_FILE__: string | undefined;

export interface BuiltinBank {
  id: string;
  /** Bank file name inside questions/. */
  file: string;
}

export const BUILTIN_BANKS: readonly BuiltinBank[] = [{ id: 'biden-ukraine', file: 'biden-ukraine.yaml' }];
export const DEFAULT_BANK_ID = 'biden-ukraine';

export interface PrecompiledBank {
  id: string;
  file: string;
  articleFile: string;
  bank: Bank;
  /** The generator's seed-independent plan, so a cold `generate` only builds the questions it picks. */
  plan: BankPlanData;
  /** Size and mtime of the bank and article files at build time: unchanged files skip the hash check. */
  stamp: string;
}

/** `size:mtime` of each file; cheap to compare, and any edit changes it. */
export function fileStamp(...files: string[]): string {
  return files
    .map((f) => {
      const st = statSync(f);
      return `${st.size}:${Math.trunc(st.mtimeMs)}`;
    })
    .join('|');
}

let cachedRoot: string | undefined;

/** The folder holding package.json and questions/, found from this module (source or bundle). */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  // In the CommonJS bundle (the bin) the build puts the bundle's own __filename here, and turning
  // import.meta.url into a path costs a cold start half a millisecond. Everywhere else (the library,
  // sources under vitest) only this module's URL counts: a global __filename belongs to whoever runs
  // us (under `node -e` it is '[eval]'), not to this module.
  let dir = dirname(
    typeof __READQUIZ_MODULE_FILE__ === 'string' ? __READQUIZ_MODULE_FILE__ : fileURLToPath(import.meta.url),
  );
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'questions')) && existsSync(join(dir, 'package.json'))) return (cachedRoot = dir);
    dir = dirname(dir);
  }
  throw new Error(`readquiz: cannot find the questions/ folder above ${fileURLToPath(import.meta.url)}`);
}

export function builtinBankPath(id: string): string | undefined {
  const entry = BUILTIN_BANKS.find((b) => b.id === id);
  return entry ? join(packageRoot(), 'questions', entry.file) : undefined;
}

/** The precompiled bank when its sources are unchanged since the build; otherwise undefined. */
export function precompiledBank(id: string): PreparedBank | undefined {
  const root = packageRoot();
  const compiled = join(root, 'dist', 'builtin-banks.json');
  if (!existsSync(compiled)) return undefined;
  const all = JSON.parse(readFileSync(compiled, 'utf8')) as PrecompiledBank[];
  const entry = all.find((b) => b.id === id);
  if (!entry) return undefined;
  try {
    const bankFile = join(root, 'questions', entry.file);
    const articleFile = join(root, 'questions', entry.articleFile);
    // Same size and mtime as at build time: unchanged. Otherwise (a copy, a touch, an edit) compare content.
    if (fileStamp(bankFile, articleFile) !== entry.stamp) {
      const yamlText = readFileSync(bankFile, 'utf8').replace(/^\uFEFF/, '');
      const articleText = readFileSync(articleFile, 'utf8').replace(/^\uFEFF/, '');
      if (fnv1a(`${yamlText}\u0000${articleText}`) !== entry.bank.contentHash) return undefined;
    }
    return prepareBank(entry.bank, entry.plan);
  } catch {
    return undefined;
  }
}
