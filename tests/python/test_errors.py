# Errors reach Python as GLib.Error in the Directive domain, with a code a
# script can test and a message that says where.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import json

import pytest

from gi.repository import Directive, GLib, Gio


def load(text):
    Directive.Collection.new().load_from_data(text, -1)


def doc(**overrides):
    data = {'format': 'directive/1', 'agencies': [], 'notices': []}
    data.update(overrides)
    return json.dumps(data)


CASES = [
    ('{"format": "directive/2"}', Directive.Error.INVALID_FORMAT),
    ('{}', Directive.Error.INVALID_FORMAT),
    ('{"format": ', Directive.Error.INVALID_JSON),
    ('', Directive.Error.EMPTY),
    ('[]', Directive.Error.WRONG_TYPE),
    (doc(agencies=[{'name': 'A'}]), Directive.Error.MISSING_KEY),
    (doc(agencies=[{'id': 'a', 'name': 'A', 'kind': 'ministry'}]), Directive.Error.INVALID_VALUE),
    (doc(agencies=[{'id': 'a', 'name': 'A'}, {'id': 'a', 'name': 'B'}]), Directive.Error.DUPLICATE_ID),
    (doc(agencies=[{'id': 'a', 'name': 'A', 'parent': 'b'}, {'id': 'b', 'name': 'B', 'parent': 'a'}]),
     Directive.Error.CYCLE),
    (doc(agencies=[{'id': 'a', 'name': 'A'}],
         notices=[{'kind': 'notice', 'issuer': 'a', 'issued_on': '2021-02-30'}]),
     Directive.Error.INVALID_DATE),
    (doc(notices=[{'kind': 'notice', 'issuer': 'nobody'}]), Directive.Error.UNKNOWN_AGENCY),
]


@pytest.mark.parametrize('text, code', CASES, ids=[c[1].value_nick for c in CASES])
def test_error_domain_and_code(text, code):
    with pytest.raises(GLib.Error) as caught:
        load(text)
    error = caught.value
    assert error.matches(Directive.error_quark(), code), (error.domain, error.code, error.message)
    assert error.domain == 'directive-error-quark'
    assert error.code == int(code)
    assert GLib.quark_from_string(error.domain) == Directive.error_quark()


def test_message_names_the_place():
    text = doc(notices=[{'kind': 'notice', 'issuer': 'nobody'}])
    with pytest.raises(GLib.Error) as caught:
        load(text)
    assert 'notices[0]' in caught.value.message


def test_error_enum_names_the_domain():
    assert Directive.Error.INVALID_FORMAT.value_nick == 'invalid-format'
    assert int(Directive.Error.FAILED) == 0


def test_invalid_utf8_bytes():
    collection = Directive.Collection.new()
    with pytest.raises(GLib.Error) as caught:
        collection.load_from_bytes(GLib.Bytes.new(b'{"format": "directive/1", "x": "\xff"}'))
    assert caught.value.matches(Directive.error_quark(), Directive.Error.INVALID_UTF8)


def test_too_deep():
    collection = Directive.Collection.new()
    collection.props.max_depth = 4
    with pytest.raises(GLib.Error) as caught:
        collection.load_from_data(doc(extra=[[[[[[1]]]]]]), -1)
    assert caught.value.matches(Directive.error_quark(), Directive.Error.TOO_DEEP)


def test_too_large():
    collection = Directive.Collection.new()
    collection.props.max_input_size = 16
    with pytest.raises(GLib.Error) as caught:
        collection.load_from_data(doc(), -1)
    assert caught.value.matches(Directive.error_quark(), Directive.Error.TOO_LARGE)


def test_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(GLib.Error) as caught:
        Directive.Collection.new().load_from_file(str(tmp_path / 'missing.json'))
    # I/O errors keep GIO's domain.
    assert caught.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)
    assert 'missing.json' in caught.value.message


def test_failed_load_keeps_the_contents(full):
    with pytest.raises(GLib.Error):
        full.load_from_data('{"format": "directive/2"}', -1)
    assert full.get_notices().get_n_items() == 2


def test_save_to_an_impossible_path(full, tmp_path):
    with pytest.raises(GLib.Error):
        full.save_to_file(str(tmp_path / 'no-such-dir' / 'out.json'))
