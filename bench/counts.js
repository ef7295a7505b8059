// Per-rule counts from crossfoot's JSON report and from a DuckDB runner's RESULT line, as
// Maps rule -> {fail, unknown, checked}, so peers_report.js and compare.js read them one way.

// crossfoot's JSON report: the per-rule summary (`rules`: one entry per rule with its counts).
function crossfootCounts(report) {
  const rules = report.rules || (report.summary && report.summary.rules_detail);
  if (!Array.isArray(rules)) throw new Error('no "rules" array in the report');
  const out = new Map();
  for (const r of rules) {
    out.set(r.rule || r.name, { fail: r.fail, unknown: r.unknown, checked: r.checked });
  }
  return out;
}

// "RESULT name=fails/na[/checked] ..." as printed by duckdb_records.js and duckdb_cube.js.
function duckdbCounts(text) {
  const line = text.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error('no RESULT line in the DuckDB output');
  const out = new Map();
  for (const item of line.slice(7).trim().split(/\s+/)) {
    const [name, v] = item.split('=');
    const [fail, unknown, checked] = v.split('/').map(Number);
    out.set(name, { fail, unknown, checked });
  }
  return out;
}

module.exports = { crossfootCounts, duckdbCounts };
