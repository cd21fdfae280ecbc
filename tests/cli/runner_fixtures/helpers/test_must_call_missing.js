// A mustCall wrapper that is never called: the check at exit fails the test.
var t = require('test');
var neverCalled = t.mustCall(function callbackThatNeverRuns() {});
void neverCalled;
