import Foundation
import Testing

/// `calendar --lang ru`: events worded with the law's Russian texts, the Russian citation form,
/// Russian dates and chrome, and folded at 75 octets without splitting a Cyrillic letter.
@Suite struct CalendarLanguageTests {
    static let rally = "Cases/assembly/asm-planned-rally-not-yet-notified-2025.yaml"

    @Test func calendarEventsAreInRussian() throws {
        let result = try CLI.run(["calendar", "--lang", "ru", Self.rally])
        #expect(result.status == 0)
        // The parser refuses a physical line over 75 octets or a fold inside a UTF-8 sequence.
        let (calendar, folded) = try ICalendarParser.parse(result.stdout)
        #expect(folded > 0)
        let event = try #require(calendar.children.first)
        #expect(event.property("SUMMARY")?.parameters["LANGUAGE"] == "ru")
        #expect(event.property("DESCRIPTION")?.parameters["LANGUAGE"] == "ru")
        let summary = try ICalendarParser.text(try #require(event.values("SUMMARY").first))
        #expect(summary.hasPrefix("Срок: KZ-ASM-203 Запланированное мирное собрание: уведомление или заявление еще не зарегистрировано [assemblies[1]] ("))
        let description = try ICalendarParser.text(try #require(event.values("DESCRIPTION").first))
        #expect(description.contains("\nСрок: 12.06.2025 (последний день)\n"))
        #expect(description.contains("\nНорма: Закон Республики Казахстан от 25 мая 2020 года № 333-VI «О порядке организации и проведения мирных собраний в Республике Казахстан», ст. 10 п. 1\n"))
        #expect(description.contains("\nЧто сделать: Зарегистрировать в акимате уведомление не позднее 12.06.2025"))
        #expect(description.contains("\nПри пропуске срока: "))
        #expect(description.contains("\n[частично проверено] CivicLex считает полные рабочие дни"))
        #expect(description.hasSuffix("), оценено на 02.06.2025"))
        #expect(!description.contains("Due:") && !description.contains("To do:"))
        // Cyrillic is two octets a letter: at least one fold falls between two of them.
        let physical = result.stdout.components(separatedBy: "\r\n")
        #expect(physical.contains { $0.hasPrefix(" ") && $0.unicodeScalars.dropFirst().first.map { (0x0400...0x04FF).contains($0.value) } == true })
    }

    @Test func theEnvironmentChoosesTheCalendarLanguageToo() throws {
        let byOption = try CLI.run(["calendar", "--lang", "ru", Self.rally])
        let byEnvironment = try CLI.run(["calendar", Self.rally], environment: ["CIVICLEX_LANG": "ru"])
        func withoutStamp(_ text: String) -> String { text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") }.joined(separator: "\r\n") }
        #expect(byEnvironment.status == 0)
        #expect(withoutStamp(byEnvironment.stdout) == withoutStamp(byOption.stdout))
    }

    @Test func theCalendarSaysWhereItWroteInRussian() throws {
        let directory = try CLI.temporaryDirectory([:])
        let output = directory.appendingPathComponent("сроки.ics").path
        let result = try CLI.run(["calendar", "--lang", "ru", "--output", output, Self.rally, "Cases/funding/ff-notice-on-time-nauryz-carryover-2025.yaml"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("3 срока записаны в \(output)"))
    }
}
