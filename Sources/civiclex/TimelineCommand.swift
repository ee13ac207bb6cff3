import ArgumentParser
import CivicLex
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Scores at every date on which the law changes, with the change behind each step.",
        discussion: "With --law, the enabling-environment score of the law itself; with a case, also the case's risk if its acts were judged by the law of each date.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, html
    }

    @OptionGroup var ruleOptions: RuleOptions

    @Flag(name: .long, help: "Score the law itself rather than a case.")
    var law = false

    @Option(name: .long, help: ArgumentHelp("First date.", valueName: "date"))
    var from: String = "2015-01-01"

    @Option(name: .long, help: ArgumentHelp("Last date; the default is today.", valueName: "date"))
    var to: String?

    @Flag(name: .long, help: "List every change date, including those where no score moved.")
    var all = false

    @Flag(name: .long, help: "With --law, show how far each area's weight moves the overall score on the last date.")
    var sensitivity = false

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Write to this file atomically instead of standard output.", valueName: "file"), completion: .file())
    var output: String?

    @Argument(help: ArgumentHelp("A case file (unless --law).", valueName: "case"), completion: .file(extensions: ["yaml", "yml"]))
    var path: String?

    func validate() throws {
        if law == (path != nil) { throw ValidationError("Give either --law or one case file.") }
        if sensitivity && !law { throw ValidationError("--sensitivity applies to --law.") }
        if sensitivity && format == .csv { throw ValidationError("--sensitivity is shown in text, JSON and HTML, not CSV.") }
        guard Day(iso: from) != nil else { throw ValidationError("--from must be a real date in YYYY-MM-DD form.") }
        if let to, Day(iso: to) == nil { throw ValidationError("--to must be a real date in YYYY-MM-DD form.") }
    }

    static var today: Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    func run() throws {
        let rules = try ruleOptions.load()
        let start = Day(iso: from)!, end = to.flatMap { Day(iso: $0) } ?? Self.today
        guard start <= end else { throw ValidationError("--from is after --to.") }
        var scenario: Case?
        if let path {
            guard let loaded = Case.load(path, law: rules, limits: ruleOptions.inputLimits) else { throw ExitCode(2) }
            scenario = loaded
        }
        let timeline = Timeline(law: rules, scenario: scenario, from: start, to: end)
        let title = scenario.map { "Timeline: \($0.title.isEmpty ? $0.id : $0.title)" } ?? "Timeline of the law: \(rules.name)"
        var sink = try OutputSink(path: output)
        switch format {
        case .html: try sink.write(HTMLReport.timeline(timeline, law: rules, title: title, panels: lawPanels(timeline, law: rules, html: true)))
        case .text: try sink.write(text(timeline, law: rules, title: title))
        case .csv: try sink.write(csv(timeline, law: rules))
        case .json: try sink.write(json(timeline, law: rules))
        }
        try sink.commit()
    }

    /// With --law: the outside ratings beside the law, and the weight sensitivity if asked.
    private func lawPanels(_ timeline: Timeline, law rules: Law, html: Bool) -> String {
        guard law else { return "" }
        var out = html ? IndicesReport.htmlPanel(rules, timeline: timeline) : IndicesReport.text(rules, timeline: timeline)
        if sensitivity {
            let weights = Sensitivity(score: Evaluator(law: rules).enablingEnvironment(on: timeline.to), law: rules)
            out += html ? SensitivityReport.html(weights) : SensitivityReport.text(weights)
        }
        return out
    }

    private func steps(_ timeline: Timeline) -> [Timeline.Step] {
        all ? timeline.steps : HTMLReport.annotatedSteps(timeline)
    }

    private func text(_ timeline: Timeline, law: Law, title: String) -> String {
        var out = "\(title), \(timeline.from) to \(timeline.to)\n"
        out += "DATE        OVERALL " + law.areas.map { $0.id.prefix(8).padding(toLength: 9, withPad: " ", startingAt: 0) }.joined()
        out += timeline.steps.first?.assessment != nil ? "RISK  " : ""
        out += "CHANGE\n"
        var previous: Double?
        for step in steps(timeline) {
            let overall = step.enabling.overall
            let arrow = previous.flatMap { old in overall.map { $0 > old ? "↑" : ($0 < old ? "↓" : " ") } } ?? " "
            previous = overall
            out += "\(step.date)  " + ((overall.map(Formatting.score) ?? "n/a") + arrow).padded(8)
            out += law.areas.map { (step.enabling.score(of: $0.id).map(Formatting.score) ?? "n/a").padded(9) }.joined()
            if let assessment = step.assessment { out += Formatting.score(assessment.risk.score).padded(6) }
            let indent = String(repeating: " ", count: 20 + law.areas.count * 9 + (step.assessment != nil ? 6 : 0))
            if step.changes.isEmpty { out += "start\n" }
            for (index, change) in step.changes.enumerated() {
                out += (index == 0 ? "" : indent) + change.sentence + "\n"
                if let link = change.link { out += indent + "  " + link + "\n" }
            }
        }
        return out + lawPanels(timeline, law: law, html: false)
    }

    private func csv(_ timeline: Timeline, law: Law) -> String {
        var out = (["date", "overall"] + law.areas.map(\.id) + ["risk", "changes"]).joined(separator: ",") + "\n"
        for step in steps(timeline) {
            var fields = [step.date.description, step.enabling.overall.map(Formatting.score) ?? ""]
            fields += law.areas.map { step.enabling.score(of: $0.id).map(Formatting.score) ?? "" }
            fields += [step.assessment.map { Formatting.score($0.risk.score) } ?? "", ScoreFormatter.csv(step.changes.map { $0.sentence + ($0.link.map { " <\($0)>" } ?? "") }.joined(separator: "; "))]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    private func json(_ timeline: Timeline, law: Law) -> String {
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
        if self.law {
            IndicesReport.json(law, upTo: timeline.to, into: &writer)
            if sensitivity { SensitivityReport.json(Sensitivity(score: Evaluator(law: law).enablingEnvironment(on: timeline.to), law: law), into: &writer) }
        }
        writer.endObject()
        return writer.output + "\n"
    }
}
