// The model from GJS: Notice, Conclusion, Task, Agency and the smaller
// classes; properties, list getters, enums; for...of over the models.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Directive from 'gi://Directive?version=1.0';
import GObject from 'gi://GObject';
import Gio from 'gi://Gio';

import {test, run, ok, equal, deepEqual, throws} from './harness.js';
import {loadFull, items, ids, isDirectiveError} from './fixtures.js';

const full = loadFull();
const notice = full.get_notices().get_item(0);
const conclusion = notice.get_conclusions().get_item(0);
const task = conclusion.get_tasks().get_item(0);

test('enums have members', () => {
    equal(Directive.DocumentKind.NOTICE, 0);
    ok(Directive.DocumentKind.OFFICIAL_LETTER !== Directive.DocumentKind.NOTICE);
    equal(Directive.TaskStatus.DONE, 2);
    equal(Directive.Recurrence.NONE, 0);
    ok(Directive.AgencyKind.PEOPLE_COMMITTEE > 0);
    ok(Directive.Urgency.HOA_TOC > 0);
    ok(Directive.AuthorityMode.TL !== undefined);
    ok(Directive.DatePrecision.DAY > Directive.DatePrecision.YEAR);
    ok(Directive.Severity.ERROR !== undefined);
});

test('enums are registered GTypes', () => {
    for (const gtype of [Directive.DocumentKind.$gtype, Directive.TaskStatus.$gtype,
        Directive.Recurrence.$gtype, Directive.AgencyKind.$gtype, Directive.Urgency.$gtype])
        ok(GObject.type_is_a(gtype, GObject.TYPE_ENUM), String(gtype));
});

test('notice properties', () => {
    equal(notice.kind, Directive.DocumentKind.DIRECTIVE);
    equal(notice.number, '05');
    equal(notice.symbol, 'CT-UBND');
    equal(notice.issuer, full.lookup_agency('ubnd-tinh'));
    equal(notice.place, 'Lâm Đồng');
    equal(notice.issued_on.to_string(), '2023-01-16');
    equal(notice.issuedOn.to_string(), '2023-01-16');
    ok(notice.subject.startsWith('Về tăng cường'));
    equal(notice.urgency, Directive.Urgency.KHAN);
    deepEqual(notice.archive, ['VT', 'NN']);
    equal(notice.source_file, 'ct-05.txt');
});

test('notice getters agree with properties', () => {
    equal(notice.get_kind(), notice.kind);
    equal(notice.get_number(), notice.number);
    equal(notice.get_issuer(), notice.issuer);
    equal(notice.get_signer(), notice.signer);
    equal(notice.get_subject(), notice.subject);
});

test('notice signer and authority chain', () => {
    const signer = notice.signer;
    ok(signer instanceof Directive.Signer);
    equal(signer.name, 'Trần Văn Hiệp');
    equal(signer.position, 'Chủ tịch');
    const [authority] = items(signer.get_authority());
    equal(authority.mode, Directive.AuthorityMode.TM);
    equal(authority.on_behalf_of, 'Ủy ban nhân dân');
});

test('notice lists', () => {
    ok(notice.get_conclusions() instanceof Gio.ListModel);
    equal(notice.get_conclusions().get_n_items(), 1);
    deepEqual(items(notice.get_recipients()).map(r => r.text),
        ['Bộ Nông nghiệp và PTNT', 'UBND các huyện, thành phố']);
    equal(notice.get_recipients().get_item(0).note, 'b/c');
    deepEqual(ids(notice.get_recipients().get_item(1).get_agencies()), ['ubnd-cac-huyen']);
    deepEqual(items(notice.get_addressees()).map(r => r.text), ['Các sở, ban, ngành']);
});

test('nulls come through as null', () => {
    const letter = full.get_notices().get_item(1);
    equal(letter.number, null);
    equal(letter.place, null);
    equal(letter.issued_on.get_precision(), Directive.DatePrecision.MONTH);
    equal(letter.signer.name, null);
    const c = letter.get_conclusions().get_item(0);
    equal(c.by, null);
    equal(c.meeting, null);
    equal(c.summary, null);
});

test('notice built in code', () => {
    const n = Directive.Notice.new(Directive.DocumentKind.PLAN);
    n.number = '12';
    n.set_symbol('KH-UBND');
    n.issued_on = Directive.Date.new(2022, 3, 8);
    n.archive = ['VT', 'KGVX'];
    equal(n.get_number(), '12');
    equal(n.symbol, 'KH-UBND');
    equal(n.get_issued_on().to_string(), '2022-03-08');
    deepEqual(n.get_archive(), ['VT', 'KGVX']);
    n.number = null;
    equal(n.number, null);
    const m = new Directive.Notice({kind: Directive.DocumentKind.DECISION, number: '7'});
    equal(m.kind, Directive.DocumentKind.DECISION);
    equal(m.number, '7');
});

test('conclusion properties', () => {
    const by = conclusion.by;
    ok(by instanceof Directive.Person);
    equal(by.name, 'Trần Văn Hiệp');
    equal(by.position, 'Chủ tịch UBND tỉnh');
    equal(by.honorific, 'đồng chí');
    equal(by.agency.id, 'ubnd-tinh');
    equal(conclusion.summary, 'Mùa khô năm nay đến sớm.');
});

