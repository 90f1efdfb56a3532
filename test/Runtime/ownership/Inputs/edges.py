"""Prints the edges, cycles and diagnostics of a `memscope graph` JSON file
one per line, in the graph's own order, for FileCheck:

    edge <from|-> <owner> -> #<to> <kind> x<count> line <first line> <live|dead>
    borrow #<passport> <kind> <owner> x<count> line <line>
    cycle <id> path #<p> ... weak #<from>-><to>
    diagnostic <kind> ...
"""
import json
import sys

g = json.load(open(sys.argv[1]))
types = {n["passport"]: n["type"] for n in g["nodes"]}
for n in g["nodes"]:
    print("node #%d %s owner=%s freed=%s leaked=%s" % (
        n["passport"], n["type"], n["owner"], n["freed"], n["leaked"]))
    for b in n["borrows"]:
        print("borrow #%d %s %s x%d line %s" % (
            n["passport"], b["kind"], b["owner"], b["count"],
            b["site"]["line"] if b["site"] else "?"))
for e in g["edges"]:
    print("edge %s %s -> #%d %s x%d line %s %s" % (
        "#%d" % e["from"] if e["from"] is not None else "-", e["owner"],
        e["to"], e["kind"], e["count"],
        e["first_site"]["line"] if e["first_site"] else "?",
        "live" if e["live_at_end"] else "dead"))
for c in g["cycles"]:
    w = c["weak_candidate"]
    print("cycle %d path %s weak %s" % (
        c["id"], " ".join("#%d(%s)" % (s["passport"], s["slot"])
                          for s in c["path"]),
        "#%d->#%d %s" % (w["from"], w["to"], w["slot"]) if w else "none"))
for d in g["diagnostics"]:
    print("diagnostic %s count=%s" % (d["kind"], d.get("count")))
