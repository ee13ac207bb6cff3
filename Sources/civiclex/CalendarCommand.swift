import ArgumentParser
import CivicLex
import Foundation

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write the cases' pending deadlines as an iCalendar file (RFC 5545).",
        discussion: """
            One all-day event per obligation that is not yet due on the case's assessment date \
            (a report, a notification, the last safe day to file for a planned assembly), with the \
            rule, the article and what to do. Exit codes: 0 ok; 2 a case or the rules could not be read.
            """)

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output (`-`: standard output).", valueName: "file"))
    var output: String?

    @Argument(help: ArgumentHelp("Case files.", valueName: "case"))
    var cases: [String]

    func validate() throws {
        if cases.isEmpty { throw ValidationError("Name at least one case file.") }
    }

    func run() throws {
        let law = try ruleOptions.load()
        let language = try ruleOptions.language(for: law)
        let evaluator = ruleOptions.evaluator(for: law, language: language)
        var events: [ICalendarReport.Event] = []
        var badInput = false
        for path in cases {
            guard let scenario = Case.load(path, law: law, limits: ruleOptions.inputLimits) else {
                badInput = true
                continue
            }
            events += ICalendarReport.events(evaluator.assess(scenario), law: law, language: language)
        }
        var sink = try OutputSink(path: output)
        try sink.write(ICalendarReport.render(events, stamp: Self.stamp(Date()), language: language))
        try sink.commit()
        if let output, output != "-" { Terminal.printError(language.messages.plural("calendar.written", count: events.count, ["count": String(events.count), "path": output])) }
        if badInput { throw ExitCode(2) }
    }

    /// DTSTAMP: the moment the file was written, in UTC.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
