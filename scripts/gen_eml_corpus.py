#!/usr/bin/env python3
"""Turns the benchmark drafts (scripts/gen_corpus.py) into .eml messages for the MIME benchmark.

Usage: gen_eml_corpus.py BENCH_DIR

Writes BENCH_DIR/eml/NNNN.eml (each draft as a message: quoted-printable, base64, 7bit,
multipart/alternative with an HTML part, or Windows-1252 8bit, in turn), BENCH_DIR/big-qp.eml
and BENCH_DIR/big-base64.eml (big.txt as one quoted-printable / base64 body) and
BENCH_DIR/attachment.eml (a short reply with a 50 MB base64 attachment).
"""
import base64
import os
import quopri
import sys

HEAD = ("From: Alex Morgan <alex@acme.example>\nTo: =?UTF-8?Q?Priya_N=C3=A1ir?= <priya@example.com>\n"
        "Subject: =?UTF-8?B?UmU6IHlvdXIgb3JkZXIg4oCU?= update\nDate: Fri, 20 Nov 2026 11:00:00 +0100\n"
        "MIME-Version: 1.0\n")


def message(text, kind):
    raw = text.encode("utf-8")
    if kind == 0:
        return HEAD.encode() + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(raw)
    if kind == 1:
        return HEAD.encode() + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(raw)
    if kind == 2:
        return HEAD.encode() + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + raw
    if kind == 3:
        html = "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>\n"
        return (HEAD + 'Content-Type: multipart/alternative; boundary="alt-1"\n\n--alt-1\n'
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n").encode() \
            + quopri.encodestring(raw) + b"\n--alt-1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" \
            + quopri.encodestring(html.encode()) + b"\n--alt-1--\n"
    return HEAD.encode() + b"Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n" \
        + text.encode("cp1252", errors="replace")


def main():
    root = sys.argv[1]
    drafts = os.path.join(root, "drafts")
    out = os.path.join(root, "eml")
    os.makedirs(out, exist_ok=True)
    for index, name in enumerate(sorted(os.listdir(drafts))):
        with open(os.path.join(drafts, name), encoding="utf-8") as handle:
            text = handle.read()
        with open(os.path.join(out, name.rsplit(".", 1)[0] + ".eml"), "wb") as handle:
            handle.write(message(text, index % 5))
    with open(os.path.join(root, "big.txt"), encoding="utf-8") as handle:
        big = handle.read()
    with open(os.path.join(root, "big-qp.eml"), "wb") as handle:
        handle.write(message(big, 0))
    with open(os.path.join(root, "big-base64.eml"), "wb") as handle:
        handle.write(message(big, 1))
    with open(os.path.join(root, "attachment.eml"), "wb") as handle:
        handle.write((HEAD + 'Content-Type: multipart/mixed; boundary="mix"\n\n--mix\nContent-Type: text/plain; charset=utf-8\n\n'
                      "Hi Priya, the photos are attached. Thx for waiting.\n\n--mix\nContent-Type: application/zip\n"
                      'Content-Disposition: attachment; filename="photos.zip"\nContent-Transfer-Encoding: base64\n\n').encode())
        chunk = base64.encodebytes(os.urandom(3 * 1024 * 1024))
        for _ in range(17):
            handle.write(chunk)
        handle.write(b"--mix--\n")


if __name__ == "__main__":
    main()
