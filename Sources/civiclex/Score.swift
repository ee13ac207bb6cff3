import ArgumentParser
import CivicLex
import Foundation
import YAMLSource

struct Score: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score many cases in parallel: one row per case, in input order.",
        discussion: """
            PATH may be a file, a directory (searched recursively for *.yaml and *.yml) or `-` to read \
            paths from standard input. A case that cannot be read becomes an error row; every input \
            yields exactly one row. Exit codes: 0 ok; 1 a violation at or above --fail-on; 2 any case errored.
            """)

    typealias Format = ScoreTable.Format

    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, help: "Output format.")
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp("Write to this file atomically instead of standard output.", valueName: "file"), completion: .file())
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Assess every case as of this date (YYYY-MM-DD) instead of its own.", valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: "Exit 1 when a violation of this severity or higher is found.")
    var failOn: FailThreshold = .never

    @Option(name: .long, help: "Cases evaluated at once; the default is the number of cores.")
    var jobs: Int?

    @Flag(name: .long, help: "No progress bar or closing summary on standard error.")
    var quiet = false

    @Argument(help: ArgumentHelp("Case files, directories, or - for a list of paths on standard input.", valueName: "path"), completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one case file or directory (or - for standard input).") }
        if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of must be a real date in YYYY-MM-DD form, got '\(asOf)'.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() async throws {
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let law = try ruleOptions.load()
        let asOfDay = asOf.flatMap { Day(iso: $0) }
        let (format, failOn) = (format, failOn.severity)
        // One copy of the compiled law per lane, loaded by the lane itself (see ParallelMap).
        let options = ruleOptions, limits = ruleOptions.limits
        let strict = ruleOptions.inputLimits.strict
        var first = CaseScorer(evaluator: options.evaluator(for: law), limits: limits, asOf: asOfDay, format: format, failOn: failOn)
        first.strict = strict
        let scorers = PerLane(lanes: jobs, first: first) {
            let copy = options.loadCopy() ?? law
            var scorer = CaseScorer(evaluator: options.evaluator(for: copy), limits: limits, asOf: asOfDay, format: format, failOn: failOn)
            scorer.strict = strict
            return scorer
        }
        var sink = try OutputSink(path: output)
        let showsProgress = !quiet && Terminal.progressAllowed
        // Counting first costs a directory walk; paths streamed on standard input stay uncounted.
        let total = showsProgress && !CasePaths.readsStandardInput(paths) ? CasePaths(paths).reduce(0) { count, _ in count + 1 } : nil
        let progress = ProgressReporter(total: total, enabled: showsProgress)
        let language = try options.language(for: law)
        var summary = ScoreSummary(areas: law.areas.map(\.id), language: language)
        try sink.write(ScoreTable.header(format, law: law, language: language))
        try await ParallelMap.run(CasePaths(paths), width: jobs, transform: { lane, path in scorers[lane].score(path) }) { row in
            summary.add(row)
            // One write per case, not per warning.
            if !row.warnings.isEmpty { Terminal.printError(row.warnings.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()) }
            try sink.write(ScoreTable.row(row, format: format, law: law, language: language))
            progress.advance()
        }
        progress.finish()
        try sink.write(ScoreTable.footer(format, summary: summary))
        try sink.commit()
        if !quiet { Terminal.printError(summary.description) }
        if summary.errors > 0 { throw ExitCode(2) }
        if summary.failing > 0 { throw ExitCode(1) }
    }
}
