// libFuzzer target: the fuzz input is a rule's `violation:` expression (and, between
// braces, its message template) inside the fixed mini rule set; the set is loaded with
// LawLoader.load from a temporary directory made once per process. Expressions that
// compile are evaluated against a few fixed cases with extreme values.
import CivicLex
import Foundation

private let base = """
    law: {name: Mini}
    areas:
      general: {title: General, weight: 1}
    bands:
      - {min: 50, name: good}
      - {min: 0, name: poor}
    risk:
      points: {low: 10, medium: 20, high: 40}
      bands: [{min: 1, name: some}, {min: 0, name: none}]
    sources:
      act: {title: Test Act, url: "https://example.org/act"}
    sanctions:
      fine-1:
        code: CAO
        article: "1"
        title: A fine
        versions:
          - {from: 2020-01-01, legal_entity: {fine_mci: 10}}
    mci:
      values:
        - {from: 2020-01-01, value: 1000}
        - {from: 2021-01-01, value: 2000}
    calendar:
      weekend: [saturday, sunday]
      years: {from: 2020, to: 2022}
      holidays:
        - {name: New Year, month: 1, day: 1, carry_over: true, from: 2020-01-01}
    facts:
      org.size: {type: integer, description: Size}
      org.kind: {type: enum, values: [alpha, beta], description: Kind}
      org.flag: {type: bool, description: Flag}
      org.other: {type: bool, description: Other flag}
      org.amount: {type: money, description: Amount}
      org.ratio: {type: decimal, description: Ratio}
      org.founded: {type: date, description: Founded}
      org.name: {type: string, description: Name}
      items:
        type: list
        description: Items
        fields:
          when: {type: date}
          ok: {type: bool}
          n: {type: integer}
    parameters:
      limit:
        description: A dated limit
        values:
          - {from: 2020-01-01, value: 10}
          - {from: 2021-01-01, value: 20}
      names:
        description: A list
        values:
          - {from: 2020-01-01, value: [a, b]}

    """

private let cases = [
    "case: {id: a, title: A, as_of: 2021-06-01}\nfacts:\n  org: {size: 5, kind: alpha, flag: true, other: false, amount: 100, ratio: 0.5, founded: 2020-02-29, name: x}\n  items:\n    - {when: 2021-01-01, ok: true, n: 3}\n    - {when: 2021-12-31, ok: false, n: -3}\n",
    "case: {id: b, title: B, as_of: 9999-12-31}\nfacts:\n  org: {size: -9223372036854775808, amount: 1e308, ratio: -1e308, founded: 0001-01-01}\n  items:\n    - {when: 9999-12-31, n: 9223372036854775807}\n",
    "case: {id: c, title: C, as_of: 2022-01-01}\nfacts:\n  org: {size: 9223372036854775807, founded: 9999-12-31}\n",
]

private let directory: String = {
    let path = NSTemporaryDirectory() + "civiclex-fuzz-expression-\(getpid())"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try! base.write(toFile: path + "/base.yaml", atomically: false, encoding: .utf8)
    return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size <= 4096 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // A literal block keeps the text verbatim (no YAML quoting to get right).
    let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n")
    let rules = """
        rules:
          - id: R-1
            title: Fuzzed
            area: general
            in_force: {from: 2020-01-01}
            violation: |-
        \(indented)
            severity: high
            message: |-
        \(text.split(separator: "\n", omittingEmptySubsequences: false).map { "      {" + $0 + "}" }.joined(separator: "\n"))
            citation: {ref: act}
            sanctions: [fine-1]

        """
    let rulesPath = directory + "/rules.yaml"
    guard FileManager.default.createFile(atPath: rulesPath, contents: Data(rules.utf8)) else { fatalError("cannot write \(rulesPath)") }
    do {
        let law = try LawLoader.load(directory: directory)
        let evaluator = Evaluator(law: law)
        for caseText in cases {
            let scenario = try CaseLoader(law: law).load(text: caseText, path: "case.yaml")
            let assessment = evaluator.assess(scenario, trace: true)
            _ = TextReport.render(assessment, law: law)
            _ = JSONReport.render(assessment, law: law)
        }
    } catch {
        _ = error.description
    }
    return 0
}
