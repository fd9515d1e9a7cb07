// Directive.Date and errors from GJS: dates to and from ISO text, and
// GLib.Error in the Directive domain with codes a script can test.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Directive from 'gi://Directive?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';

import {test, run, ok, equal, throws} from './harness.js';
import {loadFull, isDirectiveError} from './fixtures.js';

test('new_from_string and to_string', () => {
    for (const [text, precision] of [['2021-11-23', Directive.DatePrecision.DAY],
        ['2021-11', Directive.DatePrecision.MONTH], ['2021', Directive.DatePrecision.YEAR]]) {
        const date = Directive.Date.new_from_string(text);
        equal(date.to_string(), text);
        equal(date.get_precision(), precision);
    }
});

test('new from parts', () => {
    const date = Directive.Date.new(2021, 11, 23);
    equal(date.get_year(), 2021);
    equal(date.get_month(), 11);
    equal(date.get_day(), 23);
    equal(Directive.Date.new(2021, 11, 0).to_string(), '2021-11');
});

test('invalid dates throw INVALID_DATE', () => {
    for (const text of ['2021-02-30', '2021-13', 'tomorrow', ''])
        throws(() => Directive.Date.new_from_string(text), isDirectiveError(Directive.Error.INVALID_DATE), text);
    throws(() => Directive.Date.new(2021, 2, 29), isDirectiveError(Directive.Error.INVALID_DATE));
    ok(Directive.Date.is_valid_ymd(2020, 2, 29));
});

test('compare, equal, dup_last_day', () => {
    const month = Directive.Date.new_from_string('2021-11');
    const first = Directive.Date.new_from_string('2021-11-01');
    ok(month.compare(first) < 0);
    ok(first.compare(month) > 0);
    ok(month.equal(month.copy()));
    ok(!month.equal(first));
    equal(month.dup_last_day().to_string(), '2021-11-30');
});

test('a full date converts to a JS Date', () => {
    const d = Directive.Date.new_from_string('2021-11-23');
    const js = new Date(d.get_year(), d.get_month() - 1, d.get_day());
    equal(js.getDate(), 23);
    equal(js.getMonth(), 10);
    const back = Directive.Date.new(js.getFullYear(), js.getMonth() + 1, js.getDate());
    ok(back.equal(d));
});

test('to_gdate gives the last day as a GLib.Date', () => {
    const gdate = Directive.Date.new_from_string('2024-02').to_gdate();
    equal(gdate.get_day(), 29);
});

const CASES = [
    ['{"format": "directive/2"}', 'INVALID_FORMAT'],
    ['{"format": ', 'INVALID_JSON'],
    ['', 'EMPTY'],
    ['[]', 'WRONG_TYPE'],
    ['{"format": "directive/1", "agencies": [{"name": "A"}], "notices": []}', 'MISSING_KEY'],
    ['{"format": "directive/1", "agencies": [], "notices": [{"kind": "notice", "issuer": "x"}]}', 'UNKNOWN_AGENCY'],
    ['{"format": "directive/1", "agencies": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}], "notices": []}',
        'DUPLICATE_ID'],
];

for (const [text, code] of CASES) {
    test(`load_from_data error ${code}`, () => {
        const e = throws(() => Directive.Collection.new().load_from_data(text, -1));
        ok(e instanceof GLib.Error, 'a GLib.Error');
        ok(e.matches(Directive.error_quark(), Directive.Error[code]), `${e.domain}:${e.code} ${e.message}`);
        ok(e.matches(Directive.Error, Directive.Error[code]), 'the domain class matches too');
        equal(e.domain, Directive.error_quark());
        equal(e.code, Directive.Error[code]);
    });
}

test('the message names the place', () => {
    const e = throws(() => Directive.Collection.new().load_from_data(
        '{"format": "directive/1", "agencies": [], "notices": [{"kind": "notice", "issuer": "x"}]}', -1));
    ok(e.message.includes('notices[0]'), e.message);
});

test('a missing file is a Gio.IOErrorEnum.NOT_FOUND', () => {
    throws(() => Directive.Collection.new().load_from_file('/nonexistent/x.json'),
        e => e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_FOUND));
});

test('a failed load keeps the contents', () => {
    const full = loadFull();
    throws(() => full.load_from_data('{"format": "directive/2"}', -1));
    equal(full.get_notices().get_n_items(), 2);
});

run();
