#!/usr/bin/env python3
"""Looks for work that grows faster than the draft: lints drafts made of N and 4N copies of
each rule's bad examples (alone and answering an upset customer) and of hostile shapes
(many questions, suppressions, quotes, HTML paragraphs...), and prints how much longer the
bigger one took. Linear work takes about 4 times as long; a ratio over 6 is reported and
makes the script exit 1. Timing-based, so it is a tool to run by hand, not a CI test.
It found three quadratic spots (phrase exceptions, exclamations next to breezy phrases,
sentence-start spelling), each now a generated input in MalformedInputTests.
Usage: scripts/scaling-check.py [N]   (default 1000; needs a release build and PyYAML;
       REPLYLINT_BIN=path checks another build)"""
import glob
import os
import subprocess
import sys
import tempfile
import time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("REPLYLINT_BIN", os.path.join(ROOT, ".build/release/replylint"))
UPSET = "This is the THIRD time I am writing!!! Where is my order?? I am furious.\n"
QUESTIONS = "Where is my order? When will it arrive? Can I get a refund? I would like to know the tracking number.\n"

# name: (draft made of n copies, its extension, customer's message or None)
SHAPES = {
    "incoming questions": (lambda n: "Hi Sam,\n\nYour order ships today and arrives Friday.\n", "txt", lambda n: QUESTIONS * n),
    "suppressions": (lambda n: "Hi Sam,\n\n" + "replylint-disable-next-line slang\nthx u\n" * n, "txt", None),
    "disable/enable": (lambda n: "Hi Sam,\n\n" + "replylint-disable slang\nthx u\nreplylint-enable slang\n" * n, "txt", None),
    "policy facts": (lambda n: "Hi Sam,\n\n" + "You can return items within 14 days. Refunds take 5 business days.\n" * n, "txt", None),
    "template sections": (lambda n: "Hi {{name}},\n\n" + "{{#items}} {{title}} {{/items}} {{#open}}\n" * n, "txt", None),
    "quoted lines": (lambda n: "Thanks, fixed.\n\n" + "> thx u where is my order?\n" * n, "txt", None),
    "HTML paragraphs": (lambda n: "<html><body>" + "<p>thx u, we apologize for any inconvenience!</p>" * n + "</body></html>", "html", None),
    "HTML quotes": (lambda n: "<p>Hi</p>" + '<div class="gmail_quote"><blockquote type="cite">thx u</blockquote></div>' * n, "html", None),
    "sign-offs": (lambda n: "Hi Sam,\n\nIt ships today.\n\n" + "Kind regards,\nBob\n-- \n" * n, "txt", None),
    "upset cues": (lambda n: "Hi Sam,\n\nIt ships today!\n", "txt", lambda n: "THIS IS THE THIRD TIME!!! still no refund, chargeback, lawyer. " * n),
    "names": (lambda n: "Hi Sam,\n\nThanks.\n", "txt", lambda n: "Hi, my name is Priya Nair. Regards, Priya\n" * n),
}


def seconds(arguments, env):
    start = time.perf_counter()
    subprocess.run([BIN, "--format", "json"] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=600)
    return time.perf_counter() - start


def cases():
    for path in sorted(glob.glob(os.path.join(ROOT, "rules/*.yml"))):
        rule = yaml.safe_load(open(path, encoding="utf-8"))
        bad = [e if isinstance(e, str) else (e.get("text") or e.get("draft") or "") for e in (rule.get("examples") or {}).get("bad") or []]
        body = "\n".join(b for b in bad if b) + "\n"
        if body.strip():
            name = os.path.basename(path)
            yield name, (lambda n, body=body: "Hi Sam,\n\n" + body * n), "txt", None
            yield name + " (upset customer)", (lambda n, body=body: "Hi Sam,\n\n" + body * n), "txt", (lambda n: UPSET)
    for name, (draft, extension, incoming) in SHAPES.items():
        yield name, draft, extension, incoming


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    env = dict(os.environ)
    work = tempfile.mkdtemp(prefix="replylint-scaling-")
    env.setdefault("REPLYLINT_CACHE_DIR", os.path.join(work, "cache"))
    slow = 0
    for name, draft, extension, incoming in cases():
        times = []
        for size in (n, 4 * n):
            path = os.path.join(work, f"draft.{extension}")
            open(path, "w", encoding="utf-8").write(draft(size))
            arguments = [path]
            if incoming:
                message = os.path.join(work, "incoming.txt")
                open(message, "w", encoding="utf-8").write(incoming(size))
                arguments = ["--incoming", message, path]
            times.append(seconds(arguments, env))
        ratio = times[1] / max(times[0], 0.001)
        flag = "  <-- grows faster than the draft" if ratio > 6 and times[1] > 0.5 else ""
        slow += bool(flag)
        print(f"{ratio:5.1f}x  {times[0]:6.2f} s -> {times[1]:6.2f} s  {name}{flag}", flush=True)
    sys.exit(1 if slow else 0)


if __name__ == "__main__":
    main()
