import Foundation
import Testing

/// `check` on a copy of the bundled rules with `calendar.yaml` or `mci.yaml` left out: a
/// located warning naming the rules, an error under `--strict`.
struct MissingTableCLITests {
    func rulesWithout(_ name: String) throws -> String {
        let copy = try CLI.temporaryDirectory([:]).appendingPathComponent("kz")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Rules/kz"), to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent(name))
        return copy.path
    }

    @Test func checkWarnsAtTheFirstRuleThatCountsWorkingDays() throws {
        let rules = try rulesWithout("calendar.yaml")
        let result = try CLI.run(["check", "--rules", rules])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(rules): ok "))
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4, "\(result.stderr)")
        #expect(lines[0].hasPrefix("\(rules)/assembly-conduct.yaml:"))
        #expect(lines[0].contains(": warning: rules `KZ-"))
        #expect(lines[0].hasSuffix("more count working days, but the rule set has no `calendar` section: working days are counted as Monday to Friday with no public holidays or transferred days off"))
        #expect(lines[1].contains("- id: KZ-"))
        #expect(lines[2].hasSuffix("^"))

        let strict = try CLI.run(["check", "--strict", "--rules", rules])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains(": error: rules `KZ-"))
    }

    @Test func checkWarnsAtTheFirstSanctionInMCI() throws {
        let rules = try rulesWithout("mci.yaml")
        let result = try CLI.run(["check", "--rules", rules])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("\(rules)/sanctions.yaml:"), "\(result.stderr)")
        #expect(result.stderr.contains("more give sanctions in MCI, but the rule set has no `mci` table: fines are shown in MCI only, with no amount in tenge\n"))
    }
}
