#!/usr/bin/python3
"""Every public function is used by some test or example: nothing public is
untested. Reads the GIR the build made and looks for each function in the C
sources (by its C name) and in the Python and JavaScript tests and examples (by
its introspected name)."""
import os
import re
import sys
import xml.etree.ElementTree as ET

GIR = sys.argv[1]
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NS = {"c": "http://www.gtk.org/introspection/c/1.0",
      "g": "http://www.gtk.org/introspection/core/1.0",
      "glib": "http://www.gtk.org/introspection/glib/1.0"}

c_text, bound_text = [], []
for top in ("tests", "examples", "fuzz"):
    for folder, _, files in os.walk(os.path.join(ROOT, top)):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith((".c", ".vala")):
                c_text.append(open(path, encoding="utf-8", errors="replace").read())
            elif name.endswith((".py", ".js")) and name != os.path.basename(__file__):
                bound_text.append(open(path, encoding="utf-8", errors="replace").read())
c_text = "\n".join(c_text)
bound_text = "\n".join(bound_text)

# Functions GObject machinery calls for the user (get_type, quarks) need no direct test.
IMPLICIT = re.compile(r"_get_type$|_error_quark$|_quark$")

missing = []
root = ET.parse(GIR).getroot()
for kind in ("function", "method", "constructor"):
    for node in root.iter("{%s}%s" % (NS["g"], kind)):
        cname = node.get("{%s}identifier" % NS["c"])
        if not cname or IMPLICIT.search(cname):
            continue
        if re.search(r"\b%s\b" % re.escape(cname), c_text):
            continue
        if re.search(r"\b%s\s*\(" % re.escape(node.get("name")), bound_text):
            continue
        missing.append(cname)

print("1..1")
if missing:
    print("# public functions no test or example uses:")
    for name in sorted(missing):
        print("#   " + name)
    print("not ok 1 - every public function is used by a test")
    sys.exit(1)
print("ok 1 - every public function is used by a test")
