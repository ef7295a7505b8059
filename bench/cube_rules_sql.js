// The checks of the cube workload (gen_trade.py cube) as one DuckDB query over the CSV, written
// the way a data engineer would write them for validate-style semantics, following the
// conventions of ../shared/bench/records_rules_sql.js:
//   * a check is a boolean per parent cell (hierarchies) or per cell (non-negativity); NULL is
//     validate's NA (a missing input), FALSE a fail;
//   * linear '==' -> abs(lhs - rhs) <= eps, '>=' -> lhs - rhs >= -eps.
// Hierarchies (one check per parent cell):
//   eu27       EU27       = sum of the EU member states among the partners   (period, reporter, product, flow)
//   extra_eu27 EXTRA_EU27 = sum of the other partner countries               (same groups)
//   world      WORLD      = sum of all partner countries                     (same groups)
//   total      TOTAL      = sum of chapters 01..97                           (period, reporter, partner, flow)
//   nonneg     value >= 0                                                    (every cell)
// Missing and confidential cells: an empty value is NA (NULL) unless its flag is "c"; a
// confidential cell is an unknown value >= 0, not NA: a sum with confidential children is then
// only bounded below (known part + [0, inf)), so "parent == sum of children" becomes
// "parent >= known part of the sum"; a confidential parent is [0, inf) likewise, so it holds when
// the known part of the children can still fit under some parent >= 0. A confidential cell passes
// the non-negativity check (it is known to be >= 0). A missing (not confidential) cell makes the
// checks that read it NA, as validate's sum() of an NA is NA.
//
// mode picks the tolerance of '==':
//   'validate'   eps = 1e-8 (validate's lin.eq.eps): the values are integers, so exact equality;
//   'fixed:T'    eps = T, one fixed tolerance for every check (a hand-tuned threshold);
//   'rounding'   every written integer stands for [v - 0.5, v + 0.5] (EUR thousand, rounded), so a
//                sum of n written cells against a written parent may be off by up to (n + 1) / 2:
//                what crossfoot's rounding from the digits decides, emulated in SQL for comparison.

const EU27 = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];
const AGGREGATES = ['EU27', 'EXTRA_EU27', 'WORLD'];

const list = (xs) => xs.map((x) => `'${x}'`).join(', ');

function tolerance(mode) {
  if (mode === 'validate') return { eps: '1e-8', half: '0' };
  if (mode === 'rounding') return { eps: '0', half: '0.5' };
  const m = /^fixed:([0-9.]+)$/.exec(mode);
  if (m) return { eps: m[1], half: '0' };
  throw new Error(`unknown mode ${mode}: validate, rounding or fixed:T`);
}

// Aggregates of one hierarchy's children in a group: the known sum, how many children are
// written (each brings its rounding), confidential, or missing.
function childAggregates(prefix, where) {
  const w = (extra) => `FILTER (WHERE ${where}${extra ? ` AND ${extra}` : ''})`;
  return [
    `sum(value) ${w('')} AS ${prefix}_sum`,
    `count(value) ${w('')} AS ${prefix}_n`,
    `count(*) ${w("value IS NULL AND flag = 'c'")} AS ${prefix}_conf`,
    `count(*) ${w("value IS NULL AND coalesce(flag, '') <> 'c'")} AS ${prefix}_na`,
  ];
}

// The parent cell's value and state within its group.
function parentAggregates(prefix, where) {
  return [
    `any_value(value) FILTER (WHERE ${where}) AS ${prefix}_v`,
    `count(*) FILTER (WHERE ${where} AND value IS NULL AND flag = 'c') AS ${prefix}_pconf`,
    `count(*) FILTER (WHERE ${where}) AS ${prefix}_rows`,
  ];
}

