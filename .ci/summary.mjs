// Adds up the JSON reports of vitest and Playwright into one closing line: 'N passed, N failed',
// after naming every failed test with the first line of its error, so a log cut short still
// says what failed.
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const firstLine = (text) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';

function playwrightFailures(file, suites, path = []) {
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.at(-1);
        failures.push(`${file}: ${[...here, spec.title].join(' > ')} — ${firstLine(last?.error?.message)}`);
      }
    }
    playwrightFailures(file, suite.suites, here);
  }
}

for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.log(`${file}: no report (the run did not finish)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (r.stats && 'expected' in r.stats) {
    // Playwright
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
    playwrightFailures(file, r.suites);
    console.log(`${file}: ${r.stats.expected} passed, ${r.stats.unexpected} failed`);
  } else {
    // vitest
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    for (const result of r.testResults ?? []) {
      for (const a of result.assertionResults ?? []) {
        if (a.status === 'failed') failures.push(`${file}: ${result.name.replace(process.cwd() + '/', '')} > ${a.fullName} — ${firstLine(a.failureMessages?.[0])}`);
      }
      if (result.status === 'failed' && !(result.assertionResults ?? []).some((a) => a.status === 'failed')) {
        failures.push(`${file}: ${result.name.replace(process.cwd() + '/', '')} — ${firstLine(result.message)}`);
      }
    }
    console.log(`${file}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  }
}
for (const f of failures) console.log(`FAILED ${f.slice(0, 400)}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
