# Directive.py: PyGObject overrides that make libdirective feel native in Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# PyGObject imports this module in place of the bare introspected namespace
# when a script does `from gi.repository import Directive`. Everything the C
# API offers stays reachable under the same names; this only adds Python
# idioms on top:
#
# - repr() that says what an object is: <Directive.Task 3 'Chủ trì, phối…' lead=[so-tttt] pending>
# - Directive.Date: construct from parts or ISO text, ==, <, hash, str(),
#   to_date() / from_date() with datetime.date
# - date-valued helpers on the model: Task.deadline_date, Notice.issued_on_date, ...
# - Collection.from_file() / from_data(), to_data() returning only the text,
#   path-like arguments, load_from_data(text) without the length
# - Collection.iter_tasks() / Notice.iter_tasks() walking every task
# - Parser.parse_file() taking a path as well as a Gio.File
#
# len(), iteration and indexing of every Gio.ListModel getter come from
# PyGObject itself (gi/overrides/Gio.py).

import datetime
import os

from ..module import get_introspection_module
from ..overrides import override
from gi.repository import Gio

Directive = get_introspection_module('Directive')

__all__ = []


def _nick(enum_value):
    """The nick of an enum value as JSON writes it ('in-progress'), or str() of it."""
    nick = getattr(enum_value, 'value_nick', None)
    return nick if nick is not None else str(enum_value)


def _short(text, limit=20):
    if text is None:
        return None
    text = ' '.join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if text[limit - 1] != ' ' and ' ' in cut:
        cut = cut[:cut.rindex(' ')]  # end on a whole word
    return cut.rstrip(' ,;:') + '…'


def _ids(model):
    return '[' + ', '.join(a.get_id() or '?' for a in model) + ']'


def _fspath(path):
    return os.fspath(path)


# ---------------------------------------------------------------- Date

class Date(Directive.Date):
    """A calendar date of reduced precision: a year, a year and month, or a full date.

    Construct one as ``Directive.Date(2021, 11, 23)``, ``Directive.Date(2021, 11)``,
    ``Directive.Date(2021)`` or ``Directive.Date('2021-11-23')``; the C constructors
    ``Date.new()`` and ``Date.new_from_string()`` work as well. Invalid parts raise
    ``GLib.Error`` in the ``Directive.Error.INVALID_DATE`` code.

    Dates compare with ``==`` and order with ``<`` the way
    ``directive_date_compare()`` does (by first day, the less precise first),
    hash by their ISO text, and ``str()`` gives the ISO text.
    """

    def __new__(cls, year_or_text, month=0, day=0):
        if isinstance(year_or_text, str):
            if month or day:
                raise TypeError('Directive.Date(text) takes no month or day')
            return Directive.Date.new_from_string(year_or_text)
        if isinstance(year_or_text, datetime.date):
            return cls.from_date(year_or_text)
        return Directive.Date.new(year_or_text, month, day)

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def from_date(cls, date):
        """A full Directive.Date from a ``datetime.date`` (or ``datetime.datetime``)."""
        if not isinstance(date, datetime.date):
            raise TypeError('expected a datetime.date, got %s' % type(date).__name__)
        return Directive.Date.new(date.year, date.month, date.day)

    @property
    def precision(self):
        """The ``Directive.DatePrecision`` of the date."""
        return self.get_precision()

    @property
    def year(self):
        return self.get_year()

    @property
    def month(self):
        """The month, or 0 when only the year is known."""
        return self.get_month()

    @property
    def day(self):
        """The day, or 0 when the day is not known."""
        return self.get_day()

    def is_full(self):
        """True when year, month and day are all known."""
        return self.get_precision() == Directive.DatePrecision.DAY

    def to_date(self, last_day=False):
        """The date as a ``datetime.date``.

        A full date converts as it is. A date of reduced precision (``2021-11``)
        raises ``ValueError``, since no day was stated, unless ``last_day`` is
        true: then the last day the date covers is given (``2021-11-30``), which
        is what a deadline of that precision means.
        """
        if self.is_full():
            return datetime.date(self.get_year(), self.get_month(), self.get_day())
        if not last_day:
            raise ValueError('%s is not a full date; pass last_day=True for the last day it covers'
                             % self.to_string())
        last = self.dup_last_day()
        return datetime.date(last.get_year(), last.get_month(), last.get_day())

    def __str__(self):
        return self.to_string()

    def __repr__(self):
        return '<Directive.Date %s>' % self.to_string()

    def __eq__(self, other):
        if isinstance(other, Directive.Date):
            return self.equal(other)
        if isinstance(other, datetime.date) and not isinstance(other, datetime.datetime):
            return self.is_full() and self.to_date() == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _cmp(self, other):
        if isinstance(other, datetime.date) and not isinstance(other, datetime.datetime):
            other = Date.from_date(other)
        if not isinstance(other, Directive.Date):
            return NotImplemented
        return self.compare(other)

    def __lt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self.is_full():
            return hash(self.to_date())
        return hash(self.to_string())

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        return (Date, (self.to_string(),))


