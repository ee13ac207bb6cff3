import Foundation
import Testing

/// Reports an adviser can forward: what they say, not only that they render.
@Suite(.serialized) struct ReportCLITests {
    static let epoch = ["SOURCE_DATE_EPOCH": "1767225600"]  // 2026-01-01

    static func run(_ arguments: [String], environment: [String: String] = epoch) throws -> CLI.Result {
        try InstallCLITests.run(CLI.executable, arguments, in: CLI.root, environment: environment)
    }

    @Test func htmlAssessmentCarriesNotesStampAndNarrowLayout() throws {
        let result = try Self.run(["assess", "--format", "html", "Cases/composite/legal-aid-ngo-foreign-grants-rally-2024.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.contains("Note on this rule:</b> CivicLex counts the full working days"), "the counting convention behind 4 versus 5 days")
        #expect(html.contains("Generated on 2026-01-01 by CivicLex 0."))
        #expect(html.contains("with the rule set Kazakhstan (CSO legal environment) 2026.11 of 2026-11-29"))
        #expect(html.contains("@media (max-width:600px)"))
        #expect(html.contains("@media print"))
        #expect(html.contains("print-color-adjust:exact"))
        #expect(html.contains("name=\"viewport\""))
        #expect(!html.contains("width=\"960\""), "no fixed-width score graphic")
    }

    @Test func htmlComparisonLeadsWithChangedFindings() throws {
        let result = try Self.run(["compare", "--format", "html", "--with", "Rules/kz/amendments/proposal-notification-only-assemblies.yaml", "Cases/assembly"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        let changed = try #require(html.range(of: "<h2>Changed findings</h2>"))
        let lawScore = try #require(html.range(of: "<h2>The law's score</h2>"))
        #expect(changed.lowerBound < lawScore.lowerBound)
        #expect(html.contains("Meeting, rally, demonstration or march outside a specialised place"))
        #expect(html.contains("<b>violated → not in force</b>"))
        #expect(html.contains("(as if it had always applied)"))
        #expect(!html.contains("1900-01-01"))
        #expect(html.components(separatedBy: "The law's enabling-environment score").count == 2, "stated once")
    }

    @Test func dateComparisonIsNotCalledAmendmentImpact() throws {
        for format in ["text", "markdown", "html", "json"] {
            let result = try Self.run(["compare", "--from", "2019-12-31", "--to", "2023-06-01", "--format", format, "Cases/composite"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("Amendment impact"), "\(format)")
            #expect(result.stdout.contains("Change in the law between 2019-12-31 and 2023-06-01"), "\(format)")
        }
    }

    @Test func compareJudgesACaseByItsOwnOutcomes() throws {
        let result = try Self.run(["compare", "--format", "json", "--with", "Rules/kz/amendments/proposal-abolish-territorial-tiers.yaml", "Cases"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let cases = object?["cases"] as? [[String: Any]] ?? []
        #expect(cases.count > 40)
        for entry in cases {
            let risk = (entry["risk"] as? [String: Any])?["delta"] as? Double ?? 0
            let gained = entry["gained"] as? [[String: Any]] ?? [], lost = entry["lost"] as? [[String: Any]] ?? []
            let enabling = (entry["enabling"] as? [String: Any])?["delta"] as? Double ?? 0
            // The law's score moves for every case; that alone leaves a case unchanged.
            if risk == 0, gained.isEmpty, lost.isEmpty {
                #expect(entry["direction"] as? String == "unchanged", "\(entry["case"] ?? "") enabling \(enabling)")
            }
            // Only violations are findings gained or lost, never an undetermined outcome.
            for finding in gained + lost {
                #expect(finding["outcome"] as? String == "violation")
                #expect((finding["title"] as? String)?.isEmpty == false)
            }
        }
        let undeterminedOnly = try #require(cases.first { $0["case"] as? String == "local-association-fair-territory-unknown-2024" })
        #expect((undeterminedOnly["gained"] as? [Any])?.isEmpty == true)
        #expect((undeterminedOnly["lost"] as? [Any])?.isEmpty == true)
        #expect(undeterminedOnly["direction"] as? String == "improved", "its own risk fell with the undetermined rule gone")
        let totals = object?["totals"] as? [String: Any]
        let lostViolations = cases.reduce(0) { $0 + (($1["lost"] as? [Any])?.count ?? 0) }
        #expect(totals?["findings_lost"] as? Int == lostViolations)
        #expect(lostViolations > 0)
        #expect(totals?["worsened"] as? Int == 0)
    }

    @Test func compareTextNamesTitlesCitationsAndOutcomeWords() throws {
        let result = try Self.run(["compare", "--from", "2019-12-31", "--to", "2023-06-01", "Cases/composite/meeting-held-despite-refusal-2023.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  + KZ-ASM-006 Assembly held despite the akimat's refusal: not in force → violated"))
        #expect(lines.contains { $0.contains("Law on the Procedure for Organizing and Holding Peaceful Assemblies (No. 333-VI), art. 14 para. 1") })
        #expect(!result.stdout.contains("not_in_force"))
        #expect(lines.filter { $0.hasPrefix("The law's enabling-environment score") }.count == 1)
    }

    @Test func timelineSaysEachChangeInASentenceWithItsSource() throws {
        let result = try Self.run(["timeline", "--law", "--from", "2020-06-01", "--to", "2020-06-30", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let changes = (object?["steps"] as? [[String: Any]] ?? []).flatMap { $0["changes"] as? [[String: Any]] ?? [] }
        let rule = try #require(changes.first { ($0["text"] as? String)?.hasPrefix("Rule KZ-ASM-003 comes into force: Notification of a meeting") == true })
        #expect((rule["link"] as? String)?.hasPrefix("https://") == true)
        let texts = changes.compactMap { $0["text"] as? String }
        #expect(!texts.contains { $0.hasPrefix("param.") }, "no raw parameter assignments")
        #expect(texts.contains { $0.contains("becomes 5 working days") || $0.contains("is 5 working days") })
        let html = try Self.run(["timeline", "--law", "--format", "html"]).stdout
        #expect(html.contains("\">source</a></li>"))
    }

    @Test func explainShowsEachSubExpressionOnce() throws {
        let result = try Self.run(["explain", "--rule", "KZ-ASM-003", "Cases/sanctions/asm-repeat-organiser-2024.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        var part = "", seen = Set<String>()
        for line in result.stdout.split(separator: "\n").map(String.init) {
            if line.hasPrefix("  ") && !line.hasPrefix("    ") && line.hasSuffix(":") { part = line; continue }
            guard line.hasPrefix("    "), line.contains("  =>  ") else { continue }
            #expect(seen.insert(part + line).inserted, "repeated: \(line)")
        }
        #expect(seen.count >= 5)
    }

    @Test func scoreTableLabelsEveryColumn() throws {
        let result = try Self.run(["score", "--quiet", "Cases/assembly"])
        let header = try #require(result.stdout.split(separator: "\n").first)
        #expect(header.contains("RISK BAND"))
        #expect(header.contains("LAW BAND"))
        #expect(header.components(separatedBy: "BAND").count == 3)
    }

    @Test func jsonlRowsCarryStatusAsCSVDoes() throws {
        let directory = try CLI.temporaryDirectory(["broken.yaml": "case: {id: x}\n"])
        let result = try Self.run(["score", "--quiet", "--format", "jsonl", "Cases/funding", directory.appendingPathComponent("broken.yaml").path])
        let rows = result.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let cases = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Cases/funding").path).filter { $0.hasSuffix(".yaml") }.count
        #expect(rows.count == cases + 1)
        #expect(rows.filter { $0["status"] as? String == "ok" }.count == cases)
        #expect(rows.filter { $0["status"] as? String == "error" }.count == 1)
    }

    @Test func csvCellsThatLookLikeFormulasAreNeutralised() throws {
        var files: [String: String] = [:]
        for (name, id) in [("a", "=HYPERLINK(\"http://x\")"), ("b", "+1+1"), ("c", "-2+3"), ("d", "@SUM(A1)"), ("e", "plain-id")] {
            files["\(name).yaml"] = "case: {id: '\(id.replacingOccurrences(of: "'", with: "''"))', as_of: 2024-01-01}\nfacts: {}\n"
        }
        let directory = try CLI.temporaryDirectory(files)
        let result = try Self.run(["score", "--quiet", "--format", "csv", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",ok,"))
        #expect(result.stdout.contains(",\"'+1+1\",ok,"))
        #expect(result.stdout.contains(",\"'-2+3\",ok,"))
        #expect(result.stdout.contains(",\"'@SUM(A1)\",ok,"))
        #expect(result.stdout.contains(",plain-id,ok,"))
    }
}
