#!/usr/bin/env node
// The report of bench/peers.sh: node peers_report.js RESULTS.tsv DATA_DIR
// RESULTS.tsv has one line per workload file (written by peers.sh); DATA_DIR holds each run's
// crossfoot JSON (LABEL.crossfoot.json) and DuckDB output (LABEL.duckdb.txt). Prints the table,
// the per-rule counts of both side by side, and whether each target of issue 8 is met.
const fs = require('fs');
const path = require('path');
const { crossfootCounts, duckdbCounts } = require('./counts.js');

const [resultsFile, dataDir] = process.argv.slice(2);
const rows = fs
  .readFileSync(resultsFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => {
    const f = l.split('\t');
    // "-" (crossfoot not run: the workload has no check.sh yet) becomes NaN and prints as "-"
    const num = (x) => (x === '-' ? NaN : +x);
    return {
      workload: f[0], label: f[1], rows: +f[2], mb: +f[3], cf: num(f[4]), dq: +f[5], dw: +f[6],
      // /usr/bin/time reports KiB; the report uses MB (1e6 bytes) throughout, as for the CSV
      cfRss: (num(f[7]) * 1024) / 1e6, dRss: (+f[8] * 1024) / 1e6, cfSpread: f[9], dqSpread: f[10], load0: f[11], load1: f[12],
      cfCpu: num(f[13]), dCpu: +f[14],
    };
  });

const pad = (s, n) => String(s).padStart(n);
const fmt = (x, d = 2) => (Number.isNaN(x) ? '-' : x.toFixed(d));
const ran = (r) => !Number.isNaN(r.cf);
console.log('| workload | rows | CSV MB | crossfoot s | DuckDB query s | DuckDB process s | crossfoot / DuckDB query | crossfoot RSS MB | DuckDB RSS MB | CPU s crossfoot / DuckDB | load before..after |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(`| ${r.workload} | ${r.rows.toLocaleString('en-US')} | ${fmt(r.mb, 1)} | ${fmt(r.cf)} (${r.cfSpread}) | ${fmt(r.dq)} (${r.dqSpread}) | ${fmt(r.dw)} | ${fmt(r.cf / r.dq)} | ${fmt(r.cfRss, 0)} | ${fmt(r.dRss, 0)} | ${fmt(r.cfCpu)} / ${fmt(r.dCpu)} | ${r.load0}..${r.load1} |`);
}

console.log('\nPer-rule counts (fail / unknown-or-NA of checked); DuckDB applies validate\'s 1e-8 epsilon:');
for (const r of rows) {
  let cf, dd;
  if (!ran(r)) {
    cf = new Map();
  } else try {
    cf = crossfootCounts(JSON.parse(fs.readFileSync(path.join(dataDir, `${r.label}.crossfoot.json`), 'utf8')));
  } catch (e) {
    cf = new Map();
    console.log(`  ${r.label}: crossfoot's JSON report has no per-rule counts (${e.message})`);
  }
  dd = duckdbCounts(fs.readFileSync(path.join(dataDir, `${r.label}.duckdb.txt`), 'utf8'));
  console.log(`  ${r.label}:`);
  for (const name of new Set([...dd.keys(), ...cf.keys()])) {
    const c = cf.get(name), d = dd.get(name);
    const show = (x) => (x ? `${x.fail} / ${x.unknown}${x.checked !== undefined ? ` of ${x.checked}` : ''}` : '-');
    const same = !c || !d ? '' : c.fail === d.fail && c.unknown === d.unknown ? 'equal' : 'differ';
    console.log(`    ${name.padEnd(16)} crossfoot ${pad(show(c), 22)}   DuckDB ${pad(show(d), 22)}   ${same}`);
  }
}

console.log('\nTargets (issue 8, "How fast, how much memory"):');
const verdict = (ok) => (Number.isNaN(ok) ? 'not measured (no crossfoot run)' : ok ? 'met' : 'NOT met');
const judge = (r, ok) => (ran(r) ? verdict(ok) : verdict(NaN));
const records = rows.filter((r) => r.workload === 'records').sort((a, b) => a.rows - b.rows);
const big = records.find((r) => r.rows === 5000000) || records[records.length - 1];
if (big) {
  console.log(`  records ${big.rows} rows, time: crossfoot ${fmt(big.cf)} s <= 0.5 x DuckDB ${fmt(big.dq)} s = ${fmt(0.5 * big.dq)} s: ${judge(big, big.cf <= 0.5 * big.dq)}`);
  console.log(`  records ${big.rows} rows, memory: crossfoot ${fmt(big.cfRss, 0)} MB < CSV ${fmt(big.mb, 0)} MB: ${judge(big, big.cfRss < big.mb)}`);
}
if (records.length >= 2) {
  // Linear: the cost per million rows stays flat from 1e6 up (the smallest run carries the fixed
  // start-up cost, so it is shown but not judged).
  const per = records.map((r) => ({ r, s: (r.cf / r.rows) * 1e6 }));
  const judged = per.filter((p) => p.r.rows >= 1000000 && ran(p.r));
  const lo = Math.min(...judged.map((p) => p.s)), hi = Math.max(...judged.map((p) => p.s));
  const ok = judged.length >= 2 && hi <= 1.25 * lo;
  console.log(`  records linear: crossfoot s per million rows ${per.map((p) => `${p.r.rows}: ${fmt(p.s, 3)}`).join(', ')}; from 1e6 up within 25%: ${judged.length >= 2 ? verdict(ok) : 'not judged (needs two sizes >= 1e6)'}`);
}
for (const c of rows.filter((r) => r.workload === 'cube')) {
  console.log(`  cube ${c.rows} rows, time: crossfoot ${fmt(c.cf)} s <= 0.5 x DuckDB ${fmt(c.dq)} s = ${fmt(0.5 * c.dq)} s: ${judge(c, c.cf <= 0.5 * c.dq)}`);
  console.log(`  cube ${c.rows} rows, memory: crossfoot ${fmt(c.cfRss, 0)} MB < CSV ${fmt(c.mb, 0)} MB: ${judge(c, c.cfRss < c.mb)}`);
}
