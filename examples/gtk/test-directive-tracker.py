#!/usr/bin/python3
# test-directive-tracker.py: run the GTK tracker's self-test under Xvfb and
# check the rows it shows against the directive/1 file of the same notice.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Run `directive-tracker --self-test FILE --screenshot OUT.png` under
xvfb-run, then check what it printed: every task row (ordinal, lead,
deadline, timeliness, status) against the sample's JSON, the agency and
timeliness filters, the status change made through the status drop-down,
and that the change survived a save and reload. The screenshot is copied
into meson-logs so it is kept with the test log."""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

TODAY = '2022-09-24'  # the sample's deadlines fall around it
DUE_SOON_DAYS = 7     # DirectiveTaskQuery's default

STATUS_LABELS = {'pending': 'Pending', 'in-progress': 'In progress',
                 'done': 'Done', 'cancelled': 'Cancelled'}
RECURRENCE_LABELS = {'annual': 'Every year', 'quarterly': 'Every quarter',
                     'monthly': 'Every month', 'ongoing': 'Ongoing'}


def display_date(iso):
    parts = iso.split('-')
    return '/'.join(reversed(parts))


def timeliness(task):
    status = task.get('status', 'pending')
    if status == 'cancelled':
        return 'Cancelled'
    if status == 'done':
        return 'Done on time'  # the sample records no completion dates
    deadline = task.get('deadline')
    if not deadline:
        return 'No deadline'
    if deadline < TODAY:
        return 'Overdue'
    import datetime
    days = (datetime.date.fromisoformat(deadline) - datetime.date.fromisoformat(TODAY)).days
    return 'Due soon' if days <= DUE_SOON_DAYS else 'On track'


def expected_rows(path):
    """The rows the app should show, from the directive/1 file: every task
    and subtask in document order, with the text the self-test prints."""
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    return doc, expected_rows_of(doc)


def expected_rows_of(doc):
    names = {a['id']: a.get('short_name') or a['name'] for a in doc['agencies']}
    rows = []

    def walk(tasks, prefix):
        for task in tasks:
            ordinal = prefix + task['ordinal']
            deadline = task.get('deadline')
            shown_deadline = (display_date(deadline) if deadline
                              else RECURRENCE_LABELS.get(task.get('recurrence'), '—'))
            rows.append({
                'ordinal': ordinal,
                'lead': ', '.join(names[a] for a in task.get('lead', [])),
                'deadline': shown_deadline,
                'iso': deadline,
                'timeliness': timeliness(task),
                'status': STATUS_LABELS[task.get('status', 'pending')],
                'cooperating': [names[a] for a in task.get('cooperating', [])],
                'report_to': [names[a] for a in task.get('report_to', [])],
            })
            walk(task.get('subtasks', []), ordinal + '.')

    for notice in doc['notices']:
        for conclusion in notice['conclusions']:
            walk(conclusion['tasks'], '')
    return rows


def fields(row):
    return [row['ordinal'], row['lead'], row['deadline'], row['timeliness'], row['status']]


def printed(lines, tag):
    return [line.split('\t')[1:] for line in lines if line.split('\t')[0] == tag]


def check_equal(failures, what, got, want):
    if got != want:
        failures.append(f'{what}:\n  got  {got!r}\n  want {want!r}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--xvfb-run', required=True)
    ap.add_argument('--app', required=True)
    ap.add_argument('--expected', required=True, help='the directive/1 file of the sample')
    ap.add_argument('--log-dir', required=True)
    ap.add_argument('--name', required=True)
    ap.add_argument('file')
    args = ap.parse_args()

    doc, rows = expected_rows(args.expected)

    with tempfile.TemporaryDirectory() as tmp:
        shot = os.path.join(tmp, 'screenshot.png')
        saved = os.path.join(tmp, 'saved.json')
        cmd = [args.xvfb_run, '-a', '-s', '-screen 0 1280x800x24',
               args.app, '--self-test', args.file, '--screenshot', shot,
               '--save-to', saved, '--today', TODAY]
        print('running:', ' '.join(cmd), flush=True)
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=100)
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr)
        if proc.returncode != 0:
            print(f'FAIL: the app exited with {proc.returncode}')
            return 1
        if os.path.exists(shot):
            os.makedirs(args.log_dir, exist_ok=True)
            kept = os.path.join(args.log_dir, args.name + '.png')
            shutil.copyfile(shot, kept)
            print('screenshot kept in', kept)

        saved_doc = None
        if os.path.exists(saved):
            with open(saved, encoding='utf-8') as f:
                saved_doc = json.load(f)

    lines = proc.stdout.splitlines()
    failures = []

    # the file the app saved, read here without libdirective: task 3 is done
    # and nothing else changed status
    if saved_doc is None:
        failures.append('the app saved no file')
    else:
        saved_rows = expected_rows_of(saved_doc)
        check_equal(failures, 'statuses in the saved file',
                    [(r['ordinal'], r['status']) for r in saved_rows],
                    [(r['ordinal'], 'Done' if r['ordinal'] == '3' else r['status']) for r in rows])

    notice = doc['notices'][0]
    check_equal(failures, 'notices in the sidebar', printed(lines, 'NOTICE'),
                [[notice['number'], notice['symbol'], notice['subject']]])

    # the query sorts by deadline, undated tasks last in document order
    dated = sorted((r for r in rows if r['iso']), key=lambda r: r['iso'])
    undated = [r for r in rows if not r['iso']]
    want = [fields(r) for r in dated + undated]
    check_equal(failures, 'rows of the column view', printed(lines, 'ROW'), want)
    check_equal(failures, 'row count', printed(lines, 'ROW-COUNT'), [[str(len(rows))]])
    # the cells on screen (in widget order, which need not be row order)
    check_equal(failures, 'cells on screen', sorted(printed(lines, 'CELLS')), sorted(want))

    # agency filter, any role
    agency = 'Sở KH&ĐT'
    in_any_role = [r['ordinal'] for r in dated + undated
                   if agency in r['lead'].split(', ') or agency in r['cooperating']
                   or agency in r['report_to']]
    check_equal(failures, 'agency filter (Sở Kế hoạch và Đầu tư)',
                printed(lines, 'AGENCY-ORDINALS'), [[' '.join(in_any_role)]])

    overdue = [r['ordinal'] for r in dated + undated if r['timeliness'] == 'Overdue']
    check_equal(failures, 'timeliness filter (overdue)',
                printed(lines, 'OVERDUE-ORDINALS'), [[' '.join(overdue)]])

    # status change through the drop-down, seen in the model and after a reload
    check_equal(failures, 'status change', printed(lines, 'CHANGED'), [['3', 'Done']])
    after = [f[:3] + (['Done on time', 'Done'] if f[0] == '3' else f[3:]) for f in want]
    check_equal(failures, 'rows after the change', printed(lines, 'AFTER'), after)
    check_equal(failures, 'cells on screen after the change',
                sorted(printed(lines, 'CELLS-AFTER')), sorted(after))
    check_equal(failures, 'status after save and reload', printed(lines, 'PERSISTED'),
                [['3', 'Done']])
    check_equal(failures, 'rows after opening the saved file', printed(lines, 'REOPENED'), after)

    if not any(line.startswith('SCREENSHOT\t') for line in lines):
        failures.append('no screenshot was taken')
    if 'OK' not in lines:
        failures.append('the self-test did not finish')

    for failure in failures:
        print('FAIL:', failure)
    if not failures:
        print(f'PASS: {len(rows)} rows, filters, status change and save checked')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
