// libFuzzer target: a case file (raw bytes) loaded against the bundled Kazakhstan rules
// (a snapshot copied by scripts/fuzz.sh; CIVICLEX_FUZZ_RULES overrides it), then assessed
// and rendered as text and JSON.
import CivicLex
import Foundation

private let law: Law = {
    let directory = ProcessInfo.processInfo.environment["CIVICLEX_FUZZ_RULES"] ?? "Rules/kz"
    do {
        return try LawLoader.load(directory: directory)
    } catch {
        fatalError("cannot load the rules in \(directory):\n\(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCase(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let scenario = try CaseLoader(law: law).load(text: text, path: "case.yaml")
        let assessment = Evaluator(law: law).assess(scenario, trace: true)
        _ = TextReport.render(assessment, law: law)
        _ = JSONReport.render(assessment, law: law)
        if let expectation = scenario.expectation { _ = expectation.scores.count }
    } catch {
        _ = error.description
    }
    return 0
}
