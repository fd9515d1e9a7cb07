# The model's classes from Python: Notice, Conclusion, Task, Agency and the
# smaller ones; properties, list getters and enums.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import pytest

from gi.repository import Directive, GObject, Gio


def ids(model):
    return [a.props.id for a in model]


# ---------------------------------------------------------------- enums

def test_enums_have_members_and_nicks():
    assert Directive.DocumentKind.NOTICE != Directive.DocumentKind.DIRECTIVE
    assert Directive.DocumentKind.OFFICIAL_LETTER.value_nick == 'official-letter'
    assert Directive.TaskStatus.DONE.value_nick == 'done'
    assert Directive.TaskStatus.IN_PROGRESS.value_nick == 'in-progress'
    assert Directive.Recurrence.ANNUAL.value_nick == 'annual'
    assert Directive.AgencyKind.PEOPLE_COMMITTEE.value_nick == 'people-committee'
    assert Directive.Urgency.HOA_TOC.value_nick == 'hoa-toc'
    assert Directive.AuthorityMode.TL.value_nick == 'TL'
    assert Directive.DatePrecision.DAY > Directive.DatePrecision.YEAR
    assert Directive.Severity.WARNING.value_nick == 'warning'


def test_enums_are_registered_gtypes():
    for enum in (Directive.DocumentKind, Directive.TaskStatus, Directive.Recurrence,
                 Directive.AgencyKind, Directive.Urgency, Directive.AuthorityMode,
                 Directive.DatePrecision, Directive.Severity, Directive.Error):
        assert enum.__gtype__.is_a(GObject.TYPE_ENUM), enum


def test_enum_properties_take_enum_values():
    task = Directive.Task.new('1', 'text')
    task.props.status = Directive.TaskStatus.IN_PROGRESS
    assert task.get_status() == Directive.TaskStatus.IN_PROGRESS
    assert isinstance(task.props.status, Directive.TaskStatus)


# ---------------------------------------------------------------- notice

def test_notice_properties(notice, full):
    assert notice.props.kind == Directive.DocumentKind.DIRECTIVE
    assert notice.props.number == '05'
    assert notice.props.symbol == 'CT-UBND'
    assert notice.props.issuer == full.lookup_agency('ubnd-tinh')
    assert notice.props.place == 'Lâm Đồng'
    assert notice.props.issued_on.to_string() == '2023-01-16'
    assert notice.props.subject.startswith('Về tăng cường')
    assert notice.props.urgency == Directive.Urgency.KHAN
    assert list(notice.props.archive) == ['VT', 'NN']
    assert notice.props.source_file == 'ct-05.txt'
    assert notice.get_property('issued-on').to_string() == '2023-01-16'


def test_notice_getters_match_properties(notice):
    assert notice.get_kind() == notice.props.kind
    assert notice.get_number() == notice.props.number
    assert notice.get_symbol() == notice.props.symbol
    assert notice.get_issuer() == notice.props.issuer
    assert notice.get_place() == notice.props.place
    assert notice.get_issued_on().to_string() == notice.props.issued_on.to_string()
    assert notice.get_subject() == notice.props.subject
    assert notice.get_signer() == notice.props.signer


def test_notice_signer(notice):
    signer = notice.props.signer
    assert isinstance(signer, Directive.Signer)
    assert signer.props.name == 'Trần Văn Hiệp'
    assert signer.props.position == 'Chủ tịch'
    authority = signer.get_authority()
    assert [a.props.mode for a in authority] == [Directive.AuthorityMode.TM]
    assert authority[0].props.on_behalf_of == 'Ủy ban nhân dân'


def test_notice_lists(notice):
    assert isinstance(notice.get_conclusions(), Gio.ListModel)
    assert len(notice.get_conclusions()) == 1
    assert [r.props.text for r in notice.get_recipients()] == [
        'Bộ Nông nghiệp và PTNT', 'UBND các huyện, thành phố']
    assert notice.get_recipients()[0].props.note == 'b/c'
    assert ids(notice.get_recipients()[1].get_agencies()) == ['ubnd-cac-huyen']
    assert [r.props.text for r in notice.get_addressees()] == ['Các sở, ban, ngành']
    assert notice.props.conclusions == notice.get_conclusions()


def test_notice_nulls(full):
    letter = full.get_notices()[1]
    assert letter.props.kind == Directive.DocumentKind.OFFICIAL_LETTER
    assert letter.props.number is None
    assert letter.props.place is None
    assert letter.props.archive is None or list(letter.props.archive) == []
    assert letter.props.issued_on.get_precision() == Directive.DatePrecision.MONTH
    assert letter.props.signer.props.name is None
    conclusion = letter.get_conclusions()[0]
    assert conclusion.props.by is None
    assert conclusion.props.meeting is None
    assert conclusion.props.summary is None
    assert len(conclusion.get_tasks()) == 0


