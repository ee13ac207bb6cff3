import ArgumentParser
import CivicLex
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Scores at every date on which the law changes, with the change behind each step.",
        discussion: "With --law, the enabling-environment score of the law itself; with a case, also the case's risk if its acts were judged by the law of each date.")

    typealias Format = TimelineReport.Format

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

    @Option(name: .long, help: ArgumentHelp("Write to this file atomically instead of standard output (`-`: standard output).", valueName: "file"), completion: .file())
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
        guard start <= end else { throw ValidationError(to == nil ? "--from is after today (\(end)), the default --to." : "--from is after --to.") }
        var scenario: Case?
        if let path {
            guard let loaded = Case.load(path, law: rules, limits: ruleOptions.inputLimits) else { throw ExitCode(2) }
            scenario = loaded
        }
        let language = try ruleOptions.language(for: rules)
        let timeline = Timeline(law: rules, scenario: scenario, from: start, to: end, language: language)
        let title = TimelineReport.title(case: scenario, law: rules, language: language)
        let report = TimelineReport(law: law, all: all, sensitivity: sensitivity, language: language)
        var sink = try OutputSink(path: output)
        switch format {
        case .html: try sink.write(HTMLReport.timeline(timeline, law: rules, title: title, panels: report.lawPanels(timeline, law: rules, html: true), language: language))
        case .text: try sink.write(report.text(timeline, law: rules, title: title))
        case .csv: try sink.write(report.csv(timeline, law: rules))
        case .json: try sink.write(report.json(timeline, law: rules))
        }
        try sink.commit()
    }
}
