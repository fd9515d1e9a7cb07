#!/usr/bin/python3
"""directive tasks and directive export as a user runs them: the table, CSV,
JSON and JSON Lines they print, and iCalendar checked line by line (and with
python3-icalendar when it is installed)."""
import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import unittest

DIRECTIVE = sys.argv.pop(1) if len(sys.argv) > 1 else "directive"
HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = os.path.join(HERE, "data", "tracking", "tasks.json")
NOTICE_2021 = os.path.join(HERE, "data", "tracking", "tayninh-2021-tb-chuyen-doi-so.txt")


def run(*args, columns=None, env=None):
    e = dict(os.environ)
    e.pop("COLUMNS", None)
    if columns is not None:
        e["COLUMNS"] = str(columns)
    e.update(env or {})
    r = subprocess.run([DIRECTIVE, *args], capture_output=True, timeout=60, env=e)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def width(text):
    """Display columns, as a terminal shows them."""
    w = 0
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


class TasksTest(unittest.TestCase):
    def test_help_and_usage_errors(self):
        for command in ("tasks", "export"):
            code, out, _ = run(command, "--help")
            self.assertEqual(code, 0, command)
            self.assertIn(b"Usage:", out)
        self.assertEqual(run("tasks")[0], 2)
        self.assertEqual(run("tasks", TASKS, "--format", "xml")[0], 2)
        self.assertEqual(run("tasks", TASKS, "--status", "finished")[0], 2)
        self.assertEqual(run("tasks", TASKS, "--due-within", "-3")[0], 2)
        self.assertEqual(run("tasks", TASKS, "--today", "tomorrow")[0], 2)
        self.assertEqual(run("tasks", TASKS, "--no-such-option")[0], 2)
        self.assertEqual(run("export", TASKS)[0], 2)
        self.assertEqual(run("export", TASKS, "--to", "pdf")[0], 2)
        self.assertEqual(run("export", "--to", "csv")[0], 2)
        code, _, err = run("tasks", "/nonexistent.json")
        self.assertEqual(code, 1)
        self.assertIn("/nonexistent.json", err)

    def test_table(self):
        code, out, err = run("tasks", TASKS, "--today", "2021-12-10", "--format", "table", columns=80)
        self.assertEqual(code, 0, err)
        lines = out.decode("utf-8").splitlines()
        self.assertEqual(lines[0].split(), ["#", "TASK", "LEAD", "DEADLINE", "STATUS", "TIMELINESS"])
        for line in lines:
            self.assertLessEqual(width(line), 80, line)
            self.assertEqual(line, line.rstrip())
        # Rows start where the ordinal is; columns line up under the header.
        rows = [l for l in lines[1:] if not l.startswith(" ")]
        self.assertEqual([r.split()[0] for r in rows], ["2.a", "1", "2", "3", "2.b", "4"])
        deadline_col = lines[0].index("DEADLINE")
        first = rows[1]
        self.assertEqual(first[deadline_col:deadline_col + 10], "2021-12-15")
        self.assertIn("due-soon", first)
        self.assertIn("Sở TT&TT", first)
        self.assertTrue(rows[0].rstrip().endswith("done-late"))
        # A long text wraps within its column, on the following lines.
        text_col = lines[0].index("TASK")
        self.assertIn("15/12/2021.", "".join(l[text_col:] for l in lines))

    def test_table_narrow_fits(self):
        code, out, _ = run("tasks", TASKS, "--today", "2021-12-10", "--format", "table", columns=60)
        self.assertEqual(code, 0)
        for line in out.decode("utf-8").splitlines():
            self.assertLessEqual(width(line), 60, line)

    def test_csv_is_the_default_off_a_terminal(self):
        code, out, err = run("tasks", TASKS, "--today", "2021-12-10")
        self.assertEqual(code, 0, err)
        self.assertIn(b"\r\n", out)
        rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"), newline="")))
        self.assertEqual([r["ordinal"] for r in rows], ["2.a", "1", "2", "3", "2.b", "4"])
        self.assertEqual(rows[1]["text"], 'Sở TT&TT chủ trì xây dựng "Kế hoạch chuyển đổi số"; '
                                          "báo cáo UBND tỉnh trước ngày 15/12/2021.")
        self.assertEqual(rows[2]["lead"], "Sở Văn hóa, Thể thao và Du lịch")
        self.assertEqual(rows[4]["lead"], "Sở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ")
        self.assertEqual(rows[0]["timeliness"], "done-late")
        self.assertEqual(rows[0]["completed_on"], "2021-12-02")

    def test_filters(self):
        def ordinals(*args):
            code, out, err = run("tasks", TASKS, "--today", "2021-12-10", "--format", "json", *args)
            self.assertEqual(code, 0, err)
            return ["".join(".".join(t["ordinal_path"])) for t in json.loads(out)]

        self.assertEqual(ordinals("--status", "open"), ["1", "2", "2.b"])
        self.assertEqual(ordinals("--status", "done,cancelled"), ["2.a", "3", "4"])
        self.assertEqual(ordinals("--due-within", "7"), ["1"])
        self.assertEqual(ordinals("--due-within", "30"), ["1", "2"])
        self.assertEqual(ordinals("--overdue", "--today", "2022-01-05"), ["1", "2"])
        # By abbreviation, without diacritics, by id; the Sở KH&CN owes what
        # the Sở TT&TT it took over was given.
        self.assertEqual(ordinals("--agency", "Sở TT&TT"), ["1"])
        self.assertEqual(ordinals("--agency", "so khoa hoc va cong nghe"), ["1", "2.b", "4"])
        self.assertEqual(ordinals("--agency", "Sở KH&CN"), ["1", "2.b", "4"])
        self.assertEqual(ordinals("--agency", "so-tai-chinh"), ["1", "3"])
        self.assertEqual(ordinals("--agency", "nobody at all"), [])

    def test_parsed_notice_and_catalogue_mergers(self):
        code, out, err = run("tasks", NOTICE_2021, "--agency", "Sở KH&CN", "--today", "2021-12-10",
                             "--format", "json")
        self.assertEqual(code, 0, err)
        tasks = json.loads(out)
        self.assertEqual([t["lead_ids"] for t in tasks], [["so-tttt"], ["so-khcn"]])
        self.assertEqual(tasks[0]["timeliness"], "due-soon")


