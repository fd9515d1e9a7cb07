// Directive.Collection from GJS: construction, loading, saving, lookups.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Directive from 'gi://Directive?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';

import {test, run, ok, equal, deepEqual, throws, tmpDir, readText} from './harness.js';
import {FULL, EXTRAS, loadFull, items, ids, isDirectiveError} from './fixtures.js';

test('new collection is empty', () => {
    const collection = Directive.Collection.new();
    ok(collection instanceof Directive.Collection);
    equal(collection.get_agencies().get_n_items(), 0);
    equal(collection.get_notices().get_n_items(), 0);
    equal(new Directive.Collection().get_notices().get_n_items(), 0);
});

test('load_from_file returns true and fills the models', () => {
    const collection = Directive.Collection.new();
    equal(collection.load_from_file(FULL), true);
    equal(collection.get_agencies().get_n_items(), 6);
    equal(collection.get_notices().get_n_items(), 2);
});

test('load_from_data(text, -1)', () => {
    const collection = Directive.Collection.new();
    equal(collection.load_from_data(readText(FULL), -1), true);
    equal(collection.get_notices().get_n_items(), 2);
});

test('load_from_bytes', () => {
    const [, contents] = GLib.file_get_contents(FULL);
    const collection = Directive.Collection.new();
    ok(collection.load_from_bytes(new GLib.Bytes(contents)));
    equal(collection.get_agencies().get_n_items(), 6);
});

test('list getters are Gio.ListModels of the right item type', () => {
    const collection = loadFull();
    ok(collection.get_agencies() instanceof Gio.ListModel);
    ok(collection.get_notices() instanceof Gio.ListModel);
    equal(collection.get_agencies().get_item_type(), Directive.Agency.$gtype);
    equal(collection.get_notices().get_item_type(), Directive.Notice.$gtype);
});

test('agencies and notices are also properties', () => {
    const collection = loadFull();
    equal(collection.agencies, collection.get_agencies());
    equal(collection.notices, collection.get_notices());
});

test('lookup_agency', () => {
    const collection = loadFull();
    const agency = collection.lookup_agency('so-tai-chinh');
    ok(agency instanceof Directive.Agency);
    equal(agency.name, 'Sở Tài chính');
    equal(collection.lookup_agency('no-such-agency'), null);
});

test('to_data gives [text, length] and the text is directive/1', () => {
    const collection = loadFull();
    const [text, length] = collection.to_data();
    equal(typeof text, 'string');
    equal(length, new TextEncoder().encode(text).length);
    const data = JSON.parse(text);
    equal(data.format, 'directive/1');
    equal(data.notices[0].conclusions[0].tasks[0].status, 'done');
});

test('save_to_file and load back', () => {
    const collection = loadFull();
    const path = GLib.build_filenamev([tmpDir(), 'saved.json']);
    equal(collection.save_to_file(path), true);
    const again = Directive.Collection.new();
    ok(again.load_from_file(path));
    equal(again.to_data()[0], collection.to_data()[0]);
});

test('a round trip keeps unknown keys', () => {
    const collection = Directive.Collection.new();
    collection.load_from_file(EXTRAS);
    const before = JSON.parse(readText(EXTRAS));
    const after = JSON.parse(collection.to_data()[0]);
    deepEqual(after['x-top'], before['x-top']);
    deepEqual(after.notices[0]['x-notice-tags'], before.notices[0]['x-notice-tags']);
});

test('add_agency, add_notice, remove_notice', () => {
    const collection = Directive.Collection.new();
    const agency = Directive.Agency.new('so-tttt', 'Sở Thông tin và Truyền thông');
    ok(collection.add_agency(agency));
    const notice = Directive.Notice.new(Directive.DocumentKind.NOTICE);
    notice.issuer = agency;
    collection.add_notice(notice);
    equal(collection.lookup_agency('so-tttt'), agency);
    equal(collection.get_notices().get_item(0), notice);
    ok(collection.remove_notice(notice));
    equal(collection.remove_notice(notice), false);
});

test('add_agency twice throws DUPLICATE_ID', () => {
    const collection = Directive.Collection.new();
    collection.add_agency(Directive.Agency.new('a', 'A'));
    throws(() => collection.add_agency(Directive.Agency.new('a', 'B')),
        isDirectiveError(Directive.Error.DUPLICATE_ID));
});

test('loading replaces the contents', () => {
    const collection = loadFull();
    const notices = collection.get_notices();
    collection.load_from_file(EXTRAS);
    equal(notices.get_n_items(), 1);
    equal(collection.lookup_agency('so-tai-chinh'), null);
    deepEqual(ids(collection.get_agencies()), ['ubnd-tinh', 'so-xay-dung']);
});

test('limits are properties', () => {
    const collection = Directive.Collection.new();
    collection.max_depth = 8;
    equal(collection.get_max_depth(), 8);
    collection.maxInputSize = 1 << 20;
    equal(collection.max_input_size, 1 << 20);
});

test('load_async with a main loop', () => {
    const collection = Directive.Collection.new();
    const loop = GLib.MainLoop.new(null, false);
    let result = null;
    collection.load_async(Gio.File.new_for_path(FULL), null, (source, res) => {
        result = source.load_finish(res);
        loop.quit();
    });
    loop.run();
    equal(result, true);
    equal(items(collection.get_notices()).length, 2);
});

run();
