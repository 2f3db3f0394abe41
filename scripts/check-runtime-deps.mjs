#!/usr/bin/env node
// `npm run check:runtime-deps`, after `npm run build`: every package the built API, worker and CLI
// load at run time is one of package.json's `dependencies`, the only ones the production image
// installs (`npm prune --omit=dev`). A package left in devDependencies would pass every test and
// fail in production.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const resolveFromRoot = createRequire(join(root, 'package.json')).resolve;
const APPS = ['api', 'worker', 'cli'];

const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(packageOf(specifier));

const problems = [];
for (const app of APPS) {
  const dir = join(root, 'dist/apps', app);
  let bundles;
  try {
    bundles = readdirSync(dir).filter((f) => f.endsWith('.js'));
  } catch {
    problems.push(`dist/apps/${app} is missing: run npm run build first`);
    continue;
  }
  const before = problems.length;
  const specifiers = new Set();
  for (const bundle of bundles) {
    for (const [, specifier] of readFileSync(join(dir, bundle), 'utf8').matchAll(/\b(?:require|import)\("([^".][^"]*)"\)/g)) {
      if (!isBuiltin(specifier)) specifiers.add(specifier);
    }
  }
  for (const specifier of [...specifiers].sort()) {
    const name = packageOf(specifier);
    if (!dependencies[name]) problems.push(`${app} loads ${specifier}, but ${name} is not in package.json's dependencies`);
    else {
      try {
        resolveFromRoot(specifier);
      } catch (err) {
        problems.push(`${app} loads ${specifier}, which does not resolve: ${err.message.split('\n')[0]}`);
      }
    }
  }
  const wrong = problems.length - before;
  console.log(`${app}: loads ${specifiers.size} modules from packages; ${wrong ? `${wrong} not installed in production` : 'all from dependencies'}`);
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
