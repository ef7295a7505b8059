// The HTML report in a real browser (Debian's Chromium, headless, driven by playwright-core),
// met as a person would: opened from disk, every finding listed, every figure marked at its
// words, a failing figure's arithmetic shown on a click and on Enter or Space, no console
// error, no request of any kind. Screenshots at a desktop and a phone width go to
// build/screenshots/ for review (not compared pixel by pixel).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { root, crossfoot, scratch, hasCorpus, launchChromium, screenshots } = require('./support');

const desktop = { width: 1280, height: 860 };
const phone = { width: 390, height: 844 };

let browser;
let dir;
test.before(async () => {
  browser = await launchChromium();
  dir = scratch();
  fs.mkdirSync(screenshots, { recursive: true });
});
test.after(async () => {
  if (browser) await browser.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// Writes the HTML and the JSON report of the same check; returns both.
function render(name, args) {
  const html = path.join(dir, name + '.html');
  const r = crossfoot([...args, '--format', 'html', '--output', html]);
  assert.ok(r.status === 0 || r.status === 1, name + ': exit ' + r.status + '\n' + r.err);
  // --verbose: the passing instances too, whose claims the page marks as well.
  const json = JSON.parse(crossfoot([...args, '--format', 'json', '--verbose']).out);
  return { html, json };
}

// Opens a report as a person would (from disk) and records what a careful reviewer checks:
// console errors, page errors, dialogs, and every request the page makes.
async function open(file, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const seen = { errors: [], requests: [], dialogs: [] };
  const url = pathToFileURL(file).href;
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') seen.errors.push(m.text()); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('dialog', async (d) => { seen.dialogs.push(d.message()); await d.dismiss(); });
  page.on('request', (q) => { if (q.url().split('#')[0] !== url) seen.requests.push(q.url()); });
  await context.route('**/*', (route) => {
    if (route.request().url().split('#')[0] === url) return route.continue();
    seen.requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, context, seen };
}

function clean(seen, name) {
  assert.deepStrictEqual(seen.errors, [], name + ': console errors');
  assert.deepStrictEqual(seen.requests, [], name + ': requests');
  assert.deepStrictEqual(seen.dialogs, [], name + ': dialogs');
}

// Each claim the JSON report places in the document is marked in the text at exactly its
// words: the text before the mark is the document before the claim.
async function checkMarks(page, json, docPath, name) {
  const doc = fs.readFileSync(docPath, 'utf8');
  const lines = doc.split('\n');
  const marks = await page.evaluate(() => {
    const text = document.getElementById('text');
    const out = [];
    let offset = 0;
    const walk = (node) => {
      for (const n of node.childNodes) {
        if (n.nodeType === Node.TEXT_NODE) { offset += n.data.length; continue; }
        if (n.classList.contains('icon') || n.classList.contains('sr')) continue;
        if (n.classList.contains('fig')) {
          const start = offset;
          walk(n);
          out.push({ id: n.id, claims: (n.getAttribute('data-claims') || n.id).split(' '), start,
            words: n.textContent.replace(n.querySelector('.icon').textContent, '').replace(n.querySelector('.sr').textContent, '') });
          continue;
        }
        walk(n);
      }
    };
    walk(text);
    return { marks: out, text: offset };
  });
  const utf16 = (line, col) => {
    let at = 0;
    for (let i = 0; i < line - 1; ++i) at += lines[i].length + 1;
    return at + Array.from(lines[line - 1]).slice(0, col - 1).join('').length;
  };
  let placed = 0;
  for (const f of json.findings) {
    for (const u of f.figures) {
      if (!u.source || !u.source.file.endsWith(path.basename(docPath))) continue;
      const anchor = 'c-' + u.id + (u.claim > 0 ? '-' + (u.claim + 1) : '');
      const m = marks.marks.find((x) => x.claims.includes(anchor));
      assert.ok(m, name + ': ' + anchor + ' is marked');
      // The mark is the value's words inside the claim's quote, where the report places it.
      const quoteStart = utf16(u.source.line, u.source.col);
      // (Claims whose words overlap share one mark, which then covers both.)
      const alone = m.claims.length === 1;
      const inside = m.start >= quoteStart && m.start + m.words.length <= quoteStart + u.quote.length + 8;
      const overlaps = m.start < quoteStart + u.quote.length + 8 && m.start + m.words.length > quoteStart;
      assert.ok(alone ? inside : overlaps,
        name + ': ' + anchor + ' marked inside its quote at ' + u.source.line + ':' + u.source.col);
      assert.strictEqual(doc.substr(m.start, m.words.length), m.words, name + ': ' + anchor + ' marks the words of the text');
      const digits = (u.value.match(/[0-9]+(?:[.,][0-9]+)*/) || [''])[0];
      const quoted = doc.substr(quoteStart, u.quote.length + 8);
      if (alone && quoted.includes(digits)) assert.ok(m.words.includes(digits), name + ': ' + anchor + ' marks its number ' + digits + ', not "' + m.words + '"');
      ++placed;
    }
  }
  assert.ok(placed > 0, name + ': some claims are placed in the text');
  return marks.marks;
}

async function checkFindingsListed(page, json, name) {
  const expected = json.findings.filter((f) => f.kind !== 'pass');
  const items = await page.$$eval('#findings .flist > li summary', (xs) => xs.map((x) => x.textContent));
  assert.strictEqual(items.length, expected.length, name + ': one entry per finding');
  expected.forEach((f, i) => {
    const rule = f.kind === 'conflict' ? 'conflict' : f.rule;
    assert.ok(items[i].includes(rule), name + ': finding ' + i + ' names ' + rule + ': ' + items[i]);
  });
}

async function statusNotByColourAlone(page, name) {
  const bad = await page.$$eval('#text .fig', (xs) => xs.filter((x) => {
    const icon = x.querySelector('.icon');
    const words = x.querySelector('.sr');
    return !icon || !icon.textContent.trim() || !words || !/(consistent|failing|conflict|undecided|unchecked)/.test(words.textContent);
  }).map((x) => x.id));
  assert.deepStrictEqual(bad, [], name + ': every mark has an icon and words for its status');
}

test('the real briefing: the conflict is marked at both claims and explained on a click', { skip: !hasCorpus() && 'needs ../shared/corpus beside the clone' }, async () => {
  const { html, json } = render('gacc', ['check', 'fixtures/gacc-2023/figures.toml']);
  const { page, context, seen } = await open(html, desktop);
  const marks = await checkMarks(page, json, path.join(root, '..', 'shared', 'corpus', 'gacc-2023-annual-trade.txt'), 'gacc');
  assert.ok(marks.length >= 60, 'gacc: every figure with a quote is marked: ' + marks.length);
  await checkFindingsListed(page, json, 'gacc');
  await statusNotByColourAlone(page, 'gacc');
  // Both claims of intermediate.total are in conflict.
  for (const id of ['c-intermediate.total', 'c-intermediate.total-2'])
    assert.match(await page.getAttribute('#' + CSS_escape(id), 'class'), /st-conflict/, id);
  await page.click('#' + CSS_escape('c-intermediate.total-2'));
  const details = page.locator('#details');
  await assert.doesNotReject(details.getByText('Most likely repair').first().waitFor());
  const text = await details.innerText();
  assert.match(text, /RMB 11\.24 trillion/);
  assert.match(text, /intermediate\.exports/, 'the repair names the relabel');
  assert.match(text, /With claim 2/);
  await page.screenshot({ path: path.join(screenshots, 'gacc-desktop.png') });
  // A link to the other claim jumps there and shows it.
  await details.locator('a.jump[href="#c-intermediate.total"]').first().click();
  assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'c-intermediate.total');
  assert.match(await page.locator('#details h2').innerText(), /intermediate\.total/);
  clean(seen, 'gacc');
  await context.close();
  const phoneView = await open(html, phone);
  await phoneView.page.screenshot({ path: path.join(screenshots, 'gacc-phone.png') });
  await phoneView.page.click('#' + CSS_escape('c-intermediate.total-2'));
  await phoneView.page.screenshot({ path: path.join(screenshots, 'gacc-phone-selected.png') });
  assert.ok(await phoneView.page.locator('#details').isVisible(), 'the details open on a phone');
  clean(phoneView.seen, 'gacc phone');
  await phoneView.context.close();
});

function CSS_escape(id) {
  return id.replace(/([^A-Za-z0-9_-])/g, '\\$1');
}

for (const draft of ['valdoria-2024', 'kestrel-bay-2024', 'clean']) {
  test('example draft ' + draft + ': figures file and check --draft', async () => {
    const base = path.join('fixtures', 'drafts', draft);
    const runs = [
      { name: draft, args: ['check', path.join(base, 'figures.toml')] },
      { name: draft + '-draft', args: ['check', '--draft', path.join(base, 'draft.md'), '--rules', 'rules/trade.rules'] },
    ];
    for (const run of runs) {
      const { html, json } = render(run.name, run.args);
      const { page, context, seen } = await open(html, desktop);
      await checkMarks(page, json, path.join(root, base, 'draft.md'), run.name);
      await checkFindingsListed(page, json, run.name);
      await statusNotByColourAlone(page, run.name);
      const failing = page.locator('#text .fig.st-failing, #text .fig.st-conflict');
      if (json.findings.some((f) => f.kind === 'fail')) {
        // A click on a failing figure reveals its arithmetic: both sides and the gap.
        const fid = json.findings.findIndex((f) => f.kind === 'fail');
        const f = json.findings[fid];
        const mark = page.locator('#text .fig[data-findings~="f' + fid + '"]').first();
        await mark.click();
        const pane = page.locator('#details');
        const text = await pane.innerText();
        assert.match(text, /left side/, run.name);
        assert.match(text, /right side/, run.name);
        assert.match(text, /gap/, run.name);
        assert.ok(text.includes(f.check), run.name + ': the check is shown');
        await page.screenshot({ path: path.join(screenshots, run.name + '-desktop.png') });
      } else if (await failing.count() === 0) {
        assert.strictEqual(json.summary.fail + json.summary.conflict, 0, run.name);
      }
      clean(seen, run.name);
      await context.close();
    }
  });
}

test('the keyboard alone: Tab reaches the figures in order, Enter and Space show the details, Escape closes', async () => {
  const { html, json } = render('kestrel-keys', ['check', 'fixtures/drafts/kestrel-bay-2024/figures.toml']);
  const { page, context, seen } = await open(html, desktop);
  await page.keyboard.press('Tab');
  assert.strictEqual(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.id);
  const firstMark = await page.$eval('#text .fig', (x) => x.id);
  assert.strictEqual(first, firstMark, 'the first figure is the next tab stop');
  // Focus is visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notStrictEqual(outline, 'none');
  // Enter on a failing figure: the details, and focus moves there.
  const fid = json.findings.findIndex((f) => f.kind === 'fail' || f.kind === 'conflict');
  assert.ok(fid >= 0);
  const target = await page.$eval('#text .fig[data-findings~="f' + fid + '"]', (x) => x.id);
  await page.focus('#' + CSS_escape(target));
  await page.keyboard.press('Enter');
  assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'details');
  assert.match(await page.locator('#details').innerText(), new RegExp(target.slice(2).replace(/[.]/g, '\\.')));
  // Space does the same on another figure.
  const other = await page.$eval('#text .fig:not(#' + CSS_escape(target) + ')', (x) => x.id);
  await page.focus('#' + CSS_escape(other));
  await page.keyboard.press(' ');
  assert.strictEqual(await page.getAttribute('#' + CSS_escape(other), 'aria-pressed'), 'true');
  assert.match(await page.locator('#details h2').first().innerText(), new RegExp(other.slice(2).split('-')[0].replace(/[.]/g, '\\.')));
  await page.keyboard.press('Escape');
  assert.strictEqual(await page.evaluate(() => document.activeElement.id), other, 'Escape returns to the figure');
  clean(seen, 'keyboard');
  await context.close();
});

test('a hostile draft cannot run script or load anything', async () => {
  const hostile = path.join(dir, 'hostile.md');
  fs.writeFileSync(hostile, [
    '# Trade <script>alert("draft")</script> of Nowhere',
    '',
    'Exports were RMB 3.2 trillion <img src=x onerror=alert(1)> and imports RMB 1.1 trillion,',
    'so total trade reached RMB 5.0 trillion "</script><script>alert(2)</script>".',
    '<iframe src="https://example.invalid/"></iframe> <link rel=stylesheet href="https://example.invalid/x.css">',
    '',
  ].join('\n'));
  const { html } = render('hostile', ['check', '--draft', hostile, '--rules', 'rules/trade.rules']);
  const { page, context, seen } = await open(html, desktop);
  const text = await page.locator('#text').innerText();
  assert.ok(text.includes('<script>alert("draft")</script>'), 'the draft\'s markup is shown as text');
  assert.strictEqual(await page.locator('#text script, #text img, #text iframe, #text link').count(), 0);
  await page.locator('#text .fig').first().click();
  clean(seen, 'hostile');
  await context.close();
});

test('print: the findings print open and the interactive pane does not', async () => {
  const { html } = render('valdoria-print', ['check', 'fixtures/drafts/valdoria-2024/figures.toml']);
  const { page, context, seen } = await open(html, desktop);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.strictEqual(await page.$$eval('.side details', (xs) => xs.filter((d) => !d.open).length), 0,
    'every finding is open for printing');
  await page.emulateMedia({ media: 'print' });
  assert.strictEqual(await page.$eval('#details', (x) => getComputedStyle(x).display), 'none');
  assert.strictEqual(await page.$eval('.layout', (x) => getComputedStyle(x).display), 'block');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, 'a PDF is printed');
  clean(seen, 'print');
  await context.close();
});
