// netjs-test: timeout=soon
// A malformed directive: reported as an error, not run.
