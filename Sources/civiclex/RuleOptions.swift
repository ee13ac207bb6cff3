import ArgumentParser
import CivicLex
import Foundation
import YAMLSource

/// `--rules DIR`, shared by every subcommand that needs the law.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Rule-set directory (default: the bundled Kazakhstan rules).", valueName: "dir"))
    var rules: String?

    /// The directory to load: `--rules`, then `$CIVICLEX_RULES`, then `Rules/kz` above the
    /// working directory, then the copy next to this executable's sources.
    func directory() -> String {
        if let rules { return rules }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CIVICLEX_RULES"], !fromEnvironment.isEmpty { return fromEnvironment }
        var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("Rules/kz")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("facts.yaml").path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rules/kz").path
    }

    /// Loads the law or prints its diagnostics and exits with 2.
    func load() throws -> Law {
        do {
            return try LawLoader.load(directory: directory())
        } catch {
            Terminal.report(error.diagnostics)
            throw ExitCode(2)
        }
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

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
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

extension Case {
    /// Loads a case or prints its diagnostics; `nil` when it failed.
    static func load(_ path: String, law: Law) -> Case? {
        do {
            return try CaseLoader(law: law).load(path: path)
        } catch {
            Terminal.report(error.diagnostics)
            return nil
        }
    }
}
