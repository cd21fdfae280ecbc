#!/usr/bin/env python3
"""Strict TAP version 13 parser for the `netjs test --tap` tests.

Reads TAP from a file (or stdin with "-"), rejects anything the TAP 13 specification does not allow
(and the few liberties it allows but netjs never takes), and prints the parsed run as JSON:
{"plan": N, "bailed": bool, "tests": [{"n", "ok", "description", "directive", "reason", "yaml"}]}.
A test point may be preceded by its subtests, node-tap style: "# Subtest: <its description>", then a
TAP stream (plan first, no version line) indented by four spaces; they are parsed the same way
(strictly) and given as the test's "subtests": {"plan": N, "tests": [...]}.
Exit status 0 when the stream is valid, 1 with a message on stderr when it is not.

YAML diagnostic blocks are parsed with a strict parser for the subset netjs writes (scalars, double-
quoted strings, literal blocks "|-"/"|2-", lists of quoted strings) and, when PyYAML is installed,
cross-checked against it.
"""
import json
import re
import sys

TEST_LINE = re.compile(r'^(ok|not ok) (\d+)(?: - ((?:[^#\\]|\\.)*?))?(?: # (SKIP|TODO)(?:\s+(.*))?)?$')
PLAN = re.compile(r'^1\.\.(\d+)$')
KEY = re.compile(r'^  ([a-z_]+):(?: (.*))?$')


class TapError(Exception):
    pass


def unquote(text, where):
    if not (len(text) >= 2 and text[0] == '"' and text[-1] == '"'):
        raise TapError(f'{where}: not a double-quoted string: {text!r}')
    out, i, body = [], 0, text[1:-1]
    escapes = {'"': '"', '\\': '\\', 'n': '\n', 't': '\t'}
    while i < len(body):
        c = body[i]
        if c == '"':
            raise TapError(f'{where}: unescaped quote in {text!r}')
        if c == '\\':
            if i + 1 >= len(body) or body[i + 1] not in escapes:
                raise TapError(f'{where}: bad escape in {text!r}')
            out.append(escapes[body[i + 1]])
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def scalar(text, where):
    if text.startswith('"'):
        return unquote(text, where)
    if text in ('true', 'false'):
        return text == 'true'
    if re.fullmatch(r'-?\d+', text):
        return int(text)
    if re.fullmatch(r'-?\d+\.\d+', text):
        return float(text)
    if re.fullmatch(r'[A-Za-z][A-Za-z0-9_]*', text):
        return text
    raise TapError(f'{where}: plain scalar netjs would have quoted: {text!r}')


def parse_yaml(lines, where):
    """The block between "  ---" and "  ...", without those lines."""
    data, i = {}, 0
    while i < len(lines):
        m = KEY.match(lines[i])
        if not m:
            raise TapError(f'{where}: YAML line is not "  key: value": {lines[i]!r}')
        key, value = m.group(1), m.group(2)
        if key in data:
            raise TapError(f'{where}: duplicate YAML key {key}')
        i += 1
        if value in ('|-', '|2-'):
            block = []
            while i < len(lines) and (lines[i] == '' or lines[i].startswith('    ')):
                block.append(lines[i][4:])
                i += 1
            if not block:
                raise TapError(f'{where}: empty literal block for {key}')
            if value == '|-' and block[0].startswith(' '):
                raise TapError(f'{where}: literal block {key} starts indented without an indentation indicator')
            data[key] = '\n'.join(block)
        elif value is None:
            items = []
            while i < len(lines) and lines[i].startswith('    - '):
                items.append(unquote(lines[i][6:], where))
                i += 1
            if not items:
                raise TapError(f'{where}: key {key} with neither value nor list')
            data[key] = items
        else:
            data[key] = scalar(value, where)
    return data


