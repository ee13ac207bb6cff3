import Foundation
import Testing

/// The last English words of the Russian reports: fact descriptions and `binds:` clauses in
/// `rules RULE`, reasons and trace headings in `explain`, counted units in `timeline`, and the
/// comments of `new`. Each test also names the English it replaced, so a regression shows.
@Suite struct RussianWordingTests {
    @Test func everyRuleReadsItsFactsInRussian() throws {
        let listing = try CLI.run(["rules"])
        let ids = Set(listing.stdout.split(separator: "\n").compactMap { $0.hasPrefix("KZ-") ? $0.split(separator: " ").first.map(String.init) : nil })
        #expect(ids.count > 40)
        for id in ids.sorted() {
            let result = try CLI.run(["rules", "--lang", "ru", id])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            guard let start = lines.firstIndex(of: "  читает факты:") else {
                Issue.record("\(id): no facts heading")
                continue
            }
            let facts = lines[(start + 1)...].prefix { $0.hasPrefix("    ") && !$0.hasPrefix("    param.") }
            #expect(!facts.isEmpty, "\(id)")
            for line in facts {
                // "path — kind: description": both the kind and the description are Russian.
                let described = line.components(separatedBy: " — ").dropFirst().joined(separator: " — ")
                #expect(described.range(of: #"^(одно из значений |список|логическое|целое число|число|сумма в тенге|дата|текст)[^:]*: [«А-ЯЁ`]"#, options: .regularExpression) != nil, "\(id): \(line)")
            }
            // Expressions keep their own words (`in`, `and`); the binds: line is Russian.
            for english in ["(or unstated)", "one of ", "— list:", "— bool:", "— date:", "— string:", "— integer:"] {
                #expect(!result.stdout.contains(english), "\(id): English `\(english)`")
            }
        }
    }

    @Test func bindingsAndFactsOfOneRule() throws {
        let result = try CLI.run(["rules", "--lang", "ru", "KZ-ASM-003"])
        #expect(result.stdout.contains("\n  обязывает: a.closed_premises = false (или не указано); a.event_kind = public_assembly (или не указано); a.form: одно из [meeting, rally, picket]; a.client_role: одно из [organiser, participant, foreign_participant, provider] (или не указано) (к остальным не применяется)\n"))
        #expect(result.stdout.contains("\n    assemblies[].closed_premises — логическое (true/false): Проводилось в закрытом помещении (офис, зал)."))
        #expect(result.stdout.contains("\n    assemblies[].form — одно из значений meeting, rally, picket, demonstration, march: Форма мирного собрания (Закон № 333-VI, ст. 1;"))
        // English is as it was.
        let english = try CLI.run(["rules", "KZ-ASM-003"])
        #expect(english.stdout.contains("\n  binds: a.closed_premises = false (or unstated); a.event_kind = public_assembly (or unstated); a.form in [meeting, rally, picket]; a.client_role in [organiser, participant, foreign_participant, provider] (or unstated) (anyone else: not applicable)\n"))
        #expect(english.stdout.contains("\n    assemblies[].closed_premises — bool: Held in closed premises (an office, a hall)."))
    }

    @Test func explainGivesItsReasonsAndTraceInRussian() throws {
        let outside = try CLI.run(["explain", "--lang", "ru", "--rule", "KZ-REG-001", "Cases/assembly/asm-change-not-answered-2023.yaml"])
        #expect(outside.stdout.contains("\nДело: НЕ ПРИМЕНЯЕТСЯ\n  причина: вне областей дела (assembly)\n"))
        let traced = try CLI.run(["explain", "--lang", "ru", "--rule", "KZ-ASM-003", "Cases/assembly/asm-change-not-answered-2023.yaml"])
        #expect(traced.stdout.contains("\n  обязывает:\n    a.closed_premises  =>  неизвестно\n"))
        #expect(traced.stdout.contains("\n  дата действия:\n    a.date  =>  "))
        #expect(traced.stdout.contains("\n  применяется:\n") && traced.stdout.contains("\n  нарушение:\n"))
        for english in ["outside the case's areas", "\n  binds:", "\n  at:", "\n  applies:", "\n  violation:", "=>  unknown", "binds only", "in force "] {
            #expect(!outside.stdout.contains(english) && !traced.stdout.contains(english), "English `\(english)` in explain --lang ru")
        }
        // A rule that does not bind the item, and one not in force on the act's date.
        let notBound = try CLI.run(["explain", "--lang", "ru", "--rule", "KZ-ASM-003", "Cases/assembly/asm-members-meeting-in-office-2024.yaml"])
        #expect(notBound.stdout.contains("  причина: обязывает только: a.closed_premises = false (или не указано)\n"))
        let before = try CLI.run(["explain", "--lang", "ru", "--rule", "KZ-ASM-003", "Cases/assembly/asm-meeting-with-permission-2018.yaml"])
        #expect(before.stdout.range(of: #"причина: действует с 06\.06\.2020 по настоящее время; действие оценивается по закону на \d\d\.\d\d\.\d{4}\n"#, options: .regularExpression) != nil)
        let english = try CLI.run(["explain", "--rule", "KZ-ASM-003", "Cases/assembly/asm-meeting-with-permission-2018.yaml"])
        #expect(english.stdout.range(of: #"because in force 2020-06-06 onwards; the act is judged by the law of \d{4}-\d\d-\d\d\n"#, options: .regularExpression) != nil)
    }

