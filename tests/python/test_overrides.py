# What bindings/python/gi/overrides/Directive.py adds: the model feels native.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import pathlib
import re
import sys

import pytest

from conftest import OVERRIDES_DIR
from gi.repository import Directive, GLib


def test_the_source_tree_overrides_are_loaded():
    module = sys.modules['gi.overrides.Directive']
    assert os.path.dirname(os.path.abspath(module.__file__)) == OVERRIDES_DIR
    assert Directive.Collection.__module__ == 'gi.overrides.Directive'


# ---------------------------------------------------------------- list models

def test_len_iteration_indexing_on_every_list_getter(full, notice, conclusion, task):
    models = {
        'agencies': full.get_agencies(), 'notices': full.get_notices(),
        'conclusions': notice.get_conclusions(), 'recipients': notice.get_recipients(),
        'addressees': notice.get_addressees(), 'tasks': conclusion.get_tasks(),
        'attendees': conclusion.props.meeting.get_attendees(),
        'authority': notice.props.signer.get_authority(),
        'lead': task.get_lead(), 'cooperating': task.get_cooperating(),
        'report_to': task.get_report_to(), 'subtasks': task.get_subtasks(),
        'history': task.get_history(),
        'recipient agencies': notice.get_recipients()[1].get_agencies(),
    }
    for name, model in models.items():
        n = model.get_n_items()
        assert len(model) == n, name
        items = list(model)
        assert items == [model.get_item(i) for i in range(n)], name
        assert model[0] == items[0] and model[-1] == items[-1], name
        assert items[0] in model, name
    assert len(full.get_notices()) == 2
    assert [t.props.ordinal for t in conclusion.get_tasks()] == ['1', '2']
    assert full.get_notices()[1:] == [full.get_notices()[1]]
    with pytest.raises(IndexError):
        full.get_notices()[2]


def test_empty_models_are_false():
    collection = Directive.Collection.new()
    assert not collection.get_notices()
    assert len(collection.props.agencies) == 0


# ---------------------------------------------------------------- repr

def test_repr_task(task, conclusion):
    assert repr(task) == ("<Directive.Task 1 'Sở Nông nghiệp và…' lead=[so-nnptnt] "
                          "due=2023-03-31 done>")
    assert repr(conclusion.get_tasks()[1]) == \
        "<Directive.Task 2 'Báo Lâm Đồng tuyên…' lead=[bao-lam-dong] due=2023 cancelled>"
    fresh = Directive.Task.new('3', 'Chủ trì, phối hợp với các sở rà soát.')
    lead = Directive.Agency.new('so-tttt', 'Sở Thông tin và Truyền thông')
    fresh.add_lead(lead)
    assert repr(fresh) == "<Directive.Task 3 'Chủ trì, phối hợp…' lead=[so-tttt] pending>"


def test_repr_of_every_class(full, notice, conclusion, task):
    assert repr(full) == '<Directive.Collection 6 agencies, 2 notices>'
    assert repr(Directive.Collection.new()) == '<Directive.Collection 0 agencies, 0 notices>'
    assert repr(full.lookup_agency('so-tai-chinh')) == \
        "<Directive.Agency so-tai-chinh 'Sở Tài chính' department parent=ubnd-tinh>"
    assert repr(notice) == ("<Directive.Notice directive 05/CT-UBND 2023-01-16 issuer=ubnd-tinh "
                            "'Về tăng cường công tác phòng…'>")
    assert repr(conclusion) == "<Directive.Conclusion by='Trần Văn Hiệp' meeting 2 tasks>"
    assert repr(conclusion.props.by) == \
        "<Directive.Person 'Trần Văn Hiệp' 'Chủ tịch UBND tỉnh' agency=ubnd-tinh>"
    assert repr(conclusion.props.meeting) == "<Directive.Meeting 2023-01-10 'Trụ sở UBND tỉnh' 2 attendees>"
    assert repr(conclusion.props.meeting.get_attendees()[1]) == \
        "<Directive.Person group 'lãnh đạo các phòng thuộc Sở'>"
    assert repr(notice.props.signer) == "<Directive.Signer TM. 'Chủ tịch' 'Trần Văn Hiệp'>"
    assert repr(notice.props.signer.get_authority()[0]) == "<Directive.Authority TM 'Ủy ban nhân dân'>"
    assert repr(notice.get_recipients()[0]) == "<Directive.Recipient 'Bộ Nông nghiệp và PTNT' (b/c)>"
    assert repr(task.get_history()[0]) == "<Directive.TaskEvent 2023-02-01 in-progress 'Đã triển khai'>"
    assert repr(task.props.deadline) == '<Directive.Date 2023-03-31>'


