// libFuzzer target: a rule set with one file mutated, loaded with LawLoader.load and, when it
// loads, used to assess a bundled case, rendered as text, JSON and HTML.
//
// Input: byte 0 picks the rule file to replace (index into the snapshot's files, base files
// then amendments, in name order; its top bit also applies the proposals), byte 1 picks the
// case; the rest is the new file's bytes. The snapshot (CIVICLEX_FUZZ_RULES, copied by
// scripts/fuzz.sh) is copied once into a temporary directory, where only the picked file is
// rewritten, and put back after the run.
import CivicLex
import Foundation

private let source = ProcessInfo.processInfo.environment["CIVICLEX_FUZZ_RULES"] ?? "Rules/kz"
private let casesDirectory = ProcessInfo.processInfo.environment["CIVICLEX_FUZZ_CASES"] ?? "Cases"

/// The working copy of the rule set and its files (relative paths, contents), in a fixed order.
private let workspace: (directory: String, files: [(path: String, bytes: Data)]) = {
    let fileManager = FileManager.default
    let directory = fileManager.temporaryDirectory.appendingPathComponent("civiclex-fuzz-ruleset-\(getpid())").path
    try? fileManager.removeItem(atPath: directory)
    do {
        try fileManager.createDirectory(atPath: directory + "/amendments", withIntermediateDirectories: true)
        var files: [(String, Data)] = []
        for sub in ["", "amendments/"] {
            let names = ((try? fileManager.contentsOfDirectory(atPath: source + "/" + sub)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            for name in names {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: source + "/" + sub + name))
                try bytes.write(to: URL(fileURLWithPath: directory + "/" + sub + name))
                files.append((sub + name, bytes))
            }
        }
        guard !files.isEmpty else { fatalError("no rule files in \(source)") }
        return (directory, files)
    } catch {
        fatalError("cannot copy the rules in \(source): \(error)")
    }
}()

private let proposals = workspace.files.map(\.path).filter { $0.hasPrefix("amendments/proposal-") }.map { workspace.directory + "/" + $0 }

/// Bundled case files as text, in path order.
private let cases: [(path: String, text: String)] = {
    let enumerator = FileManager.default.enumerator(atPath: casesDirectory)
    var found: [(String, String)] = []
    while let name = enumerator?.nextObject() as? String {
        guard name.hasSuffix(".yaml"), let text = try? String(contentsOfFile: casesDirectory + "/" + name, encoding: .utf8) else { continue }
        found.append((name, text))
    }
    guard !found.isEmpty else { fatalError("no cases in \(casesDirectory)") }
    return found.sorted { $0.0 < $1.0 }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleSet(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 2 else { return 0 }
    let file = workspace.files[Int(data[0] & 0x7F) % workspace.files.count]
    let withProposals = data[0] & 0x80 != 0
    let scenario = cases[Int(data[1]) % cases.count]
    let url = URL(fileURLWithPath: workspace.directory + "/" + file.path)
    try? Data(UnsafeBufferPointer(start: data + 2, count: size - 2)).write(to: url)
    defer { try? file.bytes.write(to: url) }
    do {
        let law = try LawLoader.load(directory: workspace.directory, amendments: AmendmentOptions(extra: withProposals ? proposals : []))
        let loaded = try CaseLoader(law: law).load(text: scenario.text, path: scenario.path)
        let assessment = Evaluator(law: law).assess(loaded, trace: true)
        _ = TextReport.render(assessment, law: law)
        _ = JSONReport.render(assessment, law: law)
        _ = HTMLReport.assessment(assessment, law: law)
    } catch {
        _ = error.description
    }
    return 0
}
