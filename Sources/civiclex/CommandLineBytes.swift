import ArgumentParser
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

    /// Longest line taken as a path: Linux paths are at most 4,096 bytes. A longer line (say
    /// `- < /dev/zero`) would otherwise be held in memory whole, however long.
    static let maximumLineLength = 1 << 16

    /// Whether reading standard input failed or stopped at an overlong line (already reported):
    /// the run then exits 2.
    nonisolated(unsafe) private(set) static var standardInputFailed = false

    /// Read from descriptor 0 directly, in blocks; nothing else reads standard input.
    private nonisolated(unsafe) static var pending: [UInt8] = []
    private nonisolated(unsafe) static var pendingStart = 0
    private nonisolated(unsafe) static var reachedEnd = false

    /// Why standard input cannot be a list of paths (it is closed, or a directory), else `nil`.
    /// Taken first thing in `main`: once descriptor 0 is closed, the next file opened takes it.
    nonisolated(unsafe) private(set) static var standardInputProblem: String?

    static func noteStandardInput() {
        standardInputProblem = problem()
    }

    private static func problem() -> String? {
        var status = stat()
        guard fstat(STDIN_FILENO, &status) == 0 else { return "standard input is closed; there is no list of paths to read" }
        if status.st_mode & S_IFMT == S_IFDIR { return "standard input is a directory, not a list of paths" }
        return nil
    }

    /// With `-` among `arguments`, exits 2 when standard input cannot be a list of paths.
    static func requireReadableStandardInput(for arguments: [String]) throws {
        guard CasePaths.readsStandardInput(arguments), let problem = standardInputProblem else { return }
        Terminal.printError("error: " + problem)
        throw ExitCode(2)
    }

    /// The next line of standard input without its line break, as bytes; `nil` at the end.
    static func readLine() -> [UInt8]? {
        while true {
            if let newline = pending[pendingStart...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[pendingStart..<newline])
                pendingStart = newline + 1
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            if pending.count - pendingStart > maximumLineLength {
                return stop("standard input: error: a line is longer than \(maximumLineLength) bytes, so names no file; the rest is not read")
            }
            if reachedEnd {
                guard pendingStart < pending.count else { return nil }
                defer { pendingStart = pending.count }
                var line = Array(pending[pendingStart...])
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            pending.removeFirst(pendingStart)
            pendingStart = 0
            let start = pending.count
            pending.append(contentsOf: repeatElement(0, count: 1 << 16))
            let (count, failure) = pending.withUnsafeMutableBufferPointer { buffer in
                let count = read(STDIN_FILENO, buffer.baseAddress! + start, 1 << 16)
                return (count, errno)
            }
            if count < 0 {
                pending.removeSubrange(start...)
                if failure == EINTR { continue }
                return stop("standard input: error: cannot read (\(String(cString: strerror(failure))))")
            }
            pending.removeSubrange((start + count)...)
            if count == 0 { reachedEnd = true }
        }
    }

    private static func stop(_ message: String) -> [UInt8]? {
        Terminal.printError(message)
        standardInputFailed = true
        reachedEnd = true
        pending = []
        pendingStart = 0
        return nil
    }
}
