"""Checks a SARIF 2.1.0 log against the parts of the specification (OASIS
SARIF 2.1.0, sections 3.13-3.52) that memscope writes: the required
properties and their types, the enumerations, and the cross-references
(ruleIndex into the driver's rules), then prints one line per result for
FileCheck:

    result <ruleId> <level> <file name>:<startLine> <baselineState|-> <fingerprint>

Exits 1 with a message on the first violation.
"""
import json
import os
import sys

LEVELS = {"none", "note", "warning", "error"}
BASELINE = {"new", "unchanged", "updated", "absent"}


def fail(message):
    print("sarif_check: " + message, file=sys.stderr)
    sys.exit(1)


def check_location(loc, where):
    if not isinstance(loc, dict):
        fail(where + ": a location must be an object")
    phys = loc.get("physicalLocation")
    if phys is not None:
        art = phys.get("artifactLocation")
        if not isinstance(art, dict) or not isinstance(art.get("uri"), str):
            fail(where + ": physicalLocation needs artifactLocation.uri")
        region = phys.get("region")
        if region is not None:
            line = region.get("startLine")
            if not isinstance(line, int) or line < 1:
                fail(where + ": region.startLine must be an integer >= 1")
            col = region.get("startColumn", 1)
            if not isinstance(col, int) or col < 1:
                fail(where + ": region.startColumn must be >= 1")
    for logical in loc.get("logicalLocations", []):
        if not isinstance(logical.get("fullyQualifiedName", ""), str):
            fail(where + ": fullyQualifiedName must be a string")


log = json.load(open(sys.argv[1]))
if log.get("version") != "2.1.0":
    fail("version must be \"2.1.0\"")
if not isinstance(log.get("runs"), list) or not log["runs"]:
    fail("runs must be a non-empty array")
for run in log["runs"]:
    driver = run.get("tool", {}).get("driver")
    if not isinstance(driver, dict) or not isinstance(driver.get("name"), str):
        fail("run.tool.driver.name is required")
    rules = driver.get("rules", [])
    ids = [r.get("id") for r in rules]
    if any(not isinstance(i, str) or not i for i in ids):
        fail("every rule needs a non-empty id")
    if len(set(ids)) != len(ids):
        fail("rule ids must be unique")
    for rule in rules:
        level = rule.get("defaultConfiguration", {}).get("level", "warning")
        if level not in LEVELS:
            fail("rule %s: bad default level %r" % (rule["id"], level))
    for n, result in enumerate(run.get("results", [])):
        where = "result %d" % n
        text = result.get("message", {}).get("text")
        if not isinstance(text, str) or not text:
            fail(where + ": message.text is required")
        if result.get("level", "warning") not in LEVELS:
            fail(where + ": bad level")
        index = result.get("ruleIndex")
        if index is not None:
            if not (0 <= index < len(rules)):
                fail(where + ": ruleIndex out of range")
            if rules[index]["id"] != result.get("ruleId"):
                fail(where + ": ruleId differs from rules[ruleIndex].id")
        state = result.get("baselineState")
        if state is not None and state not in BASELINE:
            fail(where + ": bad baselineState")
        prints = result.get("partialFingerprints", {})
        if any(not isinstance(v, str) for v in prints.values()):
            fail(where + ": partialFingerprints values must be strings")
        for loc in result.get("locations", []):
            check_location(loc, where)
        for stack in result.get("stacks", []):
            if not isinstance(stack.get("frames"), list):
                fail(where + ": a stack needs frames")
            for frame in stack["frames"]:
                check_location(frame.get("location", {}), where + " frame")
        phys = (result.get("locations") or [{}])[0].get("physicalLocation", {})
        uri = phys.get("artifactLocation", {}).get("uri", "?")
        line = phys.get("region", {}).get("startLine", "?")
        print("result %s %s %s:%s %s %s" % (
            result.get("ruleId"), result.get("level", "warning"),
            os.path.basename(uri), line, state or "-",
            prints.get("memscope/v1", "-")))
