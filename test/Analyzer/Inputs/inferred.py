"""Counts the inferred edges of a `memscope graph --infer` JSON file by kind
and by the types of the blocks they join, one line each, sorted, for
FileCheck:

    <kind> <from type> -> <to type>: <count>
"""
import collections
import json
import sys

g = json.load(open(sys.argv[1]))
types = {n["passport"]: n["type"] or "?" for n in g["nodes"]}
counts = collections.Counter(
    (e["kind"], types.get(e["from"], "?"), types.get(e["to"], "?"))
    for e in g["inferred_edges"])
for (kind, src, dst), n in sorted(counts.items()):
    print("%s %s -> %s: %d" % (kind, src, dst, n))
