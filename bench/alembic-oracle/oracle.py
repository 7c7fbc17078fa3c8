#!/usr/bin/python3
"""Runs revision-traversal commands through Alembic's own RevisionMap (Debian python3-alembic).

Input, one JSON object a line: {"graph": [{"id", "revises": [], "deps": [], "labels": []}],
"cmd": "upgrade"|"downgrade"|"stamp", "heads": [...], "target": "..."}.
Output, one JSON object a line: {"steps": [[id, "up"|"down"]...], "heads": [sorted ids]} or
{"error": "first line of the message", "kind": exception class}.
"""
import json
import sys
import types
import warnings
from unittest import mock

from alembic.runtime.migration import HeadMaintainer
from alembic.script.base import ScriptDirectory
from alembic.script.revision import Revision, RevisionMap

warnings.simplefilter("ignore")


def directory(graph):
    revisions = []
    for node in graph:
        down = tuple(node["revises"]) or None
        if down is not None and len(down) == 1:
            down = down[0]
        rev = Revision(node["id"], down, dependencies=tuple(node.get("deps", ())) or None,
                       branch_labels=tuple(node.get("labels", ())) or None)
        rev.module = types.SimpleNamespace(upgrade=None, downgrade=None)
        revisions.append(rev)
    script = ScriptDirectory.__new__(ScriptDirectory)
    script.revision_map = RevisionMap(lambda: revisions)
    return script


def run(request):
    script = directory(request["graph"])
    heads = tuple(request.get("heads", ()))
    target = request["target"]
    cmd = request["cmd"]
    if cmd == "upgrade":
        steps = script._upgrade_revs(target, heads)
    elif cmd == "downgrade":
        steps = script._downgrade_revs(target, heads)
    else:
        steps = script._stamp_revs(target, heads)
    maintainer = HeadMaintainer(mock.Mock(), heads)
    names = []
    for step in steps:
        maintainer.update_to_step(step)
        if cmd != "stamp":
            names.append([step.revision.revision, "up" if step.is_upgrade else "down"])
    return {"steps": names, "heads": sorted(maintainer.heads)}


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            out = run(json.loads(line))
        except Exception as e:  # every failure is an answer: its class and first line
            text = str(e).strip().splitlines()
            out = {"error": text[0] if text else "", "kind": type(e).__name__}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
