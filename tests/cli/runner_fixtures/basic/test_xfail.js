// netjs-test: expect-fail
// Must exit non-zero (IoT.js's run_fail set): a pass because it throws.
throw new Error('this failure is expected');
