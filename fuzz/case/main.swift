// libFuzzer target: a case file (raw bytes) loaded against the bundled Kazakhstan rules
// (a snapshot copied by scripts/fuzz.sh; CIVICLEX_FUZZ_RULES overrides it), then assessed
// and rendered as text and JSON. Differential as well: the streaming decoder must load it
// exactly as the tree loader does (or hand it over), and batch scoring's outcome tally must
// match the full assessment; any disagreement traps, so libFuzzer keeps the input.
@testable import CivicLex
import Foundation

private let law: Law = {
    let directory = ProcessInfo.processInfo.environment["CIVICLEX_FUZZ_RULES"] ?? "Rules/kz"
    do {
        return try LawLoader.load(directory: directory)
    } catch {
        fatalError("cannot load the rules in \(directory):\n\(error)")
    }
}()

/// What a user can see of a load: the case's fields and warnings, or the errors, as text.
private func visible(_ load: () throws(DiagnosticList) -> Case) -> (text: String, facts: [Value?]?) {
    do {
        let loaded = try load()
        var expectation = loaded.expectation
        // A dictionary's own order differs between two equal dictionaries: sort the fines.
        let fines = expectation?.sanctions.map { "\($0.ruleID) \($0.sanctionIDs) \($0.tenge.sorted { $0.key < $1.key }) \($0.location)" } ?? []
        expectation?.sanctions = []
        let warnings = loaded.warnings.map { $0.rendered() }.joined(separator: "\n")
        return ("\(loaded.id)|\(loaded.title)|\(loaded.path)|\(loaded.asOf)|\(String(describing: loaded.areas))|\(String(describing: loaded.notes))|\(String(describing: expectation)) \(fines)|\(warnings)", loaded.facts)
    } catch {
        return ("errors: " + error.diagnostics.map { $0.rendered() }.joined(separator: "\n"), nil)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCase(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let streaming = CaseLoader(law: law)
    var tree = CaseLoader(law: law)
    tree.usesStreamingDecoder = false
    let fast = visible { () throws(DiagnosticList) in try streaming.load(text: text, path: "case.yaml") }
    let slow = visible { () throws(DiagnosticList) in try tree.load(text: text, path: "case.yaml") }
    if fast.text != slow.text || fast.facts != slow.facts {
        fatalError("the streaming decoder and the tree loader disagree:\n--- streaming\n\(fast.text)\n--- tree\n\(slow.text)")
    }
    do {
        let scenario = try streaming.load(text: text, path: "case.yaml")
        let evaluator = Evaluator(law: law)
        let assessment = evaluator.assess(scenario, trace: true)
        let tally = evaluator.tally(scenario)
        if tally.outcomes.map(\.outcome) != assessment.results.map(\.outcome) || tally.outcomes.map(\.ruleIndex) != assessment.results.map(\.ruleIndex)
            || tally.risk.score != assessment.risk.score {
            fatalError("tally and assessment disagree on \(scenario.id)")
        }
        _ = TextReport.render(assessment, law: law)
        _ = JSONReport.render(assessment, law: law)
        if let expectation = scenario.expectation { _ = expectation.scores.count }
    } catch {
        _ = error.description
    }
    return 0
}
