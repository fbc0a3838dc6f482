// The install runs no dependency's script but the one the project chose (README, "Supply chain").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

/** Packages of the lockfile that declare an install script, and why each is accepted. */
const accepted: Record<string, string> = {
  'better-sqlite3': 'its native module; built by name in `npm run setup`',
  esbuild: 'under tsx and vite; its postinstall only checks the binary its platform package holds',
};

test('supply chain', async (t) => {
  await t.test('should run no install script on npm ci', () => {
    assert.match(read('.npmrc'), /^ignore-scripts=true$/m);
  });

  await t.test('should hold no package with an install script beyond those accepted', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    assert.deepEqual([...new Set(withScripts)].sort(), Object.keys(accepted).sort());
  });

  await t.test('should build better-sqlite3 in the setup script the README names', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    assert.match(scripts.setup ?? '', /npm rebuild better-sqlite3 --ignore-scripts=false/);
    assert.match(read('README.md'), /npm ci && npm run setup && npx newstrace analyze examples/);
  });
});
