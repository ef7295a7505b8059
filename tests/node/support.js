// Shared by the test-side node scripts: where things are, running the real crossfoot binary,
// and headless Chromium launched as this machine needs it (Debian's chromium, no network).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = process.env.CROSSFOOT_SOURCE_DIR || path.resolve(__dirname, '..', '..');
const binary = process.env.CROSSFOOT_BINARY || path.join(root, 'build', 'release', 'crossfoot');
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'gacc-2023-annual-trade.txt');
const screenshots = process.env.CROSSFOOT_SCREENSHOTS || path.join(root, 'build', 'screenshots');

// Runs crossfoot from the repository root, as the golden tests do.
function crossfoot(args) {
  const r = spawnSync(binary, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error) throw r.error;
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function scratch() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'crossfoot-node-'));
}

function hasCorpus() {
  return fs.existsSync(corpus);
}

// The golden cases whose arguments ask for `format`, as argument lists.
function goldenCases(format) {
  const dir = path.join(root, 'fixtures', 'golden');
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const argsFile = path.join(dir, name, 'args');
    if (!fs.existsSync(argsFile)) continue;
    const args = fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/);
    const at = args.indexOf('--format');
    if (at < 0 || args[at + 1] !== format) continue;
    const expected = fs.readFileSync(path.join(dir, name, 'expected'), 'utf8');
    if (expected.includes('shared/corpus') && !hasCorpus()) continue;
    out.push({ name, args });
  }
  return out;
}

// The npm tools live in build/node_modules (NODE_PATH), installed by ci/setup-node.sh.
function tool(name) {
  try {
    return require(name);
  } catch (e) {
    throw new Error(name + ' is not installed: run ci/setup-node.sh (' + e.message + ')');
  }
}

async function launchChromium() {
  const { chromium } = tool('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

module.exports = { tool, root, binary, corpus, screenshots, crossfoot, scratch, hasCorpus, goldenCases,
  launchChromium };
