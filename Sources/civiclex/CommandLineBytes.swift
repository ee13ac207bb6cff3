import Foundation
import YAMLSource

/// Paths as the operating system gave them, bytes and all. Swift decodes arguments and lines
/// read with `readLine` as UTF-8, replacing invalid bytes with U+FFFD, after which the path
/// names no file; these recover the bytes and carry them in ``FileName``'s escaped form.
enum CommandLineBytes {
    /// `arguments` (taken from `CommandLine.arguments`) with each one that was not valid UTF-8
    /// on the command line in its escaped form.
    static func restoringUndecodable(_ arguments: [String]) -> [String] {
        guard arguments.contains(where: { $0.contains("\u{FFFD}") }) else { return arguments }
        var escaped: [String: String] = [:]
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeRawBufferPointer(start: argument, count: strlen(argument))
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            escaped[String(decoding: bytes, as: UTF8.self)] = FileName.display(bytes)
        }
        return arguments.map { escaped[$0] ?? $0 }
    }

    /// Its own stream on descriptor 0 (the `stdin` global is not concurrency-safe to name);
    /// nothing else reads standard input through stdio.
    private nonisolated(unsafe) static let standardInput = fdopen(STDIN_FILENO, "r")

    /// The next line of standard input without its line break, as bytes; `nil` at the end.
    static func readLine() -> [UInt8]? {
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        let count = getline(&line, &capacity, standardInput)
        guard count >= 0, let line else { return nil }
        var bytes = Array(UnsafeRawBufferPointer(start: line, count: count))
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return bytes
    }
}