// parent == sum(children) as a three-valued SQL expression (NULL = NA), given the aggregates.
// The two sides are intervals: parent [pv - h, pv + h] (or [0, inf) when confidential), children
// [sum - n h, sum + n h] widened to +inf when any is confidential; they must meet within eps.
function sumCheck(p, c, t) {
  const slack = `(${t.eps} + ${t.half} * (${c}_n + CASE WHEN ${p}_v IS NULL THEN 0 ELSE 1 END))`;
  const parentHi = `(CASE WHEN ${p}_v IS NULL THEN 'infinity'::DOUBLE ELSE ${p}_v END)`;
  const parentLo = `(CASE WHEN ${p}_v IS NULL THEN 0 ELSE ${p}_v END)`;
  const childHi = `(CASE WHEN ${c}_conf > 0 THEN 'infinity'::DOUBLE ELSE coalesce(${c}_sum, 0) END)`;
  const childLo = `coalesce(${c}_sum, 0)`;
  return `CASE WHEN ${p}_rows = 0 THEN NULL
            WHEN ${c}_na > 0 OR (${p}_v IS NULL AND ${p}_pconf = 0) THEN NULL
            ELSE ${parentHi} - ${childLo} >= -${slack} AND ${childHi} - ${parentLo} >= -${slack} END`;
}

// One query over the CSV: read it once, aggregate the partner hierarchies by (period, reporter,
// product, flow) and the product hierarchy by (period, reporter, partner, flow), check each
// parent, and count fails and NA per check.
function checkQuery(from, mode = 'validate') {
  const t = tolerance(mode);
  // Each row's place in the partner hierarchy, computed once: 1 an EU member, 2 another
  // country, 0 an aggregate (EU27, EXTRA_EU27, WORLD).
  const eu = `cls = 1`;
  const country = `cls > 0`;
  const chapter = `product <> 'TOTAL'`;
  const byPartner = [
    ...parentAggregates('eu', `partner = 'EU27'`),
    ...parentAggregates('ex', `partner = 'EXTRA_EU27'`),
    ...parentAggregates('wo', `partner = 'WORLD'`),
    ...childAggregates('euc', eu),
    ...childAggregates('exc', `cls = 2`),
    ...childAggregates('woc', country),
  ];
  const byProduct = [...parentAggregates('to', `product = 'TOTAL'`), ...childAggregates('toc', chapter)];
  const counts = (name, cond, rows) =>
    `count(*) FILTER (WHERE ${rows} AND NOT (${cond})) AS ${name}_fails, ` +
    `count(*) FILTER (WHERE ${rows} AND (${cond}) IS NULL) AS ${name}_na, ` +
    `count(*) FILTER (WHERE ${rows}) AS ${name}_checked`;
  return `WITH t AS MATERIALIZED (
  SELECT period, reporter, partner, product, flow, value, flag,
         CASE WHEN partner IN (${list(EU27)}) THEN 1 WHEN partner IN (${list(AGGREGATES)}) THEN 0 ELSE 2 END AS cls
  FROM ${from}),
p AS (SELECT ${byPartner.join(',\n         ')}
      FROM t GROUP BY period, reporter, product, flow),
c AS (SELECT ${byProduct.join(',\n         ')}
      FROM t GROUP BY period, reporter, partner, flow),
pc AS (SELECT ${counts('eu27', sumCheck('eu', 'euc', t), 'eu_rows > 0')},
              ${counts('extra_eu27', sumCheck('ex', 'exc', t), 'ex_rows > 0')},
              ${counts('world', sumCheck('wo', 'woc', t), 'wo_rows > 0')} FROM p),
cc AS (SELECT ${counts('total', sumCheck('to', 'toc', t), 'to_rows > 0')} FROM c),
nn AS (SELECT count(*) AS n,
              ${counts('nonneg', `CASE WHEN value IS NULL AND flag = 'c' THEN TRUE ELSE value - 0 >= -${t.eps} END`, 'TRUE')}
       FROM t)
SELECT * FROM nn, pc, cc`;
}

// The CSV as DuckDB reads it: the product and flag columns are text (chapters "01".."97").
function csvSource(path) {
  return `read_csv('${path}', header = true, types = {'product': 'VARCHAR', 'value': 'BIGINT', 'flag': 'VARCHAR'})`;
}

const NAMES = ['eu27', 'extra_eu27', 'world', 'total', 'nonneg'];

module.exports = { checkQuery, csvSource, NAMES, EU27 };

if (require.main === module) {
  // print the SQL: node cube_rules_sql.js [mode] [from]
  console.log(checkQuery(process.argv[3] || 't_csv', process.argv[2] || 'validate') + ';');
}
