import Foundation
import Testing

/// `civiclex calendar` writes pending deadlines as a VCALENDAR a strict parser accepts.
@Suite struct CalendarCommandTests {
    static let cases = [
        "Cases/assembly/asm-planned-rally-not-yet-notified-2025.yaml",  // one: the rally's last safe day
        "Cases/funding/ff-notice-on-time-nauryz-carryover-2025.yaml",   // two: notification and quarterly report
        "Cases/assembly/rally-late-notice-2024.yaml",                   // none: a past breach is no deadline
    ]

    @Test func writesOneEventPerPendingDeadline() throws {
        let directory = try CLI.temporaryDirectory([:])
        let output = directory.appendingPathComponent("deadlines.ics").path
        let result = try CLI.run(["calendar", "--output", output] + Self.cases)
        #expect(result.status == 0)
        #expect(result.stderr.contains("3 deadlines written to"))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let (calendar, folded) = try ICalendarParser.parse(text)
        #expect(calendar.values("VERSION") == ["2.0"])
        #expect(calendar.values("PRODID").count == 1)
        let events = calendar.children.filter { $0.name == "VEVENT" }
        #expect(events.count == 3)
        #expect(calendar.children.count == 3)
        #expect(events.flatMap { $0.values("DTSTART") } == ["20250530", "20250612", "20250815"])
        #expect(events.allSatisfy { $0.property("DTSTART")?.parameters["VALUE"] == "DATE" })
        #expect(Set(events.flatMap { $0.values("UID") }).count == 3)
        for event in events {
            #expect(event.values("UID").count == 1)
            let stamp = try #require(event.values("DTSTAMP").first)
            #expect(stamp.count == 16 && stamp.hasSuffix("Z") && stamp.dropFirst(8).first == "T")
        }
        #expect(folded > 0, "long descriptions must be folded")
        let rally = try ICalendarParser.text(try #require(events[1].values("DESCRIPTION").first))
        #expect(rally.hasPrefix("KZ-ASM-203 Planned assembly with no notification or application registered yet [assemblies[1]]\nDue: 2025-06-12 (last day)\n"))
        #expect(rally.contains("Law: Law on the Procedure for Organizing and Holding Peaceful Assemblies (No. 333-VI), art. 10 para. 1\n"))
        #expect(rally.contains("To do: Register the notification with the akimat no later than 2025-06-12"))
        let summary = try ICalendarParser.text(try #require(events[0].values("SUMMARY").first))
        #expect(summary.hasPrefix("Due: KZ-FF-001 Foreign receipt not notified within the deadline [foreign_receipts[2]]"))
    }

    @Test func foldsMultibyteTextWithoutSplittingCharacters() throws {
        let directory = try CLI.temporaryDirectory(["case.yaml": """
            case:
              id: russian-title
              title: "Митинг «За чистый воздух» — уведомление ещё не подано, срок: 12 июня; см. ст. 10"
              as_of: 2025-06-02
            facts:
              org: {legal_form: public_association, registered: true}
              assemblies:
                - {form: rally, date: 2025-06-20, filing: none, organiser: registered_legal_entity, held: false}
            """])
        let result = try CLI.run(["calendar", directory.appendingPathComponent("case.yaml").path])
        #expect(result.status == 0)
        let (calendar, folded) = try ICalendarParser.parse(result.stdout)
        #expect(folded > 0)
        let event = try #require(calendar.children.first)
        let summary = try ICalendarParser.text(try #require(event.values("SUMMARY").first))
        #expect(summary.hasSuffix("(Митинг «За чистый воздух» — уведомление ещё не подано, срок: 12 июня; см. ст. 10)"))
    }

    @Test func aCaseWithNothingPendingGivesAnEmptyCalendar() throws {
        let result = try CLI.run(["calendar", "Cases/assembly/rally-late-notice-2024.yaml"])
        #expect(result.status == 0)
        let (calendar, _) = try ICalendarParser.parse(result.stdout)
        #expect(calendar.children.isEmpty)
    }

    @Test func anUnreadableCaseExitsTwoAfterWritingTheOthers() throws {
        let result = try CLI.run(["calendar", "Cases/assembly/asm-planned-rally-not-yet-notified-2025.yaml", "no-such-case.yaml"])
        #expect(result.status == 2)
        let (calendar, _) = try ICalendarParser.parse(result.stdout)
        #expect(calendar.children.count == 1)
    }
}
