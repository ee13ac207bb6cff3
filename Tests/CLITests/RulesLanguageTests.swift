import Foundation
import Testing

/// `rules --lang ru`: titles, statuses, dates, citations and headings in Russian, and the
/// English text wherever a Russian one is missing.
@Suite struct RulesLanguageTests {
    @Test func rulesListIsInRussian() throws {
        let result = try CLI.run(["rules", "--lang", "ru", "--area", "assembly"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true && lines.first?.hasSuffix("НАЗВАНИЕ / НОРМА") == true)
        let row = try #require(lines.firstIndex { $0.hasPrefix("KZ-ASM-003 ") })
        #expect(lines[row].contains("частично проверено"))
        #expect(lines[row].contains("06.06.2020 …"))
        #expect(lines[row].hasSuffix("Уведомление о собрании, митинге или пикетировании подано с нарушением срока"))
        #expect(lines[row + 1].hasSuffix("«О порядке организации и проведения мирных собраний в Республике Казахстан», ст. 10 п. 1"))
        #expect(lines.last?.range(of: #"^\d+ правил(о|а)?( \(\d+ верси(я|и|й)\))?$"#, options: .regularExpression) != nil)
    }

    @Test func oneRuleIsShownInRussian() throws {
        let result = try CLI.run(["rules", "--lang", "ru", "KZ-ASM-003"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("KZ-ASM-003 Уведомление о собрании, митинге или пикетировании подано с нарушением срока\n"))
        #expect(result.stdout.contains("\n  область: Мирные собрания (assembly); значимость: высокая; статус: частично проверено\n"))
        #expect(result.stdout.contains("\n  действует: с 06.06.2020 по настоящее время\n"))
        #expect(result.stdout.contains("\n  норма: Закон Республики Казахстан от 25 мая 2020 года № 333-VI «О порядке организации и проведения мирных собраний в Республике Казахстан», ст. 10 п. 1 — https://adilet.zan.kz/rus/docs/Z2000000333\n"))
        #expect(result.stdout.contains("\n    КоАП ст. 488 ч. 7 (cao-488-7) для: организатор, если "))
        #expect(result.stdout.contains("\n  примечание: CivicLex считает полные рабочие дни"))
    }

    @Test func aRuleWithoutARussianTextIsShownInEnglish() throws {
        let rules = try LanguageCLITests.rules(with: [:])
        let result = try CLI.run(["rules", "--lang", "ru", "--rules", rules.path, "KZ-ASM-003"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("KZ-ASM-003 Notification"))
        #expect(result.stdout.contains("\n  действует: с 06.06.2020 по настоящее время\n"))
        let listing = try CLI.run(["rules", "--lang", "ru", "--rules", rules.path, "--area", "assembly"])
        #expect(listing.stdout.contains { $0 == "…" })
        #expect(listing.stdout.split(separator: "\n").contains { $0.hasPrefix("KZ-ASM-003 ") && $0.contains("Notification") })
    }
}