test('conclusion meeting', () => {
    const meeting = conclusion.meeting;
    equal(meeting.date.to_string(), '2023-01-10');
    equal(meeting.venue, 'Trụ sở UBND tỉnh');
    equal(meeting.topic, 'phòng cháy rừng');
    equal(meeting.chair.name, 'Trần Văn Hiệp');
    const attendees = items(meeting.get_attendees());
    equal(attendees.length, 2);
    equal(attendees[1].name, null);
    equal(attendees[1].text, 'lãnh đạo các phòng thuộc Sở');
});

test('for...of over conclusion.get_tasks()', () => {
    const ordinals = [];
    for (const t of conclusion.get_tasks())
        ordinals.push(t.ordinal);
    deepEqual(ordinals, ['1', '2']);
    ok(conclusion.get_tasks() instanceof Gio.ListStore, 'the model hands out Gio.ListStores');
});

test('for...of over every list getter', () => {
    const models = [full.get_agencies(), full.get_notices(), notice.get_conclusions(),
        notice.get_recipients(), notice.get_addressees(), conclusion.get_tasks(),
        conclusion.meeting.get_attendees(), notice.signer.get_authority(), task.get_lead(),
        task.get_cooperating(), task.get_report_to(), task.get_subtasks(), task.get_history()];
    for (const model of models) {
        const seen = [];
        for (const item of model)
            seen.push(item);
        equal(seen.length, model.get_n_items());
        seen.forEach((item, i) => equal(item, model.get_item(i)));
    }
});

test('task properties', () => {
    equal(task.ordinal, '1');
    ok(task.text.startsWith('Sở Nông nghiệp'));
    equal(task.deadline.to_string(), '2023-03-31');
    equal(task.recurrence, Directive.Recurrence.NONE);
    equal(task.status, Directive.TaskStatus.DONE);
    equal(task.completed_on.to_string(), '2023-03-20');
    equal(task.completedOn.to_string(), '2023-03-20');
    equal(task.first_line, 20);
    equal(task.get_last_line(), 28);
});

test('task agency lists', () => {
    deepEqual(ids(task.get_lead()), ['so-nnptnt']);
    deepEqual(ids(task.get_cooperating()), ['so-tai-chinh']);
    deepEqual(ids(task.get_report_to()), ['ubnd-tinh']);
    equal(task.lead, task.get_lead());
    equal(task.report_to, task.get_report_to());
    equal(task.reportTo, task.get_report_to());
});

test('task subtasks and history', () => {
    const subtasks = items(task.get_subtasks());
    deepEqual(subtasks.map(s => s.ordinal), ['a', 'b']);
    equal(subtasks[0].recurrence, Directive.Recurrence.ONGOING);
    equal(subtasks[0].status, Directive.TaskStatus.IN_PROGRESS);
    const history = items(task.get_history());
    deepEqual(history.map(e => [e.on.to_string(), e.status]),
        [['2023-02-01', Directive.TaskStatus.IN_PROGRESS], ['2023-03-20', Directive.TaskStatus.DONE]]);
    equal(history[0].note, 'Đã triển khai');
});

test('task built in code', () => {
    const lead = Directive.Agency.new('so-noi-vu', 'Sở Nội vụ');
    const t = Directive.Task.new('1', 'Xây dựng kế hoạch.');
    t.add_lead(lead);
    t.add_cooperating(Directive.Agency.new('vp', 'Văn phòng'));
    t.add_subtask(Directive.Task.new('a', 'Rà soát.'));
    t.add_event(Directive.TaskEvent.new(Directive.Date.new(2022, 3, 9),
        Directive.TaskStatus.IN_PROGRESS, 'Bắt đầu'));
    t.deadline = Directive.Date.new_from_string('2022-03-31');
    t.set_lines(3, 5);
    deepEqual(ids(t.get_lead()), ['so-noi-vu']);
    equal(t.get_subtasks().get_n_items(), 1);
    equal(t.get_history().get_item(0).note, 'Bắt đầu');
    equal(t.deadline.to_string(), '2022-03-31');
    equal(t.status, Directive.TaskStatus.PENDING);
    t.status = Directive.TaskStatus.DONE;
    equal(t.get_status(), Directive.TaskStatus.DONE);
});

test('agency properties', () => {
    const agency = full.lookup_agency('so-nnptnt');
    equal(agency.id, 'so-nnptnt');
    equal(agency.name, 'Sở Nông nghiệp và Phát triển nông thôn');
    equal(agency.short_name, 'Sở NN&PTNT');
    equal(agency.shortName, 'Sở NN&PTNT');
    equal(agency.kind, Directive.AgencyKind.DEPARTMENT);
    equal(agency.parent, full.lookup_agency('ubnd-tinh'));
    equal(agency.locality, 'Lâm Đồng');
    equal(full.lookup_agency('ubnd-tinh').parent, null);
});

test('agency built in code, and a parent cycle throws', () => {
    const province = new Directive.Agency({id: 'ubnd', name: 'UBND tỉnh',
        kind: Directive.AgencyKind.PEOPLE_COMMITTEE});
    const department = Directive.Agency.new('so', 'Sở');
    ok(department.set_parent(province));
    equal(department.parent, province);
    throws(() => province.set_parent(department), isDirectiveError(Directive.Error.CYCLE));
});

run();
