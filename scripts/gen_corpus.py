#!/usr/bin/env python3
"""Generates a benchmark corpus of realistic support drafts.

Usage: gen_corpus.py OUT_DIR [--count 2000] [--big-mb 10] [--seed 7]

Writes OUT_DIR/drafts/NNNN.txt (0.5-2 KB each, about one in four with a defect),
OUT_DIR/big.txt (one file of about --big-mb MB) and OUT_DIR/one-line.txt.
Deterministic for a given seed.
"""
import argparse
import os
import random

NAMES = ["Priya", "Marco", "Aisha", "Tom", "Lena", "Jorge", "Mei", "Sam", "Olga", "Kwame", "Noor", "Ben"]
AGENTS = ["Alex", "Jordan", "Casey", "Riley", "Morgan", "Taylor"]
PRODUCTS = ["walnut desk lamp", "linen duvet cover", "espresso grinder", "trail running shoes",
            "wool rug", "ceramic mug set", "bluetooth speaker", "standing desk", "rain jacket"]
OPENERS = [
    "Thank you for getting in touch about your order #{order}.",
    "Thanks for your message about the {product}.",
    "I'm sorry your {product} arrived later than we promised.",
    "I'm sorry the {product} arrived damaged.",
    "Thank you for the kind words about the {product}!",
]
BODIES = [
    "I checked the tracking with the courier this morning: the parcel left our warehouse on {day} and is now at the local depot.",
    "I have issued a full refund of ${amount} to the card you paid with; banks usually show it within 3 to 5 business days.",
    "A replacement {product} ships today by express delivery, and you will receive the tracking number by email within two hours.",
    "You can keep the damaged item or donate it; there is no need to send it back.",
    "I've attached a prepaid return label. Drop the parcel at any post office within 30 days and we will refund you as soon as it arrives.",
    "Our team has updated the size chart so this does not catch anyone else out.",
    "The {product} is back in stock, and I've reserved one for you until {day}.",
    "If the new one gives you any trouble, reply to this email and I will sort it out personally.",
    "I've changed the delivery address on order #{order} to the one you sent, and the courier has confirmed the change.",
    "The charge you saw on {day} was a temporary authorisation; it will drop off your statement without you doing anything.",
]
DEFECTS = [
    "We apologize for any inconvenience this may have caused.",
    "Dear [INSERT CUSTOMER NAME HERE], thanks for waiting.",
    "We're gonna look into it and get back to u asap.",
    "As I already told you, refunds take a few days.",
    "Your refund of $XX.XX will be processed on TBD.",
    "Hi {{first_name}}, thanks for your patience.",
    "Btw, the courier is running late this week.",
]
CLOSINGS = ["Kind regards,", "Best wishes,", "Thanks again,", "All the best,"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def draft(rng, with_defect):
    name = rng.choice(NAMES)
    fill = lambda s: s.format(order=rng.randint(10000, 99999), product=rng.choice(PRODUCTS),
                              day=rng.choice(DAYS), amount=rng.randint(9, 240))
    paragraphs = [f"Hi {name},", fill(rng.choice(OPENERS))]
    body = [fill(rng.choice(BODIES)) for _ in range(rng.randint(2, 6))]
    if with_defect:
        body.insert(rng.randrange(len(body) + 1), fill(rng.choice(DEFECTS)))
    # Group sentences into short paragraphs of one to three sentences.
    while body:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(body[:take]))
        body = body[take:]
    paragraphs.append(f"{rng.choice(CLOSINGS)}\n{rng.choice(AGENTS)}\nCustomer Support, Northwind Goods")
    return "\n\n".join(paragraphs) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--big-mb", type=float, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    drafts_dir = os.path.join(args.out, "drafts")
    os.makedirs(drafts_dir, exist_ok=True)
    sizes = []
    for index in range(args.count):
        text = draft(rng, rng.random() < 0.25)
        while len(text.encode()) < 500:
            text = text.replace("\n\nKind regards", "\n\n" + rng.choice(BODIES).format(
                order=1, product=rng.choice(PRODUCTS), day="Monday", amount=20) + "\n\nKind regards")
            if len(text.encode()) < 500:
                text += "\nP.S. " + rng.choice(BODIES).format(order=2, product=rng.choice(PRODUCTS), day="Friday", amount=30) + "\n"
        text = text.encode()[:2048].decode(errors="ignore")
        sizes.append(len(text.encode()))
        with open(os.path.join(drafts_dir, f"{index:04d}.txt"), "w") as handle:
            handle.write(text)
    target = int(args.big_mb * 1024 * 1024)
    with open(os.path.join(args.out, "big.txt"), "w") as handle:
        written = 0
        while written < target:
            text = draft(rng, rng.random() < 0.25) + "\n"
            handle.write(text)
            written += len(text.encode())
    with open(os.path.join(args.out, "one-line.txt"), "w") as handle:
        handle.write("Hi Priya, your replacement ships today and arrives on Friday.\n")
    print(f"{args.count} drafts, {min(sizes)}-{max(sizes)} bytes (mean {sum(sizes) // len(sizes)}); big.txt {written / 1048576:.1f} MB")


if __name__ == "__main__":
    main()
