import Foundation
import Testing

/// Help texts and one report compared byte for byte with `Tests/CLITests/Golden/`.
/// Regenerate with `bash scripts/update-golden.sh` and review the diff.
@Suite(.serialized) struct GoldenFiles {
    static let directory = CLI.root.appendingPathComponent("Tests/CLITests/Golden")

    static var entries: [(name: String, arguments: [String])] {
        let index = (try? String(contentsOf: directory.appendingPathComponent("INDEX"), encoding: .utf8)) ?? ""
        return index.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            return (parts[0], parts[1].split(separator: " ").map(String.init))
        }
    }

    @Test func theIndexListsHelpAndReports() {
        #expect(Self.entries.count >= 5)
    }

    @Test(arguments: GoldenFiles.entries.map(\.name))
    func outputMatchesItsGoldenFile(_ name: String) throws {
        let arguments = try #require(Self.entries.first { $0.name == name }).arguments
        let result = try InstallCLITests.run(CLI.executable, arguments, in: CLI.root, environment: ["SOURCE_DATE_EPOCH": "1767225600", "COLUMNS": "80"])
        let golden = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
        #expect(result.stdout == golden, "civiclex \(arguments.joined(separator: " ")) differs from Golden/\(name): run scripts/update-golden.sh and review the diff")
    }
}
