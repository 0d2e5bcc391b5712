#!/usr/bin/env python3
"""Regenerates the rule table in README.md from `replylint rules --format json` on stdin."""
import json
import sys


def summary(rule):
    text = " ".join((rule["why"] or rule["message"]).split())
    stop = text.find(". ")
    return text[: stop + 1] if stop >= 0 else text


def row(rule):
    severity = rule["severity"] + ("" if rule["enabled"] else " (off by default)")
    return "| `%s` | %s | %s |" % (rule["id"], severity, summary(rule))


rules = sorted(json.load(sys.stdin), key=lambda rule: rule["id"])
rows = ["| id | severity | what it catches |", "| --- | --- | --- |"] + [row(rule) for rule in rules]
readme = open("README.md").read()
start = readme.index("\n", readme.index("<!-- rules:")) + 1
end = readme.index("<!-- /rules -->")
open("README.md", "w").write(readme[:start] + "\n".join(rows) + "\n" + readme[end:])
