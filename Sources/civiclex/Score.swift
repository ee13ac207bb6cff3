import ArgumentParser
import CivicLex
import Foundation
import YAMLSource

struct Score: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
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

    @Option(name: .long, help: ArgumentHelp("Write to this file atomically instead of standard output (`-`: standard output).", valueName: "file"), completion: .file())
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
        try JobsOption.validate(jobs)
    }

    /// Not main-actor isolated: the map's loop then resumes, after each chunk, on the pool
    /// thread that ran it. Isolated to the main actor, every chunk had to wake the main thread
    /// and the lanes idled in between: five times the context switches, and the two-core run on
    /// copies of the bundled cases took 0.29-0.31 s instead of 0.22 s. (The price: the rule set
    /// loads on a task thread, whose glibc arena grows the heap a page per mprotect call, about a
    /// millisecond more than on the main thread.)
    func run() async throws {
        try CommandLineBytes.requireReadableStandardInput(for: paths)
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        MallocArenas.limit(to: max(2, jobs))
        let options = ruleOptions, limits = ruleOptions.limits
        // Each lane scores with its own copy of the compiled law: lanes sharing one would contend
        // on its reference counts. The copies for the other cores load alongside the first.
        async let preloaded = Self.lawCopies(options, count: min(jobs, ProcessInfo.processInfo.activeProcessorCount) - 1)
        let law = try options.load()
        let asOfDay = asOf.flatMap { Day(iso: $0) }
        let (format, failOn) = (format, failOn.severity)
        let strict = ruleOptions.inputLimits.strict
        let language = try options.language(for: law)
        @Sendable func scorer(_ law: Law) -> CaseScorer {
            var scorer = CaseScorer(evaluator: options.evaluator(for: law), limits: limits, asOf: asOfDay, format: format, failOn: failOn)
            scorer.strict = strict
            scorer.language = language
            return scorer
        }
        let scorers = PerLane(lanes: jobs, first: scorer(law), preloaded: await preloaded.map { $0.map(scorer) }) {
            scorer(options.loadCopy() ?? law)
        }
        var sink = try OutputSink(path: output)
        // Written out before any return or thrown error, and before the exit below.
        StandardErrorBuffer.start()
        defer { StandardErrorBuffer.flush() }
        let showsProgress = !quiet && Terminal.progressAllowed
        // Counting first costs a directory walk; paths streamed on standard input stay uncounted.
        let total = showsProgress && !CasePaths.readsStandardInput(paths) ? CasePaths(paths).reduce(0) { count, _ in count + 1 } : nil
        let progress = ProgressReporter(total: total, enabled: showsProgress)
        var summary = ScoreSummary(areas: law.areas.map(\.id), language: language)
        try sink.write(ScoreTable.header(format, law: law, language: language))
        try await ParallelMap.run(CasePaths(paths), width: jobs, transform: { lane, path in scorers[lane].with { $0.scoreFormatted(path) } }) { row in
            summary.add(row)
            if !row.warningText.isEmpty { Terminal.printError(row.warningText, newline: false) }
            try sink.write(row.line)
            progress.advance()
        }
        progress.finish()
        try sink.write(ScoreTable.footer(format, summary: summary))
        try sink.commit()
        if summary.scored + summary.errors == 0 { EmptyBatch.warn(paths, nothingTo: "score") }
        if !quiet { Terminal.printError(summary.description) }
        // Exiting here leaves the laws and the lanes to the kernel: freeing them object by object
        // cost a millisecond, a twentieth of an empty run, and nothing reads them again.
        StandardErrorBuffer.flush()
        Self.exit(withError: summary.errors > 0 || CommandLineBytes.standardInputFailed ? ExitCode(2) : summary.failing > 0 ? ExitCode(1) : nil)
    }

    /// `count` more copies of the rule set, loaded at once on the other cores; `nil` where one
    /// fails to load (its lane then shares the first copy).
    private static func lawCopies(_ options: RuleOptions, count: Int) async -> [Law?] {
        guard count > 0 else { return [] }
        return await withTaskGroup(of: (Int, Law?).self) { group in
            for index in 0..<count { group.addTask { (index, options.loadCopy()) } }
            var copies = [Law?](repeating: nil, count: count)
            for await (index, copy) in group { copies[index] = copy }
            return copies
        }
    }
}
