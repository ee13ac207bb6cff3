import Foundation
import Testing

/// Every command that takes `--lang` refuses a language it has no catalogue for, as `assess`
/// does, whether the code comes from `--lang` or `$CIVICLEX_LANG`, and prints nothing first.
@Suite struct LanguageOnEveryCommandTests {
    static let commands: [[String]] = [
        ["assess", "Cases/assembly/rally-late-notice-2024.yaml"],
        ["rules"],
        ["rules", "KZ-ASM-003"],
        ["params"],
        ["new"],
        ["schema", "case"],
        ["calendar", "Cases/assembly/asm-planned-rally-not-yet-notified-2025.yaml"],
        ["test", "Cases/assembly"],
        ["check"],
    ]

    @Test(arguments: commands) func anUnknownLanguageIsRefused(_ command: [String]) throws {
        let byOption = try CLI.run([command[0], "--lang", "xx"] + command.dropFirst())
        let byEnvironment = try CLI.run(command, environment: ["CIVICLEX_LANG": "xx"])
        for result in [byOption, byEnvironment] {
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("error: no message catalogue for language `xx`"), "\(command)")
            #expect(result.stdout.isEmpty, "\(command)")
        }
    }

    @Test(arguments: commands) func aMalformedCodeIsRefusedWithTheSameMessageAsAssess(_ command: [String]) throws {
        let result = try CLI.run([command[0], "--lang", "r u"] + command.dropFirst())
        #expect(result.status == 64, "\(command)")
        #expect(result.stderr.contains("--lang must be a language code such as en, ru or kk, got 'r u'."), "\(command)")
    }
}