def test_notice_built_in_code():
    notice = Directive.Notice.new(Directive.DocumentKind.PLAN)
    notice.props.number = '12'
    notice.set_symbol('KH-UBND')
    notice.props.issued_on = Directive.Date.new(2022, 3, 8)
    notice.props.archive = ['VT', 'KGVX']
    assert notice.props.kind == Directive.DocumentKind.PLAN
    assert notice.get_number() == '12'
    assert notice.props.symbol == 'KH-UBND'
    assert notice.get_issued_on().to_string() == '2022-03-08'
    assert list(notice.get_archive()) == ['VT', 'KGVX']
    notice.props.number = None
    assert notice.props.number is None
    notice.props.issued_on = None
    assert notice.props.issued_on is None


def test_notice_construct_properties():
    notice = Directive.Notice(kind=Directive.DocumentKind.DECISION, number='7', subject='Về việc')
    assert notice.props.kind == Directive.DocumentKind.DECISION
    assert notice.props.number == '7'
    assert notice.props.subject == 'Về việc'


# ---------------------------------------------------------------- conclusion

def test_conclusion_properties(conclusion):
    by = conclusion.props.by
    assert isinstance(by, Directive.Person)
    assert by.props.name == 'Trần Văn Hiệp'
    assert by.props.position == 'Chủ tịch UBND tỉnh'
    assert by.props.honorific == 'đồng chí'
    assert by.props.agency.props.id == 'ubnd-tinh'
    assert conclusion.props.summary == 'Mùa khô năm nay đến sớm.'
    assert conclusion.get_by() == by


def test_conclusion_meeting(conclusion):
    meeting = conclusion.props.meeting
    assert isinstance(meeting, Directive.Meeting)
    assert meeting.props.date.to_string() == '2023-01-10'
    assert meeting.props.venue == 'Trụ sở UBND tỉnh'
    assert meeting.props.topic == 'phòng cháy rừng'
    assert meeting.props.chair.props.name == 'Trần Văn Hiệp'
    attendees = meeting.get_attendees()
    assert len(attendees) == 2
    assert attendees[0].props.honorific == 'ông'
    assert attendees[1].props.name is None
    assert attendees[1].props.text == 'lãnh đạo các phòng thuộc Sở'


def test_conclusion_tasks(conclusion):
    tasks = conclusion.get_tasks()
    assert isinstance(tasks, Gio.ListModel)
    assert tasks.get_item_type() == Directive.Task.__gtype__
    assert [t.props.ordinal for t in tasks] == ['1', '2']
    assert conclusion.props.tasks == tasks


def test_conclusion_built_in_code():
    conclusion = Directive.Conclusion.new()
    # PyGObject 3.42 warns when a property is set to an object nothing in
    # Python holds: keep it in a variable (or use the setter method).
    by = Directive.Person.new('Lê Văn An', 'Phó Chủ tịch UBND thành phố')
    conclusion.props.by = by
    conclusion.props.summary = 'Tốt.'
    conclusion.add_task(Directive.Task.new('1', 'Làm.'))
    conclusion.add_task(Directive.Task.new('2', 'Báo cáo.'))
    assert [t.props.text for t in conclusion.get_tasks()] == ['Làm.', 'Báo cáo.']
    conclusion.set_meeting(Directive.Meeting.new())
    assert conclusion.props.meeting is not None
    assert conclusion.props.by == by


# ---------------------------------------------------------------- task

def test_task_properties(task):
    assert task.props.ordinal == '1'
    assert task.props.text.startswith('Sở Nông nghiệp')
    assert task.props.deadline.to_string() == '2023-03-31'
    assert task.props.recurrence == Directive.Recurrence.NONE
    assert task.props.status == Directive.TaskStatus.DONE
    assert task.props.completed_on.to_string() == '2023-03-20'
    assert task.props.first_line == 20
    assert task.props.last_line == 28
    assert (task.get_first_line(), task.get_last_line()) == (20, 28)


def test_task_agency_lists(task):
    assert ids(task.get_lead()) == ['so-nnptnt']
    assert ids(task.get_cooperating()) == ['so-tai-chinh']
    assert ids(task.get_report_to()) == ['ubnd-tinh']
    for model in (task.get_lead(), task.get_cooperating(), task.get_report_to()):
        assert model.get_item_type() == Directive.Agency.__gtype__
    assert task.props.lead == task.get_lead()
    assert task.props.report_to == task.get_report_to()


