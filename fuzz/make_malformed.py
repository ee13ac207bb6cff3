#!/usr/bin/env python3
"""Writes the malformed-input corpus under Tests/CLITests/Malformed/.

Inputs only: each `.expected` sidecar (the first stderr line the CLI must print) is
written by hand / by `fuzz/record_expected.sh` and reviewed, never regenerated blindly.

    cases/NAME.yaml        run as `civiclex assess Tests/CLITests/Malformed/cases/NAME.yaml`
    rules/NAME/*.yaml      run as `civiclex check  Tests/CLITests/Malformed/rules/NAME`

Rule sets are the mini law of Tests/CivicLexTests/MiniLaw.swift (`base.yaml`) plus a
`rules.yaml` with one broken thing. Run from the repository root:

    python3 fuzz/make_malformed.py
"""
import os
import shutil
import sys
import textwrap

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "Tests", "CLITests", "Malformed")

BASE = textwrap.dedent("""\
    law: {name: Mini}
    areas:
      general: {title: General, weight: 1}
    bands:
      - {min: 50, name: good}
      - {min: 0, name: poor}
    risk:
      points: {low: 10, medium: 20, high: 40}
      bands: [{min: 1, name: some}, {min: 0, name: none}]
    sources:
      act: {title: Test Act, url: "https://example.org/act"}
    sanctions:
      fine-1:
        code: CAO
        article: "1"
        title: A fine
        versions:
          - {from: 2020-01-01, legal_entity: {fine_mci: 10}}
    mci:
      values:
        - {from: 2020-01-01, value: 1000}
        - {from: 2021-01-01, value: 2000}
    calendar:
      weekend: [saturday, sunday]
      years: {from: 2020, to: 2022}
      holidays:
        - {name: New Year, month: 1, day: 1, carry_over: true, from: 2020-01-01}
    facts:
      org.size: {type: integer, min: 0, description: Size}
      org.kind: {type: enum, values: [alpha, beta], description: Kind}
      org.flag: {type: bool, description: Flag}
      org.other: {type: bool, description: Other flag}
      org.amount: {type: money, description: Amount}
      items:
        type: list
        description: Items
        fields:
          when: {type: date}
          ok: {type: bool}
    parameters:
      limit:
        description: A dated limit
        values:
          - {from: 2020-01-01, value: 10}
          - {from: 2021-01-01, value: 20}
    """)

# Fields of a valid rule, in order; `rule(**changes)` replaces (None deletes) or appends.
RULE_FIELDS = [
    ("id", "R-1"),
    ("title", "Test rule"),
    ("area", "general"),
    ("in_force", "{from: 2020-01-01}"),
    ("violation", "org.size > param.limit"),
    ("severity", "high"),
    ("message", '"violated"'),
    ("citation", '{ref: act, article: "1"}'),
    ("sanctions", "[fine-1]"),
]


def rule(**changes):
    fields = dict(RULE_FIELDS)
    order = [k for k, _ in RULE_FIELDS]
    for key, value in changes.items():
        if key not in order:
            order.append(key)
        fields[key] = value
    lines = []
    for key in order:
        value = fields.get(key)
        if value is None:
            continue
        prefix = "  - " if not lines else "    "
        lines.append(f"{prefix}{key}: {value}")
    return "\n".join(lines) + "\n"


# An amendment header for `amendments/NAME.yaml`; `.format(status=…, effective=…)`.
AMENDMENT = "amendment: {{id: A-1, title: An amendment, status: {status}, effective: {effective}}}\n"


def rules_file(*rules):
    return "rules:\n" + "".join(rules)


VALID_CASE = textwrap.dedent("""\
    case:
      id: fixture
      title: A valid case
      as_of: 2024-05-15
      areas: [assembly]
    facts:
      org:
        name: Green Steppe
        legal_form: public_association
        registered: true
      assemblies:
        - form: rally
          date: 2024-04-26
          notice_filed_on: 2024-04-22
          organiser: adult_citizen
          akimat_response: none
          held: true
          in_specialised_place: true
    """)