    @Test func countedUnitsAgreeWithTheirNumber() throws {
        let russian = try CLI.run(["timeline", "--lang", "ru", "--law", "--all", "--to", "2024-06-30"])
        #expect(russian.status == 0, "\(russian.stderr)")
        for unit in [": 2 района — ", ": 2 организации — ", ": 2 ч — ", ": 20 ч — ", ": теперь 17 регионов — "] {
            #expect(russian.stdout.contains(unit), "missing `\(unit)`")
        }
        for english in [" districts", " organisations", " hours", " regions"] {
            #expect(!russian.stdout.contains(english), "English `\(english)` in timeline --lang ru")
        }
        let english = try CLI.run(["timeline", "--law", "--all", "--to", "2024-06-30"])
        for unit in [" 2 districts", " 2 organisations", " 2 hours", " 17 regions"] { #expect(english.stdout.contains(unit), "missing `\(unit)`") }
        let params = try CLI.run(["params", "--lang", "ru", "territorial.regions"])
        #expect(params.stdout.hasPrefix("territorial.regions"))
        #expect(params.stdout.split(separator: "\n").first?.hasSuffix(" (регионов)") == true)
        // A yes-or-no value reads as a word, in params and in the rule view.
        let flag = try CLI.run(["params", "--lang", "ru", "assembly.designated_places_only"])
        #expect(flag.stdout.contains("\n  17.03.1995 …               да"))
        #expect(!flag.stdout.contains("true") && !flag.stdout.contains("false"))
        let englishFlag = try CLI.run(["params", "assembly.designated_places_only"])
        #expect(englishFlag.stdout.contains("\n  1995-03-17 …               true"))
    }

    @Test func aNewCaseIsCommentedInRussian() throws {
        let result = try CLI.run(["new", "--lang", "ru", "--areas", "assembly", "funding", "--as-of", "2024-05-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n# Новое дело для набора правил Казахстан (правовая среда НКО) "))
        #expect(result.stdout.contains("  # Мирные собрания, которые организация (или лицо) организовала или в которых\n"))
        #expect(result.stdout.contains(" Указывайте в каждом деле: правила о деятельности без регистрации"))
        for english in ["A new case", "Fill in what is known", "one of:", "true or false", "list; one item per entry", "Every case should state it", "at least", "what `civiclex test` checks", "rules you expect violated", "Peaceful assemblies"] {
            #expect(!result.stdout.contains(english), "English `\(english)` in new --lang ru")
        }
        // The skeleton still loads as printed.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-new-ru-\(UUID().uuidString).yaml")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let assessed = try CLI.run(["assess", "--lang", "ru", file.path])
        #expect(assessed.status == 0, "\(assessed.stderr)")
    }

    @Test func aFactWithoutItsRussianTextFailsTheLanguageCheck() throws {
        let directory = try LanguageCLITests.rules(with: [:])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Rules/kz/lang"), to: directory.appendingPathComponent("lang"))
        let facts = directory.appendingPathComponent("lang/ru/facts.yaml")
        let text = try String(contentsOf: facts, encoding: .utf8)
        try text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  org.name:") && !$0.hasPrefix("  assemblies[].held:") }
            .joined(separator: "\n").replacingOccurrences(of: "  media_coverage:", with: "  media_coverage[].jouranlists: {description: \"x\"}\n  media_coverage:")
            .write(to: facts, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "--lang", "ru", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: unknown fact `media_coverage[].jouranlists`; did you mean `media_coverage[].journalists`?"))
        let fixed = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  org.name:") && !$0.hasPrefix("  assemblies[].held:") }.joined(separator: "\n")
        try fixed.write(to: facts, atomically: true, encoding: .utf8)
        let missing = try CLI.run(["check", "--lang", "ru", directory.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("facts.yaml:4:3: error: fact `org.name` has no text in language `ru` (description); add it under lang/ru/"))
        #expect(missing.stderr.contains("error: fact `assemblies[].held` has no text in language `ru`"))
        // Reports fall back to the English description.
        let rule = try CLI.run(["rules", "--lang", "ru", "--rules", directory.path, "KZ-ASM-003"])
        #expect(rule.stdout.contains("\n    assemblies[].held — логическое (true/false): The assembly took place.\n"))
    }
}
