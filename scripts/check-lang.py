#!/usr/bin/env python3
"""Check that Rules/kz/lang/<lang>/ covers every text of the English rule files.

Usage: scripts/check-lang.py [ru]   (needs PyYAML; exit 1 on any gap)

Base files (Rules/kz/*.yaml) are matched against the union of Rules/kz/lang/<lang>/*.yaml;
an amendment Rules/kz/amendments/X.yaml against Rules/kz/lang/<lang>/amendments/X.yaml.
Checked: every id has an entry with the same text fields; every {expression} of an English
template appears unchanged in the translation; per-rule `sanctions` conditions mirror the
English list (same order and sanction ids); no entry for an id the English files lack.
A string literal an expression prints (`then '…'`, `else '…'`, `{'…'}`) is wording: the
translation words it in its own language, so expressions are compared with printed literals
blanked, and a printed literal the English template also prints (or, for ru, one in Latin
letters) is flagged as English leaking into the translation. Enum values print through the
language's `values:` names, which `civiclex check --lang` checks.
"""
import glob, os, re, sys
import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Rules", "kz")
LANG = sys.argv[1] if len(sys.argv) > 1 else "ru"
RULE_FIELDS = ["title", "message", "remedy", "remedy_overdue", "consequence", "note"]
TEMPLATES = {"message", "remedy", "remedy_overdue"}
EXPR = re.compile(r"\{[^{}]*\}")
# A literal in a printing position: a branch's result, or the whole expression.
PRINTED = re.compile(r"""((?:\bthen|\belse|^\{)\s*)('[^']*'|"[^"]*")""")


def printed(expr):
    return [m.group(2)[1:-1] for m in PRINTED.finditer(expr)]


def shape(expr):
    """The expression with its printed wording blanked: the logic a translation must keep."""
    return PRINTED.sub(lambda m: m.group(1) + "'…'", expr)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def english(doc):
    """Sections of translatable text in one English rule file."""
    out = {}
    rules = doc.get("rules")
    if isinstance(rules, dict):
        rules = (rules.get("add") or []) + (rules.get("replace") or [])
    for rule in rules or []:
        entry = {k: rule[k] for k in RULE_FIELDS if isinstance(rule.get(k), str)}
        refs = rule.get("sanctions") or []
        if any(isinstance(r, dict) and r.get("condition") for r in refs):
            entry["sanctions"] = [
                {"sanction": r["sanction"] if isinstance(r, dict) else r,
                 **({"condition": r["condition"]} if isinstance(r, dict) and r.get("condition") else {})}
                for r in refs]
        out.setdefault("rules", {})[rule["id"]] = entry
    for sid, s in (doc.get("sanctions") or {}).items():
        entry = {"title": s["title"]}
        versions = [v for v in s.get("versions") or [] if v.get("offence")]
        if versions:
            entry["offence"] = versions[-1]["offence"]
        if len(versions) > 1:
            entry["versions"] = {str(v["from"]): {"offence": v["offence"]} for v in versions}
        out.setdefault("sanctions", {})[sid] = entry
    for ind in doc.get("indicators") or []:
        out.setdefault("indicators", {})[ind["id"]] = {k: ind[k] for k in ("title", "note") if isinstance(ind.get(k), str)}
    for area, a in (doc.get("areas") or {}).items():
        out.setdefault("areas", {})[area] = {"title": a["title"]}
    for pid, p in (doc.get("parameters") or {}).items():
        if isinstance(p, dict) and isinstance(p.get("description"), str):
            out.setdefault("parameters", {})[pid] = {"description": p["description"]}
    bands = list(doc.get("bands") or []) + list((doc.get("risk") or {}).get("bands") or [])
    for band in bands:
        out.setdefault("bands", {})[band["name"]] = band["name"]
    for sid, s in (doc.get("sources") or {}).items():
        out.setdefault("sources", {})[sid] = {"title": s["title"]}
    amendment = doc.get("amendment")
    if amendment:
        out["amendment"] = {k: amendment[k] for k in ("title", "summary") if isinstance(amendment.get(k), str)}
    return out


