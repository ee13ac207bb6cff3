import Foundation
import Testing

/// One broken input of the corpus in `Tests/CLITests/Malformed/`, run through the real binary.
///
/// `cases/NAME.yaml` (a file, or a directory named like one) is run as
/// `civiclex assess <path>`; `rules/NAME/` as `civiclex check <path>`. `NAME.expected` beside
/// it holds the first line the CLI must print to standard error.
struct MalformedInput: CustomTestStringConvertible, Sendable {
    enum Kind: Sendable { case caseFile, ruleSet }

    let kind: Kind
    /// Path relative to the repository root, as passed to the CLI (and printed in diagnostics).
    let path: String
    /// The `.expected` file, relative to the repository root.
    let expectedPath: String

    var arguments: [String] { [kind == .caseFile ? "assess" : "check", path] }
    var testDescription: String { (path as NSString).lastPathComponent }

    static let directory = "Tests/CLITests/Malformed"

    /// Every input of the corpus, discovered when the tests run.
    static let all: [MalformedInput] = {
        let fileManager = FileManager.default
        func entries(_ sub: String) -> [String] {
            let url = CLI.root.appendingPathComponent("\(directory)/\(sub)")
            return ((try? fileManager.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
        }
        var inputs: [MalformedInput] = []
        for name in entries("cases") where name.hasSuffix(".yaml") {
            let stem = String(name.dropLast(".yaml".count))
            inputs.append(MalformedInput(
                kind: .caseFile, path: "\(directory)/cases/\(name)", expectedPath: "\(directory)/cases/\(stem).expected"))
        }
        for name in entries("rules") where !name.hasSuffix(".expected") {
            var isDirectory: ObjCBool = false
            let url = CLI.root.appendingPathComponent("\(directory)/rules/\(name)")
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            inputs.append(MalformedInput(
                kind: .ruleSet, path: "\(directory)/rules/\(name)", expectedPath: "\(directory)/rules/\(name).expected"))
        }
        return inputs
    }()
}

/// Runs the `civiclex` binary that `CLI` finds, with a watchdog: an input that makes the tool
/// hang is killed and reported as a hang instead of blocking the whole test run. The limit is
/// a hang guard far above any real run (milliseconds), not a performance assertion.
enum GuardedCLI {
    struct Result {
        let status: Int32
        let signalled: Bool
        let hung: Bool
        let stdout: String
        let stderr: String

        var firstStderrLine: String {
            String(stderr.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        }
    }

    static let hangLimit: TimeInterval = 60

    static func run(_ arguments: [String], in directory: URL = CLI.root) throws -> Result {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "CIVICLEX_RULES")
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Drain both pipes concurrently so a chatty child never blocks on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var stdoutData = Data()
        nonisolated(unsafe) var stderrData = Data()
        DispatchQueue.global().async(group: group) { stdoutData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { stderrData = err.fileHandleForReading.readDataToEndOfFile() }
        var hung = false
        if finished.wait(timeout: .now() + hangLimit) == .timedOut {
            hung = true
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        }
        group.wait()
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal && !hung, hung: hung,
            stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

/// A rule set and a case that are valid but drive the evaluator to an extreme (overflow, an
/// unbounded loop): `evaluation/NAME/rules/` and `evaluation/NAME/case.yaml`, run as
/// `civiclex assess --format json --rules …/rules …/case.yaml`. `NAME.expected` holds
/// `RULE-ID: outcome`, the outcome the rule must get instead of a crash or a hang.
struct EvaluationInput: CustomTestStringConvertible, Sendable {
    let name: String
    var directory: String { "\(MalformedInput.directory)/evaluation/\(name)" }
    var arguments: [String] { ["assess", "--format", "json", "--rules", "\(directory)/rules", "\(directory)/case.yaml"] }
    var testDescription: String { name }

    static let all: [EvaluationInput] = {
        let url = CLI.root.appendingPathComponent("\(MalformedInput.directory)/evaluation")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") }.sorted().map(EvaluationInput.init)
    }()
}

@Suite struct MalformedInputTests {
    @Test func theCorpusIsComplete() throws {
        let inputs = MalformedInput.all
        #expect(inputs.count >= 60, "only \(inputs.count) malformed inputs found under \(MalformedInput.directory)")
        #expect(inputs.contains { $0.kind == .caseFile } && inputs.contains { $0.kind == .ruleSet })
        for input in inputs {
            let url = CLI.root.appendingPathComponent(input.expectedPath)
            #expect(FileManager.default.fileExists(atPath: url.path), "missing \(input.expectedPath)")
        }
    }

    @Test(arguments: MalformedInput.all)
    func malformedInputExitsTwoWithTheExpectedFirstError(_ input: MalformedInput) throws {
        let expectedURL = CLI.root.appendingPathComponent(input.expectedPath)
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            .trimmingCharacters(in: .newlines)
        let result = try GuardedCLI.run(input.arguments)
        #expect(!result.hung, "civiclex \(input.arguments.joined(separator: " ")) hung (killed after \(Int(GuardedCLI.hangLimit)) s)")
        #expect(!result.signalled, "civiclex crashed with signal \(result.status)\n\(result.stderr)")
        #expect(result.status == 2, "exit status \(result.status)\nstdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.firstStderrLine == expected)
    }

    @Test(arguments: EvaluationInput.all)
    func extremeValuesNeitherCrashNorHangTheEvaluator(_ input: EvaluationInput) throws {
        let expected = try String(contentsOf: CLI.root.appendingPathComponent("\(input.directory).expected"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = expected.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        try #require(parts.count == 2, "\(input.name).expected must read `RULE-ID: outcome`")
        let result = try GuardedCLI.run(input.arguments)
        #expect(!result.hung, "civiclex \(input.arguments.joined(separator: " ")) hung (killed after \(Int(GuardedCLI.hangLimit)) s)")
        #expect(!result.signalled, "civiclex crashed with signal \(result.status)\n\(result.stderr.prefix(2_000))")
        #expect(result.status == 0, "exit status \(result.status)\n\(result.stderr.prefix(2_000))")
        guard result.status == 0 else { return }
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let results = object?["results"] as? [[String: Any]] ?? []
        let outcome = results.first { $0["rule"] as? String == parts[0] }?["outcome"] as? String
        #expect(outcome == parts[1])
    }

    // MARK: - Resource-exhaustion inputs, stated explicitly

    @Test func billionLaughsIsRejected() throws {
        let result = try GuardedCLI.run(["assess", "\(MalformedInput.directory)/cases/alias-billion-laughs.yaml"])
        #expect(!result.hung && !result.signalled)
        #expect(result.status == 2)
        #expect(result.firstStderrLine.contains("alias expansion exceeds"))
    }

    @Test func shippedDeepNestingIsRejected() throws {
        let result = try GuardedCLI.run(["assess", "\(MalformedInput.directory)/cases/deep-nesting-100k.yaml"])
        #expect(!result.hung && !result.signalled)
        #expect(result.status == 2)
        #expect(result.firstStderrLine.contains("nesting deeper than"))
    }

    @Test(arguments: [("[", "]"), ("{a: ", "}"), ("- ", "")])
    func generatedDeepNestingIsRejected(_ open: String, _ close: String) throws {
        // 100,000 levels of flow sequences / flow mappings / block sequences.
        let depth = 100_000
        let text: String
        if open == "- " {
            text = "case:\n" + (0..<2_000).map { String(repeating: "  ", count: $0 + 1) + "- " }.joined(separator: "\n") + "x\n"
        } else {
            text = "case: " + String(repeating: open, count: depth) + "x" + String(repeating: close, count: depth) + "\n"
        }
        let directory = try CLI.temporaryDirectory(["deep.yaml": text])
        let result = try GuardedCLI.run(["assess", directory.appendingPathComponent("deep.yaml").path])
        #expect(!result.hung && !result.signalled)
        #expect(result.status == 2, "\(result.stderr.prefix(500))")
        #expect(result.firstStderrLine.hasSuffix("error: nesting deeper than 256 levels"))
    }

    // MARK: - Positive control

    @Test func aValidCaseWithAByteOrderMarkIsAccepted() throws {
        let good = try String(contentsOf: CLI.root.appendingPathComponent("Cases/assembly/rally-late-notice-2024.yaml"), encoding: .utf8)
        let directory = try CLI.temporaryDirectory(["bom.yaml": "\u{FEFF}" + good])
        let result = try GuardedCLI.run(["assess", directory.appendingPathComponent("bom.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }
}
