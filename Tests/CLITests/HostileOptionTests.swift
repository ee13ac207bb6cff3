import Foundation
import Testing

/// Option values and batches a user can get wrong, outside the YAML loaders: each is a clear
/// error, never a crash, a silently ignored value or a message without a file.
struct HostileOptionTests {
    static let caseFile = "Cases/assembly/rally-late-notice-2024.yaml"

    @Test(arguments: [
        ["score", "--quiet"],
        ["compare", "--from", "2020-01-01", "--to", "2024-01-01"],
    ])
    func aHugeJobCountIsAUsageErrorNotACrash(command: [String]) throws {
        let result = try CLI.run(command + ["--jobs", "9223372036854775807", Self.caseFile])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--jobs must be between 1 and 1024."))
        #expect(try CLI.run(command + ["--jobs", "1024", Self.caseFile]).status == 0)
    }
}