def parse_stream(lines, first, top):
    """Test lines, plan, YAML blocks and (at the top) "Bail out!"; `first` numbers lines in errors."""
    plan, tests, bailed, i = None, [], False, 0
    pending_subtests = None
    while i < len(lines):
        line = lines[i]
        where = f'line {first + i}'
        i += 1
        if bailed:
            if line.startswith('#'):
                continue
            raise TapError(f'{where}: output after "Bail out!": {line!r}')
        if pending_subtests is not None and not TEST_LINE.match(line):
            raise TapError(f'{where}: subtests not followed by their test point: {line!r}')
        pm = PLAN.match(line)
        if pm:
            if plan is not None:
                raise TapError(f'{where}: second plan')
            if tests:
                raise TapError(f'{where}: netjs prints the plan first')
            plan = int(pm.group(1))
            continue
        if top and line.startswith('Bail out!'):
            bailed = True
            continue
        if line.startswith('# Subtest: '):
            name = line[len('# Subtest: '):]
            start = i
            end = i
            # The block: lines indented by four spaces (empty lines only between such lines).
            while end < len(lines):
                if lines[end].startswith('    '):
                    end += 1
                elif lines[end] == '':
                    nxt = end
                    while nxt < len(lines) and lines[nxt] == '':
                        nxt += 1
                    if nxt < len(lines) and lines[nxt].startswith('    '):
                        end = nxt
                    else:
                        break
                else:
                    break
            body = [l[4:] for l in lines[start:end]]
            if not body:
                raise TapError(f'{where}: empty subtest block')
            sub = parse_stream(body, first + start, False)
            pending_subtests = (name, sub)
            i = end
            continue
        if line.startswith('#'):
            continue
        tm = TEST_LINE.match(line)
        if not tm:
            raise TapError(f'{where}: not a TAP line: {line!r}')
        n = int(tm.group(2))
        if n != len(tests) + 1:
            raise TapError(f'{where}: test number {n}, expected {len(tests) + 1}')
        test = {'n': n, 'ok': tm.group(1) == 'ok', 'description': re.sub(r'\\(.)', r'\1', tm.group(3) or ''),
                'directive': tm.group(4), 'reason': tm.group(5), 'yaml': None}
        if pending_subtests is not None:
            name, sub = pending_subtests
            if name != (tm.group(3) or ''):
                raise TapError(f'{where}: subtests of {name!r} followed by the test point of {tm.group(3)!r}')
            if any(not t['ok'] and t['directive'] != 'TODO' for t in sub['tests']) and test['ok']:
                raise TapError(f'{where}: "ok" over a failed subtest')
            test['subtests'] = sub
            pending_subtests = None
        if i < len(lines) and lines[i] == '  ---':
            end = i + 1
            while end < len(lines) and lines[end] != '  ...':
                end += 1
            if end == len(lines):
                raise TapError(f'{where}: YAML block without "  ..."')
            block = lines[i + 1:end]
            test['yaml'] = parse_yaml(block, f'{where} (YAML)')
            try:
                import yaml  # optional cross-check
                other = yaml.safe_load('\n'.join(l[2:] for l in block))
                if other != test['yaml']:
                    raise TapError(f'{where}: PyYAML reads the block differently: {other!r} vs {test["yaml"]!r}')
            except ImportError:
                pass
            i = end + 1
        tests.append(test)
    if pending_subtests is not None:
        raise TapError('subtests at the end without their test point')
    if plan is None:
        raise TapError('no plan' if top else f'line {first}: subtests without a plan')
    if not bailed and len(tests) != plan:
        raise TapError(f'plan says {plan} tests, got {len(tests)}')
    if len(tests) > plan:
        raise TapError(f'more tests ({len(tests)}) than planned ({plan})')
    return {'plan': plan, 'bailed': bailed, 'tests': tests}


def parse(text):
    if not text.endswith('\n'):
        raise TapError('output does not end with a newline')
    lines = text[:-1].split('\n')
    if lines[0] != 'TAP version 13':
        raise TapError(f'first line is not "TAP version 13": {lines[0]!r}')
    return parse_stream(lines[1:], 2, True)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else '-'
    text = sys.stdin.read() if path == '-' else open(path, encoding='utf-8').read()
    try:
        result = parse(text)
    except TapError as e:
        print(f'tap_check: invalid TAP: {e}', file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == '__main__':
    sys.exit(main())
