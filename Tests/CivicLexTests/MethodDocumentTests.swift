import CivicLex
import Foundation
import Testing

/// docs/method.md publishes the indicator table an EU delegation would defend; it must say
/// what the rule files do: the same ids, areas, weights, standards and 30 June 2024 grades.
@Suite struct MethodDocumentTests {
    struct Row {
        let id, area, weight, standard, grade2024: String
    }

    /// The rows of the indicator table (`| IND-… | area | weight | title | standard | grades | 2024 |`).
    static func tableRows() throws -> [Row] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/method.md"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("| IND-") }.map { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            return Row(id: cells[0], area: cells[1], weight: cells[2], standard: cells[4], grade2024: cells.count > 6 ? cells[6] : "")
        }
    }

    @Test func tableListsExactlyTheIndicatorsOfTheRules() throws {
        let rows = try Self.tableRows()
        #expect(rows.map(\.id) == bundledLaw.indicators.map(\.id))
    }

    @Test func tableAreasWeightsAndStandardsMatchTheRules() throws {
        let rows = Dictionary(try Self.tableRows().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for indicator in bundledLaw.indicators {
            let row = try #require(rows[indicator.id], "\(indicator.id) missing from docs/method.md")
            #expect(row.area == indicator.area, "\(indicator.id)")
            #expect(Double(row.weight) == indicator.weight, "\(indicator.id)")
            #expect(row.standard == indicator.standard, "\(indicator.id)")
        }
    }

    @Test func tableGradesOnThirtyJune2024MatchTheEvaluation() throws {
        let score = Evaluator(law: bundledLaw).enablingEnvironment(on: try #require(Day(iso: "2024-06-30")))
        let grades = Dictionary(score.areas.flatMap(\.indicators).map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        for row in try Self.tableRows() {
            let value = try #require(grades[row.id])
            if let value {
                let published = try #require(Double(row.grade2024), "\(row.id): `\(row.grade2024)`")
                #expect(abs(published - value) < 0.0005, "\(row.id): document \(row.grade2024), rules \(value)")
            } else {
                #expect(row.grade2024 == "n/a", "\(row.id)")
            }
        }
    }

    @Test func documentNamesEveryAreaOfTheRules() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/method.md"), encoding: .utf8)
        for area in bundledLaw.areas { #expect(text.contains("`\(area.id)`"), "\(area.id)") }
    }
}
