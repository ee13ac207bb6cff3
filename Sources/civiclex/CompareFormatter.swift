import CivicLex

/// Renders `civiclex compare` results in each output format.
enum CompareFormatter {
    static func render(_ rows: [CaseComparer.Row], totals: ComparisonTotals, labels: (String, String), format: Compare.Format, beforeLaw: Law, afterLaw: Law, showAll: Bool) -> String {
        switch format {
        case .text: text(rows, totals: totals, labels: labels, areas: beforeLaw.areas, showAll: showAll)
        case .json: json(rows, totals: totals, labels: labels, areas: beforeLaw.areas)
        case .csv: csv(rows, areas: beforeLaw.areas)
        case .markdown: markdown(rows, totals: totals, labels: labels, areas: beforeLaw.areas)
        case .html: HTMLReport.comparison(rows.compactMap(\.comparison), totals: totals, before: labels.0, after: labels.1, law: afterLaw)
        }
    }

    static func delta(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return (value > 0 ? "+" : "") + Formatting.score(value)
    }

    static func text(_ rows: [CaseComparer.Row], totals: ComparisonTotals, labels: (String, String), areas: [Area], showAll: Bool) -> String {
        var out = "Before: \(labels.0)\nAfter:  \(labels.1)\n"
        for row in rows {
            guard let comparison = row.comparison else { continue }
            let changed = !comparison.outcomeChanges.isEmpty || comparison.riskDelta != 0 || (comparison.enablingDelta ?? 0) != 0
            guard changed || showAll else { continue }
            out += "\n\(comparison.direction.rawValue.uppercased())  \(comparison.path) (\(comparison.caseID))\n"
            out += "  risk \(Formatting.score(comparison.before.risk.score)) -> \(Formatting.score(comparison.after.risk.score)) (\(delta(comparison.riskDelta)))"
            out += "; enabling \(comparison.before.enabling.overall.map(Formatting.score) ?? "n/a") -> \(comparison.after.enabling.overall.map(Formatting.score) ?? "n/a") (\(delta(comparison.enablingDelta)))\n"
            let areaChanges = areas.compactMap { area -> String? in
                guard let change = comparison.areaDelta(area.id), change != 0 else { return nil }
                return "\(area.id) \(delta(change))"
            }
            if !areaChanges.isEmpty { out += "  areas: \(areaChanges.joined(separator: ", "))\n" }
            for finding in comparison.lost { out += "  - lost    \(finding.ruleID) \(finding.title)\(finding.item.map { " [\($0)]" } ?? "") (\(finding.outcome.rawValue))\n" }
            for finding in comparison.gained { out += "  + gained  \(finding.ruleID) \(finding.title)\(finding.item.map { " [\($0)]" } ?? "") (\(finding.outcome.rawValue))\n" }
            for change in comparison.outcomeChanges {
                out += "  ~ \(change.ruleID): \(change.before?.rawValue ?? "absent") -> \(change.after?.rawValue ?? "absent")\n"
            }
        }
        out += "\nTotals: \(totals.cases) cases: \(totals.improved) improved, \(totals.worsened) worsened, \(totals.unchanged) unchanged"
        out += totals.errors > 0 ? ", \(totals.errors) failed to load\n" : "\n"
        out += "Findings gained \(totals.findingsGained), lost \(totals.findingsLost)\n"
        if !totals.topRules.isEmpty {
            out += "Rules that changed most outcomes: " + totals.topRules.prefix(5).map { "\($0.ruleID) (\($0.cases) case\($0.cases == 1 ? "" : "s"))" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    static func json(_ rows: [CaseComparer.Row], totals: ComparisonTotals, labels: (String, String), areas: [Area]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("before", labels.0)
        writer.field("after", labels.1)
        writer.array("cases") { writer in
            for row in rows {
                writer.beginObject()
                writer.field("path", row.path)
                guard let comparison = row.comparison else {
                    writer.field("status", "error")
                    writer.field("error", row.error)
                    writer.endObject()
                    continue
                }
                writer.field("case", comparison.caseID)
                writer.field("status", "ok")
                writer.field("direction", comparison.direction.rawValue)
                writer.object("risk") { writer in
                    writer.field("before", comparison.before.risk.score)
                    writer.field("after", comparison.after.risk.score)
                    writer.field("delta", comparison.riskDelta)
                }
                writer.object("enabling") { writer in
                    writer.field("before", comparison.before.enabling.overall)
                    writer.field("after", comparison.after.enabling.overall)
                    writer.field("delta", comparison.enablingDelta)
                    for area in areas {
                        writer.object(area.id) { writer in
                            writer.field("before", comparison.before.enabling.score(of: area.id))
                            writer.field("after", comparison.after.enabling.score(of: area.id))
                            writer.field("delta", comparison.areaDelta(area.id))
                        }
                    }
                }
                for (key, findings) in [("gained", comparison.gained), ("lost", comparison.lost)] {
                    writer.array(key) { writer in
                        for finding in findings {
                            writer.beginObject()
                            writer.field("rule", finding.ruleID)
                            writer.field("item", finding.item)
                            writer.field("outcome", finding.outcome.rawValue)
                            writer.endObject()
                        }
                    }
                }
                writer.array("outcome_changes") { writer in
                    for change in comparison.outcomeChanges {
                        writer.beginObject()
                        writer.field("rule", change.ruleID)
                        writer.field("before", change.before?.rawValue)
                        writer.field("after", change.after?.rawValue)
                        writer.endObject()
                    }
                }
                writer.endObject()
            }
        }
        writer.object("totals") { writer in
            writer.field("cases", totals.cases)
            writer.field("improved", totals.improved)
            writer.field("worsened", totals.worsened)
            writer.field("unchanged", totals.unchanged)
            writer.field("errors", totals.errors)
            writer.field("findings_gained", totals.findingsGained)
            writer.field("findings_lost", totals.findingsLost)
            writer.array("rules") { writer in
                for (ruleID, cases) in totals.topRules {
                    writer.beginObject()
                    writer.field("rule", ruleID)
                    writer.field("cases_changed", cases)
                    writer.endObject()
                }
            }
        }
        writer.endObject()
        return writer.output + "\n"
    }

    static func csv(_ rows: [CaseComparer.Row], areas: [Area]) -> String {
        var out = (["path", "case", "status", "direction", "risk_before", "risk_after", "risk_delta", "enabling_before", "enabling_after", "enabling_delta"]
            + areas.map { "\($0.id)_delta" } + ["findings_gained", "findings_lost", "rules_changed", "error"]).joined(separator: ",") + "\n"
        for row in rows {
            guard let c = row.comparison else {
                out += ([ScoreFormatter.csv(row.path), "", "error"] + Array(repeating: "", count: 7 + areas.count + 3) + [ScoreFormatter.csv(row.error ?? "")]).joined(separator: ",") + "\n"
                continue
            }
            var fields = [ScoreFormatter.csv(c.path), ScoreFormatter.csv(c.caseID), "ok", c.direction.rawValue]
            fields += [Formatting.score(c.before.risk.score), Formatting.score(c.after.risk.score), Formatting.score(c.riskDelta)]
            fields += [c.before.enabling.overall.map(Formatting.score) ?? "", c.after.enabling.overall.map(Formatting.score) ?? "", c.enablingDelta.map(Formatting.score) ?? ""]
            fields += areas.map { c.areaDelta($0.id).map(Formatting.score) ?? "" }
            fields += [String(c.gained.count), String(c.lost.count), ScoreFormatter.csv(c.outcomeChanges.map(\.ruleID).joined(separator: " ")), ""]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    static func markdown(_ rows: [CaseComparer.Row], totals: ComparisonTotals, labels: (String, String), areas: [Area]) -> String {
        var out = "# Amendment impact\n\n- Before: \(labels.0)\n- After: \(labels.1)\n\n"
        out += "| Case | Direction | Risk | Enabling | Gained | Lost | Rules changed |\n|---|---|---:|---:|---:|---:|---|\n"
        for row in rows {
            guard let c = row.comparison else {
                out += "| \(ScoreFormatter.markdown(row.path)) | error | | | | | \(ScoreFormatter.markdown(row.error ?? "")) |\n"
                continue
            }
            out += "| \(ScoreFormatter.markdown(c.caseID)) | \(c.direction.rawValue) | \(Formatting.score(c.before.risk.score)) → \(Formatting.score(c.after.risk.score)) | "
            out += "\(c.before.enabling.overall.map(Formatting.score) ?? "n/a") → \(c.after.enabling.overall.map(Formatting.score) ?? "n/a") | \(c.gained.count) | \(c.lost.count) | \(c.outcomeChanges.map(\.ruleID).joined(separator: ", ")) |\n"
        }
        out += "\n**Totals:** \(totals.cases) cases — \(totals.improved) improved, \(totals.worsened) worsened, \(totals.unchanged) unchanged"
        out += totals.errors > 0 ? ", \(totals.errors) failed to load.\n" : ".\n"
        if !totals.topRules.isEmpty {
            out += "\n**Rules that changed most outcomes:** " + totals.topRules.prefix(5).map { "\($0.ruleID) (\($0.cases))" }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
