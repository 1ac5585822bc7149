"""Build Dabir's Persian translations: lupdate the sources into the .ts, lrelease it into the .qm.

`fa_translations/dabir_fa.ts` is the source of truth for Persian text: `pyside6-lupdate` scans
every Python and Designer file of app/ and server/ and merges what it finds into it (existing
translations are kept; texts that vanished from the code are kept as obsolete unless
`--drop-obsolete`), then `pyside6-lrelease` compiles it into `fa_translations/dabir_fa.qm`, which
is committed so that a fresh checkout runs without building. Both tools come with PySide6 and are
looked up next to the running interpreter (bin/ on Linux, Scripts/ on Windows).
lupdate only understands a literal context, `QT_TRANSLATE_NOOP("DomainError", "...")`; a
variable (`QT_TRANSLATE_NOOP(C, ...)`) is silently skipped, so the script refuses such calls and
checks that every message of `app/messages.py` reached the .ts. Run:

    .venv/bin/python scripts/build_translations.py            # update .ts, build .qm, report
    .venv/bin/python scripts/build_translations.py --check    # exit 1 if anything is untranslated
    .venv/bin/python scripts/build_translations.py --fill fa.json   # also write translations

`--fill` takes a JSON file {"<context>": {"<English source>": "<Persian>"}} and writes those
translations into the .ts (marking them finished) before compiling: a way to translate in bulk
without Qt Linguist (`pyside6-linguist fa_translations/dabir_fa.ts` is the interactive way).
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "fa_translations" / "dabir_fa.ts"
QM_FILE = ROOT / "fa_translations" / "dabir_fa.qm"
#: per-area translation files applied on every build, so that several people can translate in
#: parallel without racing on the .ts: {"<context>": {"<English source>": "<Persian>"}}
FILL_DIR = ROOT / "fa_translations" / "fill"
SOURCE_DIRS = ("app", "server")
EXTENSIONS = (".py", ".ui")
NOOP_NAMES = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP"}


def tool(name: str) -> str:
    """The path of a PySide6 tool installed beside the running Python (or on PATH)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Scripts" / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found next to {sys.executable}; install PySide6-Essentials")


def source_files() -> list[Path]:
    """Every file lupdate should read, in a stable order."""
    files: list[Path] = []
    for top in SOURCE_DIRS:
        base = ROOT / top
        if not base.is_dir():
            continue
        for path in base.rglob("*"):
            if path.suffix in EXTENSIONS and "__pycache__" not in path.parts and path.is_file():
                files.append(path)
    return sorted(files)


def non_literal_contexts(files: list[Path]) -> list[str]:
    """`file:line` of each QT_TRANSLATE_NOOP whose context lupdate cannot read (not a literal)."""
    bad = []
    for path in files:
        if path.suffix != ".py":
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError as exc:
            bad.append(f"{path.relative_to(ROOT)}:{exc.lineno}: syntax error, lupdate may skip it")
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in NOOP_NAMES and node.args
                    and not (isinstance(node.args[0], ast.Constant)
                             and isinstance(node.args[0].value, str))):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: "
                           "context is not a string literal")
    return bad


def run_lupdate(files: list[Path], *, drop_obsolete: bool) -> None:
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(os.path.relpath(p, ROOT) for p in files) + "\n")
    args = [tool("pyside6-lupdate"), "-locations", "relative", "-source-language", "en",
            "-target-language", "fa_IR"]
    if drop_obsolete:
        args.append("-no-obsolete")
    try:
        subprocess.run(args + [f"@{lst.name}", "-ts", str(TS_FILE)], cwd=ROOT, check=True)
    finally:
        os.unlink(lst.name)


def run_lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)], cwd=ROOT,
                   check=True)


def ts_messages(ts_file: Path = TS_FILE) -> list[dict]:
    """The messages of a .ts file: context, source, translation, type ('' when finished)."""
    if not ts_file.is_file():
        return []
    out = []
    for ctx in ET.parse(ts_file).getroot().iter("context"):
        ctx_name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out.append({"context": ctx_name, "source": msg.findtext("source") or "",
                        "translation": (tr.text or "") if tr is not None else "",
                        "type": tr.get("type", "") if tr is not None else "missing"})
    return out


def domain_messages() -> dict[str, str]:
    """The catalog of app/messages.py (code -> English source text)."""
    sys.path.insert(0, str(ROOT))
    from app.messages import MESSAGES  # noqa: PLC0415 - the repo root is put on the path first

    return dict(MESSAGES)


def fill(translations: dict[str, dict[str, str]], ts_file: Path = TS_FILE) -> int:
    """Write the given translations into the .ts; returns how many messages changed."""
    tree = ET.parse(ts_file)
    changed = 0
    for ctx in tree.getroot().iter("context"):
        wanted = translations.get(ctx.findtext("name") or "", {})
        for msg in ctx.iter("message"):
            text = wanted.get(msg.findtext("source") or "")
            tr = msg.find("translation")
            if text is None or tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            if tr.text != text or "type" in tr.attrib:
                tr.text = text
                tr.attrib.pop("type", None)
                changed += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    return changed


def problems_in_ts() -> list[str]:
    """What keeps the .ts from being complete: missing domain texts, unfinished translations."""
    messages = ts_messages()
    live = [m for m in messages if m["type"] not in ("obsolete", "vanished")]
    found = {m["source"] for m in live if m["context"] == "DomainError"}
    out = [f"DomainError text missing from the .ts (code {code}): {text}"
           for code, text in domain_messages().items() if text not in found]
    out += [f"untranslated [{m['context']}]: {m['source']}" for m in live
            if m["type"] == "unfinished" or not m["translation"].strip()]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report; exit 1 if something is missing or untranslated")
    parser.add_argument("--fill", type=Path, metavar="JSON",
                        help='translations to write: {"context": {"source": "translation"}}')
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="remove texts that no longer occur in the code from the .ts")
    args = parser.parse_args(argv)

    files = source_files()
    bad = non_literal_contexts(files)
    if bad:
        print("lupdate skips QT_TRANSLATE_NOOP calls whose context is not a literal string; "
              "write QT_TRANSLATE_NOOP(\"DomainError\", \"...\"):", file=sys.stderr)
        print("\n".join(f"  {b}" for b in bad), file=sys.stderr)
        return 1
    if not args.check:
        run_lupdate(files, drop_obsolete=args.drop_obsolete)
        fills = sorted(FILL_DIR.glob("*.json")) if FILL_DIR.is_dir() else []
        if args.fill:
            fills.append(args.fill)
        if fills:
            changed = sum(fill(json.loads(f.read_text(encoding="utf-8"))) for f in fills)
            print(f"{changed} translations written from {len(fills)} fill file(s)")
            run_lupdate(files, drop_obsolete=args.drop_obsolete)  # back to lupdate's layout
        run_lrelease()
    problems = problems_in_ts()
    for line in problems:
        print(line, file=sys.stderr)
    total = len([m for m in ts_messages() if m["type"] not in ("obsolete", "vanished")])
    print(f"{TS_FILE.relative_to(ROOT)}: {total} texts, {len(problems)} problems"
          + ("" if args.check else f"; built {QM_FILE.relative_to(ROOT)}"))
    return 1 if (problems and args.check) else 0


if __name__ == "__main__":
    raise SystemExit(main())
