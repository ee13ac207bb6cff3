/// One case of `civiclex compare`: its comparison, or the error that stopped it.
public struct ComparisonRow: Sendable {
    public let path: String
    public let comparison: CaseComparison?
    public let error: String?

    public init(path: String, comparison: CaseComparison?, error: String?) {
        self.path = path
        self.comparison = comparison
        self.error = error
    }
}

/// Renders `civiclex compare` results in each output format.
public enum ComparisonOutput {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, csv, markdown, html
    }

    public static func render(_ rows: [ComparisonRow], totals: ComparisonTotals, heading: ComparisonReport.Heading, format: Format, beforeLaw: Law, afterLaw: Law, showAll: Bool, language: ReportLanguage = .english) -> String {
        let comparisons = rows.compactMap(\.comparison)
        switch format {
        case .text: return ComparisonReport.text(comparisons, totals: totals, heading: heading, before: beforeLaw, after: afterLaw, showAll: showAll, language: language)
        case .json: return json(rows, totals: totals, heading: heading, areas: beforeLaw.areas)
        case .csv: return csv(rows, areas: beforeLaw.areas)
        case .markdown:
            let errors = rows.compactMap { row in row.error.map { (path: row.path, message: $0) } }
            return ComparisonReport.markdown(comparisons, errors: errors, totals: totals, heading: heading, before: beforeLaw, after: afterLaw, language: language)
        case .html:
            return HTMLReport.comparison(comparisons, totals: totals, heading: heading, before: beforeLaw, after: afterLaw, stamp: ReportStamp.now(law: afterLaw, language: language), language: language)
        }
    }

    static func delta(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return (value > 0 ? "+" : "") + Formatting.score(value)
    }

    static func json(_ rows: [ComparisonRow], totals: ComparisonTotals, heading: ComparisonReport.Heading, areas: [Area]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("title", heading.title)
        writer.field("before", heading.before)
        writer.field("after", heading.after)
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
                            writer.field("title", finding.title)
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

    static func csv(_ rows: [ComparisonRow], areas: [Area]) -> String {
        var out = (["path", "case", "status", "direction", "risk_before", "risk_after", "risk_delta", "enabling_before", "enabling_after", "enabling_delta"]
            + areas.map { "\($0.id)_delta" } + ["findings_gained", "findings_lost", "rules_changed", "error"]).joined(separator: ",") + "\n"
        for row in rows {
            guard let c = row.comparison else {
                out += ([ReportCells.csv(row.path), "", "error"] + Array(repeating: "", count: 7 + areas.count + 3) + [ReportCells.csv(row.error ?? "")]).joined(separator: ",") + "\n"
                continue
            }
            var fields = [ReportCells.csv(c.path), ReportCells.csv(c.caseID), "ok", c.direction.rawValue]
            fields += [Formatting.score(c.before.risk.score), Formatting.score(c.after.risk.score), Formatting.score(c.riskDelta)]
            fields += [c.before.enabling.overall.map(Formatting.score) ?? "", c.after.enabling.overall.map(Formatting.score) ?? "", c.enablingDelta.map(Formatting.score) ?? ""]
            fields += areas.map { c.areaDelta($0.id).map(Formatting.score) ?? "" }
            fields += [String(c.gained.count), String(c.lost.count), ReportCells.csv(c.outcomeChanges.map(\.ruleID).joined(separator: " ")), ""]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }
}
