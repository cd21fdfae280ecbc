// netjs-test: timeout=1
// A busy JS loop cannot answer the runner's SIGTERM: SIGKILL after the grace period, no handle list.
for (;;) {}
