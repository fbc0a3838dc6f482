#!/usr/bin/env node
// Runs every *.test.ts file under src/, faces/, test/, eval/ and bench/ with node:test. Node 20's
// --test takes no globs, so this lists the files explicitly.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'node_modules' ? [] : find(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = ['src', 'faces', 'test', 'eval', 'bench'].flatMap(find).sort();
const only = process.argv.slice(2);
const selected = only.length > 0 ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...selected], { stdio: 'inherit' });
process.exit(result.status ?? 1);
