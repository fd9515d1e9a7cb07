# Shared set-up of the Python binding tests (issue 4).
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run from meson (`meson test --suite python`) the environment has
# GI_TYPELIB_PATH and LD_LIBRARY_PATH pointing at the build tree and PYTHONPATH
# at bindings/python. PyGObject finds overrides through pkgutil.extend_path over
# `gi.overrides`, which *appends* bindings/python/gi/overrides after the system
# dir: an older Directive.py installed in the system dir would win. So put the
# source tree's overrides first here, and check they are the ones loaded.
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(os.path.dirname(HERE))
OVERRIDES_DIR = os.path.join(SRCDIR, 'bindings', 'python', 'gi', 'overrides')

import gi  # noqa: E402
import gi.overrides  # noqa: E402

if OVERRIDES_DIR in gi.overrides.__path__:
    gi.overrides.__path__.remove(OVERRIDES_DIR)
gi.overrides.__path__.insert(0, OVERRIDES_DIR)

gi.require_version('Directive', '1.0')
from gi.repository import Directive, GLib, Gio  # noqa: E402,F401

loaded = sys.modules.get('gi.overrides.Directive')
assert loaded is not None and os.path.dirname(os.path.abspath(loaded.__file__)) == OVERRIDES_DIR, \
    'the Directive overrides were not loaded from %s' % OVERRIDES_DIR

DATA = os.path.join(SRCDIR, 'tests', 'data')
OWN_DATA = os.path.join(HERE, 'data')


def _namespace_has(name):
    try:
        getattr(Directive, name)
    except AttributeError:
        return False
    return True


HAS_PARSER = _namespace_has('Parser')
needs_parser = pytest.mark.skipif(not HAS_PARSER,
                                  reason='Directive.Parser is not in the typelib yet (issue 3)')


@pytest.fixture
def full_path():
    return os.path.join(DATA, 'roundtrip-full.json')


@pytest.fixture
def extras_path():
    return os.path.join(DATA, 'roundtrip-extras.json')


@pytest.fixture
def notice_text_path():
    return os.path.join(OWN_DATA, 'notice.txt')


@pytest.fixture
def full():
    """The collection of tests/data/roundtrip-full.json, loaded with the plain C API."""
    collection = Directive.Collection.new()
    assert collection.load_from_file(os.path.join(DATA, 'roundtrip-full.json'))
    return collection


@pytest.fixture
def notice(full):
    return full.get_notices().get_item(0)


@pytest.fixture
def conclusion(notice):
    return notice.get_conclusions().get_item(0)


@pytest.fixture
def task(conclusion):
    return conclusion.get_tasks().get_item(0)


class Recorder:
    """Counts a signal's emissions and keeps their arguments."""

    def __init__(self):
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args[1:])

    @property
    def count(self):
        return len(self.calls)


@pytest.fixture
def recorder():
    return Recorder()