Date = override(Date)
__all__.append('Date')


def _as_directive_date(value):
    """Accept None, a Directive.Date, a datetime.date or ISO text for a date property."""
    if value is None or isinstance(value, Directive.Date):
        return value
    if isinstance(value, datetime.date):
        return Date.from_date(value)
    if isinstance(value, str):
        return Directive.Date.new_from_string(value)
    raise TypeError('expected a datetime.date, a Directive.Date, ISO text or None, got %s'
                    % type(value).__name__)


def _date_property(prop, doc, last_day=False):
    """A Python property that reads and writes the date-valued GObject property
    ``prop`` as a ``datetime.date``.

    Reading gives None when the date is not set. A date of reduced precision
    reads as its last day when ``last_day`` (deadlines), else as None: read
    ``obj.props.<prop>`` for the date as stated. Writing accepts a
    ``datetime.date``, a ``Directive.Date``, ISO text or None.
    """
    def fget(self):
        value = self.get_property(prop)
        if value is None:
            return None
        if value.get_precision() != Directive.DatePrecision.DAY and not last_day:
            return None
        return Date.to_date(value, last_day=last_day)

    def fset(self, value):
        self.set_property(prop, _as_directive_date(value))

    return property(fget, fset, doc=doc)


# ---------------------------------------------------------------- Collection

class Collection(Directive.Collection):

    @classmethod
    def from_file(cls, path):
        """A new collection loaded from the directive/1 file at ``path`` (str or path-like).

        Raises ``GLib.Error`` (domain ``Directive.error_quark()``) when the file
        cannot be read or is not directive/1.
        """
        collection = Directive.Collection.new()
        collection.load_from_file(path)
        return collection

    @classmethod
    def from_data(cls, text):
        """A new collection loaded from directive/1 JSON text (str or bytes)."""
        collection = Directive.Collection.new()
        collection.load_from_data(text)
        return collection

    def load_from_file(self, path):
        return Directive.Collection.load_from_file(self, _fspath(path))

    def save_to_file(self, path):
        return Directive.Collection.save_to_file(self, _fspath(path))

    def load_from_data(self, text, length=-1):
        """Loads directive/1 JSON text; ``length`` may be left out (the C API's -1)."""
        if isinstance(text, (bytes, bytearray)):
            return Directive.Collection.load_from_bytes(self, _glib_bytes(text))
        return Directive.Collection.load_from_data(self, text, length)

    def to_data(self):
        """The collection as directive/1 JSON text (a str; C also gives its length)."""
        text, _length = Directive.Collection.to_data(self)
        return text

    def iter_tasks(self, subtasks=True):
        """Every task of every notice, in document order; subtasks follow their parent."""
        for notice in self.get_notices():
            yield from Notice.iter_tasks(notice, subtasks)

    def __repr__(self):
        n_agencies = self.get_agencies().get_n_items()
        n_notices = self.get_notices().get_n_items()
        return '<Directive.Collection %d agenc%s, %d notice%s>' % (
            n_agencies, 'y' if n_agencies == 1 else 'ies',
            n_notices, '' if n_notices == 1 else 's')


