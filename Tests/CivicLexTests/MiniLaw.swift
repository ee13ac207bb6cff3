import CivicLex
import Foundation

/// A small self-contained rule set for exercising the expression language and evaluator
/// without depending on the Kazakhstan content.
enum MiniLaw {
    static let base = """
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
          org.size: {type: integer, min: 0, description: Size}
          org.kind: {type: enum, values: [alpha, beta], description: Kind}
          org.flag: {type: bool, description: Flag}
          org.other: {type: bool, description: Other flag}
          org.amount: {type: money, description: Amount}
          items:
            type: list
            description: Items
            fields:
              when: {type: date}
              ok: {type: bool}
        parameters:
          limit:
            description: A dated limit
            values:
              - {from: 2020-01-01, value: 10}
              - {from: 2021-01-01, value: 20}
        """

    /// Builds the mini law plus `rules` (a YAML list under `rules:`), returning its directory.
    static func directory(rules: String, extra: String = "") throws -> String {
        try temporaryDirectory(["base.yaml": base, "rules.yaml": "rules:\n" + rules, "extra.yaml": extra.isEmpty ? "law: {}\n" : extra])
    }

    static func load(rules: String) throws -> Law {
        try LawLoader.load(directory: directory(rules: rules))
    }

    /// One rule over the whole case with the given violation expression.
    static func rule(_ violation: String, id: String = "R-1", extra: String = "") -> String {
        """
          - id: \(id)
            title: Test rule
            area: general
            in_force: {from: 2020-01-01}
            violation: \(violation)
            severity: high
            message: "violated"
            citation: {ref: act, article: "1"}
            sanctions: [fine-1]
        \(extra)
        """
    }

    static func assess(_ law: Law, facts: String, asOf: String = "2021-06-01") throws -> Assessment {
        let text = "case: {id: t, title: T, as_of: \(asOf)}\nfacts:\n" + facts
        let scenario = try CaseLoader(law: law).load(text: text, path: "t.yaml")
        return Evaluator(law: law).assess(scenario)
    }
}
