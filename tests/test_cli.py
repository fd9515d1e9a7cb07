#!/usr/bin/python3
"""The directive command as a user runs it: exit codes, stdout and stderr."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

DIRECTIVE = sys.argv.pop(1) if len(sys.argv) > 1 else "directive"
HERE = os.path.dirname(os.path.abspath(__file__))
FULL = os.path.join(HERE, "data", "roundtrip-full.json")


def run(*args):
    return subprocess.run([DIRECTIVE, *args], capture_output=True, text=True, timeout=60)


class CliTest(unittest.TestCase):
    def test_no_command_is_usage_error(self):
        r = run()
        self.assertEqual(r.returncode, 2)
        self.assertIn("Usage: directive COMMAND", r.stderr)

    def test_unknown_command(self):
        r = run("frobnicate")
        self.assertEqual(r.returncode, 2)
        self.assertIn("unknown command 'frobnicate'", r.stderr)

    def test_help(self):
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("validate", r.stdout)
        self.assertIn("convert", r.stdout)
        for command in ("validate", "convert"):
            r = run(command, "--help")
            self.assertEqual(r.returncode, 0, command)
            self.assertIn("Usage:", r.stdout)

    def test_validate_valid(self):
        r = run("validate", FULL)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("valid (2 notices, 6 agencies)", r.stdout)

    def test_validate_invalid_names_file_and_place(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.json")
            with open(FULL, encoding="utf-8") as f:
                doc = json.load(f)
            doc["notices"][0]["conclusions"][0]["tasks"][1]["lead"] = ["bao-lam-dong", "nobody"]
            with open(bad, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
            r = run("validate", FULL, bad)
            self.assertEqual(r.returncode, 1)
            self.assertIn(bad + ": notices[0].conclusions[0].tasks[1].lead[1]: no agency with id 'nobody'",
                          r.stderr)
            # The valid file is still reported valid.
            self.assertIn(FULL + ": valid", r.stdout)

    def test_validate_not_json(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
            f.write('{"format": "directive/1",\n  "agencies": [\n')
            f.flush()
            r = run("validate", f.name)
            self.assertEqual(r.returncode, 1)
            self.assertIn(f.name + ": line 3", r.stderr)

    def test_validate_missing_file(self):
        r = run("validate", "/nonexistent/x.json")
        self.assertEqual(r.returncode, 1)
        self.assertIn("/nonexistent/x.json", r.stderr)

    def test_validate_usage(self):
        self.assertEqual(run("validate").returncode, 2)
        self.assertEqual(run("validate", "--bogus", FULL).returncode, 2)

    def test_convert_json_round_trip(self):
        r = run("convert", FULL, "--to", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertEqual(out["format"], "directive/1")
        self.assertEqual(len(out["notices"]), 2)
        task = out["notices"][0]["conclusions"][0]["tasks"][0]
        self.assertEqual(task["lead"], ["so-nnptnt"])
        self.assertEqual(task["completed_on"], "2023-03-20")
        self.assertEqual(out["notices"][1]["issued_on"], "2023-02")

    def test_convert_usage(self):
        self.assertEqual(run("convert").returncode, 2)
        r = run("convert", FULL, "--to", "xml")
        self.assertEqual(r.returncode, 2)
        self.assertIn("unknown format 'xml'", r.stderr)

    def test_convert_invalid(self):
        r = run("convert", "/nonexistent/x.json")
        self.assertEqual(r.returncode, 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
