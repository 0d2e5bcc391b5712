#!/usr/bin/env python3
"""Compares `replylint parse --format json` with the expected replies of the quote corpus.

The rules are the corpus README's: both sides are normalised (line endings, trailing
spaces, every run of whitespace made one space, ends trimmed); `reply`, `reply_startswith`
and `reply_contains` may also be met by the reply followed by the signature (lines made
only of separator characters ignored there); `reply_not_contains` applies to the reply alone;
`ignore_whitespace` compares with all whitespace removed.
"""
import argparse
import json
import os
import subprocess
import sys

SEPARATOR_CHARACTERS = set("-_=—–*~ \t")


def normalise(text, ignore_whitespace=False):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    if ignore_whitespace:
        return "".join(text.split())
    return " ".join(text.split())


def without_separator_lines(text):
    return "\n".join(line for line in text.replace("\r\n", "\n").split("\n")
                     if not (line.strip() and set(line) <= SEPARATOR_CHARACTERS))


def candidates(parsed, ignore_whitespace):
    """The texts an expectation may be met by: the reply, then the reply and signature."""
    reply = parsed.get("reply") or ""
    signature = parsed.get("signature")
    texts = [normalise(reply, ignore_whitespace)]
    if signature:
        texts.append(normalise(without_separator_lines(reply + "\n" + signature), ignore_whitespace))
    return texts


def clip(text, width=160):
    return text if len(text) <= width else text[:width] + "…"


def check(entry, parsed):
    """The reasons an entry fails (empty when it passes)."""
    ignore = bool(entry.get("ignore_whitespace"))
    texts = candidates(parsed, ignore)
    reply = texts[0]
    reasons = []
    if "reply" in entry:
        expected = normalise(entry["reply"], ignore)
        alternatives = [expected, normalise(without_separator_lines(entry["reply"]), ignore)]
        if not any(text in alternatives for text in texts):
            reasons.append(f"reply differs:\n      expected: {clip(expected)!r}\n      got:      {clip(reply)!r}"
                           + (f"\n      +signature: {clip(texts[1])!r}" if len(texts) > 1 else ""))
    if "reply_startswith" in entry:
        expected = normalise(entry["reply_startswith"], ignore)
        if not any(text.startswith(expected) for text in texts):
            reasons.append(f"reply does not start with {expected!r}: got {clip(reply, 80)!r}")
    for expected in entry.get("reply_contains", []):
        wanted = normalise(expected, ignore)
        if not any(wanted in text for text in texts):
            reasons.append(f"reply does not contain {wanted!r}")
    for hidden in entry.get("reply_not_contains", []):
        unwanted = normalise(hidden, ignore)
        if unwanted in reply:
            reasons.append(f"reply contains hidden text {unwanted!r}")
    return reasons


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--format", choices=["txt", "html", "eml"], help="only entries of this format")
    parser.add_argument("--threshold", type=float, default=95.0, help="lowest passing rate in percent")
    arguments = parser.parse_args()

    manifest_path = os.path.join(arguments.corpus, "manifest.json")
    try:
        with open(manifest_path, encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"conformance: cannot read {manifest_path}: {error}", file=sys.stderr)
        return 2
    entries = [entry for entry in manifest if not arguments.format or entry.get("format") == arguments.format]
    if not entries:
        print("conformance: no entries to check", file=sys.stderr)
        return 2

    passed = 0
    by_format = {}
    for entry in entries:
        path = os.path.join(arguments.corpus, entry["file"])
        result = subprocess.run([arguments.binary, "parse", "--format", "json", path],
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            reasons = [f"replylint parse exited {result.returncode}: {result.stderr.strip()}"]
        else:
            try:
                reasons = check(entry, json.loads(result.stdout))
            except ValueError as error:
                reasons = [f"output is not JSON: {error}"]
        counts = by_format.setdefault(entry.get("format", "?"), [0, 0])
        counts[1] += 1
        if reasons:
            print(f"FAIL {entry['file']} ({entry.get('format')})")
            for reason in reasons:
                print(f"    {reason}")
        else:
            passed += 1
            counts[0] += 1

    rate = 100.0 * passed / len(entries)
    details = ", ".join(f"{name} {good}/{total}" for name, (good, total) in sorted(by_format.items()))
    print(f"conformance: {passed}/{len(entries)} passed ({rate:.1f}%; {details}); threshold {arguments.threshold:g}%")
    return 0 if rate >= arguments.threshold else 1


if __name__ == "__main__":
    sys.exit(main())