class ExportTest(unittest.TestCase):
    def test_jsonl(self):
        code, out, err = run("export", TASKS, "--to", "jsonl", "--today", "2021-12-10")
        self.assertEqual(code, 0, err)
        self.assertTrue(out.endswith(b"\n"))
        lines = out.decode("utf-8").split("\n")[:-1]
        self.assertEqual(len(lines), 6)
        rows = [json.loads(l) for l in lines]
        keys = set(rows[0])
        for r in rows:
            self.assertEqual(set(r), keys)  # the same columns on every line
        self.assertEqual([r["ordinal_path"] for r in rows], [["1"], ["2"], ["2", "a"], ["2", "b"], ["3"], ["4"]])
        first = rows[0]
        self.assertEqual(first["notice_number"], "123")
        self.assertEqual(first["notice_symbol"], "TB-UBND")
        self.assertEqual(first["issuer"], "Ủy ban nhân dân tỉnh Đồng Nai")
        self.assertEqual(first["issued_on"], "2021-11-23")
        self.assertEqual(first["lead"], ["Sở Thông tin và Truyền thông"])
        self.assertEqual(first["lead_ids"], ["so-tttt"])
        self.assertEqual(first["cooperating_ids"], ["so-tai-chinh"])
        self.assertEqual(first["report_to"], ["Ủy ban nhân dân tỉnh Đồng Nai"])
        self.assertEqual(first["deadline"], "2021-12-15")
        self.assertIsNone(first["recurrence"])
        self.assertEqual(first["status"], "pending")
        self.assertIsNone(first["completed_on"])
        self.assertEqual(first["timeliness"], "due-soon")
        self.assertEqual(rows[3]["lead_ids"], ["so-vhttdl", "so-khcn"])

    def test_csv(self):
        code, out, err = run("export", TASKS, "--to", "csv", "--today", "2021-12-10")
        self.assertEqual(code, 0, err)
        text = out.decode("utf-8")
        self.assertTrue(text.startswith("notice_number,notice_symbol,issuer,issued_on,ordinal,text,"))
        self.assertEqual(text.count("\r\n"), 7)
        self.assertNotIn("\n", text.replace("\r\n", ""))
        rows = list(csv.reader(io.StringIO(text, newline="")))
        self.assertEqual(len(rows), 7)
        self.assertTrue(all(len(r) == len(rows[0]) for r in rows))
        self.assertIn('"Sở Văn hóa, Thể thao và Du lịch"', text)
        self.assertIn('""Kế hoạch chuyển đổi số""', text)

    def ics(self, *extra, env=None):
        code, out, err = run("export", TASKS, "--to", "ics", *extra, env=env)
        self.assertEqual(code, 0, err)
        return out

    def test_ics_structure(self):
        out = self.ics(env={"SOURCE_DATE_EPOCH": "1700000000"})
        self.assertTrue(out.endswith(b"\r\n"))
        physical = out.split(b"\r\n")[:-1]
        self.assertNotIn(b"\n", out.replace(b"\r\n", b""))
        for line in physical:
            self.assertLessEqual(len(line), 75, line)
            line.decode("utf-8")  # folding never splits a UTF-8 sequence
        # Unfold (RFC 5545 3.1).
        logical = []
        for line in physical:
            if line.startswith(b" "):
                logical[-1] += line[1:]
            else:
                logical.append(line)
        logical = [l.decode("utf-8") for l in logical]

        stack = []
        todos = []
        for line in logical:
            name = re.split(r"[;:]", line, 1)[0]
            if name == "BEGIN":
                stack.append(line[6:])
                if line == "BEGIN:VTODO":
                    todos.append({})
            elif name == "END":
                self.assertEqual(stack.pop(), line[4:])
            elif stack and stack[-1] == "VTODO":
                todos[-1].setdefault(name, []).append(line)
        self.assertEqual(stack, [])
        self.assertEqual(logical[0], "BEGIN:VCALENDAR")
        self.assertIn("VERSION:2.0", logical)
        self.assertTrue(any(l.startswith("PRODID:") for l in logical))
        self.assertEqual(len(todos), 6)
        for todo in todos:
            for required in ("UID", "DTSTAMP", "SUMMARY", "STATUS"):
                self.assertEqual(len(todo.get(required, [])), 1, (required, todo))
            self.assertEqual(todo["DTSTAMP"], ["DTSTAMP:20231114T221320Z"])
        uids = [t["UID"][0] for t in todos]
        self.assertEqual(len(set(uids)), 6)

        first, parent, sub_a, sub_b, done, cancelled = todos
        self.assertEqual(first["DUE"], ["DUE;VALUE=DATE:20211215"])
        self.assertEqual(first["STATUS"], ["STATUS:NEEDS-ACTION"])
        self.assertEqual(first["CATEGORIES"], ["CATEGORIES:Sở Thông tin và Truyền thông"])
        self.assertIn("\\;", first["SUMMARY"][0])
        self.assertIn("\\n\\nVăn bản: 123/TB-UBND ngày 2021-11-23", first["DESCRIPTION"][0])
        self.assertEqual(parent["DUE"], ["DUE;VALUE=DATE:20211231"])  # "2021-12": its last day
        self.assertEqual(parent["STATUS"], ["STATUS:IN-PROCESS"])
        self.assertEqual(parent["CATEGORIES"], ["CATEGORIES:Sở Văn hóa\\, Thể thao và Du lịch"])
        self.assertEqual(sub_a["COMPLETED"], ["COMPLETED:20211202T000000Z"])
        self.assertEqual(sub_a["STATUS"], ["STATUS:COMPLETED"])
        self.assertEqual(sub_b["CATEGORIES"],
                         ["CATEGORIES:Sở Văn hóa\\, Thể thao và Du lịch,Sở Khoa học và Công nghệ"])
        self.assertNotIn("DUE", sub_b)
        self.assertEqual(done["STATUS"], ["STATUS:COMPLETED"])
        self.assertEqual(cancelled["STATUS"], ["STATUS:CANCELLED"])

    def test_ics_uid_stable(self):
        a = self.ics(env={"SOURCE_DATE_EPOCH": "1700000000"})
        b = self.ics(env={"SOURCE_DATE_EPOCH": "1800000000"})
        uid = re.compile(rb"^UID:.*$", re.M)
        self.assertEqual(uid.findall(a), uid.findall(b))
        self.assertNotEqual(a, b)  # DTSTAMP moved
        # Parsed again from the text, the same notice gives the same UIDs.
        c = run("export", NOTICE_2021, "--to", "ics")[1]
        d = run("export", NOTICE_2021, "--to", "ics")[1]
        self.assertEqual(uid.findall(c), uid.findall(d))

    def test_ics_parses_with_icalendar(self):
        try:
            import icalendar
        except ImportError:
            self.skipTest("python3-icalendar is not installed")
        cal = icalendar.Calendar.from_ical(self.ics())
        todos = [c for c in cal.walk() if c.name == "VTODO"]
        self.assertEqual(len(todos), 6)
        self.assertEqual(str(todos[0]["SUMMARY"]).split(". ", 1)[0], "1")
        self.assertIn("Kế hoạch chuyển đổi số", str(todos[0]["SUMMARY"]))
        self.assertEqual(todos[0].decoded("DUE").isoformat(), "2021-12-15")
        self.assertEqual(str(todos[1]["STATUS"]), "IN-PROCESS")
        # icalendar 4.0 splits CATEGORIES on every comma, escaped or not (RFC 5545
        # escapes a comma inside a value as "\,", which test_ics_structure checks).
        cats = todos[1]["CATEGORIES"]
        self.assertEqual(",".join(str(c) for c in cats.cats).replace(", ", ","),
                         "Sở Văn hóa,Thể thao và Du lịch")
        self.assertEqual(todos[2].decoded("COMPLETED").date().isoformat(), "2021-12-02")


if __name__ == "__main__":
    unittest.main(verbosity=2)