def case(facts="", header="case: {id: t, title: T, as_of: 2024-05-15}\n"):
    return header + ("facts:\n" + facts if facts else "")


def billion_laughs():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghi"
    for previous, name in zip(names, names[1:]):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


CASES = {
    # --- YAML syntax -------------------------------------------------------------
    "syntax-unclosed-flow-sequence": "case:\n  id: x\n  areas: [assembly, funding\nfacts: {}\n",
    "syntax-unclosed-flow-mapping": "case: {id: x, as_of: 2024-01-01\nfacts: {}\n",
    "syntax-unclosed-flow-at-eof": "case: {id: x, as_of: [2024-01-01",
    "syntax-bad-indentation": "case:\n  id: x\n   title: y\n",
    "syntax-bad-indentation-dedent": "case:\n    id: x\n  title: y\n",
    "syntax-tab-indentation": "case:\n\tid: x\n",
    "syntax-stray-colon": "case:\n  id: x: y\n",
    "syntax-stray-closing-bracket": "case: {id: x}]\n",
    "syntax-unterminated-double-quote": 'case:\n  id: x\n  title: "unterminated\nfacts: {}\n',
    "syntax-unterminated-single-quote": "case:\n  id: x\n  title: 'unterminated\n",
    "syntax-bad-escape": 'case:\n  id: x\n  title: "bad \\q escape"\n',
    "syntax-sequence-item-in-mapping": "case:\n  id: x\n- y\n",
    "syntax-control-character": b"case:\n  id: x\x01y\n",
    "syntax-nul-byte": b"case:\n  id: x\x00\n",
    "syntax-crlf-error-line-3": b"case:\r\n  id: x\r\n   title: y\r\n",
    "syntax-unicode-columns": "case:\n  title: \u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d: x\n",
    # --- Encoding ----------------------------------------------------------------
    # A BOM is accepted; the error is on line 1 and its column must not count the BOM.
    "bom-accepted-error-after-it": b"\xef\xbb\xbfcase: {id: bom, title: B, as_of: 2021-02-30}\n",
    "encoding-latin1-byte": b"case:\n  id: x\n  title: caf\xe9\n",
    "encoding-truncated-utf8": b"case:\n  id: x\n  title: \xd0\n",
    "encoding-utf16le-bom": "case: {id: x}\n".encode("utf-16"),
    # --- Document shape ----------------------------------------------------------
    "empty-file": "",
    "comments-only": "# nothing but a comment\n   # and another\n",
    "document-marker-only": "---\n",
    "multiple-documents": "case: {id: a, as_of: 2024-01-01}\n---\ncase: {id: b, as_of: 2024-01-01}\n",
    "root-is-scalar": "just a string\n",
    "root-is-sequence": "- case\n- facts\n",
    "unknown-top-level-key": "case: {id: t, title: T, as_of: 2024-05-15}\nfact:\n  org: {registered: true}\n",
    "missing-case-header": "facts:\n  org: {registered: true}\n",
    "missing-as-of": "case: {id: t, title: T}\nfacts:\n  org: {registered: true}\n",
    "case-header-is-list": "case: [t, T]\n",
    # --- Keys, tags, aliases -----------------------------------------------------
    "duplicate-key-header": "case:\n  id: a\n  title: T\n  id: b\n  as_of: 2024-05-15\n",
    "duplicate-key-facts": case("  org:\n    registered: true\n    registered: false\n"),
    "merge-key": "defaults: &d {id: x}\ncase:\n  <<: *d\n  as_of: 2024-01-01\n",
    "tag-python-object": "case: !!python/object:os.system {id: x}\n",
    "tag-custom": case("  org:\n    name: !custom Green Steppe\n"),
    "tag-int-not-an-int": case("  org:\n    founders_count: !!int many\n"),
    "alias-unknown-anchor": case("  org: *nowhere\n"),
    "alias-recursive": "case: &c\n  id: x\n  self: *c\n",
    "alias-billion-laughs": billion_laughs(),
    "complex-key": "case:\n  ? [a, b]\n  : x\n",
    # --- Facts -------------------------------------------------------------------
    "unknown-fact-did-you-mean": case("  org:\n    legal_fom: public_association\n"),
    "unknown-fact-no-suggestion": case("  org:\n    favourite_colour: green\n"),
    "unknown-fact-dotted": case("  org.registred: true\n"),
    "unknown-list-field": case("  assemblies:\n    - form: rally\n      dat: 2024-04-26\n"),
    "list-where-scalar-expected": case("  org:\n    name: [Green, Steppe]\n"),
    "mapping-where-scalar-expected": case("  org:\n    registered: {value: true}\n"),
    "scalar-where-list-expected": case("  assemblies: rally\n"),
    "scalar-list-item": case("  assemblies:\n    - rally\n"),
    "facts-is-a-list": case("  - org.registered\n"),
    "wrong-type-integer": case("  org:\n    founders_count: many\n"),
    "wrong-type-decimal-for-integer": case("  org:\n    founders_count: 9.5\n"),
    "wrong-type-quoted-bool": case('  org:\n    registered: "true"\n'),
    "integer-overflow": case("  org:\n    members_count: 99999999999999999999\n"),
    "negative-count": case("  org:\n    founders_count: -5\n"),
    "below-minimum-year": case("  database_reports:\n    - {year: 2014, submitted: true}\n"),
    "negative-amount": case("  foreign_receipts:\n    - received_on: 2024-01-10\n      amount: -100\n"),
    "money-infinity": case("  foreign_receipts:\n    - received_on: 2024-01-10\n      amount: .inf\n"),
    "unknown-enum-value": case("  org:\n    legal_form: ngo\n"),
    "unknown-enum-value-typo": case("  org:\n    legal_form: public_asociation\n"),
    "yaml11-bool-yes": case("  org:\n    registered: yes\n"),
    "yaml11-bool-no": case("  org:\n    registered: no\n"),
    "yaml11-bool-on": case("  org:\n    active: on\n"),
    "yaml11-bool-off": case("  org:\n    active: off\n"),
    # --- Dates -------------------------------------------------------------------
    "date-impossible": case("", header="case: {id: t, title: T, as_of: 2021-02-30}\n"),
    "date-impossible-in-list": case("  assemblies:\n    - form: rally\n      date: 2023-02-29\n"),
    "date-dotted": case("", header="case: {id: t, title: T, as_of: 30.01.2021}\n"),
    "date-slashes": case("  org:\n    registered_on: 2021/01/30\n"),
    "date-unpadded": case("  org:\n    registered_on: 2021-1-3\n"),
    "date-with-time": case("  org:\n    registered_on: 2021-01-30T10:00:00\n"),
    "date-year-zero": case("  org:\n    registered_on: 0000-01-01\n"),
    "date-block-scalar": case("  org:\n    registered_on: |\n      2021-01-30\n"),
    # --- Expectations ------------------------------------------------------------
    "expect-unknown-rule": VALID_CASE + "expect:\n  violations: [KZ-ASM-03]\n",
    "expect-unknown-outcome": VALID_CASE + "expect:\n  outcomes:\n    KZ-ASM-003: broken\n",
    "expect-unknown-area": "case: {id: t, title: T, as_of: 2024-05-15, areas: [asembly]}\n",
    # --- Hardening II: silent acceptance in cases ------------------------------------
    "as-of-null": "case: {id: t, title: T, as_of: ~}\nfacts:\n  org: {registered: true}\n",
    "as-of-empty": "case:\n  id: t\n  title: T\n  as_of:\nfacts:\n  org: {registered: true}\n",
    "fact-nested-and-dotted": "case: {id: t, title: T, as_of: 2024-05-15}\nfacts:\n  org: {registered: true}\n  org.registered: false\n",
    "duplicate-key-nfc": "case: {id: t, title: T, as_of: 2024-05-15}\nfacts:\n  org: {registered: true}\n\"caf\u00e9\": 1\n\"cafe\u0301\": 2\n",
    "control-characters-escaped": 'case: {id: t, title: T, as_of: 2024-05-15}\nfacts:\n  "org\\e[2J\\a": true\n',
    "expect-missing-item-is-mapping": VALID_CASE + "expect:\n  missing:\n    KZ-ASM-003: [{org: name}]\n",
    "expect-sanctions-is-mapping": VALID_CASE + "expect:\n  sanctions:\n    KZ-ASM-003: [{first: cao-488-1}]\n",
    "expect-missing-is-null": VALID_CASE + "expect:\n  missing:\n    KZ-ASM-003: ~\n",
}

