import ArgumentParser
import CivicLex
import Foundation
import YAMLSource

struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare cases under two states of the law: two dates, or with and without amendments.",
        discussion: """
            --from/--to judge every act of each case by the law in force on each date. --with lays \
            amendment files over the law; drafts and proposals are treated as if they had always \
            applied (or from --as-if-from), enacted ones from their own date. A case is improved or \
            worsened by its own outcomes and risk; the law's score change is stated once. Exit codes: 0 ok; 2 a case or the rules could not be read.
            """)

    typealias Format = ComparisonOutput.Format

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, help: ArgumentHelp("First state: the law in force on this date (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Second state: the law in force on this date.", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Amendment file to lay over the law for the second state (repeatable).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var with: [String] = []

    @Option(name: .long, help: ArgumentHelp("Treat --with amendments as in force from this date.", valueName: "date"))
    var asIfFrom: String?

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Write to this file atomically instead of standard output (`-`: standard output).", valueName: "file"), completion: .file())
    var output: String?

    @Flag(name: .long, help: "In text output, list unchanged cases too.")
    var all = false

    @Option(name: .long, help: "Cases compared at once; the default is the number of cores.")
    var jobs: Int?

    @Argument(help: ArgumentHelp("Case files or directories (./Cases when none is named and it exists).", valueName: "path"), completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = []

    func validate() throws {
        try DefaultCases.validate(paths, command: "compare")
        try JobsOption.validate(jobs)
        if with.isEmpty && (from == nil || to == nil) {
            throw ValidationError("Give --from and --to dates, or one or more --with amendment files.")
        }
        if !with.isEmpty && (from != nil || to != nil) {
            throw ValidationError("Use either --from/--to or --with, not both.")
        }
        if with.isEmpty && asIfFrom != nil { throw ValidationError("--as-if-from applies to --with.") }
        for (name, value) in [("--from", from), ("--to", to), ("--as-if-from", asIfFrom)] {
            if let value, Day(iso: value) == nil { throw ValidationError("\(name) must be a real date in YYYY-MM-DD form, got '\(value)'.") }
        }
    }

    func run() async throws {
        let inputs = DefaultCases.paths(paths, command: "compare")
        try CommandLineBytes.requireReadableStandardInput(for: inputs)
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let directory = ruleOptions.directory()
        let beforeLaw = try ruleOptions.load()
        let afterLaw: Law
        let heading: ComparisonReport.Heading
        let language: ReportLanguage
        let dates: (Day?, Day?)
        let asIf = with.isEmpty ? nil : try asIfDate(directory: directory)
        let amendments = AmendmentOptions(extra: with, asIfFrom: asIf)
        if with.isEmpty {
            afterLaw = beforeLaw
            language = try ruleOptions.language(for: beforeLaw)
            dates = (Day(iso: from!), Day(iso: to!))
            heading = ComparisonReport.datesHeading(from: dates.0!, to: dates.1!, language: language)
        } else {
            afterLaw = try ruleOptions.load(amendments: amendments)
            // The amended law holds every rule of both states, so its texts serve both.
            language = try ruleOptions.language(for: afterLaw)
            dates = (nil, nil)
            let titles = afterLaw.amendments.suffix(with.count).map(language.amendmentTitle).joined(separator: "; ")
            heading = ComparisonReport.amendmentHeading(titles: titles, asIf: asIf, always: asIf == Self.alwaysApplied, language: language)
        }
        let options = ruleOptions, limits = ruleOptions.limits
        var first = CaseComparer(
            before: options.evaluator(for: beforeLaw), after: options.evaluator(for: afterLaw), beforeDate: dates.0, afterDate: dates.1, limits: limits)
        first.strict = ruleOptions.inputLimits.strict
        let comparer = first
        let amended = !with.isEmpty
        // Every further lane gets its own copies of both laws (see ParallelMap).
        let lanes = PerLane(lanes: jobs, first: comparer) {
            guard let beforeCopy = options.loadCopy(),
                  let afterCopy = amended ? options.loadCopy(amendments: amendments) : beforeCopy
            else { return comparer }
            var copy = CaseComparer(
                before: options.evaluator(for: beforeCopy), after: options.evaluator(for: afterCopy), beforeDate: dates.0, afterDate: dates.1, limits: limits)
            copy.strict = comparer.strict
            return copy
        }
        var rows: [CaseComparer.Row] = []
        var failures: [Diagnostic] = []
        var totals = ComparisonTotals()
        await ParallelMap.run(CasePaths(inputs), width: jobs, transform: { lane, path in lanes[lane].with { $0.compare(path) } }) { row, failure in
            if let comparison = row.comparison { totals.add(comparison) } else { totals.addError() }
            rows.append(row)
            if let failure { failures.append(failure) }
        }
        // In full, with its source line, as every other command reports a bad case.
        Terminal.report(failures)
        var sink = try OutputSink(path: output)
        try sink.write(ComparisonOutput.render(rows, totals: totals, heading: heading, format: format, beforeLaw: beforeLaw, afterLaw: afterLaw, showAll: all, language: language))
        try sink.commit()
        if rows.isEmpty { EmptyBatch.warn(inputs, nothingTo: "compare") }
        if totals.errors > 0 || CommandLineBytes.standardInputFailed { throw ExitCode(2) }
    }

    /// Proposals and drafts are judged as if they had always applied unless told otherwise.
    private func asIfDate(directory: String) throws -> Day? {
        if let asIfFrom { return Day(iso: asIfFrom) }
        let enactedOnly = with.allSatisfy { path in
            (try? String(contentsOfFile: path, encoding: .utf8))?.contains("status: enacted") ?? false
        }
        return enactedOnly ? nil : Self.alwaysApplied
    }

    /// The `--as-if-from` default: early enough that the amendment governs every act a case states.
    static let alwaysApplied = Day(iso: "1900-01-01")!
}

/// Loads a case once and assesses it under both states of the law.
struct CaseComparer: Sendable {
    typealias Row = ComparisonRow

    let beforeDate: Day?
    let afterDate: Day?
    let limits: YAMLLimits
    /// `--strict`: a case with warnings becomes an error row.
    var strict = false
    private let beforeEvaluator: Evaluator
    private let afterEvaluator: Evaluator
    /// The evaluators' laws, stored so the per-case path does not copy them out.
    let before: Law
    let after: Law
    /// Made once: a loader holds a copy of the law, and copying it per case costs a retain per field.
    private let loader: CaseLoader
    /// The two laws' rule ids numbered once, not per case.
    private let slots: ComparisonRuleSlots

    init(before: Evaluator, after: Evaluator, beforeDate: Day?, afterDate: Day?, limits: YAMLLimits) {
        // A comparison reports outcomes and rule titles, never rendered messages or sanctions.
        var before = before, after = after
        before.rendersFindings = false
        after.rendersFindings = false
        before.recordsReasons = false
        after.recordsReasons = false
        beforeEvaluator = before
        afterEvaluator = after
        self.before = before.law
        self.after = after.law
        self.beforeDate = beforeDate
        self.afterDate = afterDate
        self.limits = limits
        loader = CaseLoader(law: before.law, limits: limits)
        slots = ComparisonRuleSlots(before: before.law, after: after.law)
    }

    /// The row, and for a case that failed the diagnostic behind its error.
    func compare(_ path: String) -> (Row, Diagnostic?) {
        do {
            let scenario = try loader.load(path: path)
            if strict, let warning = scenario.warnings.first {
                return (Row(path: path, comparison: nil, error: CaseScorer.oneLine(warning)), warning.asError)
            }
            let old = beforeEvaluator.assess(scenario, lawDate: beforeDate)
            let new = afterEvaluator.assess(scenario, lawDate: afterDate)
            return (Row(path: path, comparison: CaseComparison(before: old, after: new, beforeLaw: before, afterLaw: after, slots: slots), error: nil), nil)
        } catch {
            let diagnostic = error.diagnostics.first
            let row = Row(path: path, comparison: nil, error: diagnostic.map(CaseScorer.oneLine) ?? "\(path): error: unreadable case")
            return (row, diagnostic ?? Diagnostic(path: path, location: nil, message: "unreadable case"))
        }
    }
}
