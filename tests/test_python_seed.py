#!/usr/bin/python3
"""The introspection data works from Python: load a directive/1 file through
PyGObject and read its tasks and their lead agencies."""
import os
import sys
import unittest

import gi

gi.require_version("Directive", "1.0")
from gi.repository import Directive, GLib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(os.environ.get("DIRECTIVE_SHARED_CORPUS", ""),
                    "dongnai-2021-tb-ket-luan-tttt.truth.json")


def tasks_with_leads(collection):
    rows = []
    notices = collection.get_notices()
    for i in range(notices.get_n_items()):
        conclusions = notices.get_item(i).get_conclusions()
        for j in range(conclusions.get_n_items()):
            tasks = conclusions.get_item(j).get_tasks()
            for k in range(tasks.get_n_items()):
                task = tasks.get_item(k)
                lead = task.get_lead()
                rows.append((task.props.ordinal,
                             [lead.get_item(m).props.name for m in range(lead.get_n_items())]))
    return rows


class SeedTest(unittest.TestCase):
    @unittest.skipUnless(os.path.exists(SEED), "../shared/corpus is not beside this checkout")
    def test_seed_tasks_and_leads(self):
        collection = Directive.Collection.new()
        self.assertTrue(collection.load_from_file(SEED))
        rows = tasks_with_leads(collection)
        self.assertEqual([r[0] for r in rows], ["1", "2", "3", "4", "5", "6", "7"])
        for _, leads in rows:
            self.assertEqual(leads, ["Sở Thông tin và Truyền thông"])
        notice = collection.get_notices().get_item(0)
        self.assertEqual(notice.props.kind, Directive.DocumentKind.NOTICE)
        self.assertEqual(notice.props.issuer.props.name, "Ủy ban nhân dân tỉnh Đồng Nai")
        self.assertEqual(notice.props.issued_on.to_string(), "2021")

    def test_shipped_file_tasks_and_leads(self):
        collection = Directive.Collection.new()
        self.assertTrue(collection.load_from_file(os.path.join(HERE, "data", "roundtrip-full.json")))
        rows = tasks_with_leads(collection)
        self.assertEqual(rows, [("1", ["Sở Nông nghiệp và Phát triển nông thôn"]),
                                ("2", ["Báo Lâm Đồng"])])
        task = collection.get_notices().get_item(0).get_conclusions().get_item(0).get_tasks().get_item(0)
        self.assertEqual(task.props.status, Directive.TaskStatus.DONE)
        self.assertEqual(task.props.deadline.to_string(), "2023-03-31")
        self.assertEqual(task.get_subtasks().get_n_items(), 2)

    def test_errors_are_glib_errors_in_the_domain(self):
        collection = Directive.Collection.new()
        with self.assertRaises(GLib.Error) as caught:
            collection.load_from_data('{"format": "directive/2"}', -1)
        self.assertTrue(caught.exception.matches(Directive.error_quark(),
                                                 Directive.Error.INVALID_FORMAT))
        self.assertIn("directive/2", caught.exception.message)


if __name__ == "__main__":
    unittest.main(verbosity=2)
