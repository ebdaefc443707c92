"""Keep resources/i18n/trygghet_sv.ts in step with the source.

    python scripts/i18n.py update          add new source strings (unfinished), mark vanished ones obsolete
    python scripts/i18n.py add FILE.tsv    merge "source<TAB>Swedish" lines (escape tab/newline as \\t, \\n)
    python scripts/i18n.py missing         list source strings without a Swedish translation (exit 1 if any)

Source strings are the literal first arguments of tr(...), self.tr(...) and N_(...), the help text given to
help_param(param, "..."), and algorithms' DISPLAY_NAME and HELP class attributes in the plugin's .py files.
"""

import ast
import fcntl
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TS = os.path.join(ROOT, "resources", "i18n", "trygghet_sv.ts")
CONTEXT = "Trygghet"
TRANSLATED_ATTRIBUTES = {"DISPLAY_NAME", "HELP"}  # class attributes TrygghetAlgorithm shows through tr()
SKIP_DIRS = {"tests", "scripts", ".build", ".venv", ".git", "docs", ".ci"}


def source_files():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")]
        for name in files:
            if name.endswith(".py"):
                yield os.path.join(folder, name)


def extract(paths=None):
    """Return {source string: "file:line"} for every translatable literal."""
    found = {}
    for path in paths or source_files():
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read(), path)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(
                    node.value.value, str) and node.value.value:
                if any(isinstance(t, ast.Name) and t.id in TRANSLATED_ATTRIBUTES for t in node.targets):
                    found.setdefault(node.value.value, "{}:{}".format(os.path.relpath(path, ROOT), node.lineno))
                continue
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name not in ("tr", "N_", "help_param"):
                continue
            arg = node.args[1] if name == "help_param" and len(node.args) > 1 else node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, "{}:{}".format(os.path.relpath(path, ROOT), node.lineno))
            elif isinstance(arg, ast.JoinedStr):
                raise SystemExit("{}:{}: f-string inside tr(); translate a template and .format() it".format(
                    os.path.relpath(path, ROOT), node.lineno))
    return found


def read_ts(path=TS):
    """Return an ordered {source: (translation, finished)}."""
    entries = {}
    if not os.path.exists(path):
        return entries
    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = node.text or "" if node is not None else ""
        finished = node is not None and node.get("type") not in ("unfinished", "obsolete", "vanished")
        entries[source] = (text, finished)
    return entries


def write_ts(entries, current, path=TS):
    root = ET.Element("TS", version="2.1", language="sv_SE")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(entries):
        text, finished = entries[source]
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        node.text = text
        if source not in current:
            node.set("type", "vanished")
        elif not finished or not text:
            node.set("type", "unfinished")
    ET.indent(root, space="    ")
    data = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(data)
    os.replace(tmp, path)


class Locked:
    def __enter__(self):
        self.handle = open(TS + ".lock", "w")
        fcntl.flock(self.handle, fcntl.LOCK_EX)

    def __exit__(self, *exc):
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def update(pairs=()):
    with Locked():
        current = extract()
        entries = read_ts()
        for source in current:
            entries.setdefault(source, ("", False))
        for source, text in pairs:
            entries[source] = (text, True)
        entries = {s: v for s, v in entries.items() if s in current or v[0]}
        write_ts(entries, current)
    return current, entries


def missing():
    current = extract()
    entries = read_ts()
    return sorted(s for s in current if not entries.get(s, ("", False))[1])


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main(argv):
    if len(argv) >= 2 and argv[1] == "update":
        current, _ = update()
        print("{} source strings; {} without translation".format(len(current), len(missing())))
    elif len(argv) == 3 and argv[1] == "add":
        with open(argv[2], encoding="utf-8") as handle:
            pairs = [tuple(unescape(part) for part in line.rstrip("\n").split("\t", 1))
                     for line in handle if "\t" in line]
        update(pairs)
        print("merged {} translations; {} still missing".format(len(pairs), len(missing())))
    elif len(argv) >= 2 and argv[1] == "missing":
        rest = missing()
        for source in rest:
            print(repr(source))
        return 1 if rest else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
