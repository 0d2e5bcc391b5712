#!/usr/bin/env python3
"""Scores the labelled tone set (fixtures/tone/messages.yml) with VADER and with
replylint, and prints both accuracies: overall, per label, and on the upset
messages that hold no obvious negative word (implicit: true).

    python3 -m pip install vaderSentiment pyyaml
    swift build -c release
    scripts/vader_compare.py [--replylint .build/release/replylint] [--show-misses]

VADER's labels follow its authors' usual cut-offs: compound >= 0.05 positive,
<= -0.05 upset, else neutral. replylint is run as a user runs it:
`replylint tone - --format json` with each message on standard input.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

try:
    import yaml
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
except ImportError as error:
    sys.exit(f"{error}: run `python3 -m pip install vaderSentiment pyyaml` first")

LABELS = ["upset", "neutral", "positive"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def vader_label(analyzer, text):
    compound = analyzer.polarity_scores(text)["compound"]
    if compound >= 0.05:
        return "positive"
    if compound <= -0.05:
        return "upset"
    return "neutral"


def replylint_label(binary, text):
    run = subprocess.run([binary, "tone", "-", "--format", "json"], input=text.encode(),
                         capture_output=True, check=False)
    if run.returncode != 0:
        sys.exit(f"replylint tone failed ({run.returncode}): {run.stderr.decode().strip()}")
    return json.loads(run.stdout)["label"]


def negative_words(analyzer, text):
    """Words VADER's lexicon rates negative: a check that 'implicit' holds."""
    words = [w.strip(".,!?;:'\"()").lower() for w in text.split()]
    return sorted({w for w in words if analyzer.lexicon.get(w, 0) < 0})


def accuracy(pairs):
    return sum(1 for gold, guess in pairs if gold == guess) / max(1, len(pairs))


def report(name, messages, guesses):
    pairs = [(m["label"], g) for m, g in zip(messages, guesses)]
    implicit = [(m["label"], g) for m, g in zip(messages, guesses) if m.get("implicit")]
    print(f"{name:10} overall {accuracy(pairs):6.1%}   upset without negative words "
          f"{accuracy(implicit):6.1%} ({len(implicit)})")
    for label in LABELS:
        row = [g for gold, g in pairs if gold == label]
        counts = collections.Counter(row)
        spread = "  ".join(f"{other}:{counts[other]:3}" for other in LABELS)
        print(f"{'':10}   {label:8} ({len(row):3})  {spread}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=os.path.join(ROOT, "fixtures/tone/messages.yml"))
    parser.add_argument("--replylint", help="path to a built replylint binary")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()

    with open(args.set, encoding="utf-8") as handle:
        messages = yaml.safe_load(handle)
    analyzer = SentimentIntensityAnalyzer()
    vader = [vader_label(analyzer, m["text"]) for m in messages]
    print(f"{len(messages)} messages: " + ", ".join(
        f"{n} {label}" for label, n in collections.Counter(m["label"] for m in messages).items()))
    report("VADER", messages, vader)
    flagged = [m for m in messages if m.get("implicit") and negative_words(analyzer, m["text"])]
    print(f"{'':10} ({len(flagged)} implicit messages hold a word VADER rates negative, "
          f"e.g. {', '.join(sorted({w for m in flagged for w in negative_words(analyzer, m['text'])})[:12])})")

    results = {"VADER": vader}
    if args.replylint:
        ours = [replylint_label(args.replylint, m["text"]) for m in messages]
        report("replylint", messages, ours)
        results["replylint"] = ours
    if args.show_misses:
        for name, guesses in results.items():
            print(f"\n{name} misses:")
            for message, guess in zip(messages, guesses):
                if guess != message["label"]:
                    text = " ".join(message["text"].split())
                    print(f"  {message['label']:>8} -> {guess:8} {text[:100]}")


if __name__ == "__main__":
    main()
