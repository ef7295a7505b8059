// Makes docs/html-report.png, the screenshot the README shows: the HTML report of the real
// briefing with the conflicting claim selected. The window is kept short so that the picture
// shows the few lines around the claims in conflict, not pages of the briefing's text. Run by hand after a change to the page:
//   NODE_PATH=build/node_modules node tests/node/docs_screenshot.js
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const { root, crossfoot, scratch, hasCorpus, launchChromium } = require('./support');

(async () => {
  if (!hasCorpus()) throw new Error('needs ../shared/corpus beside the clone');
  const dir = scratch();
  const html = path.join(dir, 'gacc.html');
  crossfoot(['check', 'fixtures/gacc-2023/figures.toml', '--format', 'html', '--output', html]);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1360, height: 560 } });
  await page.goto(pathToFileURL(html).href);
  await page.click('#c-intermediate\\.total-2');
  await page.evaluate(() => {
    document.getElementById('c-intermediate.total-2').scrollIntoView({ block: 'center' });
    document.getElementById('details').scrollTop = 0;
  });
  const out = path.join(root, 'docs', 'html-report.png');
  await page.screenshot({ path: out });
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('wrote ' + out);
})().catch((e) => { console.error(e); process.exit(1); });
