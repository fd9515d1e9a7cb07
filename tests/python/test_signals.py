# notify:: and items-changed from Python: every property notifies once per
# change and not at all when set to what it is; list models signal additions.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import pytest

from gi.repository import Directive


def make(cls):
    if cls is Directive.Notice:
        return Directive.Notice.new(Directive.DocumentKind.NOTICE)
    if cls is Directive.Task:
        return Directive.Task.new('1', 'text')
    if cls is Directive.Agency:
        return Directive.Agency.new('a', 'A')
    if cls is Directive.Person:
        return Directive.Person.new('N', 'P')
    return cls.new()


STRING_PROPERTIES = [
    (Directive.Notice, 'number'), (Directive.Notice, 'symbol'), (Directive.Notice, 'place'),
    (Directive.Notice, 'subject'), (Directive.Conclusion, 'summary'), (Directive.Task, 'ordinal'),
    (Directive.Task, 'text'), (Directive.Agency, 'name'), (Directive.Agency, 'short-name'),
    (Directive.Agency, 'locality'), (Directive.Person, 'position'), (Directive.Meeting, 'venue'),
]


@pytest.mark.parametrize('cls, prop', STRING_PROPERTIES,
                         ids=['%s.%s' % (c.__name__, p) for c, p in STRING_PROPERTIES])
def test_string_property_notifies_once_per_change(cls, prop, recorder):
    obj = make(cls)
    obj.connect('notify::' + prop, recorder)
    obj.set_property(prop, 'một')
    assert recorder.count == 1
    obj.set_property(prop, 'một')
    assert recorder.count == 1
    obj.set_property(prop, 'hai')
    assert recorder.count == 2
    assert recorder.calls[0][0].name == prop


def test_enum_property_notifies_only_on_change(recorder):
    task = Directive.Task.new('1', 'text')
    task.connect('notify::status', recorder)
    task.props.status = Directive.TaskStatus.DONE
    assert recorder.count == 1
    task.props.status = Directive.TaskStatus.DONE
    assert recorder.count == 1
    task.set_status(Directive.TaskStatus.PENDING)
    assert recorder.count == 2


def test_date_property_notifies_only_on_change(recorder):
    notice = Directive.Notice.new(Directive.DocumentKind.NOTICE)
    notice.connect('notify::issued-on', recorder)
    notice.props.issued_on = Directive.Date.new_from_string('2021-11-23')
    assert recorder.count == 1
    notice.props.issued_on = Directive.Date.new_from_string('2021-11-23')
    assert recorder.count == 1
    notice.props.issued_on = Directive.Date.new_from_string('2021-11')
    assert recorder.count == 2
    notice.props.issued_on = None
    assert recorder.count == 3
    notice.props.issued_on = None
    assert recorder.count == 3


def test_object_property_notifies_only_on_change(recorder):
    notice = Directive.Notice.new(Directive.DocumentKind.NOTICE)
    issuer = Directive.Agency.new('ubnd', 'UBND')
    notice.connect('notify::issuer', recorder)
    notice.props.issuer = issuer
    notice.props.issuer = issuer
    assert recorder.count == 1
    notice.set_issuer(None)
    assert recorder.count == 2


def test_setter_method_notifies_too(recorder):
    agency = Directive.Agency.new('a', 'A')
    agency.connect('notify::kind', recorder)
    agency.set_kind(Directive.AgencyKind.PRESS)
    agency.set_kind(Directive.AgencyKind.PRESS)
    assert recorder.count == 1


def test_construct_properties_do_not_notify(recorder):
    # GLib >= 2.73 does not notify properties set at construction.
    task = Directive.Task(ordinal='1', text='t')
    task.connect('notify', recorder)
    assert recorder.count == 0


def test_notify_with_a_detail_only_hears_its_property(recorder):
    task = Directive.Task.new('1', 'text')
    task.connect('notify::text', recorder)
    task.props.ordinal = '2'
    assert recorder.count == 0


def test_items_changed_on_add_notice(recorder):
    collection = Directive.Collection.new()
    collection.get_notices().connect('items-changed', recorder)
    notice = Directive.Notice.new(Directive.DocumentKind.NOTICE)
    collection.add_notice(notice)
    assert recorder.calls == [(0, 0, 1)]
    collection.remove_notice(notice)
    assert recorder.calls == [(0, 0, 1), (0, 1, 0)]


def test_items_changed_on_add_agency(recorder):
    collection = Directive.Collection.new()
    collection.props.agencies.connect('items-changed', recorder)
    collection.add_agency(Directive.Agency.new('a', 'A'))
    collection.add_agency(Directive.Agency.new('b', 'B'))
    assert recorder.calls == [(0, 0, 1), (1, 0, 1)]


def test_items_changed_on_the_model_lists(recorder):
    conclusion = Directive.Conclusion.new()
    conclusion.get_tasks().connect('items-changed', recorder)
    task = Directive.Task.new('1', 'text')
    conclusion.add_task(task)
    assert recorder.calls == [(0, 0, 1)]
    lead = Recorder2()
    task.get_lead().connect('items-changed', lead)
    task.add_lead(Directive.Agency.new('a', 'A'))
    assert lead.n == 1


class Recorder2:
    n = 0

    def __call__(self, *args):
        self.n += 1


def test_load_signals_the_existing_models(full_path, recorder):
    collection = Directive.Collection.new()
    notices = collection.get_notices()
    notices.connect('items-changed', recorder)
    collection.load_from_file(full_path)
    # The model the caller holds agrees with the signals: n-items matches.
    added = sum(c[2] - c[1] for c in recorder.calls)
    assert added == notices.get_n_items() == 2
