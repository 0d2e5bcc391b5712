#!/usr/bin/env python3
"""Regenerates the spell checker's lists of frequent words (rules/spelling/):
common-words.txt, words Hunspell's en_US dictionary accepts as written (lower case, else
capitalised), and common-words-en-gb.txt, the frequent words en_GB accepts that en_US
does not ("authorisation", "colour").
Needs: pip install wordfreq; apt-get install hunspell hunspell-en-us hunspell-en-gb."""
import re
import subprocess
import sys
from pathlib import Path

import wordfreq

COUNT = 40000
FOLDER = Path(__file__).resolve().parent.parent / "rules" / "spelling"


def accepted(words, language):
    run = subprocess.run(["hunspell", "-d", language, "-G"], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True)
    return set(run.stdout.split())


def frequent(words, language):
    """The words `language` accepts in lower case, else capitalised."""
    good = accepted(words, language)
    capitalised = accepted([w.capitalize() for w in words if w not in good], language)
    return good | capitalised


def write(name, words):
    out = FOLDER / name
    out.write_text("\n".join(sorted(words)) + "\n")
    print(f"{len(words)} words -> {out}", file=sys.stderr)


def main():
    candidates = []
    for word in wordfreq.top_n_list("en", COUNT):
        word = word.replace("\u2019", "'")
        if re.fullmatch(r"[a-z][a-z']{0,23}", word):
            candidates.append(word)
    american = frequent(candidates, "en_US")
    british = frequent(candidates, "en_GB")
    write("common-words.txt", american)
    write("common-words-en-gb.txt", british - american)


if __name__ == "__main__":
    main()
