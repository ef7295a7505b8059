// The eight rules of the records workload (../shared/bench/records_rules_sql.js) under three
// readings of "==", for the rounding-versus-epsilon comparison of docs/datasets.md:
//   'validate'  the peer as shipped: abs(lhs - rhs) <= 1e-8, hand-written 0.05 for share/growth;
//   'fixed:T'   one fixed absolute tolerance T for the linear checks (share/growth keep 0.05);
//   'rounding'  crossfoot's reading emulated in SQL: every value stands for the interval of its
//               written precision (amounts two decimals: +-0.005; share and growth one decimal:
//               +-0.05), and a check holds when some values inside the intervals satisfy it
//               (interval arithmetic; a divisor interval containing 0 makes the quotient
//               unbounded, so the check cannot fail).
// NULL is NA (a missing input), FALSE a fail, as in records_rules_sql.js.
const path = require('path');
// ../shared beside the clone, as CI lays it out; CROSSFOOT_SHARED names it elsewhere.
const sharedDir = process.env.CROSSFOOT_SHARED || path.join(__dirname, '..', '..', 'shared');
const shared = require(path.join(sharedDir, 'bench', 'records_rules_sql.js'));

const A = 0.005; // half a unit of two decimals
const P = 0.05; // half a unit of one decimal

// SQL for the interval [lo, hi] of x / y, y's interval not containing 0; NULL bounds otherwise.
function quotient(xlo, xhi, ylo, yhi) {
  const c = [`(${xlo})/(${ylo})`, `(${xlo})/(${yhi})`, `(${xhi})/(${ylo})`, `(${xhi})/(${yhi})`];
  const ok = `((${ylo}) > 0 OR (${yhi}) < 0)`;
  return {
    lo: `(CASE WHEN ${ok} THEN least(${c.join(', ')}) END)`,
    hi: `(CASE WHEN ${ok} THEN greatest(${c.join(', ')}) END)`,
    ok,
  };
}

// [a - ha, a + ha] meets [blo, bhi] (with a float slack of 1e-9 for the decimal-to-binary step).
const meets = (a, ha, blo, bhi) => `((${a}) + ${ha} + 1e-9 >= (${blo}) AND (${a}) - ${ha} - 1e-9 <= (${bhi}))`;

function roundingRules() {
  const q = quotient(`exports - ${A}`, `exports + ${A}`, `total - ${A}`, `total + ${A}`);
  const g = quotient(`exports - ${A}`, `exports + ${A}`, `exports_prev - ${A}`, `exports_prev + ${A}`);
  return [
    ['balance', `abs(total - (exports + imports)) <= ${3 * A} + 1e-9`],
    ['share', `(CASE WHEN ${q.ok} THEN ${meets('share', P, `100 * ${q.lo}`, `100 * ${q.hi}`)} ELSE share IS NOT NULL END)`],
    ['exports_nonneg', `exports + ${A} >= 0`],
    ['imports_nonneg', `imports + ${A} >= 0`],
    ['total_pos', `total + ${A} > 0`],
    ['growth', `(CASE WHEN ${g.ok} THEN ${meets('growth', P, `100 * (${g.lo} - 1)`, `100 * (${g.hi} - 1)`)} ELSE growth IS NOT NULL END)`],
    ['key_unique', `count(*) OVER (PARTITION BY country, year, product) = 1`],
    // the mean of intervals is the interval of means: the widest bound the data allow
    ['exports_outlier', `exports - ${A} <= 50 * (avg(exports) OVER (PARTITION BY country) + ${A})`],
  ];
}

function fixedRules(t) {
  return shared.rules('duckdb').map(([n, e]) => {
    if (n === 'balance') return [n, `abs(total - (exports + imports)) <= ${t}`];
    if (n === 'exports_nonneg') return [n, `exports >= -${t}`];
    if (n === 'imports_nonneg') return [n, `imports >= -${t}`];
    return [n, e];
  });
}

function rulesFor(mode) {
  if (mode === 'validate') return shared.rules('duckdb');
  if (mode === 'rounding') return roundingRules();
  const m = /^fixed:([0-9.]+)$/.exec(mode);
  if (m) return fixedRules(m[1]);
  throw new Error(`unknown mode ${mode}: validate, rounding or fixed:T`);
}

// One query, as shared.checkQuery builds it, over the rules of `mode`.
function checkQuery(from, mode) {
  const r = rulesFor(mode);
  const cols = r.map(([n, e]) => `(${e}) AS ${n}`).join(',\n       ');
  const aggs = r
    .map(([n]) => `count(*) FILTER (WHERE NOT ${n}) AS ${n}_fails, count(*) FILTER (WHERE ${n} IS NULL) AS ${n}_na`)
    .join(',\n       ');
  return `WITH f AS (SELECT id, ${cols}\n  FROM ${from})\nSELECT count(*) AS n,\n       ${aggs}\nFROM f`;
}

// The ids of the rows a rule fails (FALSE) or leaves NA (NULL) under `mode`.
function rowsQuery(from, mode, rule, which) {
  const e = rulesFor(mode).find(([n]) => n === rule)[1];
  const cond = which === 'na' ? `v IS NULL` : `NOT v`;
  return `SELECT id FROM (SELECT id, (${e}) AS v FROM ${from}) WHERE ${cond} ORDER BY id`;
}

module.exports = { rulesFor, checkQuery, rowsQuery };
