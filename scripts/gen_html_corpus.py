#!/usr/bin/env python3
"""Turns the plain-text benchmark corpus into HTML drafts as mail programs write them.

Usage: gen_html_corpus.py OUT_DIR   (reads OUT_DIR/drafts/*.txt and OUT_DIR/big.txt, made by
gen_corpus.py; writes OUT_DIR/html/drafts/NNNN.html and OUT_DIR/html/big.html)

Each paragraph becomes a <div> with <br> between its lines inside Gmail-style markup, with a
<head> and <style>, a hidden preheader, entities for quotes and ampersands, and (every third
draft) a quoted message in div.gmail_quote. Deterministic. Time them with
  BENCH_EXTRA="bench-out/html/drafts bench-out/html/big.html" scripts/bench.sh
"""
import html
import os
import sys

HEAD = ('<html><head><meta charset="utf-8"><style>body { font-family: Arial; } .x { color: #333 }</style></head>\n'
        '<body><div style="display:none;max-height:0;overflow:hidden">Your order update</div>\n<div dir="ltr">\n')
QUOTE = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Nov 20, 2026 at 10:04 AM Priya Nair '
         '&lt;priya@example.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex">'
         '<div>Where is my order? It was due on Monday &amp; I still have nothing.</div></blockquote></div>\n')
TAIL = '</div></body></html>\n'


def to_html(text, quote):
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "".join("<div>" + "<br>\n".join(html.escape(line, quote=True) for line in p.split("\n")) + "</div><div><br></div>\n"
                   for p in paragraphs)
    return HEAD + body + (QUOTE if quote else "") + TAIL


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench-out"
    drafts = os.path.join(out, "drafts")
    target = os.path.join(out, "html", "drafts")
    os.makedirs(target, exist_ok=True)
    for index, name in enumerate(sorted(os.listdir(drafts))):
        with open(os.path.join(drafts, name), encoding="utf-8") as handle:
            page = to_html(handle.read(), index % 3 == 0)
        with open(os.path.join(target, os.path.splitext(name)[0] + ".html"), "w", encoding="utf-8") as handle:
            handle.write(page)
    with open(os.path.join(out, "big.txt"), encoding="utf-8") as handle:
        big = to_html(handle.read(), False)
    with open(os.path.join(out, "html", "big.html"), "w", encoding="utf-8") as handle:
        handle.write(big)


if __name__ == "__main__":
    main()
