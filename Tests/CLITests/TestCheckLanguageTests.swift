import Foundation
import Testing

/// `test` and `check` with `--lang ru`: every line they print to standard output is Russian
/// (paths, ids and the `expect:` key aside), with the counts in the right plural form.
@Suite struct TestCheckLanguageTests {
    /// The English words `test` and `check` printed before they spoke Russian.
    static let englishWords = [
        "PASS", "FAIL", "SKIP", "ERROR", "passed", "failed", "without expectations", "no expect: block",
        "Rule coverage", "violation", "compliance", " yes", " NO", "coverage", "rules fully covered", "required",
        ": ok (", " facts", " sources", " parameters", " rules", " sanctions", " indicators", "proposal",
        "checked against it", "marked", "partly", "unverified", "sanction part", " of 20",
    ]

    /// The text without its paths (a case may be called `media-coverage-….yaml`).
    static func withoutPaths(_ text: String) -> String {
        text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: false).filter { !$0.contains("/") }.joined(separator: " ") }.joined(separator: "\n")
    }

    /// Latin words left once paths, ids, fact paths, code spans and URLs are taken out.
    static func latinWords(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == ")" || $0 == "," || $0 == ":" }).map(String.init).filter { token in
            guard token.contains(where: { $0.isASCII && $0.isLetter }) else { return false }
            if token.contains(where: { "/.-_`[]".contains($0) || $0.isNumber }) { return false }
            return token != "expect" && token != "CivicLex"
        }
    }

    @Test func theBundledCasesAreTestedInRussian() throws {
        let result = try CLI.run(["test", "--lang", "ru", "--coverage", "--min-coverage", "100", "Cases"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("ПРОЙДЕНО    Cases/assembly/rally-late-notice-2024.yaml"))
        #expect(lines.contains("Покрытие правил (нарушение / соблюдение показано хотя бы одним делом):"))
        #expect(lines.contains("  KZ-ASM-003     нарушение да   соблюдение да "))
        #expect(lines.contains { $0.range(of: #"^покрытие: полностью покрыто (\d+) из \1 правил(а)? \(100 %\)$"#, options: .regularExpression) != nil })
        #expect(lines.last?.range(of: #"^Пройдено: \d+, не пройдено: 0$"#, options: .regularExpression) != nil)
        for word in Self.englishWords { #expect(!Self.withoutPaths(result.stdout).contains(word), "English `\(word)` in test --lang ru") }
        #expect(Self.latinWords(result.stdout) == [])
    }

    @Test func failuresSkipsAndErrorsAreCountedInRussianPlurals() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-test-ru-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOf: CLI.root.appendingPathComponent("Cases/assembly/rally-late-notice-2024.yaml"), encoding: .utf8)
        let withoutExpectations = String(text[..<text.range(of: "expect:")!.lowerBound])
        try withoutExpectations.write(to: directory.appendingPathComponent("a-no-expect.yaml"), atomically: true, encoding: .utf8)
        try withoutExpectations.write(to: directory.appendingPathComponent("b-no-expect.yaml"), atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "violations: [KZ-ASM-003]", with: "violations: [KZ-ASM-004]")
            .write(to: directory.appendingPathComponent("c-fails.yaml"), atomically: true, encoding: .utf8)
        try "case: [\n".write(to: directory.appendingPathComponent("d-broken.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["test", "--lang", "ru", directory.path])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("ПРОПУЩЕНО   \(directory.path)/a-no-expect.yaml (нет блока expect:)"))
        #expect(lines.contains("НЕ ПРОЙДЕНО \(directory.path)/c-fails.yaml"))
        #expect(lines.contains("ОШИБКА      \(directory.path)/d-broken.yaml"))
        #expect(lines.last == "Пройдено: 0, не пройдено: 1, 1 ошибка, 2 дела без блока expect:")
        for word in Self.englishWords { #expect(!Self.withoutPaths(result.stdout).contains(word), "English `\(word)` in test --lang ru") }
        // English is as it was.
        let english = try CLI.run(["test", directory.path])
        #expect(english.stdout.split(separator: "\n").last == "0 passed, 1 failed, 1 error, 2 without expectations")
        #expect(english.stdout.contains("SKIP  \(directory.path)/a-no-expect.yaml (no expect: block)\n"))
    }

    @Test func theRuleSetCheckIsReportedInRussian() throws {
        for arguments in [["check", "--lang", "ru"], ["check", "--lang", "ru", "--strict"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let noun = #"\d+ (факт|источник|параметр|правил|санкци|индикатор)[а-я]*"#
            #expect(lines.first?.range(of: #"Rules/kz: в порядке \(Казахстан \(правовая среда НКО\) [0-9.]+ от \d\d\.\d\d\.\d{4}\): "# + noun, options: .regularExpression) != nil)
            #expect(lines.first?.components(separatedBy: ", ").count == 6)
            #expect(lines.contains { $0.range(of: #"^\d+ предложени(е|я|й) о поправках проверен(о|ы) на этом наборе правил$"#, options: .regularExpression) != nil })
            #expect(lines.contains { $0.range(of: #"^\d+ правил(о|а)? с пометкой «частично проверено» или «не проверено»$"#, options: .regularExpression) != nil })
            #expect(lines.contains { $0.range(of: #"^\d+ част(ь|и|ей) стат(ьи|ей) об ответственности с пометкой «частично проверено» или «не проверено»: [a-z0-9-]+"#, options: .regularExpression) != nil })
            for word in Self.englishWords { #expect(!Self.withoutPaths(result.stdout).contains(word), "English `\(word)` in check --lang ru") }
            #expect(Self.latinWords(result.stdout) == [])
        }
    }

    /// The Russian plural forms: 1 and 21 one form, 2–4 and 22 another, 5–20 a third.
    @Test(arguments: [(1, "1 ошибка"), (2, "2 ошибки"), (5, "5 ошибок"), (11, "11 ошибок"), (21, "21 ошибка"), (22, "22 ошибки")])
    func countsAgreeWithTheirNumber(count: Int, expected: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-test-ru-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<count {
            try "case: [\n".write(to: directory.appendingPathComponent("broken-\(index).yaml"), atomically: true, encoding: .utf8)
        }
        let result = try CLI.run(["test", "--lang", "ru", directory.path])
        #expect(result.status == 2)
        #expect(result.stdout.split(separator: "\n").last.map(String.init) == "Пройдено: 0, не пройдено: 0, " + expected)
    }
}
