# Directive.Parser from Python, and a parse-then-save round trip. These skip
# until the parser (issue 3) is in the typelib.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import pathlib

import pytest

from conftest import HAS_PARSER, needs_parser
from gi.repository import Directive, GLib, Gio

pytestmark = needs_parser


def read(path):
    return pathlib.Path(path).read_text(encoding='utf-8')


@pytest.fixture
def parser():
    return Directive.Parser.new()


def test_new(parser):
    assert isinstance(parser, Directive.Parser)
    assert isinstance(Directive.Parser(), Directive.Parser)


def test_parse_data_gives_a_collection(parser, notice_text_path):
    collection = parser.parse_data(read(notice_text_path), -1)
    assert isinstance(collection, Directive.Collection)
    notices = collection.get_notices()
    assert notices.get_n_items() == 1
    notice = notices.get_item(0)
    assert notice.props.kind == Directive.DocumentKind.NOTICE
    assert notice.props.number == '57'
    assert notice.props.symbol == 'TB-UBND'
    assert notice.props.issued_on.to_string() == '2022-03-08'
    assert notice.props.issuer is not None


def test_parsed_tasks(parser, notice_text_path):
    collection = parser.parse_data(read(notice_text_path), -1)
    tasks = [t for c in collection.get_notices()[0].get_conclusions() for t in c.get_tasks()]
    assert [t.props.ordinal for t in tasks] == ['1', '2', '3']
    for t in tasks:
        assert t.props.status == Directive.TaskStatus.PENDING
        assert t.props.text
    # Every lead agency is one of the collection's agencies.
    for t in tasks:
        for agency in t.get_lead():
            assert collection.lookup_agency(agency.props.id) == agency
    assert tasks[0].get_lead().get_n_items() >= 1


def test_parse_data_without_length_in_python(parser, notice_text_path):
    collection = parser.parse_data(read(notice_text_path))
    assert collection.get_notices().get_n_items() == 1


def test_parse_file_with_a_gio_file(parser, notice_text_path):
    from_file = parser.parse_file(Gio.File.new_for_path(notice_text_path), None)
    from_data = Directive.Parser.new().parse_data(read(notice_text_path), -1)
    assert isinstance(from_file, Directive.Collection)
    notice = from_file.get_notices()[0]
    assert notice.props.number == from_data.get_notices()[0].props.number
    assert len(list(notice.iter_tasks())) == len(list(from_data.get_notices()[0].iter_tasks()))


def test_parse_file_with_a_path(parser, notice_text_path):
    collection = parser.parse_file(pathlib.Path(notice_text_path))
    assert collection.get_notices().get_n_items() == 1


def test_parse_file_missing(parser, tmp_path):
    with pytest.raises(GLib.Error):
        parser.parse_file(Gio.File.new_for_path(str(tmp_path / 'missing.txt')), None)


def test_get_diagnostics(parser, notice_text_path):
    parser.parse_data(read(notice_text_path), -1)
    diagnostics = parser.get_diagnostics()
    assert isinstance(diagnostics, Gio.ListModel)
    for d in diagnostics:
        assert isinstance(d, Directive.Diagnostic)
        assert isinstance(d.get_severity(), Directive.Severity)
        assert d.get_message()
        assert d.get_line() >= 0
        assert repr(d).startswith('<Directive.Diagnostic line ')


def test_diagnostics_of_unreadable_text(parser):
    try:
        parser.parse_data('Không phải một văn bản.\n', -1)
    except GLib.Error as e:
        assert e.domain == 'directive-error-quark'
        return
    # Or it parses what it can and says what went wrong.
    assert parser.get_diagnostics().get_n_items() >= 1


def test_not_text_is_an_error_in_the_domain(parser):
    with pytest.raises(GLib.Error) as caught:
        parser.parse_bytes(GLib.Bytes.new(b'\x89PNG\r\n\x1a\n' + b'\x00' * 64 + b'IHDR'))
    assert caught.value.matches(Directive.error_quark(), Directive.Error.NOT_TEXT)


def test_empty_text_is_an_error(parser):
    with pytest.raises(GLib.Error) as caught:
        parser.parse_data('', -1)
    assert caught.value.matches(Directive.error_quark(), Directive.Error.EMPTY)


def test_invalid_utf8_is_repaired_and_reported(parser, notice_text_path):
    data = pathlib.Path(notice_text_path).read_bytes().replace('Trần Minh Bình'.encode(), b'Tr\xff Minh')
    collection = parser.parse_bytes(GLib.Bytes.new(data))
    assert collection.get_notices().get_n_items() == 1
    assert parser.get_diagnostics().get_n_items() >= 1


def test_parse_then_save_round_trip(parser, notice_text_path, tmp_path):
    parsed = parser.parse_data(read(notice_text_path), -1)
    task = parsed.get_notices()[0].get_conclusions()[0].get_tasks()[0]
    task.props.status = Directive.TaskStatus.DONE
    task.props.completed_on = Directive.Date.new_from_string('2022-03-30')
    out = tmp_path / 'parsed.json'
    assert parsed.save_to_file(str(out))
    data = json.loads(out.read_text(encoding='utf-8'))
    assert data['format'] == 'directive/1'
    assert data['notices'][0]['number'] == '57'
    assert data['notices'][0]['conclusions'][0]['tasks'][0]['status'] == 'done'
    again = Directive.Collection.new()
    assert again.load_from_file(str(out))
    assert again.to_data() == parsed.to_data()
    assert again.get_notices()[0].get_conclusions()[0].get_tasks()[0].props.completed_on \
        .to_string() == '2022-03-30'


def test_parser_is_reusable(parser, notice_text_path):
    first = parser.parse_data(read(notice_text_path), -1)
    second = parser.parse_data(read(notice_text_path), -1)
    assert first is not second
    assert first.to_data() == second.to_data()


def test_skip_marker_matches_the_typelib():
    assert HAS_PARSER