def merge(docs):
    merged = {}
    for doc in docs:
        for section, entries in doc.items():
            if section == "amendment":
                merged[section] = entries
                continue
            target = merged.setdefault(section, {})
            for key, value in (entries or {}).items():
                if key in target:
                    problems.append(f"{section}.{key}: translated twice")
                target[key] = value
    return merged


def compare(where, en, tr):
    for section, entries in en.items():
        have = tr.get(section) or {}
        if section == "amendment":
            entries, have = {"amendment": entries}, {"amendment": have}
        for key, fields in entries.items():
            name = f"{where}: {section}.{key}"
            if key not in have:
                problems.append(f"{name}: no {LANG} text")
                continue
            got = have[key]
            if section == "bands":
                if not isinstance(got, str) or not got.strip():
                    problems.append(f"{name}: band name missing")
                continue
            if set(got) != set(fields):
                problems.append(f"{name}: fields {sorted(got)} differ from English {sorted(fields)}")
            for field, text in fields.items():
                if field == "sanctions":
                    mine = got.get("sanctions") or []
                    if [s.get("sanction") for s in mine] != [s["sanction"] for s in text] or \
                            [("condition" in s) for s in mine] != [("condition" in s) for s in text]:
                        problems.append(f"{name}: sanctions list does not mirror the English one")
                    continue
                if field == "versions":
                    mine = got.get("versions") or {}
                    if set(map(str, mine)) != set(text):
                        problems.append(f"{name}: versions {sorted(map(str, mine))} differ from {sorted(text)}")
                    continue
                value = got.get(field)
                if not isinstance(value, str) or not value.strip():
                    problems.append(f"{name}.{field}: empty")
                    continue
                if field in TEMPLATES or EXPR.search(text):
                    mine = [shape(e) for e in EXPR.findall(value)]
                    theirs = [shape(e) for e in EXPR.findall(text)]
                    missing = [e for e in EXPR.findall(text) if shape(e) not in mine]
                    extra = [e for e in EXPR.findall(value) if shape(e) not in theirs]
                    english_words = {w for e in EXPR.findall(text) for w in printed(e)}
                    for e in EXPR.findall(value):
                        for word in printed(e):
                            if word in english_words or (LANG == "ru" and re.search(r"[A-Za-z]", word)):
                                problems.append(f"{name}.{field}: expression {e} prints '{word}', English wording; word it in {LANG}")
                    for e in missing:
                        problems.append(f"{name}.{field}: expression {e} missing")
                    for e in extra:
                        problems.append(f"{name}.{field}: expression {e} not in English")
        for key in have:
            if key not in entries:
                problems.append(f"{where}: {section}.{key}: translated but not in the English files")


problems = []
base_en = merge(english(load(p)) for p in sorted(glob.glob(os.path.join(ROOT, "*.yaml"))))
base_tr = merge(load(p) for p in sorted(glob.glob(os.path.join(ROOT, "lang", LANG, "*.yaml"))))
compare("base", base_en, base_tr)
for path in sorted(glob.glob(os.path.join(ROOT, "amendments", "*.yaml"))):
    en = english(load(path))
    target = os.path.join(ROOT, "lang", LANG, "amendments", os.path.basename(path))
    if not en:
        continue
    if not os.path.exists(target):
        problems.append(f"{os.path.basename(path)}: no {LANG} file")
        continue
    compare(os.path.basename(path), en, load(target))
for path in glob.glob(os.path.join(ROOT, "lang", LANG, "amendments", "*.yaml")):
    if not os.path.exists(os.path.join(ROOT, "amendments", os.path.basename(path))):
        problems.append(f"{os.path.basename(path)}: no such amendment")
print("\n".join(problems) if problems else f"{LANG}: every text covered")
sys.exit(1 if problems else 0)
