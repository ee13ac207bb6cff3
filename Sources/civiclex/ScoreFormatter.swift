import CivicLex

/// Renders `civiclex score` rows; the CSV and JSON Lines layouts are documented in README.
enum ScoreFormatter {
    static func header(_ format: Score.Format, law: Law) -> String {
        let areaColumns = law.areas.map { "enabling_\($0.id)" }
        let severityColumns = Severity.allCases.map { "findings_\($0.rawValue)" }
        switch format {
        case .csv:
            return (["path", "case", "status", "risk", "risk_band", "enabling", "enabling_band"] + areaColumns + severityColumns + ["undetermined", "error"])
                .joined(separator: ",") + "\n"
        case .jsonl:
            return ""
        case .table:
            return "STATUS  RISK   RISK BAND  ENABLING  LAW BAND     VIOL  UNDET  CASE\n"
        case .markdown:
            return "| Case | Status | Risk | Enabling | Violations | Undetermined |\n|---|---|---:|---:|---:|---:|\n"
        }
    }

    static func row(_ row: ScoreRow, format: Score.Format, law: Law) -> String {
        let violations = row.bySeverity.reduce(0, +)
        let enabling = row.enabling.map(Formatting.score) ?? ""
        switch format {
        case .csv:
            if let error = row.error {
                return ([csv(row.path), "", "error", "", "", "", ""] + law.areas.map { _ in "" } + Severity.allCases.map { _ in "" } + ["", csv(error)])
                    .joined(separator: ",") + "\n"
            }
            let fields = [csv(row.path), csv(row.caseID), "ok", Formatting.score(row.risk), row.riskBand, enabling, row.enablingBand]
                + row.areaScores.map { $0.map(Formatting.score) ?? "" } + row.bySeverity.map(String.init) + [String(row.undetermined), ""]
            return fields.joined(separator: ",") + "\n"
        case .jsonl:
            if let error = row.error {
                var writer = JSONWriter()
                writer.beginObject()
                writer.field("path", row.path)
                writer.field("status", "error")
                writer.field("error", error)
                writer.endObject()
                return writer.output + "\n"
            }
            return (row.json ?? "{}") + "\n"
        case .table:
            if let error = row.error { return "ERROR   " + error + "\n" }
            let columns: [(String, Int)] = [
                ("ok", 8), (Formatting.score(row.risk), 7), (row.riskBand, 11), (enabling, 10),
                (row.enablingBand, 13), (String(violations), 6), (String(row.undetermined), 7),
            ]
            return columns.map { $0.0.padded($0.1) }.joined() + row.path + "\n"
        case .markdown:
            if let error = row.error { return "| \(markdown(row.path)) | error: \(markdown(error)) | | | | |\n" }
            return "| \(markdown(row.caseID)) | ok | \(Formatting.score(row.risk)) (\(row.riskBand)) | \(enabling) (\(row.enablingBand)) | \(violations) | \(row.undetermined) |\n"
        }
    }

    static func footer(_ format: Score.Format, summary: ScoreSummary) -> String {
        format == .markdown ? "\n" + summary.description + "\n" : ""
    }

    /// One CSV text cell (RFC 4180 quoting). A cell that starts with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return would be read by a spreadsheet as a formula, so it gets a leading
    /// `'` and is quoted (OWASP, "CSV Injection"). Numbers are written by the callers, not here.
    static func csv(_ text: String) -> String {
        let formulaLead: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
        let neutral = text.first.map { formulaLead.contains($0) } ?? false ? "'" + text : text
        guard neutral != text || neutral.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + neutral.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func markdown(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
}

/// Running totals for the closing summary; counts always add up to the inputs.
struct ScoreSummary: CustomStringConvertible {
    let areas: [String]
    var scored = 0, errors = 0, failing = 0
    var violationsByArea: [String: Int] = [:]

    mutating func add(_ row: ScoreRow) {
        if row.error != nil { errors += 1; return }
        scored += 1
        if row.failing { failing += 1 }
        for (area, count) in row.byArea { violationsByArea[area, default: 0] += count }
    }

    var description: String {
        let byArea = areas.map { "\($0) \(violationsByArea[$0] ?? 0)" }.joined(separator: ", ")
        return "\(scored + errors) case\(scored + errors == 1 ? "" : "s"): \(scored) scored, \(errors) failed to load; rules violated by area: \(byArea)"
    }
}
