// netjs-test: expect-fail
// Says it must fail but exits 0: reported as a failure.
