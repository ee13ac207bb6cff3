#!/usr/bin/env python3
"""Validate YAML files against a CivicLex JSON Schema (2020-12) with the `jsonschema` package.

Usage: scripts/validate-schema.py SCHEMA.json FILE.yaml...
Dates stay strings (as YAML 1.2 and the case loader read them), so `format: date` applies.
Prints `path: error: …` per invalid file; exits 1 if any file is invalid, 0 otherwise.
"""
import json
import re
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    pass


# YAML 1.1 timestamps would become datetime objects; CivicLex reads them as YYYY-MM-DD strings.
# YAML 1.1 booleans (`yes`, `no`, `on`, `off`) are strings to CivicLex (YAML 1.2 core), so only
# true/false resolve to booleans here; otherwise `registered: yes` would validate and then fail to load.
# Numbers likewise follow YAML 1.2 core: `1_000` or `1:30` is text, as it is to the loader.
REPLACED = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag not in REPLACED]
    for key, resolvers in Loader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"), list("-+.0123456789"))


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    failed = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=Loader)
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"{path}: error: {where}: {error.message}")
        failed += bool(errors)
    print(f"{len(argv) - 2 - failed} valid, {failed} invalid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
