import Foundation
import Testing

/// `--output -` is standard output, as in most Unix tools, not a file called `-`.
struct OutputDashTests {
    static let caseFile = CLI.root.appendingPathComponent("Cases/assembly/rally-late-notice-2024.yaml").path

    @Test(arguments: [
        ["score", "--quiet", "--format", "csv", caseFile],
        ["compare", "--format", "csv", "--from", "2020-01-01", "--to", "2024-01-01", caseFile],
        ["timeline", "--format", "text", caseFile],
        ["calendar", caseFile],
    ])
    func dashIsStandardOutputNotAFileCalledDash(command: [String]) throws {
        let directory = try CLI.temporaryDirectory([:])
        let plain = try CLI.run(command, in: directory)
        let dashed = try CLI.run(command + ["--output", "-"], in: directory)
        #expect(dashed.status == 0, "\(dashed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("-").path))
        #expect(!dashed.stdout.isEmpty)
        #expect(!dashed.stderr.contains("written to"))
        // The calendar stamps the time of the run; everything else is the same report.
        let stamp = /DTSTAMP:[0-9TZ]+/
        #expect(dashed.stdout.replacing(stamp, with: "") == plain.stdout.replacing(stamp, with: ""))
    }

    @Test func aFileCalledDashIsWrittenAsDotSlashDash() throws {
        let directory = try CLI.temporaryDirectory([:])
        let result = try CLI.run(["score", "--quiet", "--format", "csv", "--output", "./-", Self.caseFile], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: directory.appendingPathComponent("-"), encoding: .utf8)
        #expect(written.contains("rally-late-notice-2024"))
    }

    @Test(arguments: ["score", "compare", "timeline", "calendar"])
    func theHelpSaysSo(command: String) throws {
        let help = try CLI.run(["help", command])
        #expect(help.stdout.contains("(`-`: standard output)"), "\(help.stdout)")
    }
}
