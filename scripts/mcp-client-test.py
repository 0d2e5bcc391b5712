#!/usr/bin/env python3
"""Drives `replylint mcp` with the official Python MCP client, as an agent would:
starts the server over stdio, lists the tools, calls each one and checks the answers.

    python3 scripts/mcp-client-test.py [path/to/replylint | path/to/replylint-mcp]

Exit status 0 when every check passes; prints 'N passed, N failed'."""
import asyncio
import json
import os
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAD_DRAFT = ("Dear [INSERT CUSTOMER NAME HERE],\n\n"
             "We apologize for any inconvenience. We're gonna look into it.\n\nThanks\n")
UPSET = "This is the THIRD time I've written. Where is my order?! I want a refund now."

passed = 0
failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def field(obj, snake, camel):
    """The mcp package's 1.x models use camelCase attributes, 2.x snake_case."""
    return getattr(obj, snake) if hasattr(obj, snake) else getattr(obj, camel)


def is_error(result):
    return bool(field(result, "is_error", "isError"))


def text_of(result):
    return "".join(getattr(item, "text", "") for item in result.content)


def fixture(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as handle:
        return handle.read()


def find_binary():
    if len(sys.argv) > 1:
        return sys.argv[1]
    for config in ("release", "debug"):
        path = os.path.join(ROOT, ".build", config, "replylint")
        if os.access(path, os.X_OK) and os.access(path + "-mcp", os.X_OK):
            return path
    sys.exit("mcp-client-test: no .build/{release,debug}/replylint with replylint-mcp beside it; run swift build")


async def main():
    binary = find_binary()
    # `replylint mcp`, or the server binary itself when given (replylint-mcp).
    arguments = [] if os.path.basename(binary) == "replylint-mcp" else ["mcp"]
    server = StdioServerParameters(command=binary, args=arguments, cwd=ROOT)
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            info = await session.initialize()
            check("initialize names the server", field(info, "server_info", "serverInfo").name == "replylint", str(info))

            listed = await session.list_tools()
            tools = {tool.name: tool for tool in listed.tools}
            check("tools/list offers lint, tone, compose, explain",
                  set(tools) == {"lint", "tone", "compose", "explain"}, str(sorted(tools)))
            lint_schema = field(tools["lint"], "input_schema", "inputSchema")
            check("lint's schema is closed and typed",
                  lint_schema.get("additionalProperties") is False
                  and lint_schema["properties"]["format"]["enum"] == ["txt", "html", "eml"],
                  json.dumps(lint_schema)[:300])
            check("explain requires a rule", field(tools["explain"], "input_schema", "inputSchema").get("required") == ["rule"])

            # lint: a bad draft has findings, the same JSON as `replylint --format json`.
            result = await session.call_tool("lint", {"text": BAD_DRAFT})
            report = json.loads(text_of(result))
            rules = {finding["rule"] for finding in report["files"][0]["findings"]}
            check("lint finds the placeholder, apology and slang",
                  not is_error(result) and {"placeholder", "generic-apology", "slang"} <= rules, str(rules))
            first = report["files"][0]["findings"][0]
            check("findings carry line and column", first["line"] == 1 and first["column"] == 6, str(first))
            check("lint summary counts errors", report["summary"]["errors"] >= 1, str(report["summary"]))

            # A good reply to the customer's message, both given as text.
            result = await session.call_tool("lint", {"text": fixture("fixtures/drafts/late-order-good.txt"),
                                                      "incoming": fixture("fixtures/incoming/third-time.txt")})
            report = json.loads(text_of(result))
            findings = [f for f in report["files"][0]["findings"] if f["severity"] != "info"]
            check("lint passes a good draft answering the customer", not is_error(result) and findings == [],
                  str(findings))
            result = await session.call_tool("lint", {"text": "Hi Priya,\n\nThanks for writing.\n\nBest,\nSam\n",
                                                      "incoming_path": "fixtures/incoming/third-time.txt"})
            rules = {f["rule"] for f in json.loads(text_of(result))["files"][0]["findings"]}
            check("lint with incoming_path finds the unanswered question", "unanswered-question" in rules, str(rules))

            result = await session.call_tool("lint", {"path": "fixtures/drafts/late-order-bad.txt",
                                                      "disable": ["slang"]})
            report = json.loads(text_of(result))
            rules = {finding["rule"] for finding in report["files"][0]["findings"]}
            check("lint reads a path and honours disable",
                  report["files"][0]["path"] == "fixtures/drafts/late-order-bad.txt"
                  and "placeholder" in rules and "slang" not in rules, str(rules))

            # tone
            result = await session.call_tool("tone", {"text": UPSET})
            tone = json.loads(text_of(result))
            check("tone reads an upset customer", not is_error(result) and tone["label"] == "upset", str(tone))

            # explain
            result = await session.call_tool("explain", {"rule": "generic-apology"})
            check("explain shows a rule with examples",
                  not is_error(result) and "Bad:" in text_of(result) and "Good:" in text_of(result))

            # compose: the JSON of `replylint compose --format json`, or, with a replylint that has
            # no compose command, a tool error that says so.
            result = await session.call_tool("compose", {"incoming": UPSET})
            if is_error(result):
                check("compose without a compose command is a clear tool error",
                      "has no `compose` command" in text_of(result), text_of(result))
            else:
                composed = json.loads(text_of(result))
                check("compose returns a reply and an intent",
                      "reply" in composed and "intent" in composed, str(composed)[:300])
                open_slots = [slot["name"] for slot in composed.get("slots", []) if not slot.get("filled")]
                if open_slots:
                    result = await session.call_tool("compose", {"incoming": UPSET, "slots": {open_slots[0]: "A-10492"}})
                    filled = {slot["name"]: slot.get("filled") for slot in json.loads(text_of(result))["slots"]}
                    check("compose fills a slot it is given", filled.get(open_slots[0]) is True, str(filled))

            # Errors are tool errors, not crashes; the server keeps serving afterwards.
            for name, arguments, expected in [
                ("lint", {}, "give 'text'"),
                ("lint", {"text": "hi", "path": "x.txt"}, "not both"),
                ("lint", {"text": "hi", "format": "pdf"}, "format"),
                ("lint", {"text": "hi", "colour": "red"}, "unknown argument"),
                ("lint", {"text": "hi", "disable": ["no-such-rule"]}, "unknown rule"),
                ("lint", {"text": "hi", "sent_at": "yesterday-ish"}, "sent_at"),
                ("lint", {"path": "fixtures/no-such-file.txt"}, "no such file"),
                ("lint", {"text": "   \n"}, "empty draft"),
                ("lint", {"text": 42}, "must be a string"),
                ("tone", {"path": "fixtures/malformed/binary.bin"}, "binary"),
                ("explain", {"rule": "no-such-rule"}, "unknown rule"),
                ("compose", {}, "incoming"),
                ("no-such-tool", {}, "unknown tool"),
            ]:
                result = await session.call_tool(name, arguments)
                check(f"{name} {json.dumps(arguments)} is a tool error",
                      is_error(result) and expected in text_of(result), text_of(result)[:200])

            result = await session.call_tool("lint", {"text": "Thanks u, got it.\n"})
            check("the server still answers after errors", not is_error(result) and "slang" in text_of(result))

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
