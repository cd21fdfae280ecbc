#!/usr/bin/env python3
"""Checks the built-in JS modules (lib/js/modules) for two constructs that are slow in Duktape:

- the identifier `undefined`: a lookup through the scope chain to the global object on every use
  (about 500 instructions); the modules write `void 0`, a constant;
- `arguments` in the modules on the per-connection path (events, net, streams, bootstrap): a
  function that mentions it allocates an arguments object on every call (25x the call itself).
  Functions off that path may use it; list such a file in ARGUMENTS_ALLOWED with a reason.

Strings, comments and regular expression literals are skipped. `--self-test` checks the scanner.
Usage: check_builtin_js.py MODULE_DIR | --self-test
"""
import os
import re
import sys

# Modules whose functions run per connection or per chunk.
HOT = ('events.js', 'net.js', 'internal/bootstrap.js', 'internal/streams/readable.js',
       'internal/streams/writable.js', 'internal/streams/duplex.js', 'internal/streams/destroy.js',
       'internal/streams/utils.js')
# Inside HOT modules, functions that may use `arguments` (not on the per-connection path).
ARGUMENTS_ALLOWED = {
    'events.js': 'setMaxListeners-style helpers, once() promise form',
    'net.js': 'argument normalisation of listen()/connect(), once per call',
    'internal/bootstrap.js': 'the stdio proxy methods, once per use',
    'internal/streams/readable.js': 'removeAllListeners forwards its arguments (EventEmitter tells "all" '
                                    'from one type by their count)',
}

EXPR_END = re.compile(r'[\w$\)\]]')  # a token after which "/" divides


def identifiers(src):
    """Yields (line, name, previous significant char) for each identifier outside strings,
    comments and regex literals."""
    i, n, line, prev = 0, len(src), 1, ''
    last_word = ''
    while i < n:
        c = src[i]
        if c == '\n':
            line += 1
            i += 1
            continue
        if src.startswith('//', i):
            j = src.find('\n', i)
            i = n if j < 0 else j
            continue
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            line += src.count('\n', i, j)
            i = j + 2
            continue
        if c in '\'"`':
            j = i + 1
            while src[j] != c:
                j += 2 if src[j] == '\\' else 1
            line += src.count('\n', i, j)
            i = j + 1
            prev, last_word = '"', ''
            continue
        if c == '/' and not (EXPR_END.match(prev or ' ') and last_word not in ('return', 'typeof', 'case', 'in')):
            j, in_class = i + 1, False
            while True:
                ch = src[j]
                if ch == '\\':
                    j += 2
                    continue
                if ch == '[':
                    in_class = True
                elif ch == ']':
                    in_class = False
                elif ch == '/' and not in_class:
                    break
                j += 1
            j += 1
            while j < n and src[j].isalpha():
                j += 1
            i = j
            prev, last_word = ')', ''
            continue
        m = re.match(r'[A-Za-z_$][\w$]*', src[i:i + 80])
        if m:
            yield line, m.group(0), prev
            last_word = m.group(0)
            prev = 'a'
            i += len(m.group(0))
            continue
        if not c.isspace():
            prev, last_word = c, ''
        i += 1


def check(name, src):
    problems = []
    for line, ident, prev in identifiers(src):
        if prev == '.':
            continue  # a property name
        if ident == 'undefined':
            problems.append('%s:%d: `undefined` (write `void 0`)' % (name, line))
        elif ident == 'arguments' and name in HOT and name not in ARGUMENTS_ALLOWED:
            problems.append('%s:%d: `arguments` in a per-connection module' % (name, line))
    return problems


def self_test():
    cases = [
        ("var a = x === undefined;", 1),
        ("var a = 'undefined' + \"undefined\"; // undefined\n/* undefined */", 0),
        ("var a = o.undefined; var r = /undefined/g;", 0),
        ("var a = b / undefined;", 1),
        ("if (x) return /x/.test(y) ? void 0 : undefined;", 1),
    ]
    ok = True
    for src, want in cases:
        got = len(check('x.js', src))
        if got != want:
            print('self-test: %r: %d findings, wanted %d' % (src, got, want))
            ok = False
    if len(check('net.js', 'function f() { return arguments.length; }')) != 0:
        print('self-test: net.js is allowed arguments')
        ok = False
    if len(check('internal/streams/writable.js', 'function f() { return arguments.length; }')) != 1:
        print('self-test: arguments in writable.js not found')
        ok = False
    print('self-test ' + ('passed' if ok else 'FAILED'))
    return 0 if ok else 1


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    if sys.argv[1] == '--self-test':
        return self_test()
    root = sys.argv[1]
    problems = []
    count = 0
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith('.js'):
                path = os.path.join(dirpath, f)
                name = os.path.relpath(path, root)
                with open(path, encoding='utf-8') as fh:
                    problems += check(name, fh.read())
                count += 1
    for p in problems:
        print(p)
    print('%d modules checked, %d problems' % (count, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
