import Foundation
import Testing
@testable import YAMLSource

/// The batch path: files read into one reused buffer, and lines cut from the bytes rather
/// than from decoded text, must give exactly what the text path gives.
@Suite struct ByteSourceTests {
    /// Texts whose breaks fall at every offset of an eight-byte word, with every break libyaml
    /// counts, multi-byte characters beside them and lines longer than a word.
    static let texts: [String] = {
        var texts = [
            "", "a", "a\n", "\n\n", "\u{FEFF}a: 1\nb: 2", "\u{FEFF}\u{FEFF}x\ny", "a\r\nb\rc\u{85}d\u{2028}e\u{2029}f",
            "ключ: значение\nқазақ: тілі\r\n", "k: \u{2027}\u{2030}\u{A0}é\n", String(repeating: "long line ", count: 30) + "\nend",
        ]
        for offset in 0..<17 {
            for lineBreak in ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
                let pad = String(repeating: "x", count: offset)
                texts.append(pad + lineBreak + "é" + pad + lineBreak + pad)
            }
        }
        return texts
    }()

    @Test(arguments: texts)
    func linesCutFromBytesAreTheLinesOfTheText(_ text: String) {
        var bytes = Array(text.utf8)
        // The text as `YAMLReader.sourceFile` makes it: a leading byte-order mark left out.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let fromText = SourceFile(path: "x", text: String(decoding: bytes, as: UTF8.self))
        let fromBytes = SourceFile(path: "x", validUTF8: Array(text.utf8))
        #expect(fromBytes.text == fromText.text)
        // Asked out of order, as warnings of different checks ask.
        for number in [3, 1, 2, 5, 4, 0, 40] {
            #expect(fromBytes.line(number) == fromText.line(number), "line \(number)")
        }
    }

    @Test func aReusedBufferHoldsExactlyEachFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bytesource-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var buffer: [UInt8] = []
        for (name, size) in [("big", 70_000), ("small", 5), ("empty", 0), ("middle", 4_096)] {
            let path = directory.appendingPathComponent(name).path
            let content = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            try content.write(to: URL(fileURLWithPath: path))
            try YAMLReader.readBytes(path: path, into: &buffer)
            #expect(buffer == Array(content), "\(name)")
        }
        // A refusal keeps its message whichever way it is read.
        let missing = directory.appendingPathComponent("missing.yaml").path
        #expect(throws: Diagnostic.self) { try YAMLReader.readBytes(path: missing, into: &buffer) }
        do {
            try YAMLReader.readBytes(path: directory.path, into: &buffer)
            Issue.record("a directory was read")
        } catch {
            #expect(error.message == "is a directory, not a YAML file")
        }
    }
}
