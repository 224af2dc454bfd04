#!/usr/bin/env node
// Entry point of `npm start`, `npm test`, `npm run bench` and `npm run setup` on a fresh machine:
// installs npm dependencies when they are missing or stale, then hands over to the TypeScript
// command. Plain CommonJS with no dependencies, because nothing is installed yet.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const command = process.argv[2] ?? 'start';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js 20.19 or later is required (this is ${process.versions.node}).`);
  process.exit(1);
}

function lockHash() {
  const lock = path.join(root, 'package-lock.json');
  const manifests = [lock, path.join(root, 'package.json')].filter(existsSync);
  const hash = createHash('sha256');
  for (const file of manifests) hash.update(readFileSync(file));
  return hash.digest('hex');
}

const marker = path.join(root, 'node_modules', '.mpb-installed');
const wanted = lockHash();
const installed = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : '';
if (installed !== wanted) {
  const hasLock = existsSync(path.join(root, 'package-lock.json'));
  const args = hasLock ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  console.log(`› installing npm dependencies (npm ${args[0]})…`);
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(marker, lockHash());
}

const entry = path.join(root, 'scripts', `${command}.ts`);
if (!existsSync(entry)) {
  console.error(`unknown command: ${command}`);
  process.exit(2);
}
const child = spawn(process.execPath, ['--import', 'tsx', entry, ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the whole process group: let the command shut its services down, then exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 0)));