RULESETS = {
    # --- Expressions -------------------------------------------------------------
    "expr-syntax-dangling-operator": rules_file(rule(violation="org.size >")),
    "expr-syntax-unbalanced-paren": rules_file(rule(violation="(org.size > 1")),
    "expr-syntax-single-equals": rules_file(rule(violation="org.size = 1")),
    "expr-syntax-ampersand": rules_file(rule(violation="org.flag && org.other")),
    "expr-syntax-chained-comparison": rules_file(rule(violation="1 < org.size < 5")),
    "expr-syntax-unterminated-string": rules_file(rule(violation="org.kind == 'alpha")),
    "expr-syntax-trailing-token": rules_file(rule(violation="org.flag org.other")),
    "expr-too-deep": rules_file(rule(violation="'" + "(" * 200 + "org.flag" + ")" * 200 + "'")),
    "expr-unknown-fact": rules_file(rule(violation="org.sise > 1")),
    "expr-unknown-parameter": rules_file(rule(violation="org.size > param.limt")),
    "expr-unknown-function": rules_file(rule(violation="lenght(items) > 1")),
    "expr-wrong-arity": rules_file(rule(violation="days_between(as_of) > 1")),
    "expr-type-mismatch-compare": rules_file(rule(violation="org.size > 'big'")),
    "expr-type-mismatch-arithmetic": rules_file(rule(violation="org.flag + 1 > 2")),
    "expr-type-not-bool": rules_file(rule(violation="org.size + 1")),
    "expr-unknown-enum-literal": rules_file(rule(violation="org.kind == 'gamma'")),
    "expr-date-subtraction": rules_file(rule(violation="as_of - as_of > 1")),
    "expr-bad-date-literal": rules_file(rule(violation="as_of > date('2021-02-30')")),
    "expr-error-in-quoted-scalar": rules_file(rule(violation='"org.flag and org.sise > 1"')),
    "expr-error-in-literal-block": rules_file(rule(violation="|\n      org.flag and\n        org.sise > 1")),
    "expr-error-in-folded-block": rules_file(rule(violation=">-\n      org.flag and\n      org.sise > 1")),
    "expr-at-not-a-date": rules_file(rule(at="org.size")),
    "expr-for-each-not-a-list": rules_file(rule(for_each="org.size as x")),
    "template-unclosed-brace": rules_file(rule(message='"size {org.size is too big"')),
    "template-unknown-fact": rules_file(rule(message='"size {org.sise} is too big"')),
    # --- Rule structure ----------------------------------------------------------
    "rule-duplicate-id": rules_file(rule(), rule(title="Another rule")),
    "rule-duplicate-id-across-files": {"rules.yaml": rules_file(rule()), "zz-more.yaml": rules_file(rule(title="Again"))},
    "rule-unknown-sanction": rules_file(rule(sanctions="[fine-2]")),
    "rule-unknown-source": rules_file(rule(citation='{ref: akt, article: "1"}')),
    "rule-missing-citation": rules_file(rule(citation=None)),
    "rule-citation-without-ref": rules_file(rule(citation='{article: "1"}')),
    "rule-missing-id": rules_file(rule(id=None)),
    "rule-missing-violation": rules_file(rule(violation=None)),
    "rule-unknown-key": rules_file(rule(severty="high")),
    "rule-unknown-severity": rules_file(rule(severity="severe")),
    "rule-unknown-area": rules_file(rule(area="genral")),
    "rule-in-force-impossible-date": rules_file(rule(in_force="{from: 2021-02-30}")),
    "rule-in-force-ends-before-start": rules_file(rule(in_force="{from: 2021-01-01, to: 2020-01-01}")),
    "rule-no-sanction-or-consequence": rules_file(rule(sanctions=None)),
    "rule-is-a-scalar": "rules:\n  - R-1\n",
    "rules-not-a-list": "rules:\n  R-1: {title: x}\n",
    "rules-unknown-section": "rule:\n  - id: R-1\n",
    # --- Other sections ----------------------------------------------------------
    "param-overlapping-ranges": rules_file(rule()) + textwrap.dedent("""\
        parameters:
          cap:
            description: A capped value
            values:
              - {from: 2020-01-01, to: 2021-06-30, value: 1}
              - {from: 2021-01-01, value: 2}
        """),
    "param-same-start-twice": rules_file(rule()) + textwrap.dedent("""\
        parameters:
          cap:
            description: A capped value
            values:
              - {from: 2020-01-01, value: 1}
              - {from: 2020-01-01, value: 2}
        """),
    "param-defined-twice": rules_file(rule()) + textwrap.dedent("""\
        parameters:
          limit:
            description: Again
            values:
              - {from: 2020-01-01, value: 1}
        """),
    "param-value-wrong-type": rules_file(rule()) + textwrap.dedent("""\
        parameters:
          cap:
            description: A capped value
            type: integer
            values:
              - {from: 2020-01-01, value: lots}
        """),
    "fact-unknown-type": rules_file(rule()) + "facts:\n  org.name: {type: text, description: Name}\n",
    "fact-enum-without-values": rules_file(rule()) + "facts:\n  org.colour: {type: enum, description: Colour}\n",
    "fact-defined-twice": rules_file(rule()) + "facts:\n  org.size: {type: integer, description: Again}\n",
    "sanction-negative-fine": rules_file(rule()) + textwrap.dedent("""\
        sanctions:
          fine-2:
            code: CAO
            article: "2"
            title: Another fine
            versions:
              - {from: 2020-01-01, legal_entity: {fine_mci: -10}}
        """),
    "mci-not-positive": rules_file(rule()) + "mci:\n  values:\n    - {from: 2022-01-01, value: 0}\n",
    "calendar-impossible-holiday": rules_file(rule()) + "calendar:\n  holidays:\n    - {name: Leap, month: 2, day: 30, from: 2020-01-01}\n",
    "calendar-unknown-weekday": rules_file(rule()) + "calendar:\n  weekend: [saturday, sundae]\n",
    # Hangs (bugs): each has an error the loader should report instead.
    "calendar-every-day-weekend": rules_file(rule()) + textwrap.dedent("""\
        calendar:
          weekend: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]
        """),
    "calendar-huge-year-range": rules_file(rule()) + "calendar:\n  years: {from: -9223372036854775807, to: 9223372036854775807}\n",
    # --- YAML problems inside a rule set ------------------------------------------
    "yaml-syntax-error-in-rules": "rules:\n  - id: R-1\n    title: [unclosed\n",
    "yaml-duplicate-key-in-rule": rules_file(rule()).replace("    severity: high\n", "    severity: high\n    severity: low\n"),
    "yaml-rules-file-is-a-list": "- id: R-1\n",
    # --- Hardening II: silent acceptance in rule sets ----------------------------------
    "amendment-status-capitalised": {"rules.yaml": rules_file(rule()), "amendments/a.yaml": AMENDMENT.format(status="Enacted", effective="2021-06-01") + "rules:\n  repeal: [R-1]\n"},
    "amendment-effective-null": {"rules.yaml": rules_file(rule()), "amendments/a.yaml": AMENDMENT.format(status="enacted", effective="~") + "rules:\n  repeal: [R-1]\n"},
    "amendment-repeal-before-rule": {"rules.yaml": rules_file(rule()), "amendments/a.yaml": AMENDMENT.format(status="enacted", effective="2019-06-01") + "rules:\n  repeal: [R-1]\n"},
    "amendment-base-value-after-it": {"rules.yaml": rules_file(rule()), "amendments/a.yaml": AMENDMENT.format(status="enacted", effective="2020-06-01") + "parameters:\n  limit: {value: 15}\n"},
    "proposal-unknown-rule": {"rules.yaml": rules_file(rule()), "amendments/p.yaml": AMENDMENT.format(status="proposal", effective="2027-01-01") + "rules:\n  repeal: [R-2]\n"},
    "area-negative-weight": rules_file(rule()) + "areas:\n  other: {title: Other, weight: -1}\n",
    "risk-negative-points": rules_file(rule()) + "risk:\n  points: {low: -10, medium: 20, high: 40}\n",
    "mci-null-value": rules_file(rule()) + "mci:\n  values:\n    - {from: 2022-01-01, value: ~}\n",
    "calendar-null-holiday-date": rules_file(rule()) + "calendar:\n  dated_holidays:\n    - {date: ~, name: Extra day off}\n",
    "rule-empty-sanctions": rules_file(rule(sanctions="[]")),
    "indicator-score-above-one": rules_file(rule()) + "indicators:\n  - {id: I-1, area: general, title: Scale, standard: Test, score: \"param.limit / 10\"}\n",
    "amendment-new-parameter-unknown-type": {"rules.yaml": rules_file(rule()), "amendments/a.yaml": AMENDMENT.format(status="enacted", effective="2021-06-01") + "parameters:\n  fresh: {description: New, type: integr, value: 3}\n"},
    "band-min-out-of-range": rules_file(rule()) + "bands:\n  - {min: 150, name: beyond}\n",
    "calendar-holiday-ends-before-start": rules_file(rule()) + "calendar:\n  holidays:\n    - {name: Gone, month: 3, day: 8, from: 2021-01-01, to: 2020-01-01}\n",
    "expr-enum-equals-other-enum": rules_file(rule(violation="org.kind == org.colour")) + "facts:\n  org.colour: {type: enum, values: [red, blue], description: Colour}\n",
    "indicator-division-by-zero": rules_file(rule()) + textwrap.dedent("""\
        parameters:
          divisor:
            description: Zero from 2021
            values:
              - {from: 2020-01-01, value: 2}
              - {from: 2021-01-01, value: 0}
        indicators:
          - {id: I-1, area: general, title: Ratio, standard: Test, score: "1 / param.divisor"}
        """),
}


