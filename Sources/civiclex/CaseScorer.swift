import CivicLex
import YAMLSource

/// One row of `civiclex score`: a scored case or an error record.
struct ScoreRow: Sendable {
    var path: String
    var caseID: String
    var error: String?
    var risk: Double = 0
    var riskBand = ""
    var enabling: Double?
    var enablingBand = ""
    var areaScores: [Double?] = []
    /// Violations by severity, indexed like `Severity.allCases`.
    var bySeverity: [Int] = Array(repeating: 0, count: Severity.allCases.count)
    /// Violations by area, indexed like the law's `areas`.
    var byArea: [Int] = []
    var undetermined = 0
    var failing = false
    /// The full assessment as JSON, for `--format jsonl`.
    var json: String?
    /// The row as written: formatted in the lane that scored the case, so the thread that
    /// writes the output only writes.
    var line = ""
    /// The case's warnings rendered as one block for standard error, each ending in a line
    /// break (they do not make the row an error unless `--strict`).
    var warningText = ""
}

/// Loads, evaluates and summarises one case; never throws, so a bad case is one error row.
struct CaseScorer: Sendable {
    /// One evaluator for the whole batch (per lane), so its per-date score cache is shared.
    let evaluator: Evaluator
    let limits: YAMLLimits
    let asOf: Day?
    let format: Score.Format
    let failOn: Severity?
    /// `evaluator.law`, stored: reading it through the evaluator would copy the `Law` per case.
    let law: Law
    /// Made once per lane: a loader holds a copy of the law, and copying it per case costs a
    /// retain per field.
    let loader: CaseLoader
    /// `--strict`: a case with warnings becomes an error row.
    var strict = false
    /// The language rows are written in.
    var language = ReportLanguage.english

    init(evaluator: Evaluator, limits: YAMLLimits, asOf: Day?, format: Score.Format, failOn: Severity?) {
        var evaluator = evaluator
        evaluator.rendersFindings = format == .jsonl
        self.evaluator = evaluator
        law = evaluator.law
        self.limits = limits
        loader = CaseLoader(law: evaluator.law, limits: limits)
        self.asOf = asOf
        self.format = format
        self.failOn = failOn
    }

    /// `score(_:)`, with the output line and warnings formatted here rather than by the writer;
    /// the texts only the writer needs are dropped, so they are freed on this thread.
    func scoreFormatted(_ path: String) -> ScoreRow {
        var row = score(path)
        row.line = ScoreTable.row(row, format: format, law: law, language: language)
        row.json = nil
        return row
    }

    func score(_ path: String) -> ScoreRow {
        var row = ScoreRow(path: path, caseID: "")
        var scenario: Case
        do {
            scenario = try loader.load(path: path)
        } catch {
            row.error = error.diagnostics.first.map(Self.oneLine) ?? "\(path): error: unreadable case"
            return row
        }
        if let warning = scenario.warnings.first, strict {
            row.error = Self.oneLine(warning)
            return row
        }
        row.warningText = Self.warningText(scenario.warnings)
        if let asOf {
            scenario = Case(id: scenario.id, title: scenario.title, path: scenario.path, asOf: asOf, areas: scenario.areas, facts: scenario.facts, expectation: nil, notes: nil)
        }
        row.caseID = scenario.id
        // JSON Lines carry the full assessment; the other formats only count outcomes.
        if format == .jsonl {
            let assessment = evaluator.assess(scenario)
            summarise(risk: assessment.risk, enabling: assessment.enabling, outcomes: assessment.results.lazy.map { ($0.ruleIndex, $0.outcome) }, into: &row)
            row.json = JSONReport.render(assessment, law: law)
        } else {
            let tally = evaluator.tally(scenario)
            summarise(risk: tally.risk, enabling: tally.enabling, outcomes: tally.outcomes.lazy.map { ($0.ruleIndex, $0.outcome) }, into: &row)
        }
        return row
    }

    private func summarise(risk: RiskScore, enabling: EnablingScore, outcomes: some Sequence<(Int, Outcome)>, into row: inout ScoreRow) {
        row.risk = risk.score
        row.riskBand = risk.band
        row.enabling = enabling.overall
        row.enablingBand = enabling.band
        row.areaScores = law.areas.map { enabling.score(of: $0.id) }
        row.byArea = Array(repeating: 0, count: law.areas.count)
        var violatedRules = [Bool](repeating: false, count: law.rules.count)
        for (ruleIndex, outcome) in outcomes {
            switch outcome {
            case .violation:
                let slot = law.firstVersion[ruleIndex]
                guard !violatedRules[slot] else { continue }
                violatedRules[slot] = true
                let severity = law.rules[ruleIndex].severity
                row.bySeverity[severity.rank] += 1
                if let area = law.areaIndex(of: law.rules[ruleIndex].area) { row.byArea[area] += 1 }
                if let failOn, severity >= failOn { row.failing = true }
            case .undetermined:
                row.undetermined += 1
            default: break
            }
        }
    }

    /// The warnings as one block, rendered straight into it, each ending in a line break.
    static func warningText(_ warnings: [Diagnostic]) -> String {
        guard !warnings.isEmpty else { return "" }
        var text = ""
        for warning in warnings {
            let rendered = warning.rendered()
            text += rendered
            if !rendered.hasSuffix("\n") { text += "\n" }
        }
        return text
    }

    /// `path:line:column: message` without the source snippet, for one CSV cell.
    static func oneLine(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.path
        if let location = diagnostic.location { text += ":\(location.line):\(location.column)" }
        return text + ": " + diagnostic.message
    }
}
