// notify:: and items-changed from GJS.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Directive from 'gi://Directive?version=1.0';

import {test, run, equal, deepEqual} from './harness.js';
import {FULL} from './fixtures.js';

function counter(obj, signal) {
    const c = {n: 0, args: []};
    obj.connect(signal, (_obj, ...args) => {
        c.n++;
        c.args.push(args);
    });
    return c;
}

const STRING_PROPERTIES = [
    [() => Directive.Notice.new(Directive.DocumentKind.NOTICE), ['number', 'symbol', 'place', 'subject']],
    [() => Directive.Conclusion.new(), ['summary']],
    [() => Directive.Task.new('1', 't'), ['ordinal', 'text']],
    [() => Directive.Agency.new('a', 'A'), ['name', 'short-name', 'locality']],
];

for (const [make, props] of STRING_PROPERTIES) {
    for (const prop of props) {
        const obj = make();
        test(`notify::${prop} on ${obj.constructor.name} once per change`, () => {
            const c = counter(obj, `notify::${prop}`);
            obj.set_property(prop, 'một');
            equal(c.n, 1);
            obj.set_property(prop, 'một');
            equal(c.n, 1, 'same value: not notified');
            obj.set_property(prop, 'hai');
            equal(c.n, 2);
        });
    }
}

test('notify::status through the JS property', () => {
    const task = Directive.Task.new('1', 't');
    const c = counter(task, 'notify::status');
    task.status = Directive.TaskStatus.DONE;
    equal(c.n, 1);
    task.status = Directive.TaskStatus.DONE;
    equal(c.n, 1);
    task.set_status(Directive.TaskStatus.IN_PROGRESS);
    equal(c.n, 2);
});

test('notify::issued-on for dates', () => {
    const notice = Directive.Notice.new(Directive.DocumentKind.NOTICE);
    const c = counter(notice, 'notify::issued-on');
    notice.issued_on = Directive.Date.new_from_string('2021-11-23');
    notice.issued_on = Directive.Date.new_from_string('2021-11-23');
    equal(c.n, 1);
    notice.issued_on = null;
    equal(c.n, 2);
});

test('notify::issuer for objects', () => {
    const notice = Directive.Notice.new(Directive.DocumentKind.NOTICE);
    const issuer = Directive.Agency.new('ubnd', 'UBND');
    const c = counter(notice, 'notify::issuer');
    notice.issuer = issuer;
    notice.issuer = issuer;
    equal(c.n, 1);
});

test('properties set at construction do not notify', () => {
    const task = new Directive.Task({ordinal: '1', text: 't'});
    const c = counter(task, 'notify');
    equal(c.n, 0);
});

test('items-changed on add_notice and remove_notice', () => {
    const collection = Directive.Collection.new();
    const c = counter(collection.get_notices(), 'items-changed');
    const notice = Directive.Notice.new(Directive.DocumentKind.NOTICE);
    collection.add_notice(notice);
    deepEqual(c.args, [[0, 0, 1]]);
    collection.remove_notice(notice);
    deepEqual(c.args, [[0, 0, 1], [0, 1, 0]]);
});

test('items-changed on add_agency', () => {
    const collection = Directive.Collection.new();
    const c = counter(collection.agencies, 'items-changed');
    collection.add_agency(Directive.Agency.new('a', 'A'));
    collection.add_agency(Directive.Agency.new('b', 'B'));
    deepEqual(c.args, [[0, 0, 1], [1, 0, 1]]);
});

test('items-changed on add_task and add_lead', () => {
    const conclusion = Directive.Conclusion.new();
    const tasks = counter(conclusion.get_tasks(), 'items-changed');
    const task = Directive.Task.new('1', 't');
    conclusion.add_task(task);
    const lead = counter(task.get_lead(), 'items-changed');
    task.add_lead(Directive.Agency.new('a', 'A'));
    equal(tasks.n, 1);
    equal(lead.n, 1);
});

test('loading signals the models a caller holds', () => {
    const collection = Directive.Collection.new();
    const notices = collection.get_notices();
    const c = counter(notices, 'items-changed');
    collection.load_from_file(FULL);
    const added = c.args.reduce((sum, [, removed, n]) => sum + n - removed, 0);
    equal(added, notices.get_n_items());
    equal(added, 2);
});

run();