def _glib_bytes(data):
    from gi.repository import GLib
    return GLib.Bytes.new(bytes(data))


Collection = override(Collection)
__all__.append('Collection')


# ---------------------------------------------------------------- Agency

class Agency(Directive.Agency):

    def __repr__(self):
        kind = self.get_kind()
        parts = ['<Directive.Agency', self.get_id() or '?', repr(self.get_name())]
        if kind != Directive.AgencyKind.UNSPECIFIED:
            parts.append(_nick(kind))
        parent = self.get_parent()
        if parent is not None:
            parts.append('parent=%s' % (parent.get_id() or '?'))
        return ' '.join(parts) + '>'

    def __str__(self):
        return self.get_name() or self.get_id() or ''


Agency = override(Agency)
__all__.append('Agency')


# ---------------------------------------------------------------- Notice

class Notice(Directive.Notice):

    issued_on_date = _date_property(
        'issued-on', 'The issue date as a datetime.date, or None when unset or not a full date.')

    @property
    def reference(self):
        """The number and symbol as printed: '123/TB-UBND' (None when neither is known)."""
        number, symbol = self.get_number(), self.get_symbol()
        if number is None and symbol is None:
            return None
        return '%s/%s' % (number or '', symbol or '') if symbol else number

    def iter_tasks(self, subtasks=True):
        """Every task of every conclusion, in document order; subtasks follow their parent."""
        for conclusion in self.get_conclusions():
            for task in conclusion.get_tasks():
                yield task
                if subtasks:
                    yield from Task.iter_subtasks(task)

    def __repr__(self):
        parts = ['<Directive.Notice', _nick(self.get_kind())]
        reference = self.reference
        if reference:
            parts.append(reference)
        issued_on = self.get_issued_on()
        if issued_on is not None:
            parts.append(issued_on.to_string())
        issuer = self.get_issuer()
        if issuer is not None:
            parts.append('issuer=%s' % (issuer.get_id() or '?'))
        if self.get_subject():
            parts.append(repr(_short(self.get_subject(), 30)))
        return ' '.join(parts) + '>'


Notice = override(Notice)
__all__.append('Notice')


# ---------------------------------------------------------------- Conclusion

class Conclusion(Directive.Conclusion):

    def __repr__(self):
        parts = ['<Directive.Conclusion']
        by = self.get_by()
        if by is not None:
            parts.append('by=%r' % (by.get_name() or by.get_text()))
        if self.get_meeting() is not None:
            parts.append('meeting')
        n = self.get_tasks().get_n_items()
        parts.append('%d task%s' % (n, '' if n == 1 else 's'))
        return ' '.join(parts) + '>'


Conclusion = override(Conclusion)
__all__.append('Conclusion')


# ---------------------------------------------------------------- Task

class Task(Directive.Task):

    deadline_date = _date_property(
        'deadline',
        'The deadline as a datetime.date: the last day it covers (2021-12 reads as '
        '2021-12-31), or None when there is none.',
        last_day=True)
    completed_on_date = _date_property(
        'completed-on', 'When it was done, as a datetime.date, or None when unset or not a full date.')

    def iter_subtasks(self):
        """The subtasks, depth first (a subtask's own subtasks follow it)."""
        for subtask in self.get_subtasks():
            yield subtask
            yield from Task.iter_subtasks(subtask)

    def mark_done(self, on=None):
        """Marks the task done: sets ``status`` to DONE, after ``completed-on`` to
        ``on`` (a datetime.date, Directive.Date or ISO text) when given. Left out,
        the library records today, and forgets it again if the task is reopened."""
        if on is not None:
            self.props.completed_on = _as_directive_date(on)
        self.props.status = Directive.TaskStatus.DONE

    def __repr__(self):
        parts = ['<Directive.Task']
        if self.get_ordinal():
            parts.append(self.get_ordinal())
        if self.get_text() is not None:
            parts.append(repr(_short(self.get_text())))
        if self.get_lead().get_n_items():
            parts.append('lead=' + _ids(self.get_lead()))
        deadline = self.get_deadline()
        if deadline is not None:
            parts.append('due=' + deadline.to_string())
        parts.append(_nick(self.get_status()))
        return ' '.join(parts) + '>'


