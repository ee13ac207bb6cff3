import Foundation
import Synchronization
import SystemPackage

/// Standard error held in memory while `score` writes the warnings of many cases into a file
/// or pipe: one write(2) per 64 KB rather than one per case (10,000 synthetic cases write
/// 22,000 warnings). On a terminal nothing is held, so warnings and progress lines interleave
/// as they happen.
///
/// The bytes and their order on standard error stay the same; and because the buffer is
/// written out before anything goes to standard output (``OutputSink`` asks), a file that is
/// both standard output and standard error (`2>&1`) gets them interleaved as before. Whoever
/// starts buffering flushes before exiting, on every path.
enum StandardErrorBuffer {
    private static let held = Mutex<[UInt8]?>(nil)
    private static let capacity = 1 << 16

    /// Holds what ``Terminal/printError(_:newline:)`` writes from now on, unless standard
    /// error is a terminal.
    static func start() {
        guard isatty(STDERR_FILENO) == 0 else { return }
        held.withLock { held in
            guard held == nil else { return }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(capacity)
            held = bytes
        }
    }

    /// Appends `text` when buffering (writing out a full buffer); false when not buffering.
    static func append(_ text: String, newline: Bool) -> Bool {
        held.withLock { held in
            guard held != nil else { return false }
            held!.append(contentsOf: text.utf8)
            if newline { held!.append(UInt8(ascii: "\n")) }
            if held!.count >= capacity { write(&held!) }
            return true
        }
    }

    /// Writes out what is held; buffering goes on.
    static func flush() {
        held.withLock { held in
            if held != nil { write(&held!) }
        }
    }

    /// Best effort, as ``Terminal/printError(_:newline:)``: when standard error itself cannot
    /// be written there is nowhere to say so.
    private static func write(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        _ = try? FileDescriptor.standardError.writeAll(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