def test_task_subtasks_and_history(task):
    subtasks = task.get_subtasks()
    assert [s.props.ordinal for s in subtasks] == ['a', 'b']
    assert subtasks[0].props.recurrence == Directive.Recurrence.ONGOING
    assert subtasks[0].props.status == Directive.TaskStatus.IN_PROGRESS
    assert subtasks[1].props.recurrence == Directive.Recurrence.MONTHLY
    history = task.get_history()
    assert [(e.props.on.to_string(), e.props.status) for e in history] == [
        ('2023-02-01', Directive.TaskStatus.IN_PROGRESS), ('2023-03-20', Directive.TaskStatus.DONE)]
    assert history[0].props.note == 'Đã triển khai'
    assert history[1].props.note is None


def test_task_reduced_precision_deadline(conclusion):
    task = conclusion.get_tasks()[1]
    assert task.props.deadline.to_string() == '2023'
    assert task.props.deadline.get_precision() == Directive.DatePrecision.YEAR
    assert task.props.status == Directive.TaskStatus.CANCELLED
    assert task.props.recurrence == Directive.Recurrence.ANNUAL


def test_task_built_in_code():
    lead = Directive.Agency.new('so-noi-vu', 'Sở Nội vụ')
    helper = Directive.Agency.new('van-phong', 'Văn phòng UBND')
    task = Directive.Task.new('1', 'Xây dựng kế hoạch.')
    task.add_lead(lead)
    task.add_cooperating(helper)
    task.add_report_to(helper)
    task.add_subtask(Directive.Task.new('a', 'Rà soát.'))
    task.add_event(Directive.TaskEvent.new(Directive.Date.new(2022, 3, 9),
                                           Directive.TaskStatus.IN_PROGRESS, 'Bắt đầu'))
    task.props.deadline = Directive.Date.new_from_string('2022-03-31')
    task.props.recurrence = Directive.Recurrence.QUARTERLY
    task.set_lines(3, 5)
    assert ids(task.get_lead()) == ['so-noi-vu']
    assert ids(task.get_cooperating()) == ['van-phong']
    assert ids(task.get_report_to()) == ['van-phong']
    assert len(task.get_subtasks()) == 1
    assert task.get_history()[0].props.note == 'Bắt đầu'
    assert task.get_deadline().to_string() == '2022-03-31'
    assert task.props.status == Directive.TaskStatus.PENDING
    assert (task.props.first_line, task.props.last_line) == (3, 5)


# ---------------------------------------------------------------- agency

def test_agency_properties(full):
    agency = full.lookup_agency('so-nnptnt')
    assert agency.props.id == 'so-nnptnt'
    assert agency.props.name == 'Sở Nông nghiệp và Phát triển nông thôn'
    assert agency.props.short_name == 'Sở NN&PTNT'
    assert agency.props.kind == Directive.AgencyKind.DEPARTMENT
    assert agency.props.parent == full.lookup_agency('ubnd-tinh')
    assert agency.props.locality == 'Lâm Đồng'
    assert agency.get_short_name() == agency.props.short_name
    assert agency.get_parent() == agency.props.parent
    assert full.lookup_agency('ubnd-tinh').props.parent is None
    assert full.lookup_agency('bao-lam-dong').props.short_name is None


def test_agency_built_in_code():
    province = Directive.Agency.new('ubnd-tinh', 'Ủy ban nhân dân tỉnh Đồng Nai')
    province.props.kind = Directive.AgencyKind.PEOPLE_COMMITTEE
    department = Directive.Agency(id='so-tttt', name='Sở Thông tin và Truyền thông',
                                  short_name='Sở TT&TT', kind=Directive.AgencyKind.DEPARTMENT)
    assert department.set_parent(province)
    assert department.props.parent == province
    assert department.props.short_name == 'Sở TT&TT'
    department.props.parent = None
    assert department.get_parent() is None


def test_agency_parent_cycle_is_an_error():
    from gi.repository import GLib
    a = Directive.Agency.new('a', 'A')
    b = Directive.Agency.new('b', 'B')
    a.set_parent(b)
    with pytest.raises(GLib.Error) as caught:
        b.set_parent(a)
    assert caught.value.matches(Directive.error_quark(), Directive.Error.CYCLE)


# ---------------------------------------------------------------- person, recipient, signer

def test_person_group():
    group = Directive.Person.new_group('các đơn vị liên quan')
    assert group.props.text == 'các đơn vị liên quan'
    assert group.props.name is None


def test_recipient_and_signer_built_in_code():
    recipient = Directive.Recipient.new('Sở Nội vụ')
    recipient.props.note = 'thực hiện'
    recipient.add_agency(Directive.Agency.new('so-noi-vu', 'Sở Nội vụ'))
    assert ids(recipient.props.agencies) == ['so-noi-vu']
    signer = Directive.Signer.new(None, 'Chánh Văn phòng')
    signer.add_authority(Directive.Authority.new(Directive.AuthorityMode.TL, 'Chủ tịch'))
    assert signer.get_authority()[0].props.mode == Directive.AuthorityMode.TL
    assert signer.props.name is None
