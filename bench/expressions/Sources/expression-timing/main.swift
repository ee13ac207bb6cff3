// Times every rule's binds/at/applies/violation/due over cases, with the tree-walking
// interpreter and with the compiled closure code (and compiled without missing-fact names).
//   swift run -c release --package-path bench/expressions expression-timing LIST [RULES] [ROUNDS]
// LIST holds one case path a line (e.g. bench/out/cases-10000/list.txt); RULES defaults to Rules/kz.
import CivicLex
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: expression-timing LIST [RULES] [ROUNDS]\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let rules = arguments.count > 2 ? arguments[2] : root.appendingPathComponent("Rules/kz").path
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
let law = try LawLoader.load(directory: rules)
let loader = CaseLoader(law: law)
let paths = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n").map(String.init)
let cases = paths.compactMap { try? loader.load(path: $0) }
print("\(cases.count) cases, \(law.rules.count) rules")
func milliseconds(_ duration: Duration) -> String {
    String(format: "%.1f ms", Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15)
}
for round in 1...rounds {
    let result = ExpressionTiming.measure(law: law, cases: cases)
    print("round \(round): \(result.evaluations) evaluations; interpreter \(milliseconds(result.interpreted)), compiled \(milliseconds(result.compiled)), compiled outcomes-only \(milliseconds(result.compiledOutcomesOnly)); values agree: \(result.agrees)")
}
