#!/usr/bin/env node
// DuckDB baseline for the cube workload: node duckdb_cube.js DATA.csv [validate|rounding|fixed:T]
// Needs the npm package @duckdb/node-api (bench/setup-node.sh installs it; NODE_PATH to it).
// Prints each check's fails/NA/checked and the time of one query straight over the CSV (load and
// check fused), in the form of ../shared/bench/duckdb_records.js.
const { DuckDBInstance } = require('@duckdb/node-api');
const { checkQuery, csvSource, NAMES } = require('./cube_rules_sql.js');

async function main() {
  const csv = process.argv[2];
  const mode = process.argv[3] || 'validate';
  if (!csv) throw new Error('usage: duckdb_cube.js DATA.csv [validate|rounding|fixed:T]');
  const now = () => Number(process.hrtime.bigint()) / 1e9;
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const t0 = now();
  const row = (await con.runAndReadAll(checkQuery(csvSource(csv), mode))).getRowObjects()[0];
  const t1 = now();
  console.log(`rows=${row.n} check_s=${(t1 - t0).toFixed(3)} mode=${mode}`);
  console.log('RESULT ' + NAMES.map((n) => `${n}=${row[n + '_fails']}/${row[n + '_na']}/${row[n + '_checked']}`).join(' '));
}
main().catch((e) => { console.error(e); process.exit(1); });
