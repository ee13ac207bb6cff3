/// What `civiclex score` knows of one case: a scored case or an error record.
public protocol ScoredCase {
    var path: String { get }
    var caseID: String { get }
    var error: String? { get }
    var risk: Double { get }
    var riskBand: String { get }
    var enabling: Double? { get }
    var enablingBand: String { get }
    var areaScores: [Double?] { get }
    /// Violations by severity, indexed like `Severity.allCases`.
    var bySeverity: [Int] { get }
    /// Violations by area, indexed like the law's `areas`.
    var byArea: [Int] { get }
    var undetermined: Int { get }
    var failing: Bool { get }
    /// The full assessment as JSON, for JSON Lines.
    var json: String? { get }
}

/// Renders `civiclex score` rows; the CSV and JSON Lines layouts are documented in README.
/// CSV and JSON Lines are data (English keys, plain numbers); the table and Markdown are read
/// by people and follow the report language.
public enum ScoreTable {
    public enum Format: String, CaseIterable, Sendable {
        case csv, jsonl, table, markdown
    }

    public static func header(_ format: Format, law: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let areaColumns = law.areas.map { "enabling_\($0.id)" }
        let severityColumns = Severity.allCases.map { "findings_\($0.rawValue)" }
        switch format {
        case .csv:
            return (["path", "case", "status", "risk", "risk_band", "enabling", "enabling_band"] + areaColumns + severityColumns + ["undetermined", "error"])
                .joined(separator: ",") + "\n"
        case .jsonl:
            return ""
        case .table:
            let columns: [(String, Int)] = [
                (m["score.table.status"], 8), (m["score.table.risk"], 7), (m["score.table.risk_band"], 11), (m["score.table.enabling"], 10),
                (m["score.table.law_band"], 13), (m["score.table.violations"], 6), (m["score.table.undetermined"], 7),
            ]
            return columns.map { $0.0.padded($0.1) }.joined() + m["score.table.case"] + "\n"
        case .markdown:
            let heads = ["score.md.case", "score.md.status", "score.md.risk", "score.md.enabling", "score.md.violations", "score.md.undetermined"].map { m[$0] }
            return "| " + heads.joined(separator: " | ") + " |\n|---|---|---:|---:|---:|---:|\n"
        }
    }

    public static func row(_ row: some ScoredCase, format: Format, law: Law, language: ReportLanguage = .english) -> String {
        let violations = row.bySeverity.reduce(0, +)
        let enabling = row.enabling.map(Formatting.score) ?? ""
        switch format {
        case .csv:
            if let error = row.error {
                return ([ReportCells.csv(row.path), "", "error", "", "", "", ""] + law.areas.map { _ in "" } + Severity.allCases.map { _ in "" } + ["", ReportCells.csv(error)])
                    .joined(separator: ",") + "\n"
            }
            // Written as bytes: one row per case, and a byte append costs a fraction of a
            // `String` append (this ran at about 2% of `score`'s time).
            var line = CSVLine(capacity: row.path.utf8.count + row.caseID.utf8.count + 128)
            line.append(ReportCells.csv(row.path))
            line.cell(ReportCells.csv(row.caseID))
            line.cell("ok")
            line.cell(Formatting.score(row.risk))
            line.cell(row.riskBand)
            line.cell(enabling)
            line.cell(row.enablingBand)
            for score in row.areaScores { line.cell(score.map(Formatting.score) ?? "") }
            for count in row.bySeverity { line.cell(count) }
            line.cell(row.undetermined)
            line.cell("")
            return line.finished()
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
            let m = language.messages
            if let error = row.error { return m["score.status.error"].uppercased().padded(8) + error + "\n" }
            let localEnabling = row.enabling.map(language.score) ?? ""
            let columns: [(String, Int)] = [
                (m["score.status.ok"], 8), (language.score(row.risk), 7), (language.band(row.riskBand), 11), (localEnabling, 10),
                (language.band(row.enablingBand), 13), (String(violations), 6), (String(row.undetermined), 7),
            ]
            return columns.map { $0.0.padded($0.1) }.joined() + row.path + "\n"
        case .markdown:
            let m = language.messages
            if let error = row.error { return "| \(ReportCells.markdown(row.path)) | \(m["score.status.error"]): \(ReportCells.markdown(error)) | | | | |\n" }
            let localEnabling = row.enabling.map(language.score) ?? ""
            return "| \(ReportCells.markdown(row.caseID)) | \(m["score.status.ok"]) | \(language.score(row.risk)) (\(language.band(row.riskBand))) | \(localEnabling) (\(language.band(row.enablingBand))) | \(violations) | \(row.undetermined) |\n"
        }
    }

    public static func footer(_ format: Format, summary: ScoreSummary) -> String {
        format == .markdown ? "\n" + summary.description + "\n" : ""
    }
}

/// Running totals for the closing summary; counts always add up to the inputs.
public struct ScoreSummary: CustomStringConvertible, Sendable {
    public let areas: [String]
    public let language: ReportLanguage
    public private(set) var scored = 0, errors = 0, failing = 0
    var violationsByArea: [Int]

    public init(areas: [String], language: ReportLanguage = .english) {
        self.areas = areas
        self.language = language
        violationsByArea = Array(repeating: 0, count: areas.count)
    }

    public mutating func add(_ row: some ScoredCase) {
        if row.error != nil { errors += 1; return }
        scored += 1
        if row.failing { failing += 1 }
        for (area, count) in zip(violationsByArea.indices, row.byArea) { violationsByArea[area] += count }
    }

    public var description: String {
        let byArea = zip(areas, violationsByArea).map { "\($0) \($1)" }.joined(separator: ", ")
        let total = scored + errors
        return language.messages.plural("score.summary", count: total, ["count": String(total), "scored": String(scored), "errors": String(errors), "areas": byArea])
    }
}
