"""Would a learned decider over high-recall candidates find more support than the rules? A
leave-batches-out measure on the blind gold of corpus/real (session 9, docs/evaluation.md).

Usage: PYTHONPATH=. python corpus/tools/support_model_cv.py [LAST_BATCH]   (needs scikit-learn,
which is no dependency of armswatch: pip install scikit-learn; LAST_BATCH leaves later batches out)

Candidates: every claim sentence holding a cue of support (a verb or noun of giving, an item, a
military word, a fund, a training mission) and a state other than the Netherlands, one per
(sentence, state). A candidate is positive when the gold of its document has an aid fact with that
state as recipient and the sentence holds most of the fact's evidence words. Features: the
sentence's words and word pairs with the state masked, its cue kinds, the document's type and
whether it is a government text. Model: logistic regression on binary features, trained in ten
folds grouped by batch (each batch is scored by a model that never saw it, as a first-blind
score is). What it may add: for a state the rules found no support for, the best candidate over
the threshold becomes a fact (donor the Netherlands, status the sentence's own or "decided").
Prints, per threshold, the true and false facts it adds to the rules' and the pooled precision
and recall of rules and model together (keys: donor, recipient, status).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "real"
CUES = ("give", "item", "military", "fund", "state_fund", "training_mission")


def _words(text: str) -> list[str]:
    from armswatch.extract.text import fold

    return re.findall(r"\w+", fold(text))


def candidates(last_batch: int) -> list[dict]:
    from armswatch.extract.aid import _government_text
    from armswatch.extract.aid_status import statuses_of
    from armswatch.extract.context import Context
    from armswatch.extract.text import fold
    from armswatch.pipeline import extract_file

    docs = []
    for gold_path in sorted(REAL.glob("batch*/*.gold.json")):
        if int(gold_path.parent.name[len("batch") :]) > last_batch:
            continue
        gold = json.loads(gold_path.read_text())
        if "aid" not in gold.get("fact_kinds", ["aid"]):
            continue
        stem = gold_path.name[: -len(".gold.json")]
        doc = next(p for p in gold_path.parent.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        rec = extract_file(doc)
        body, ctx = rec.body, Context.of(rec.body, rec.structure)
        want = [
            (f.get("donor"), f.get("recipient"), f.get("status"), set(_words(f.get("evidence") or "")))
            for f in gold.get("facts", [])
            if f["kind"] == "aid"
        ]
        optional_keys = {
            (f.get("donor"), f.get("recipient"), f.get("status"))
            for f in gold.get("optional_facts", [])
            if f.get("kind") == "aid"
        }
        optional = {k[1] for k in optional_keys}
        rows = []
        for s in ctx.claim_sentences():
            if not any(ctx.mentions.within(k, s.start, s.end) for k in CUES):
                continue
            cues = sorted({m.label for k in CUES for m in ctx.mentions.within(k, s.start, s.end)})
            acts = [a for a in ctx.mentions.within("actor", s.start, s.end) if len(a.label) == 3]
            words = set(_words(body[s.start : s.end]))
            for a in acts:
                if a.label == "NLD":
                    continue
                masked, last = [], s.start
                for b in acts:
                    masked += [body[last : b.start], " zzrecip " if b.label == a.label else " zzstate "]
                    last = b.end
                masked.append(body[last : s.end])
                positive = any(w[1] == a.label and w[3] and len(w[3] & words) >= 0.6 * len(w[3]) for w in want)
                if a.label in optional and not positive:
                    continue
                rows.append(
                    {
                        "recipient": a.label,
                        "positive": positive,
                        "status": (statuses_of(body[s.start : s.end]) or ["decided"])[0],
                        "features": fold("".join(masked))
                        + " "
                        + " ".join(f"cue_{c}" for c in cues)
                        + f" kind_{a.kind} type_{rec.structure.type} gov_{_government_text(ctx)}",
                    }
                )
        rule = {(f.fields["donor"], f.fields["recipient"], f.fields["status"]) for f in rec.facts if f.kind == "aid"}
        want_keys = {w[:3] for w in want}
        docs.append(
            {
                "batch": gold_path.parent.name,
                "want": want_keys,
                "optional": optional_keys - want_keys,
                "rule": rule,
                "rows": rows,
            }
        )
    return docs


def main() -> None:
    try:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        sys.exit("support_model_cv: needs scikit-learn (pip install scikit-learn)")
    docs = candidates(int(sys.argv[1]) if len(sys.argv) > 1 else 10**6)
    rows = [(i, r) for i, d in enumerate(docs) for r in d["rows"]]
    labels = [int(r["positive"]) for _, r in rows]
    groups = [docs[i]["batch"] for i, _ in rows]
    probs = [0.0] * len(rows)
    for train, test in GroupKFold(n_splits=10).split(rows, labels, groups):
        vec = CountVectorizer(ngram_range=(1, 2), min_df=2, binary=True, token_pattern=r"\w+")
        x_train = vec.fit_transform([rows[i][1]["features"] for i in train])
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
        model.fit(x_train, [labels[i] for i in train])
        for i, p in zip(test, model.predict_proba(vec.transform([rows[i][1]["features"] for i in test]))[:, 1]):
            probs[i] = p
    print(f"{len(docs)} documents, {len(rows)} candidates, {sum(labels)} positive")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
        tp = fp = fn = added_tp = added_fp = 0
        for i, d in enumerate(docs):
            have = set(d["rule"])
            found = {k[1] for k in have}
            best: dict[str, tuple[float, dict]] = {}
            for (j, r), p in zip(rows, probs):
                if j == i and p >= threshold and r["recipient"] not in found:
                    if r["recipient"] not in best or p > best[r["recipient"]][0]:
                        best[r["recipient"]] = (p, r)
            for recipient, (_, r) in best.items():
                key = ("NLD", recipient, r["status"])
                have.add(key)
                added_tp += key in d["want"]
                added_fp += key not in d["want"] and key not in d["optional"]
            tp += len(d["want"] & have)
            fp += len(have - d["want"] - d["optional"])  # as the scorer: an optional fact costs nothing
            fn += len(d["want"] - have)
        p_, r_ = tp / max(1, tp + fp), tp / max(1, tp + fn)
        print(
            f"threshold {threshold:.2f}: the model adds {added_tp} true and {added_fp} false facts; "
            f"rules and model precision {p_:.2f} recall {r_:.2f}"
        )


if __name__ == "__main__":
    main()
