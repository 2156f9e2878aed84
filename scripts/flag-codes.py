#!/usr/bin/env python3
"""Which review/diagnostic codes flag CORRECT rows (issue 15: flagged_ok under 10 %).

usage: python3 scripts/flag-codes.py [--rows CODE] CASE...   (CASE as for score.py: IN=TRUTH or a folder)
For every truth row fenjie reads correctly but flags, collects the codes that flag it (review entries
and warning/error diagnostics naming its seq). Prints per code: rows where it is the sole code, rows
where it is one of several; then the same for wrong rows (a code that also flags wrong rows is one a
vouching rule must not lower blindly). --rows CODE lists the correct rows whose sole code is CODE;
--detail FILE writes one JSON line per row carrying CODE (or, with --rows ALL, per row flagged or
wrong): file, seq, wrong fields, codes, fenjie's fields and the truth's. Also counts wrong rows left
silent (as score.py does: no review entry, no warning naming the seq).
  python3 scripts/flag-codes.py $(for f in fixtures/dumps/*.txt; do echo "$f=${f%.txt}.json"; done)
"""
import sys, os, json, collections, argparse
sys.path.insert(0, "/work/shared/tools")
import score as S

ap = argparse.ArgumentParser()
ap.add_argument("cases", nargs="+")
ap.add_argument("--rows", default=None)
ap.add_argument("--detail", default=None, help="write one JSON line per row carrying this code (correct or not) to this file")
ap.add_argument("--project", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
a = ap.parse_args()
cases = [c for n in a.cases for c in S.cases_for(n)]
sole, some, bad_codes = collections.Counter(), collections.Counter(), collections.Counter()
n_ok = n_flag_ok = n_silent = 0
listing = []
detail = open(a.detail, "w", encoding="utf-8") if a.detail else None
for inp, tp in cases:
    truth = json.load(open(tp, encoding="utf-8"))
    if truth.get("expect") == "no_table":
        continue
    out, err, _ = S.run(a.project, inp)
    if out is None:
        continue
    codes = collections.defaultdict(set)
    for d in out.get("diagnostics") or []:
        if d.get("seq") is not None and d.get("level", "warning") != "info":
            codes[d["seq"]].add(d["code"])
    for t in out.get("tasks") or []:
        for r in (t.get("review") or []):
            codes[t["seq"]].add(r.get("code") if isinstance(r, dict) else str(r))
        for w in (t.get("warnings") or []):
            codes[t["seq"]].add(w.get("code") if isinstance(w, dict) else str(w))
    tables = truth.get("tables") or [truth]
    outs = S.output_tables(out)
    for i, tb in enumerate(tables):
        got = S.pick_rows(outs, tb["rows"], i, len(tables))
        for r in tb["rows"]:
            g = got.get(r["seq"])
            if g is None:
                n_silent += 0 if codes.get(r["seq"]) else 1
                continue
            bad = [f for f in S.FIELDS if not S.field_eq(f, r.get(f, [] if f != "task" else ""), g.get(f))]
            c = codes.get(r["seq"], set())
            if detail and (a.rows in c or (a.rows == "ALL" and (c or bad))):
                detail.write(json.dumps({"file": inp, "seq": r["seq"], "bad": bad, "codes": sorted(c),
                    "got": {f: g.get(f) for f in S.FIELDS[1:]}, "truth": {f: r.get(f) for f in S.FIELDS[1:]}}, ensure_ascii=False) + "\n")
            if bad:
                n_silent += 0 if c else 1
                for k in c:
                    bad_codes[k] += 1
                continue
            n_ok += 1
            if not c:
                continue
            n_flag_ok += 1
            if len(c) == 1:
                k = next(iter(c)); sole[k] += 1
                if a.rows == k:
                    listing.append(f"{os.path.basename(inp)} seq {r['seq']}")
            for k in c:
                some[k] += 1
print(f"correct rows {n_ok}, flagged {n_flag_ok} ({n_flag_ok / max(n_ok, 1):.1%}); wrong rows left silent {n_silent}")
print(f"{'code':40s} sole  any  on-wrong-rows")
for k in sorted(set(sole) | set(some), key=lambda k: (-sole[k], -some[k])):
    print(f"{k:40s} {sole[k]:4d} {some[k]:4d} {bad_codes[k]:4d}")
for l in listing:
    print(l)
