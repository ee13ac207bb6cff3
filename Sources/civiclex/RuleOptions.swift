import ArgumentParser
import CivicLex
import Foundation
import SystemPackage
import YAMLSource

/// `--rules DIR` and the input limits, shared by every subcommand that needs the law.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Rule-set directory (default: $CIVICLEX_RULES, else the bundled Kazakhstan rules).", valueName: "dir"), completion: .directory)
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("Report language: en, ru … (default: $CIVICLEX_LANG, else en).", valueName: "code"))
    var lang: String?

    @OptionGroup(title: "Input limits") var inputLimits: InputLimits

    var limits: YAMLLimits { inputLimits.yaml }

    func validate() throws {
        if rules?.isEmpty == true { throw ValidationError("--rules names no directory.") }
    }

    /// An evaluator for `law` with the step budget the user allowed.
    func evaluator(for law: Law, language: ReportLanguage = .english) -> Evaluator {
        var evaluator = Evaluator(law: law)
        evaluator.language = language
        evaluator.budget = inputLimits.maxSteps
        return evaluator
    }

    /// The directory to load: `--rules`, then `$CIVICLEX_RULES`, then the bundled set (see
    /// ``RuleSetLocator``).
    func directory() -> String { RuleSetLocator.directory(explicit: rules) }

    /// Loads the law (with `amendments`) or prints its diagnostics and exits with 2.
    func load(amendments: AmendmentOptions = .init()) throws -> Law {
        do {
            return try LawLoader.load(directory: directory(), amendments: amendments, limits: limits)
        } catch {
            Terminal.report(error.diagnostics)
            throw ExitCode(2)
        }
    }

    /// Another copy of a law that has already loaded once (for a parallel lane); `nil` if the
    /// files changed underneath and it no longer loads.
    func loadCopy(amendments: AmendmentOptions = .init()) -> Law? {
        try? LawLoader.load(directory: directory(), amendments: amendments, limits: limits)
    }
}

/// Where diagnostics and progress go: standard error, coloured only on a real terminal.
enum Terminal {
    static var useColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    static func report(_ diagnostics: [Diagnostic]) {
        let color = useColor
        for diagnostic in diagnostics { printError(diagnostic.rendered(color: color)) }
    }

    /// Best effort: when standard error itself cannot be written there is nowhere to say so.
    static func printError(_ text: String, newline: Bool = true) {
        let newline = newline && !text.hasSuffix("\n")
        if StandardErrorBuffer.append(text, newline: newline) { return }
        _ = try? FileDescriptor.standardError.writeAll((newline ? text + "\n" : text).utf8)
    }

    /// Writes a report to standard output; a failed write (a full disk, `/dev/full`) is exit 2.
    static func write(_ text: String) throws {
        var sink = try OutputSink(path: nil)
        try sink.write(text)
        try sink.commit()
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

/// `--fail-on SEVERITY` as used by assess and score.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case info, low, medium, high, critical, never

    var severity: Severity? { Severity(rawValue: rawValue) }
}

/// Limits on what a rule or case file may make CivicLex do; the defaults suit any real case.
struct InputLimits: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Largest rule or case file read, in MB.", valueName: "MB"))
    var maxFileSize = YAMLLimits.default.maxBytes / Self.megabyte

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of lists and mappings in a YAML file.", valueName: "levels"))
    var maxDepth = YAMLLimits.default.maxDepth

    @Option(name: .long, help: ArgumentHelp("Nodes a YAML file may produce through aliases (billion-laughs guard).", valueName: "nodes"))
    var maxAliasNodes = YAMLLimits.default.maxAliasExpansion

    @Option(name: .long, help: ArgumentHelp("Evaluation steps allowed for one expression over one case or list item.", valueName: "steps"))
    var maxSteps = 1_000_000

    @Flag(name: .long, help: "Treat warnings about valid but questionable input (a case with no facts, a date the tables do not cover, …) as errors: exit 2.")
    var strict = false

    private static let megabyte = 1024 * 1024

    func validate() throws {
        guard (1...1024).contains(maxFileSize) else { throw ValidationError("--max-file-size must be between 1 and 1024 (MB).") }
        // Deeper trees overflow the stack when freed (about 40,000 levels), and libyaml's flow
        // mappings take time quadratic in the depth (45 s at 100,000 levels).
        guard (1...10_000).contains(maxDepth) else { throw ValidationError("--max-depth must be between 1 and 10000.") }
        guard maxAliasNodes >= 0 else { throw ValidationError("--max-alias-nodes must not be negative.") }
        guard maxSteps >= 1 else { throw ValidationError("--max-steps must be at least 1.") }
    }

    var yaml: YAMLLimits {
        YAMLLimits(maxBytes: maxFileSize * Self.megabyte, maxDepth: maxDepth, maxAliasExpansion: maxAliasNodes)
    }
}

extension Case {
    /// Loads a case or prints its diagnostics; `nil` when it failed. Warnings go to standard
    /// error too; with `strict` they are errors and the case fails.
    static func load(_ path: String, law: Law, limits: InputLimits) -> Case? {
        do {
            let loaded = try CaseLoader(law: law, limits: limits.yaml).load(path: path)
            Terminal.report(limits.strict ? loaded.warnings.map(\.asError) : loaded.warnings)
            return limits.strict && !loaded.warnings.isEmpty ? nil : loaded
        } catch {
            Terminal.report(error.diagnostics)
            return nil
        }
    }
}

extension Diagnostic {
    /// The same diagnostic as an error (`--strict`).
    var asError: Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }
}