Task = override(Task)
__all__.append('Task')


# ---------------------------------------------------------------- people and the rest

class Person(Directive.Person):

    def __repr__(self):
        if self.get_name() is None and self.get_text() is not None:
            return '<Directive.Person group %r>' % self.get_text()
        parts = ['<Directive.Person', repr(self.get_name())]
        if self.get_position():
            parts.append(repr(self.get_position()))
        if self.get_agency() is not None:
            parts.append('agency=%s' % (self.get_agency().get_id() or '?'))
        return ' '.join(parts) + '>'


Person = override(Person)
__all__.append('Person')


class Meeting(Directive.Meeting):

    def __repr__(self):
        parts = ['<Directive.Meeting']
        if self.get_date() is not None:
            parts.append(self.get_date().to_string())
        if self.get_venue():
            parts.append(repr(_short(self.get_venue(), 30)))
        n = self.get_attendees().get_n_items()
        parts.append('%d attendee%s' % (n, '' if n == 1 else 's'))
        return ' '.join(parts) + '>'


Meeting = override(Meeting)
__all__.append('Meeting')


class Signer(Directive.Signer):

    def __repr__(self):
        chain = ' '.join(_nick(a.get_mode()) + '.' for a in self.get_authority())
        parts = ['<Directive.Signer']
        if chain:
            parts.append(chain)
        parts.append(repr(self.get_position()))
        parts.append(repr(self.get_name()))
        return ' '.join(parts) + '>'


Signer = override(Signer)
__all__.append('Signer')


class Authority(Directive.Authority):

    def __repr__(self):
        return '<Directive.Authority %s %r>' % (_nick(self.get_mode()), self.get_on_behalf_of())


Authority = override(Authority)
__all__.append('Authority')


class Recipient(Directive.Recipient):

    def __repr__(self):
        parts = ['<Directive.Recipient', repr(self.get_text())]
        if self.get_note():
            parts.append('(%s)' % self.get_note())
        if self.get_agencies().get_n_items():
            parts.append('agencies=' + _ids(self.get_agencies()))
        return ' '.join(parts) + '>'


Recipient = override(Recipient)
__all__.append('Recipient')


class TaskEvent(Directive.TaskEvent):

    on_date = _date_property('on', 'The day it happened as a datetime.date, or None.')

    def __repr__(self):
        parts = ['<Directive.TaskEvent']
        if self.get_on() is not None:
            parts.append(self.get_on().to_string())
        parts.append(_nick(self.get_status()))
        if self.get_note():
            parts.append(repr(_short(self.get_note(), 30)))
        return ' '.join(parts) + '>'


TaskEvent = override(TaskEvent)
__all__.append('TaskEvent')


# ---------------------------------------------------------------- parser (when built)

def _has(name):
    try:
        getattr(Directive, name)
    except AttributeError:
        return False
    return True


if _has('Parser'):
    class Parser(Directive.Parser):

        def parse_data(self, text, length=-1):
            """Parses notice text into a new Collection; ``length`` may be left out."""
            return Directive.Parser.parse_data(self, text, length)

        def parse_file(self, file, cancellable=None):
            """Parses a notice text file: a Gio.File, or a path (str or path-like)."""
            if not isinstance(file, Gio.File):
                file = Gio.File.new_for_path(_fspath(file))
            return Directive.Parser.parse_file(self, file, cancellable)

    Parser = override(Parser)
    __all__.append('Parser')


if _has('Diagnostic'):
    class Diagnostic(Directive.Diagnostic):

        def __repr__(self):
            return '<Directive.Diagnostic line %d %s %r>' % (
                self.get_line(), _nick(self.get_severity()), self.get_message())

        def __str__(self):
            return '%d: %s: %s' % (self.get_line(), _nick(self.get_severity()), self.get_message())

    Diagnostic = override(Diagnostic)
    __all__.append('Diagnostic')
