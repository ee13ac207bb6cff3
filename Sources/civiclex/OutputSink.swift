import ArgumentParser
import Foundation

/// Standard output, or a file written atomically: a temporary file beside the target,
/// renamed over it only when the run completes, so no reader ever sees half a report.
struct OutputSink {
    private let destination: String?
    private let temporary: String?
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        guard let path else {
            destination = nil
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let directory = (resolved as NSString).deletingLastPathComponent
        let name = (resolved as NSString).lastPathComponent
        let temporaryPath = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).partial"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil), let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            Terminal.printError("\(path): error: cannot write here")
            throw ExitCode(2)
        }
        destination = resolved
        temporary = temporaryPath
        self.handle = handle
        PartialFiles.register(temporaryPath)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func commit() throws {
        flush()
        guard let destination, let temporary else { return }
        try handle.synchronize()
        try handle.close()
        if rename(temporary, destination) != 0 {
            Terminal.printError("\(destination): error: cannot replace the file (\(String(cString: strerror(errno))))")
            unlink(temporary)
            throw ExitCode(2)
        }
        PartialFiles.unregister(temporary)
    }
}

/// Temporary output files to delete if the run is interrupted (SIGINT/SIGTERM).
enum PartialFiles {
    nonisolated(unsafe) private static var paths: [String] = []
    private static let lock = NSLock()

    static func register(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.append(path)
        installHandlers()
    }

    static func unregister(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.removeAll { $0 == path }
    }

    nonisolated(unsafe) private static var installed = false

    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber) { received in
                for path in PartialFiles.paths { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
