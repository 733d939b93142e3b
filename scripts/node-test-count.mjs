// A node:test reporter that ends the run with the line scripts/test.mjs counts:
// `node tests: N passed, N failed` (each test once; suites are not counted). Used beside `spec`.
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:pass') passed += 1;
    else failed += 1;
  }
  yield `node tests: ${passed} passed, ${failed} failed\n`;
}
