#!/usr/bin/env python3
"""Strict checks of a `netjs test --junit` report beyond its schema (junit.xsd, checked with
xmllint): well-formed XML (expat), counts that match the test cases, unique names, non-empty
messages. Prints {"classname/name": "pass|failure|error|skipped", ...} as JSON on success; exits 1
with a message otherwise.
"""
import json
import sys
import xml.etree.ElementTree as ET


def fail(msg):
    print(f'junit_check: {msg}', file=sys.stderr)
    sys.exit(1)


def main():
    try:
        root = ET.parse(sys.argv[1]).getroot()
    except ET.ParseError as e:
        fail(f'not well-formed XML: {e}')
    if root.tag != 'testsuites':
        fail(f'root element is {root.tag}, not testsuites')
    suites = root.findall('testsuite')
    if len(suites) != 1:
        fail(f'{len(suites)} testsuite elements, netjs writes one')
    suite = suites[0]
    verdicts, counts = {}, {'tests': 0, 'failures': 0, 'errors': 0, 'skipped': 0}
    total_time = 0.0
    for case in suite:
        if case.tag != 'testcase':
            fail(f'unexpected element {case.tag} in testsuite')
        for attr in ('name', 'classname', 'time'):
            if not case.get(attr):
                fail(f'testcase without {attr}: {case.attrib}')
        total_time += float(case.get('time'))
        key = case.get('classname') + '/' + case.get('name')
        if key in verdicts:
            fail(f'duplicate testcase {key}')
        outcome = [c for c in case if c.tag in ('failure', 'error', 'skipped')]
        if len(outcome) > 1:
            fail(f'{key}: more than one outcome element')
        verdict = outcome[0].tag if outcome else 'pass'
        if outcome and not outcome[0].get('message'):
            fail(f'{key}: {verdict} without a message')
        if verdict in ('failure', 'error') and not (outcome[0].text or '').strip():
            fail(f'{key}: {verdict} without a description')
        counts['tests'] += 1
        if verdict == 'failure':
            counts['failures'] += 1
        elif verdict in ('error', 'skipped'):
            counts[{'error': 'errors', 'skipped': 'skipped'}[verdict]] += 1
        verdicts[key] = verdict
    for name, n in counts.items():
        if int(suite.get(name, -1)) != n:
            fail(f'testsuite {name}="{suite.get(name)}" but {n} counted')
        if name != 'skipped' and int(root.get(name, -1)) != n:
            fail(f'testsuites {name}="{root.get(name)}" but {n} counted')
    if float(suite.get('time')) + 0.01 < 0:
        fail('negative time')
    json.dump(verdicts, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == '__main__':
    main()
