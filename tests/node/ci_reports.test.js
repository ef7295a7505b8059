// The CI formats as their readers see them: SARIF against the SARIF 2.1.0 JSON schema (ajv)
// and Microsoft's SARIF validator, JUnit XML through a strict XML parser and a JUnit reader,
// on every golden case that asks for them.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { crossfoot, scratch, goldenCases } = require('./support');

const multitoolDir = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));

function sarifValidator() {
  const Ajv2020 = require('ajv/dist/2020').default;
  const addFormats = require('ajv-formats');
  const schema = JSON.parse(fs.readFileSync(path.join(multitoolDir, 'sarif-2.1.0.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const sarifCases = goldenCases('sarif');
const junitCases = goldenCases('junit');

test('there are SARIF and JUnit golden cases to validate', () => {
  assert.ok(sarifCases.length >= 2, 'sarif cases: ' + sarifCases.length);
  assert.ok(junitCases.length >= 2, 'junit cases: ' + junitCases.length);
});

test('SARIF reports are valid against the SARIF 2.1.0 schema', () => {
  const validate = sarifValidator();
  for (const c of sarifCases) {
    const r = crossfoot(c.args);
    const log = JSON.parse(r.out);
    assert.ok(validate(log), c.name + ': ' + JSON.stringify(validate.errors, null, 2));
    assert.strictEqual(log.version, '2.1.0');
    for (const res of log.runs[0].results) {
      const rule = log.runs[0].tool.driver.rules[res.ruleIndex];
      assert.strictEqual(rule.id, res.ruleId, c.name + ': ruleIndex points at its rule');
    }
  }
});

test('the schema validator catches a broken SARIF log', () => {
  const validate = sarifValidator();
  const r = crossfoot(sarifCases[0].args);
  const log = JSON.parse(r.out);
  log.runs[0].results.push({ ruleId: 'x', level: 'fatal', message: {} });
  assert.strictEqual(validate(log), false);
});

test("SARIF reports pass Microsoft's SARIF validator without errors", () => {
  const dir = scratch();
  const tool = path.join(multitoolDir, 'Sarif.Multitool');
  for (const c of sarifCases) {
    const input = path.join(dir, c.name + '.sarif');
    const output = path.join(dir, c.name + '.validation.sarif');
    fs.writeFileSync(input, crossfoot(c.args).out);
    const v = spawnSync(tool, ['validate', input, '--output', output], { encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    assert.strictEqual(v.status, 0, c.name + ': ' + v.stdout + v.stderr);
    const report = JSON.parse(fs.readFileSync(output, 'utf8'));
    // Errors break the log; warnings are best practices, all kept but SARIF2005 (crossfoot has
    // no public web page to name as informationUri).
    const problems = report.runs[0].results.filter(
      (x) => x.level === 'error' || (x.level === 'warning' && x.ruleId !== 'SARIF2005'));
    assert.deepStrictEqual(problems.map((x) => x.ruleId + ': ' + JSON.stringify(x.message)), [], c.name);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

function parseXmlStrictly(text) {
  const { DOMParser } = require('@xmldom/xmldom');
  const problems = [];
  const doc = new DOMParser({ onError: (level, msg) => problems.push(level + ': ' + msg) })
    .parseFromString(text, 'text/xml');
  return { doc, problems };
}

test('JUnit reports are well-formed XML in the JUnit shape, and a JUnit reader agrees on the counts', async () => {
  const JUnitParser = require('junitxml-to-javascript');
  for (const c of junitCases) {
    const r = crossfoot(c.args);
    const { doc, problems } = parseXmlStrictly(r.out);
    assert.deepStrictEqual(problems, [], c.name);
    const suites = doc.documentElement;
    assert.strictEqual(suites.tagName, 'testsuites');
    const suite = suites.getElementsByTagName('testsuite')[0];
    const cases = Array.from(suite.getElementsByTagName('testcase'));
    const count = (tag) => cases.filter((tc) => tc.getElementsByTagName(tag).length > 0).length;
    for (const el of [suites, suite]) {
      assert.strictEqual(Number(el.getAttribute('tests')), cases.length, c.name);
      assert.strictEqual(Number(el.getAttribute('failures')), count('failure'), c.name);
      assert.strictEqual(Number(el.getAttribute('errors')), count('error'), c.name);
      assert.strictEqual(Number(el.getAttribute('skipped')), count('skipped'), c.name);
    }
    for (const tc of cases) {
      assert.ok(tc.getAttribute('name'), c.name + ': every test case has a name');
      assert.ok(tc.getAttribute('classname'), c.name + ': every test case has a classname');
      const outcomes = ['failure', 'error', 'skipped'].filter((t) => tc.getElementsByTagName(t).length);
      assert.ok(outcomes.length <= 1, c.name + ': at most one outcome per test case');
    }
    const parsed = await new JUnitParser().parseXMLString(r.out);
    const tests = parsed.testsuites.reduce((n, s) => n + s.testCases.length, 0);
    assert.strictEqual(tests, cases.length, c.name);
    const failed = parsed.testsuites.reduce(
      (n, s) => n + s.testCases.filter((t) => t.result === 'failed').length, 0);
    assert.strictEqual(failed, count('failure') + count('error'), c.name);
    // A rule that fails in the report fails in CI: the exit status agrees.
    assert.strictEqual(r.status !== 0, count('failure') + count('error') > 0, c.name);
  }
});
