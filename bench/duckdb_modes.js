#!/usr/bin/env node
// Per-rule counts of a workload under one reading of "==" (validate's epsilon, a fixed
// tolerance, or rounding from the written digits emulated in SQL), for docs/datasets.md:
//   node duckdb_modes.js records|cube DATA.csv validate|rounding|fixed:T [RULE fail|na]
// With RULE, prints the ids (records) of the rows that rule fails or leaves NA instead.
const { DuckDBInstance } = require('@duckdb/node-api');
const records = require('./records_modes_sql.js');
const cube = require('./cube_rules_sql.js');

async function main() {
  const [workload, csv, mode, rule, which] = process.argv.slice(2);
  if (!csv || !mode) throw new Error('usage: duckdb_modes.js records|cube DATA.csv MODE [RULE fail|na]');
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  if (workload === 'records') {
    const from = `read_csv_auto('${csv}')`;
    if (rule) {
      const ids = (await con.runAndReadAll(records.rowsQuery(from, mode, rule, which))).getRowObjects();
      console.log(ids.map((r) => String(r.id)).join('\n'));
      return;
    }
    const row = (await con.runAndReadAll(records.checkQuery(from, mode))).getRowObjects()[0];
    const names = Object.keys(row).filter((k) => k.endsWith('_fails')).map((k) => k.slice(0, -6));
    console.log(`rows=${row.n} mode=${mode}`);
    console.log('RESULT ' + names.map((n) => `${n}=${row[n + '_fails']}/${row[n + '_na']}/${row.n}`).join(' '));
  } else {
    const row = (await con.runAndReadAll(cube.checkQuery(cube.csvSource(csv), mode))).getRowObjects()[0];
    console.log(`rows=${row.n} mode=${mode}`);
    console.log('RESULT ' + cube.NAMES.map((n) => `${n}=${row[n + '_fails']}/${row[n + '_na']}/${row[n + '_checked']}`).join(' '));
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
