// crossfoot watch with its report open in a real browser (Debian's Chromium, headless, driven by
// playwright-core): the editor saves the draft, and the open page reloads by itself into the new
// check, without a request to any server (it polls a script file written beside it).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { root, binary, scratch, launchChromium } = require('./support');

// The lines crossfoot watch prints, awaited one at a time.
function lineReader(stream) {
  const lines = [];
  const waiting = [];
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    rest += chunk;
    for (let at; (at = rest.indexOf('\n')) >= 0;) {
      lines.push(rest.slice(0, at));
      rest = rest.slice(at + 1);
    }
    while (waiting.length && lines.length) waiting.shift()(lines.shift());
  });
  return (ms) => new Promise((resolve, reject) => {
    if (lines.length) return resolve(lines.shift());
    const timer = setTimeout(() => reject(new Error('no line from crossfoot watch in ' + ms + ' ms')), ms);
    waiting.push((l) => { clearTimeout(timer); resolve(l); });
  });
}

async function until(condition, ms) {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

test('an open report reloads itself after the draft is saved', async () => {
  const dir = scratch();
  const draft = path.join(dir, 'draft.md');
  const report = path.join(dir, 'report.html');
  fs.copyFileSync(path.join(root, 'fixtures', 'drafts', 'velmar-2024', 'draft.md'), draft);
  const watch = spawn(binary, ['watch', draft, '--rules', 'trade', '--output', report, '--debounce', '100'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  watch.stderr.on('data', (d) => { errors += d; });
  const line = lineReader(watch.stdout);
  const browser = await launchChromium();
  try {
    assert.match(await line(30000), /^crossfoot: watching /);
    assert.match(await line(30000), /draft\.md: 2 fail \(17 of 19 instances pass\)/, errors);

    const page = await (await browser.newContext()).newPage();
    const url = pathToFileURL(report).href;
    const requests = [];
    const problems = [];
    page.on('request', (q) => { if (!q.url().startsWith('file:')) requests.push(q.url()); });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    let loads = 0;
    page.on('load', () => { loads += 1; });
    await page.goto(url);
    assert.match(await page.textContent('.verdict'), /2 fail/);

    // The editor corrects the total: a new file renamed over the draft, as editors save.
    const fixed = fs.readFileSync(draft, 'utf8').replaceAll('95.1', '93.1');
    const saved = Date.now();
    fs.writeFileSync(draft + '.~tmp', fixed);
    fs.renameSync(draft + '.~tmp', draft);
    assert.match(await line(30000), /draft\.md: 1 fail \(18 of 19 instances pass\)/, errors);
    assert.ok(await until(() => loads >= 2, 10000), 'the page did not reload');
    await page.waitForLoadState('load');
    const latency = Date.now() - saved;
    assert.match(await page.textContent('.verdict'), /1 fail/);
    console.log(`save to reloaded page: ${latency} ms (debounce 100 ms, the page polls every second)`);

    // Nothing else changes: no reload without a save.
    await new Promise((r) => setTimeout(r, 2500));
    assert.strictEqual(loads, 2, 'the page reloaded without a new check');
    assert.deepStrictEqual(requests, [], 'the page made a network request');
    assert.deepStrictEqual(problems, [], 'console errors');
  } finally {
    await browser.close();
    const exited = new Promise((resolve) => watch.on('exit', (c) => resolve(c)));
    watch.kill('SIGINT');
    const code = await exited;
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(code, 0, 'watch did not stop cleanly on SIGINT: ' + errors);
  }
});
