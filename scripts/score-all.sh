#!/usr/bin/env bash
# One summary line per corpus, for the status ratchet (issue 15): the real notices, the
# PDF-text dumps (fixtures/dumps), the second PDF corpus and its dumps (fixtures/pdf2, fixtures/dumps2), the non-notices with their positive controls
# (fixtures/non-notices), each scored by the shared scorer against its truth files.
#
#   bash scripts/score-all.sh [REAL_DIR]        REAL_DIR defaults to ../shared/real
#   SCORE_PY=path/to/score.py NO_BUILD=1 bash scripts/score-all.sh
#
# Runs `npm run build` first (the scorer runs bin/fenjie.js, i.e. dist/) unless NO_BUILD=1.
# For the non-notices the line adds how many non-notices were refused (exit 4, as they
# must be) and names those accepted; the positive controls are scored like any notice.
# Exit status: 0, or 1 when a corpus could not be scored at all.
set -uo pipefail
cd "$(dirname "$0")/.."
REAL=${1:-../shared/real}
SCORE_PY=${SCORE_PY:-$REAL/../tools/score.py}
[ -f "$SCORE_PY" ] || { echo "score-all: scorer not found: $SCORE_PY (set SCORE_PY)" >&2; exit 1; }
[ -d "$REAL" ] || { echo "score-all: folder not found: $REAL" >&2; exit 1; }
if [ "${NO_BUILD:-0}" != 1 ]; then npm run -s build >&2 || exit 1; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for corpus in "real:$REAL" "dumps:fixtures/dumps" "pdf2:fixtures/pdf2" "dumps2:fixtures/dumps2" "pdf3:fixtures/pdf3" "dumps3:fixtures/dumps3" "non-notices:fixtures/non-notices"; do
  name=${corpus%%:*}
  dir=${corpus#*:}
  python3 "$SCORE_PY" "$dir" --json "$tmp/$name.json" >"$tmp/$name.txt" 2>&1
  overall=$(grep '^overall:' "$tmp/$name.txt")
  if [ -z "$overall" ]; then
    echo "$(printf '%-12s' "$name") scorer failed: $(tail -1 "$tmp/$name.txt")"
    status=1
    continue
  fi
  extra=""
  if [ "$name" = non-notices ]; then
    extra=$(python3 - "$tmp/$name.json" "$dir" <<'PY'
import json, os, sys
res = json.load(open(sys.argv[1]))
neg = []
for r in res:
    base = os.path.join(sys.argv[2], r["name"])
    truth = next(t for t in (base + ".json", os.path.splitext(base)[0] + ".json") if os.path.exists(t))
    if json.load(open(truth, encoding="utf-8")).get("expect") == "no_table":
        neg.append(r)
bad = [r["name"] for r in neg if r["error"]]
print(f" | refused {len(neg) - len(bad)}/{len(neg)} non-notices" + (f"; accepted: {', '.join(bad)}" if bad else ""))
PY
)
  fi
  echo "$(printf '%-12s' "$name") $overall$extra"
done
exit $status
