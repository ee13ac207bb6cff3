import Foundation
import Testing

/// `score` holds warnings in memory while standard error is a pipe or file: what arrives must
/// still be every case's warnings, whole and in input order, also when the run fails.
@Suite(.serialized) struct ScoreWarningsTests {
    /// 400 copies of four synthetic cases (one without warnings): well over the 64 KB held at
    /// once, scored on two lanes.
    @Test func warningsOfManyCasesArriveCompleteAndInOrder() throws {
        let sources = (0..<4).map { "Tests/Fixtures/synthetic/case-000000\($0).yaml" }
        let texts = try sources.map { try String(contentsOf: CLI.root.appendingPathComponent($0), encoding: .utf8) }
        // Each case's warnings on its own, from a run of that one file.
        let blocks = try sources.map { source in
            let single = try CLI.run(["score", "--quiet", "--format", "csv", source])
            #expect(single.status == 0, "\(single.stderr)")
            return single.stderr
        }
        #expect(blocks.filter { $0.contains(": warning: ") }.count == 3)
        var files: [String: String] = [:]
        var paths: [String] = []
        for copy in 0..<400 {
            let name = String(format: "copy-%03d/case.yaml", copy)
            files[name] = texts[copy % 4]
            paths.append(name)
        }
        let directory = try CLI.temporaryDirectory(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        var expected = ""
        for (copy, path) in paths.enumerated() {
            expected += blocks[copy % 4].replacingOccurrences(of: sources[copy % 4], with: directory.appendingPathComponent(path).path)
        }
        #expect(expected.utf8.count > 1 << 17)
        let list = paths.map { directory.appendingPathComponent($0).path }.joined(separator: "\n") + "\n"
        for failOn in ["never", "low"] {
            let result = try CLI.run(["score", "--quiet", "--format", "csv", "--jobs", "2", "--fail-on", failOn, "-"], stdin: list)
            #expect(result.status == (failOn == "low" ? 1 : 0))
            #expect(result.stdout.split(separator: "\n").count == 401)
            #expect(result.stderr == expected)
        }
    }
}
