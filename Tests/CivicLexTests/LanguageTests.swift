import CivicLex
import Foundation
import Testing
import YAMLSource

/// A copy of the bundled rules (with amendments/) plus `files` (relative path -> contents).
func rulesCopy(adding files: [String: String]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-lang-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: bundledRulesPath, toPath: directory.path)
    // The language texts under test are the only ones in the copy.
    try? FileManager.default.removeItem(at: directory.appendingPathComponent("lang"))
    for (name, contents) in files {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }
    return directory.path
}

let russianCatalogue = repositoryRoot.appendingPathComponent("Rules/lang/ru.yaml").path

@Suite struct LanguageTests {
    @Test func russianConventionsForAmountsDatesAndCounts() throws {
        let russian = ReportLanguage(messages: try Messages.load(path: russianCatalogue, code: "ru"), texts: nil)
        #expect(russian.money(12_000_000) == "12\u{202F}000\u{202F}000 тенге")
        #expect(russian.score(24.5) == "24,5")
        #expect(russian.date(Day(iso: "2024-04-26")!) == "26.04.2024")
        let forms = [1, 2, 5, 11, 21, 22, 25, 112].map { russian.messages.plural("assess.counts", count: $0, ["count": String($0), "undetermined": "0"]) }
        #expect(forms.map { $0.split(separator: ",")[0] } == [
            "1 нарушение", "2 нарушения", "5 нарушений", "11 нарушений", "21 нарушение", "22 нарушения", "25 нарушений", "112 нарушений",
        ])
        // English stays as it always was.
        #expect(ReportLanguage.english.money(12_000_000) == "12,000,000 KZT")
        #expect(ReportLanguage.english.date(Day(iso: "2024-04-26")!) == "2024-04-26")
    }

    @Test func theRussianCatalogueHasEveryKey() throws {
        #expect(try Messages.load(path: russianCatalogue, code: "ru").missingKeys == [])
    }

    @Test func anUnknownCatalogueKeyIsLocatedWithASuggestion() throws {
        let directory = try temporaryDirectory(["xx.yaml": "language: xx\nmessages:\n  assess.titel: \"{title}\"\n  assess.risk: \"{scroe}\"\n"])
        #expect(throws: DiagnosticList.self) { try Messages.load(path: directory + "/xx.yaml", code: "xx") }
        do {
            _ = try Messages.load(path: directory + "/xx.yaml", code: "xx")
        } catch {
            let messages = error.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" }
            #expect(messages.contains("3:3 unknown message `assess.titel`; did you mean `assess.title`?"))
            #expect(messages.contains { $0.hasPrefix("4:16 `assess.risk` has no placeholder `{scroe}`") })
        }
    }

    @Test func lawTextsRenderTheRuleInItsLanguage() throws {
        let directory = try rulesCopy(adding: [
            "lang/ru/rules.yaml": """
            rules:
              KZ-REG-001:
                title: "Коллективная деятельность без государственной регистрации"
                message: "Группа действует без регистрации (форма: {org.legal_form})."
                remedy: "Приостановить коллективную деятельность до регистрации."
            areas:
              registration: {title: "Регистрация"}
            bands:
              repressed: "подавляемое"
            """,
        ])
        let law = try LawLoader.load(directory: directory)
        let texts = try LawTexts.load(for: law, code: "ru")
        let rule = try #require(law.rule("KZ-REG-001"))
        #expect(texts.rule(rule)?.title == "Коллективная деятельность без государственной регистрации")
        let language = ReportLanguage(messages: try Messages.load(path: russianCatalogue, code: "ru"), texts: texts)
        #expect(language.areaTitle("registration", "Registration") == "Регистрация")
        #expect(language.band("repressed") == "подавляемое")
        // An entry without a text falls back to English.
        #expect(language.areaTitle("funding", "Foreign-funding reporting") == "Foreign-funding reporting")
        // Every other entry is reported missing, at the English entry.
        let missing = texts.missingEntries(in: law)
        #expect(!missing.contains { $0.message.contains("`KZ-REG-001`") })
        let lines = try String(contentsOfFile: directory + "/registration.yaml", encoding: .utf8).components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasSuffix("- id: KZ-REG-002") }) + 1
        #expect(missing.contains { $0.message.hasPrefix("rule `KZ-REG-002` has no text in language `ru`") && $0.path.hasSuffix("registration.yaml") && $0.location?.line == line })
    }

    @Test func aTemplateInAnotherLanguageIsTypeCheckedAgainstItsRule() throws {
        let directory = try rulesCopy(adding: [
            "lang/ru/rules.yaml": """
            rules:
              KZ-REG-001:
                message: "Группа: {org.legal_fom}."
              KZ-REG-01:
                title: "Нет такого правила"
            sanctions:
              cao-488-1: {titel: "x"}
            """,
        ])
        let law = try LawLoader.load(directory: directory)
        do {
            _ = try LawTexts.load(for: law, code: "ru")
            Issue.record("a misspelt fact in a Russian template must not load")
        } catch {
            let messages = error.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" }
            #expect(messages.contains { $0.hasPrefix("3:24 unknown fact `org.legal_fom`") })
            #expect(messages.contains { $0.hasPrefix("4:3 unknown rule `KZ-REG-01`; did you mean") })
            #expect(messages.contains("7:15 unknown key `titel`; did you mean `title`?"))
        }
    }
}