def test_repr_of_empty_objects_does_not_fail():
    for obj in (Directive.Notice.new(Directive.DocumentKind.OTHER), Directive.Conclusion.new(),
                Directive.Task.new(None, None), Directive.Agency.new(None, None),
                Directive.Person.new(None, None), Directive.Meeting.new(),
                Directive.Signer.new(None, None), Directive.Recipient.new(None)):
        assert re.match(r'^<Directive\.\w+.*>$', repr(obj)), repr(obj)


def test_str_of_agency(full):
    assert str(full.lookup_agency('bao-lam-dong')) == 'Báo Lâm Đồng'


# ---------------------------------------------------------------- collection helpers

def test_from_file(full_path):
    collection = Directive.Collection.from_file(full_path)
    assert isinstance(collection, Directive.Collection)
    assert len(collection.get_notices()) == 2


def test_from_file_takes_path_like(full_path):
    assert len(Directive.Collection.from_file(pathlib.Path(full_path)).get_agencies()) == 6


def test_from_file_raises_glib_error(tmp_path):
    bad = tmp_path / 'bad.json'
    bad.write_text('{"format": "directive/2"}', encoding='utf-8')
    with pytest.raises(GLib.Error) as caught:
        Directive.Collection.from_file(bad)
    assert caught.value.matches(Directive.error_quark(), Directive.Error.INVALID_FORMAT)


def test_from_data_and_optional_length(full_path):
    text = pathlib.Path(full_path).read_text(encoding='utf-8')
    assert len(Directive.Collection.from_data(text).get_notices()) == 2
    assert len(Directive.Collection.from_data(text.encode('utf-8')).get_notices()) == 2
    collection = Directive.Collection.new()
    assert collection.load_from_data(text)
    assert collection.load_from_data(text, -1)


def test_to_data_is_just_the_text(full):
    assert isinstance(full.to_data(), str)
    assert full.to_data().startswith('{')


def test_save_to_path_like(full, tmp_path):
    path = tmp_path / 'out.json'
    assert full.save_to_file(path)
    assert Directive.Collection.from_file(path).to_data() == full.to_data()


def test_iter_tasks(full, notice):
    assert [t.props.ordinal for t in full.iter_tasks()] == ['1', 'a', 'b', '2']
    assert [t.props.ordinal for t in full.iter_tasks(subtasks=False)] == ['1', '2']
    assert [t.props.ordinal for t in notice.iter_tasks()] == ['1', 'a', 'b', '2']


def test_notice_reference(notice, full):
    assert notice.reference == '05/CT-UBND'
    assert full.get_notices()[1].reference == '/UBND-KT'
    assert Directive.Notice.new(Directive.DocumentKind.NOTICE).reference is None


def test_mark_done(recorder):
    import datetime
    task = Directive.Task.new('1', 'Làm.')
    task.connect('notify::status', recorder)
    task.mark_done(datetime.date(2022, 4, 1))
    assert task.props.status == Directive.TaskStatus.DONE
    assert task.completed_on_date == datetime.date(2022, 4, 1)
    assert recorder.count == 1
    other = Directive.Task.new('2', 'Nữa.')
    other.mark_done()
    assert other.completed_on_date == datetime.date.today()


def test_c_api_still_there(full_path):
    # The overrides add; they take nothing away.
    collection = Directive.Collection.new()
    assert collection.load_from_file(full_path)
    assert Directive.Date.new(2021, 1, 1).to_string() == '2021-01-01'
    assert Directive.Date.new_from_string('2021').to_string() == '2021'
