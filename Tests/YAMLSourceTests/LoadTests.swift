import Foundation
import Testing
@testable import YAMLSource

@Suite("Loading files")
struct LoadTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yamlsource-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func loadsAFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("case.yaml").path
        try Data("name: Example\nitems: [1, 2]\n".utf8).write(to: URL(fileURLWithPath: path))
        let (file, root) = try YAMLReader.load(path: path)
        #expect(file.path == path)
        #expect(file.line(2) == "items: [1, 2]")
        #expect(root?.mapping?["items"]?.sequence?.items.count == 2)
    }

    @Test func emptyFileIsNil() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("empty.yaml").path
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(try YAMLReader.load(path: path).root == nil)
    }

    @Test func directoryGivesACleanDiagnostic() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try YAMLReader.load(path: dir.path)
            Issue.record("loading a directory succeeded")
        } catch {
            #expect(error.location == nil)
            #expect(error.path == dir.path)
            #expect(error.message == "is a directory, not a YAML file")
            #expect(error.rendered() == "\(dir.path): error: is a directory, not a YAML file")
        }
    }

    @Test func missingFileGivesACleanDiagnostic() {
        do {
            _ = try YAMLReader.load(path: "/nonexistent/dir/case.yaml")
            Issue.record("loading a missing file succeeded")
        } catch {
            #expect(error.location == nil)
            #expect(error.message == "cannot open file: No such file or directory")
        }
    }

    @Test func oversizedFileIsRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.yaml").path
        try Data(repeating: UInt8(ascii: "a"), count: 100).write(to: URL(fileURLWithPath: path))
        do {
            _ = try YAMLReader.load(path: path, limits: YAMLLimits(maxBytes: 99))
            Issue.record("oversized file was accepted")
        } catch {
            #expect(error.location == nil)
            #expect(error.message == "file is too large (100 bytes; the limit is 99 bytes)")
        }
        #expect(try YAMLReader.load(path: path, limits: YAMLLimits(maxBytes: 100)).root?.scalar != nil)
    }

    @Test func invalidUTF8InAFileIsLocated() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.yaml").path
        try Data(Array("a: 1\nb: caf".utf8) + [0xE9] + Array("\n".utf8)).write(to: URL(fileURLWithPath: path))
        do {
            _ = try YAMLReader.load(path: path)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.location == loc(2, 7))
            #expect(error.message.contains("UTF-8"))
            #expect(error.sourceLine == "b: caf\u{FFFD}")
        }
    }

    @Test func byteOrderMarkIsNotPartOfTheText() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bom.yaml").path
        try Data([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)).write(to: URL(fileURLWithPath: path))
        let (file, root) = try YAMLReader.load(path: path)
        #expect(file.text == "a: 1\n")
        #expect(root?.mapping?["a"]?.scalar?.integer == 1)
    }
}
