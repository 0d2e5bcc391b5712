#!/usr/bin/env python3
"""Regenerates rules/spelling/common-words.txt: frequent English words that Hunspell's
en_US dictionary accepts as written (lower case, else capitalised).
Needs: pip install wordfreq; apt-get install hunspell hunspell-en-us."""
import re
import subprocess
import sys
from pathlib import Path

import wordfreq

COUNT = 40000


def accepted(words):
    run = subprocess.run(["hunspell", "-d", "en_US", "-G"], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True)
    return set(run.stdout.split())


def main():
    candidates = []
    for word in wordfreq.top_n_list("en", COUNT):
        word = word.replace("\u2019", "'")
        if re.fullmatch(r"[a-z][a-z']{0,23}", word):
            candidates.append(word)
    good = accepted(candidates)
    capitalised = accepted([w.capitalize() for w in candidates if w not in good])
    words = sorted(good | capitalised)
    out = Path(__file__).resolve().parent.parent / "rules" / "spelling" / "common-words.txt"
    out.write_text("\n".join(words) + "\n")
    print(f"{len(words)} words -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
