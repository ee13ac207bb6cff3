#!/usr/bin/env python3
"""Generates N realistic synthetic CivicLex cases with a fixed seed.

Each case mixes the four areas: an organisation profile, NGO-database reports, activities,
foreign receipts and assemblies, so every rule family runs. Files are 1-3 KB.
Usage: generate.py N OUTDIR [SEED]
"""
import datetime
import os
import random
import sys

FORMS = ["meeting", "rally", "picket", "demonstration", "march"]
ORGANISERS = ["adult_citizen"] * 8 + ["registered_legal_entity"] * 3 + ["foreign_citizen", "unregistered_group"]
SOURCES = ["foreign_state", "international_organisation", "foreign_organisation", "foreign_citizen", "domestic"]
LEGAL_FORMS = ["public_association"] * 5 + ["public_foundation"] * 2 + ["institution", "foreign_nco_branch", "religious_association", "political_party"]
REGIONS = ["Almaty", "Astana", "Shymkent", "Karaganda", "Pavlodar", "Aktobe", "Atyrau", "Kostanay"]


def day(rng, start_year=2017, end_year=2025):
    start = datetime.date(start_year, 1, 1).toordinal()
    end = datetime.date(end_year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def case_text(index, rng):
    as_of = day(rng, 2023, 2026)
    legal_form = rng.choice(LEGAL_FORMS)
    lines = [
        f"# Synthetic case {index} (bench/generate.py)",
        "case:",
        f"  id: synthetic-{index:07d}",
        f"  title: Synthetic scenario {index}",
        f"  as_of: {as_of}",
        "facts:",
        "  org:",
        f"    name: Organisation {index}",
        f"    legal_form: {legal_form}",
        f"    registered: {'true' if rng.random() < 0.9 else 'false'}",
        f"    active: {'true' if rng.random() < 0.95 else 'false'}",
        f"    activity_suspended: {'true' if rng.random() < 0.03 else 'false'}",
        "    activity_banned: false",
        f"    founders_count: {rng.randint(3, 60)}",
        f"    members_count: {rng.randint(10, 30000)}",
        f"    territorial_status: {rng.choice(['local', 'regional', 'republican'])}",
        f"    branch_regions: {rng.randint(0, 20)}",
        f"    registration_applied_on: {day(rng, 2010, 2023)}",
        f"    provides_legal_assistance: {'true' if rng.random() < 0.5 else 'false'}",
        f"    conducts_polls: {'true' if rng.random() < 0.2 else 'false'}",
        f"    disseminates_information: {'true' if rng.random() < 0.6 else 'false'}",
        "    funding_exemption: none",
        "  database_reports:",
    ]
    for year in range(as_of.year - 3, as_of.year):
        submitted = rng.random() < 0.9
        lines.append(f"    - {{year: {year}, submitted: {'true' if submitted else 'false'}"
                     + (f", submitted_on: {datetime.date(year + 1, 3, rng.randint(1, 31)) if rng.random() < 0.8 else datetime.date(year + 1, 4, rng.randint(1, 30))}}}" if submitted else "}"))
    lines.append("  activities:")
    for _ in range(rng.randint(1, 3)):
        lines.append(f"    - date: {day(rng)}")
        lines.append(f"      description: Workshop on civic participation")
        lines.append(f"      region: {rng.choice(REGIONS)}")
        lines.append(f"      within_charter_territory: {'true' if rng.random() < 0.85 else 'false'}")
        lines.append(f"      within_charter_goals: {'true' if rng.random() < 0.9 else 'false'}")
    lines.append("  foreign_receipts:")
    for _ in range(rng.randint(0, 4)):
        received = day(rng)
        notified = rng.random() < 0.9
        lines.append(f"    - received_on: {received}")
        lines.append(f"      amount: {rng.randint(1, 50) * 100000}")
        lines.append(f"      source_kind: {rng.choice(SOURCES)}")
        lines.append(f"      notified: {'true' if notified else 'false'}")
        if notified:
            lines.append(f"      notified_on: {received + datetime.timedelta(days=rng.randint(1, 20))}")
        lines.append("      report_filed: true")
        lines.append(f"      report_filed_on: {received + datetime.timedelta(days=rng.randint(30, 150))}")
        lines.append(f"      information_accurate: {'true' if rng.random() < 0.95 else 'false'}")
    lines.append("  assemblies:")
    for _ in range(rng.randint(0, 3)):
        held_on = day(rng)
        lines.append(f"    - form: {rng.choice(FORMS)}")
        lines.append(f"      date: {held_on}")
        lines.append(f"      notice_filed_on: {held_on - datetime.timedelta(days=rng.randint(2, 20))}")
        lines.append(f"      organiser: {rng.choice(ORGANISERS)}")
        lines.append(f"      akimat_response: {rng.choice(['none', 'accepted', 'approved', 'refused', 'alternative_proposed'])}")
        lines.append(f"      held: {'true' if rng.random() < 0.9 else 'false'}")
        lines.append(f"      in_specialised_place: {'true' if rng.random() < 0.8 else 'false'}")
        lines.append(f"      permission_obtained: {'true' if rng.random() < 0.7 else 'false'}")
    return "\n".join(lines) + "\n"


def main():
    count = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261126)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "list.txt"), "w") as listing:
        for index in range(count):
            # 1,000 files per folder keeps directories manageable at 100k+.
            folder = os.path.join(out, f"{index // 1000:04d}")
            if index % 1000 == 0:
                os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, f"case-{index:07d}.yaml")
            with open(path, "w") as handle:
                handle.write(case_text(index, rng))
            listing.write(path + "\n")


if __name__ == "__main__":
    main()
