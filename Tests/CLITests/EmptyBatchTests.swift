import Foundation
import Testing

/// A batch that finds no case file: `test` fails (a CI job that tests nothing must not pass);
/// `score` and `compare` warn and still write their header-only report.
struct EmptyBatchTests {
    /// A directory with a subdirectory and a file that is not a case, but no case file.
    func emptyBatch() throws -> String {
        let directory = try CLI.temporaryDirectory(["notes.txt": "not a case\n"])
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        return directory.path
    }

    @Test func testWithNoCaseFilesIsAnError() throws {
        let directory = try emptyBatch()
        let result = try CLI.run(["test", directory])
        #expect(result.status == 2)
        #expect(result.stderr == "error: no case files found in \(directory) (nothing to test)\n")
    }

    @Test func testOfAnEmptyListOnStandardInputIsAnError() throws {
        let result = try CLI.run(["test", "-"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr == "error: no case files found in standard input (nothing to test)\n")
    }

    @Test func testOfAnEmptyDefaultCasesDirectoryIsAnError() throws {
        let directory = try CLI.temporaryDirectory([:])
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("Cases"), withIntermediateDirectories: true)
        let result = try CLI.run(["test"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr == "civiclex test: no path given; reading ./Cases\nerror: no case files found in Cases (nothing to test)\n")
    }

    @Test func testOfOneEmptyAndOneFullDirectoryPasses() throws {
        let result = try CLI.run(["test", "--quiet", try emptyBatch(), "Cases/assembly"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("no case files"))
    }

    @Test func scoreWarnsAndWritesTheHeader() throws {
        let directory = try emptyBatch()
        let result = try CLI.run(["score", "--quiet", "--format", "csv", directory])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("path,case,status,"))
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stderr == "warning: no case files found in \(directory) (nothing to score)\n")
        let listed = try CLI.run(["score", "--quiet", "--format", "csv", "-"], stdin: "\n")
        #expect(listed.status == 0)
        #expect(listed.stderr == "warning: no case files found in standard input (nothing to score)\n")
    }

    @Test func compareWarnsAndWritesTheReport() throws {
        let directory = try emptyBatch()
        let result = try CLI.run(["compare", "--format", "csv", "--from", "2020-01-01", "--to", "2024-01-01", directory])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: no case files found in \(directory) (nothing to compare)\n")
    }

    @Test func aMissingPathIsAnErrorNotAnEmptyBatch() throws {
        let result = try CLI.run(["score", "--quiet", "--format", "csv", "no-such-directory"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("no case files"))
    }
}