GENERATED = {
    "cases": {name + ".yaml" for name in CASES} | {"deep-nesting-100k.yaml", "dir.yaml"},
    "rules": set(RULESETS) | {"empty-directory", "only-empty-file"},
}


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    with open(path, "wb") as handle:
        handle.write(data)


def main():
    for kind in ("cases", "rules"):
        target = os.path.join(OUT, kind)
        if os.path.isdir(target):
            # Keep reviewed .expected files; regenerate inputs only.
            for entry in os.listdir(target):
                full = os.path.join(target, entry)
                # Hand-written inputs (not in CASES/RULESETS) and reviewed sidecars stay.
                if entry.endswith(".expected") or entry not in GENERATED[kind]:
                    continue
                if os.path.isdir(full):
                    shutil.rmtree(full)
                else:
                    os.remove(full)
    for name, content in CASES.items():
        write(os.path.join(OUT, "cases", name + ".yaml"), content)
    # Deep nesting: 100,000 open brackets (the reader must stop at its depth limit).
    write(os.path.join(OUT, "cases", "deep-nesting-100k.yaml"), "case: " + "[" * 100_000 + "]" * 100_000 + "\n")
    # A directory named like a case file (git keeps it through the placeholder).
    write(os.path.join(OUT, "cases", "dir.yaml", "README"), "A directory named like a case file.\n")
    for name, content in RULESETS.items():
        files = content if isinstance(content, dict) else {"rules.yaml": content}
        write(os.path.join(OUT, "rules", name, "base.yaml"), BASE)
        for file_name, text in files.items():
            if text is not None:
                write(os.path.join(OUT, "rules", name, file_name), text)
    # An empty rule-set directory (placeholder is not a .yaml file).
    write(os.path.join(OUT, "rules", "empty-directory", "README"), "No rule files here.\n")
    # A rule set whose only YAML file is empty.
    write(os.path.join(OUT, "rules", "only-empty-file", "rules.yaml"), "")
    print(f"{len(CASES) + 2} cases, {len(RULESETS) + 2} rule sets in {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
