/// The tables of `civiclex timeline`: scores at every change of the law (text, CSV, JSON).
public struct TimelineReport: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, csv, html
    }

    /// The law itself (`--law`) rather than a case: adds the outside ratings.
    let lawItself: Bool
    /// Every change date, not only those where a score moved.
    let all: Bool
    let sensitivity: Bool
    let language: ReportLanguage

    public init(law: Bool, all: Bool, sensitivity: Bool, language: ReportLanguage = .english) {
        lawItself = law
        self.all = all
        self.sensitivity = sensitivity
        self.language = language
    }

    /// "Timeline: <case title>" or "Timeline of the law: <rule set>".
    public static func title(case scenario: Case?, law: Law, language: ReportLanguage = .english) -> String {
        scenario.map { language.messages("timeline.case_title", ["title": $0.title.isEmpty ? $0.id : $0.title]) }
            ?? language.messages("timeline.law_title", ["name": language.lawName(law)])
    }

    /// With --law: the outside ratings beside the law, and the weight sensitivity if asked.
    public func lawPanels(_ timeline: Timeline, law rules: Law, html: Bool) -> String {
        guard lawItself else { return "" }
        var out = html ? IndicesReport.htmlPanel(rules, timeline: timeline, language: language) : IndicesReport.text(rules, timeline: timeline, language: language)
        if sensitivity {
            let weights = Sensitivity(score: Evaluator(law: rules).enablingEnvironment(on: timeline.to), law: rules)
            out += html ? SensitivityReport.html(weights, language: language) : SensitivityReport.text(weights, language: language)
        }
        return out
    }

    func steps(_ timeline: Timeline) -> [Timeline.Step] {
        all ? timeline.steps : HTMLReport.annotatedSteps(timeline)
    }

    public func text(_ timeline: Timeline, law: Law, title: String) -> String {
        let m = language.messages
        var out = m("timeline.heading", ["title": title, "from": language.date(timeline.from), "to": language.date(timeline.to)]) + "\n"
        out += m["timeline.date"].padded(12) + m["timeline.overall"].padded(8) + law.areas.map { $0.id.prefix(8).padding(toLength: 9, withPad: " ", startingAt: 0) }.joined()
        out += timeline.steps.first?.assessment != nil ? m["timeline.risk"].padded(6) : ""
        out += m["timeline.change"] + "\n"
        var previous: Double?
        for step in steps(timeline) {
            let overall = step.enabling.overall
            let arrow = previous.flatMap { old in overall.map { $0 > old ? "↑" : ($0 < old ? "↓" : " ") } } ?? " "
            previous = overall
            let none = m["compare.none"]
            out += "\(language.date(step.date))  " + ((overall.map(language.score) ?? none) + arrow).padded(8)
            out += law.areas.map { (step.enabling.score(of: $0.id).map(language.score) ?? none).padded(9) }.joined()
            if let assessment = step.assessment { out += language.score(assessment.risk.score).padded(6) }
            let indent = String(repeating: " ", count: 20 + law.areas.count * 9 + (step.assessment != nil ? 6 : 0))
            if step.changes.isEmpty { out += m["timeline.start"] + "\n" }
            for (index, change) in step.changes.enumerated() {
                out += (index == 0 ? "" : indent) + change.sentence + "\n"
                if let link = change.link { out += indent + "  " + link + "\n" }
            }
        }
        return out + lawPanels(timeline, law: law, html: false)
    }

    public func csv(_ timeline: Timeline, law: Law) -> String {
        var out = (["date", "overall"] + law.areas.map(\.id) + ["risk", "changes"]).joined(separator: ",") + "\n"
        for step in steps(timeline) {
            var fields = [step.date.description, step.enabling.overall.map(Formatting.score) ?? ""]
            fields += law.areas.map { step.enabling.score(of: $0.id).map(Formatting.score) ?? "" }
            fields += [step.assessment.map { Formatting.score($0.risk.score) } ?? "", ReportCells.csv(step.changes.map { $0.sentence + ($0.link.map { " <\($0)>" } ?? "") }.joined(separator: "; "))]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    public func json(_ timeline: Timeline, law: Law) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("from", timeline.from.description)
        writer.field("to", timeline.to.description)
        writer.array("steps") { writer in
            for step in steps(timeline) {
                writer.beginObject()
                writer.field("date", step.date.description)
                writer.field("overall", step.enabling.overall)
                writer.field("band", step.enabling.band)
                writer.object("areas") { writer in
                    for area in law.areas { writer.field(area.id, step.enabling.score(of: area.id)) }
                }
                if let assessment = step.assessment {
                    writer.field("risk", assessment.risk.score)
                    writer.field("violations", assessment.findings.filter { $0.outcome == .violation }.count)
                }
                writer.array("changes") { writer in
                    for change in step.changes {
                        writer.beginObject()
                        writer.field("text", change.sentence)
                        writer.field("link", change.link)
                        writer.endObject()
                    }
                }
                writer.endObject()
            }
        }
        if lawItself {
            IndicesReport.json(law, upTo: timeline.to, into: &writer)
            if sensitivity { SensitivityReport.json(Sensitivity(score: Evaluator(law: law).enablingEnvironment(on: timeline.to), law: law), into: &writer) }
        }
        writer.endObject()
        return writer.output + "\n"
    }
}
