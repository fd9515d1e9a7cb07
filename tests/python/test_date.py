# Directive.Date from Python: the C API (new, new_from_string, to_string,
# compare, ...) and what the overrides add (datetime.date, ==, <, str, hash).
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import copy
import datetime
import pickle

import pytest

from gi.repository import Directive, GLib


@pytest.mark.parametrize('text, precision', [
    ('2021-11-23', Directive.DatePrecision.DAY),
    ('2021-11', Directive.DatePrecision.MONTH),
    ('2021', Directive.DatePrecision.YEAR),
])
def test_new_from_string_and_to_string(text, precision):
    date = Directive.Date.new_from_string(text)
    assert date.to_string() == text
    assert date.get_precision() == precision


def test_new_from_parts():
    date = Directive.Date.new(2021, 11, 23)
    assert (date.get_year(), date.get_month(), date.get_day()) == (2021, 11, 23)
    assert Directive.Date.new(2021, 11, 0).to_string() == '2021-11'
    assert Directive.Date.new(2021, 0, 0).to_string() == '2021'


@pytest.mark.parametrize('text', ['2021-02-30', '2021-13', '21-11-23', '', 'tomorrow'])
def test_bad_text_is_an_invalid_date_error(text):
    with pytest.raises(GLib.Error) as caught:
        Directive.Date.new_from_string(text)
    assert caught.value.matches(Directive.error_quark(), Directive.Error.INVALID_DATE)


def test_bad_parts_are_an_invalid_date_error():
    with pytest.raises(GLib.Error) as caught:
        Directive.Date.new(2021, 2, 29)
    assert caught.value.matches(Directive.error_quark(), Directive.Error.INVALID_DATE)
    assert Directive.Date.is_valid_ymd(2020, 2, 29)
    assert not Directive.Date.is_valid_ymd(2021, 2, 29)


def test_compare_equal_copy_last_day():
    a = Directive.Date.new_from_string('2021-11')
    b = Directive.Date.new_from_string('2021-11-01')
    assert a.compare(b) < 0
    assert b.compare(a) > 0
    assert a.compare(a.copy()) == 0
    assert a.equal(a.copy())
    assert not a.equal(b)
    assert a.compare(None) < 0
    assert a.dup_last_day().to_string() == '2021-11-30'
    assert Directive.Date.new_from_string('2024-02').dup_last_day().to_string() == '2024-02-29'


def test_to_gdate():
    gdate = Directive.Date.new_from_string('2021-11').to_gdate()
    assert isinstance(gdate, GLib.Date)
    assert (gdate.get_year(), int(gdate.get_month()), gdate.get_day()) == (2021, 11, 30)


# ---------------------------------------------------------------- overrides

def test_constructor_forms():
    assert Directive.Date(2021, 11, 23).to_string() == '2021-11-23'
    assert Directive.Date(2021, 11).to_string() == '2021-11'
    assert Directive.Date(2021).to_string() == '2021'
    assert Directive.Date('2021-11-23').to_string() == '2021-11-23'
    assert Directive.Date(datetime.date(2021, 11, 23)).to_string() == '2021-11-23'
    with pytest.raises(GLib.Error):
        Directive.Date(2021, 2, 30)
    with pytest.raises(TypeError):
        Directive.Date('2021', 2)


def test_to_date_and_from_date():
    assert Directive.Date(2021, 11, 23).to_date() == datetime.date(2021, 11, 23)
    assert Directive.Date.from_date(datetime.date(2020, 2, 29)).to_string() == '2020-02-29'
    assert Directive.Date.from_date(datetime.datetime(2020, 2, 29, 10, 30)).to_string() == '2020-02-29'
    with pytest.raises(TypeError):
        Directive.Date.from_date('2020-02-29')


