import CivicLex
import Foundation
import Testing

/// A rule set without the working-day calendar or the MCI table still loads, with a warning
/// naming the rules that rely on it: their deadlines or fines would be quietly off.
@Suite struct MissingTableWarningTests {
    @Test func theBundledRulesLoadWithoutTableWarnings() {
        #expect(!bundledLaw.warnings.contains { $0.message.contains("no `calendar`") || $0.message.contains("no `mci`") })
    }

    @Test func rulesCountingWorkingDaysWithoutACalendarAreNamed() throws {
        let law = try LawLoader.load(directory: try rulesWith(["calendar.yaml": "# left out\n"]))
        let warning = try #require(law.warnings.first { $0.message.contains("no `calendar` section") })
        #expect(warning.severity == .warning)
        #expect(warning.message.hasPrefix("rules `KZ-"))
        #expect(warning.message.contains(" more count working days, but the rule set has no `calendar` section: working days are counted as Monday to Friday with no public holidays or transferred days off"))
        // It points at the first rule named, with its source line.
        let firstID = try #require(warning.message.split(separator: "`").dropFirst().first)
        #expect(warning.sourceLine?.contains("id: \(firstID)") == true)
        #expect(warning.location != nil)
    }

    @Test func sanctionsInMCIWithoutAnMCITableAreNamed() throws {
        let law = try LawLoader.load(directory: try rulesWith(["mci.yaml": "# left out\n"]))
        let warning = try #require(law.warnings.first { $0.message.contains("no `mci` table") })
        #expect(warning.message.hasSuffix("give sanctions in MCI, but the rule set has no `mci` table: fines are shown in MCI only, with no amount in tenge"))
        #expect(warning.message.contains(" more "))
        #expect(warning.path.hasSuffix("sanctions.yaml"))
        #expect(warning.sourceLine != nil)
    }

    @Test func oneRuleIsNamedAloneAndTheWarningsPointAtIt() throws {
        // The mini law without its `mci` and `calendar` sections.
        let start = try #require(MiniLaw.base.range(of: "mci:\n"))
        let end = try #require(MiniLaw.base.range(of: "facts:\n"))
        let base = MiniLaw.base.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
        let directory = try temporaryDirectory(["base.yaml": base, "rules.yaml": "rules:\n" + MiniLaw.rule("is_working_day(date_of(2021, 6, 1))")])
        let law = try LawLoader.load(directory: directory)
        #expect(law.warnings.map(\.message) == [
            "rule `R-1` counts working days, but the rule set has no `calendar` section: working days are counted as Monday to Friday with no public holidays or transferred days off",
            "rule `R-1` gives sanctions in MCI, but the rule set has no `mci` table: fines are shown in MCI only, with no amount in tenge",
        ])
        #expect(law.warnings.map(\.sourceLine) == ["  - id: R-1", "  fine-1:"])
    }
}
