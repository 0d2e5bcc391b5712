#!/usr/bin/env python3
"""Compares two suggestions for misspelt words with the word that was meant: Hunspell's
first suggestion (en_US, then en_GB), and the single common word one typing slip away
(Sources/ReplyLintCore/Spelling/TypoNeighbour.swift does the same). Typos are made by one
random slip (swap, add, drop, change) in words of rules/spelling/common-words.txt.
Needs libhunspell and the en_US/en_GB dictionaries (.ci/run installs them).
Usage: scripts/typo-suggestions.py [COUNT]"""
import ctypes
import random
import sys

LIB = ctypes.CDLL("libhunspell-1.7.so.0")
LIB.Hunspell_create.restype = ctypes.c_void_p
LIB.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
LIB.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
LIB.Hunspell_suggest.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)), ctypes.c_char_p]
LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def dictionary(language):
    base = f"/usr/share/hunspell/{language}"
    return LIB.Hunspell_create(f"{base}.aff".encode(), f"{base}.dic".encode())


def first_suggestion(handle, word):
    out = ctypes.POINTER(ctypes.c_char_p)()
    count = LIB.Hunspell_suggest(handle, ctypes.byref(out), word.encode())
    return out[0].decode() if count else None


def slips(word):
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield "swap", word[:i] + word[i + 1] + word[i] + word[i + 2:]
    for i in range(len(word)):
        yield "drop", word[:i] + word[i + 1:]
        for c in LETTERS:
            if c != word[i]:
                yield "change", word[:i] + c + word[i + 1:]
    for i in range(len(word) + 1):
        for c in LETTERS:
            yield "add", word[:i] + c + word[i:]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    words = [w.strip() for w in open("rules/spelling/common-words.txt") if w.strip()]
    common = set(words)
    us, gb = dictionary("en_US"), dictionary("en_GB")
    rng = random.Random(7)
    typos = unique = ours_right = hunspell_right = hunspell_right_on_unique = 0
    for meant in rng.sample([w for w in words if len(w) >= 4 and w.isalpha()], count):
        kind = rng.choice(["swap", "add", "drop", "change"])
        typo = rng.choice([s for k, s in slips(meant) if k == kind])
        if LIB.Hunspell_spell(us, typo.encode()) or LIB.Hunspell_spell(gb, typo.encode()):
            continue
        typos += 1
        hunspell = first_suggestion(us, typo) or first_suggestion(gb, typo)
        hunspell_right += hunspell == meant
        neighbours = {s for _, s in slips(typo) if s in common}
        if len(neighbours) == 1:
            unique += 1
            ours_right += neighbours.pop() == meant
            hunspell_right_on_unique += hunspell == meant
    print(f"{typos} typos; Hunspell's first suggestion is the meant word for {hunspell_right}")
    print(f"one common word a slip away for {unique}: it is the meant word for {ours_right}, "
          f"Hunspell's first suggestion for {hunspell_right_on_unique}")


if __name__ == "__main__":
    main()