def test_to_date_of_a_partial_date():
    partial = Directive.Date('2021-11')
    with pytest.raises(ValueError):
        partial.to_date()
    assert partial.to_date(last_day=True) == datetime.date(2021, 11, 30)
    assert Directive.Date('2021').to_date(last_day=True) == datetime.date(2021, 12, 31)
    assert not partial.is_full()
    assert partial.precision == Directive.DatePrecision.MONTH
    assert (partial.year, partial.month, partial.day) == (2021, 11, 0)


def test_str_repr():
    assert str(Directive.Date(2021, 11, 23)) == '2021-11-23'
    assert repr(Directive.Date(2021, 11)) == '<Directive.Date 2021-11>'
    assert '%s' % Directive.Date(2021) == '2021'


def test_equality_and_order():
    assert Directive.Date(2021, 11, 23) == Directive.Date('2021-11-23')
    assert Directive.Date(2021, 11) != Directive.Date(2021, 11, 1)
    assert Directive.Date(2021, 11, 23) == datetime.date(2021, 11, 23)
    assert Directive.Date(2021, 11) != datetime.date(2021, 11, 1)
    assert Directive.Date(2021, 11) < Directive.Date(2021, 11, 1) < Directive.Date(2021, 11, 2)
    assert Directive.Date(2022) > Directive.Date(2021, 12, 31)
    assert Directive.Date(2021, 11, 23) <= datetime.date(2021, 11, 23)
    assert Directive.Date(2021, 11, 23) != 'not a date'
    dates = [Directive.Date(t) for t in ('2023', '2021-11-23', '2021-11', '2022-01-05')]
    assert [str(d) for d in sorted(dates)] == ['2021-11', '2021-11-23', '2022-01-05', '2023']
    with pytest.raises(TypeError):
        Directive.Date(2021) < 'soon'


def test_hash_agrees_with_equality():
    assert len({Directive.Date(2021, 11, 23), Directive.Date('2021-11-23'),
                Directive.Date(2021, 11)}) == 2
    assert hash(Directive.Date(2021, 11, 23)) == hash(datetime.date(2021, 11, 23))


def test_copy_and_pickle():
    date = Directive.Date(2021, 11)
    assert copy.copy(date) == date
    assert copy.deepcopy(date) == date
    assert pickle.loads(pickle.dumps(date)) == date


def test_dates_from_the_model_have_the_overrides(task):
    assert isinstance(task.props.deadline, Directive.Date)
    assert task.props.deadline == datetime.date(2023, 3, 31)
    assert task.get_deadline().to_date() == datetime.date(2023, 3, 31)


def test_date_properties_of_the_model(task, notice, conclusion):
    assert task.deadline_date == datetime.date(2023, 3, 31)
    assert task.completed_on_date == datetime.date(2023, 3, 20)
    assert notice.issued_on_date == datetime.date(2023, 1, 16)
    assert task.get_history()[0].on_date == datetime.date(2023, 2, 1)
    yearly = conclusion.get_tasks()[1]
    # A deadline reads as the last day it covers...
    assert yearly.deadline_date == datetime.date(2023, 12, 31)
    assert yearly.completed_on_date is None


def test_partial_issue_date_reads_as_none(full):
    letter = full.get_notices()[1]
    assert str(letter.props.issued_on) == '2023-02'
    assert letter.issued_on_date is None


def test_setting_date_properties(recorder):
    task = Directive.Task.new('1', 'Làm.')
    task.connect('notify::deadline', recorder)
    task.deadline_date = datetime.date(2022, 3, 31)
    assert task.props.deadline.to_string() == '2022-03-31'
    assert recorder.count == 1
    task.deadline_date = '2022-06'
    assert str(task.props.deadline) == '2022-06'
    assert task.deadline_date == datetime.date(2022, 6, 30)
    task.deadline_date = Directive.Date(2022)
    assert str(task.props.deadline) == '2022'
    task.deadline_date = None
    assert task.props.deadline is None
    with pytest.raises(TypeError):
        task.deadline_date = 20220331
