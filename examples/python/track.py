#!/usr/bin/python3
# track.py: follow up a notice's tasks
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: track.py [NOTICE.txt | COLLECTION.json] [OUTPUT.json]
#
# Reads a notice (parses its text, or loads directive/1 JSON), lists the tasks
# per lead agency with their deadlines, marks the first task done and saves
# the result. Without arguments it reads the sample notice in examples/data.
import os
import sys

import gi

gi.require_version('Directive', '1.0')
from gi.repository import Directive  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, '..', 'data', 'tayninh-2022-tb-ket-luan-nuoc-sach.txt')


def read(path):
    if not path.endswith('.json') and not hasattr(Directive, 'Parser'):
        path = os.path.splitext(path)[0] + '.json'  # a library built without the parser
    if path.endswith('.json'):
        return Directive.Collection.from_file(path)
    parser = Directive.Parser.new()
    with open(path, encoding='utf-8') as f:
        collection = parser.parse_data(f.read(), -1)
    for diagnostic in parser.get_diagnostics():
        print('note: line %d: %s' % (diagnostic.get_line(), diagnostic.get_message()),
              file=sys.stderr)
    return collection


def main(argv):
    source = argv[1] if len(argv) > 1 else SAMPLE
    output = argv[2] if len(argv) > 2 else 'tracked.json'

    collection = read(source)
    notice = collection.get_notices()[0]
    print('%s %s, %s: %s' % (notice.props.kind.value_nick, notice.reference,
                             notice.props.issued_on, notice.props.subject))

    # Tasks per lead agency; the agencies are shared objects, one per id.
    by_lead = {}
    for task in collection.iter_tasks(subtasks=False):
        for agency in task.get_lead():
            by_lead.setdefault(agency, []).append(task)

    for agency, tasks in by_lead.items():
        print('\n%s' % agency.props.name)
        for task in tasks:
            due = ' (by %s)' % task.deadline_date if task.props.deadline else ''
            print('  %s. %s%s' % (task.props.ordinal, task.props.text[:60], due))

    first = next(collection.iter_tasks())
    first.mark_done()
    print('\nMarked done: %r' % first)

    collection.save_to_file(output)
    print('Saved to %s' % output)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
