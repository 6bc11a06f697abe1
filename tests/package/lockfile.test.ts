// package-lock.json must say what package.json says: a lockfile out of step is rewritten by the first
// `npm install` on a fresh clone (a dirty tree before any work), and `npm ci` installs what it says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'));

describe('package-lock.json', () => {
  it('is in step with package.json: name, version, bin, engines, dependencies', () => {
    const pkg = read('package.json');
    const lock = read('package-lock.json');
    const root = lock.packages[''];
    expect({ name: lock.name, version: lock.version }).toEqual({ name: pkg.name, version: pkg.version });
    for (const field of [
      'name',
      'version',
      'license',
      'bin',
      'engines',
      'dependencies',
      'devDependencies',
      'optionalDependencies',
    ]) {
      expect(root[field], `packages[""].${field}`).toEqual(pkg[field]);
    }
  });

  it('locks every dependency package.json names', () => {
    const pkg = read('package.json');
    const lock = read('package-lock.json');
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });
});
