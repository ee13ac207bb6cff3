import ArgumentParser
import CivicLex
import Foundation
import YAMLSource

struct TestCases: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Check every case's `expect:` block against its assessment.",
        discussion: "With --coverage, also report per rule whether some case shows it violated and some shows it complied.")

    @OptionGroup var ruleOptions: RuleOptions

    @Flag(name: .long, help: "Report, per rule, whether cases exercise its violation and its compliance.")
    var coverage = false

    @Option(name: .long, help: "With --coverage: fail when fewer than this percentage of rules are fully covered.")
    var minCoverage: Double = 0

    @Flag(name: .long, help: "Print only failures and the summary.")
    var quiet = false

    @Argument(help: ArgumentHelp("Case files or directories (./Cases when none is named and it exists).", valueName: "path"), completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = []

    func validate() throws {
        try DefaultCases.validate(paths, command: "test")
        // `contains` is false for NaN too, which every comparison would otherwise let pass.
        if !(0...100).contains(minCoverage) { throw ValidationError("--min-coverage must be a percentage from 0 to 100, got '\(minCoverage)'.") }
        if minCoverage > 0 && !coverage { throw ValidationError("--min-coverage applies to --coverage.") }
    }

    func run() throws {
        let inputs = DefaultCases.paths(paths, command: "test")
        let law = try ruleOptions.load()
        let language = try ruleOptions.language(for: law)
        let m = language.messages
        let evaluator = ruleOptions.evaluator(for: law)
        let (files, missing) = CaseFiles.collect(inputs)
        for path in missing {
            // The system's reason: a link loop or a denied search is not a missing file.
            var status = stat()
            let reason = stat(FileName.systemPath(path), &status) == 0 ? "no such file or directory" : String(cString: strerror(errno)).lowercased()
            Terminal.printError("\(path): error: \(reason)")
        }
        if files.isEmpty && missing.isEmpty {
            Terminal.printError("error: " + EmptyBatch.message(inputs, nothingTo: "test"))
            throw ExitCode(2)
        }
        var passed = 0, failed = 0, errors = missing.count, withoutExpectations = 0
        var violated = Set<String>(), complied = Set<String>()
        for path in files {
            guard let scenario = Case.load(path, law: law, limits: ruleOptions.inputLimits) else {
                errors += 1
                print(m("test.error", ["path": path]))
                continue
            }
            let assessment = evaluator.assess(scenario)
            for result in assessment.results {
                if result.outcome == .violation { violated.insert(result.ruleID) }
                if result.outcome == .compliant { complied.insert(result.ruleID) }
            }
            guard let expectation = scenario.expectation else {
                withoutExpectations += 1
                if !quiet { print(m("test.skip", ["path": path])) }
                continue
            }
            let failures = ExpectationCheck.failures(of: assessment, against: expectation)
            if failures.isEmpty {
                passed += 1
                if !quiet { print(m("test.pass", ["path": path])) }
            } else {
                failed += 1
                print(m("test.fail", ["path": path]))
                let file = SourceFile(path: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
                Terminal.report(failures.map { file.diagnostic($0.message, at: $0.location) })
            }
        }
        var coverageFailed = false
        if coverage {
            print("\n" + m["test.coverage.heading"])
            // The yes/no column is as wide as the longer word, so the columns line up in any language.
            let width = max(m["test.coverage.yes"].count, m["test.coverage.no"].count)
            func mark(_ exercised: Bool) -> String { m[exercised ? "test.coverage.yes" : "test.coverage.no"].padding(toLength: width, withPad: " ", startingAt: 0) }
            var full = 0
            for rule in law.rules {
                let hasViolation = violated.contains(rule.id), hasCompliance = complied.contains(rule.id)
                if hasViolation && hasCompliance { full += 1 }
                print("  \(rule.id.padding(toLength: 14, withPad: " ", startingAt: 0)) " + m("test.coverage.row", ["violation": mark(hasViolation), "compliance": mark(hasCompliance)]))
            }
            let percentage = law.rules.isEmpty ? 100 : Double(full) / Double(law.rules.count) * 100
            print(m.plural("test.coverage.total", count: law.rules.count, ["full": String(full), "total": String(law.rules.count), "percent": language.score(percentage)]))
            if percentage < minCoverage {
                print(m("test.coverage.below", ["percent": language.score(minCoverage)]))
                coverageFailed = true
            }
        }
        var summary = m("test.summary", ["passed": String(passed), "failed": String(failed)])
        if errors > 0 { summary += m.plural("test.errors", count: errors, ["count": String(errors)]) }
        if withoutExpectations > 0 { summary += m.plural("test.without_expectations", count: withoutExpectations, ["count": String(withoutExpectations)]) }
        print("\n" + summary)
        if errors > 0 { throw ExitCode(2) }
        if failed > 0 || coverageFailed { throw ExitCode(1) }
    }
}
