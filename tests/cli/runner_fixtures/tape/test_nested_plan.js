// Nested tests count towards their parent's plan, run after the parent's own assertions, and a
// parent with nested tests ends without calling end().
var test = require('test');

test('parent', function (t) {
  t.plan(3);
  t.test('first child', function (st) {
    st.plan(2);
    st.ok(true);
    setTimeout(function () { st.equal('a', 'a'); }, 5);
  });
  t.test('second child', function (st) {
    st.deepEqual([1, { a: 2 }], [1, { a: 2 }]);
    st.end();
  });
  t.pass('the parent first');
});

test('parent without end', function (t) {
  t.test('only child', function (st) {
    st.notOk(false);
    st.end();
  });
});

test('after', function (t) {
  t.pass('runs last');
  t.end();
});
