# Directive.Collection from Python: construction, loading, saving, lookups.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os

import pytest

from conftest import DATA
from gi.repository import Directive, GLib, Gio


def test_new_is_empty():
    collection = Directive.Collection.new()
    assert isinstance(collection, Directive.Collection)
    assert collection.get_agencies().get_n_items() == 0
    assert collection.get_notices().get_n_items() == 0


def test_constructor_without_new():
    collection = Directive.Collection()
    assert collection.get_notices().get_n_items() == 0


def test_load_from_file_returns_true(full_path):
    collection = Directive.Collection.new()
    assert collection.load_from_file(full_path) is True
    assert collection.get_agencies().get_n_items() == 6
    assert collection.get_notices().get_n_items() == 2


def test_load_from_data_with_length_minus_one(full_path):
    with open(full_path, encoding='utf-8') as f:
        text = f.read()
    collection = Directive.Collection.new()
    assert collection.load_from_data(text, -1) is True
    assert collection.get_notices().get_n_items() == 2


def test_load_from_data_with_a_byte_length():
    text = '{"format": "directive/1", "agencies": [], "notices": []}'
    collection = Directive.Collection.new()
    # The length counts bytes, as in C.
    assert collection.load_from_data(text + 'garbage', len(text.encode('utf-8')))


def test_load_from_bytes(full_path):
    with open(full_path, 'rb') as f:
        data = GLib.Bytes.new(f.read())
    collection = Directive.Collection.new()
    assert collection.load_from_bytes(data)
    assert collection.get_agencies().get_n_items() == 6


def test_list_getters_are_list_models(full):
    assert isinstance(full.get_agencies(), Gio.ListModel)
    assert isinstance(full.get_notices(), Gio.ListModel)
    assert full.get_agencies().get_item_type() == Directive.Agency.__gtype__
    assert full.get_notices().get_item_type() == Directive.Notice.__gtype__


def test_properties_are_the_same_models(full):
    assert full.props.agencies == full.get_agencies()
    assert full.props.notices == full.get_notices()
    assert full.get_property('notices') == full.get_notices()


def test_lookup_agency(full):
    agency = full.lookup_agency('so-tai-chinh')
    assert isinstance(agency, Directive.Agency)
    assert agency.props.name == 'Sở Tài chính'
    assert full.lookup_agency('no-such-agency') is None


def test_lookup_returns_the_shared_object(full):
    task = full.get_notices().get_item(0).get_conclusions().get_item(0).get_tasks().get_item(0)
    assert task.get_lead().get_item(0) == full.lookup_agency('so-nnptnt')


def test_to_data_is_directive_1(full):
    text = full.to_data()
    assert isinstance(text, str)
    data = json.loads(text)
    assert data['format'] == 'directive/1'
    assert [a['id'] for a in data['agencies']][:2] == ['ubnd-tinh', 'van-phong-ubnd']
    assert data['notices'][0]['conclusions'][0]['tasks'][0]['status'] == 'done'


def test_to_data_of_the_bare_introspected_method_gives_the_length(full):
    # Without the overrides, C's (out) length comes back too.
    text, length = Directive.Collection.__mro__[1].to_data(full)
    assert length == len(text.encode('utf-8'))


def test_save_to_file_and_load_back(full, tmp_path):
    path = tmp_path / 'saved.json'
    assert full.save_to_file(str(path)) is True
    again = Directive.Collection.new()
    assert again.load_from_file(str(path))
    assert again.to_data() == full.to_data()


def test_round_trip_keeps_unknown_keys(extras_path, tmp_path):
    collection = Directive.Collection.new()
    collection.load_from_file(extras_path)
    path = tmp_path / 'extras.json'
    collection.save_to_file(str(path))
    with open(extras_path, encoding='utf-8') as f:
        before = json.load(f)
    with open(path, encoding='utf-8') as f:
        after = json.load(f)
    assert after['x-top'] == before['x-top']
    assert after['notices'][0]['x-notice-tags'] == before['notices'][0]['x-notice-tags']


def test_add_agency_and_notice():
    collection = Directive.Collection.new()
    agency = Directive.Agency.new('so-tttt', 'Sở Thông tin và Truyền thông')
    assert collection.add_agency(agency)
    notice = Directive.Notice.new(Directive.DocumentKind.NOTICE)
    notice.props.issuer = agency
    collection.add_notice(notice)
    assert collection.lookup_agency('so-tttt') == agency
    assert collection.get_notices().get_item(0) == notice
    assert collection.remove_notice(notice)
    assert not collection.remove_notice(notice)
    assert collection.get_notices().get_n_items() == 0


def test_add_agency_twice_is_a_duplicate_id():
    collection = Directive.Collection.new()
    collection.add_agency(Directive.Agency.new('a', 'A'))
    with pytest.raises(GLib.Error) as caught:
        collection.add_agency(Directive.Agency.new('a', 'Another A'))
    assert caught.value.matches(Directive.error_quark(), Directive.Error.DUPLICATE_ID)


def test_load_replaces_the_contents(full, extras_path):
    notices = full.get_notices()
    full.load_from_file(extras_path)
    assert notices.get_n_items() == 1
    assert full.lookup_agency('so-tai-chinh') is None
    assert full.lookup_agency('so-xay-dung') is not None


def test_limits_are_properties():
    collection = Directive.Collection.new()
    collection.props.max_depth = 8
    assert collection.get_max_depth() == 8
    collection.set_max_input_size(1 << 20)
    assert collection.props.max_input_size == 1 << 20


def test_load_async(full_path):
    collection = Directive.Collection.new()
    loop = GLib.MainLoop()
    results = []

    def done_cb(source, result):
        results.append(source.load_finish(result))
        loop.quit()

    collection.load_async(Gio.File.new_for_path(full_path), None, done_cb)
    loop.run()
    assert results == [True]
    assert collection.get_notices().get_n_items() == 2


def test_load_async_error():
    collection = Directive.Collection.new()
    loop = GLib.MainLoop()
    errors = []

    def done_cb(source, result):
        try:
            source.load_finish(result)
        except GLib.Error as e:
            errors.append(e)
        loop.quit()

    collection.load_async(Gio.File.new_for_path(os.path.join(DATA, 'does-not-exist.json')),
                          None, done_cb)
    loop.run()
    assert len(errors) == 1
