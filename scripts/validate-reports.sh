#!/usr/bin/env bash
# Validates replylint reports with independent tools:
#   SARIF      against the official SARIF 2.1.0 JSON schema (fixtures/schemas/), with Python jsonschema
#   JUnit      parsed with junitparser
#   checkstyle parsed as XML, with the elements and attributes Checkstyle 4.3 readers expect
# Usage: scripts/validate-reports.sh [--sarif FILE] [--junit FILE] [--checkstyle FILE]
# Prints one summary line per report; exits 1 if a report is invalid, 3 if python3,
# jsonschema or junitparser is missing (pip install jsonschema junitparser).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v python3 >/dev/null || { echo "validate-reports: python3 is not installed" >&2; exit 3; }
python3 -c 'import jsonschema, junitparser' 2>/dev/null || {
  echo "validate-reports: needs the Python packages jsonschema and junitparser" >&2; exit 3; }
exec python3 - "$root/fixtures/schemas/sarif-schema-2.1.0.json" "$@" <<'PY'
import json, sys
import xml.etree.ElementTree as ET
import jsonschema, junitparser

schema_path, args = sys.argv[1], sys.argv[2:]
ok = True

def fail(kind, path, problem):
    global ok
    ok = False
    print(f"{kind}: {path}: INVALID: {problem}")

def sarif(path):
    schema = json.load(open(schema_path, encoding="utf-8"))
    log = json.load(open(path, encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    if errors:
        for error in errors[:5]:
            fail("sarif", path, f"{'/'.join(map(str, error.absolute_path))}: {error.message}")
        return
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    print(f"sarif: {path}: valid SARIF {log['version']}, {len(rules)} rules, {len(results)} results")

def junit(path):
    xml = junitparser.JUnitXml.fromfile(path)
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    cases = failures = errors = 0
    for suite in suites:
        for case in suite:
            cases += 1
            for result in case.result:
                if isinstance(result, junitparser.Failure): failures += 1
                elif isinstance(result, junitparser.Error): errors += 1
    declared = (int(xml.tests), int(xml.failures), int(xml.errors))
    if declared != (cases, failures, errors):
        fail("junit", path, f"totals say tests/failures/errors {declared}, elements hold {(cases, failures, errors)}")
        return
    print(f"junit: {path}: {len(suites)} suites, {cases} cases, {failures} failures, {errors} errors")

def checkstyle(path):
    root = ET.parse(path).getroot()
    if root.tag != "checkstyle" or root.get("version") != "4.3":
        fail("checkstyle", path, f"root is <{root.tag} version={root.get('version')}>, expected <checkstyle version=4.3>")
        return
    files = errors = 0
    for element in root:
        if element.tag != "file" or not element.get("name"):
            fail("checkstyle", path, f"unexpected <{element.tag}> under <checkstyle>")
            return
        files += 1
        for error in element:
            missing = [a for a in ("line", "severity", "message", "source") if not error.get(a)]
            if error.tag != "error" or missing or error.get("severity") not in ("error", "warning", "info"):
                fail("checkstyle", path, f"bad <{error.tag}> in {element.get('name')} (missing {missing})")
                return
            int(error.get("line")); int(error.get("column", "1"))
            errors += 1
    print(f"checkstyle: {path}: {files} files, {errors} errors")

checks = {"--sarif": sarif, "--junit": junit, "--checkstyle": checkstyle}
if not args or len(args) % 2:
    print("usage: validate-reports.sh [--sarif FILE] [--junit FILE] [--checkstyle FILE]", file=sys.stderr)
    sys.exit(2)
for flag, path in zip(args[::2], args[1::2]):
    if flag not in checks:
        print(f"validate-reports: unknown option {flag}", file=sys.stderr)
        sys.exit(2)
    try:
        checks[flag](path)
    except Exception as error:  # a parser's complaint is the finding
        fail(flag[2:], path, f"{type(error).__name__}: {error}")
sys.exit(0 if ok else 1)
PY
