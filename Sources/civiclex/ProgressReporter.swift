import Foundation
import YAMLSource

extension Terminal {
    /// Progress is drawn only for a person watching standard error.
    static var progressAllowed: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}

/// A one-line progress bar on standard error with rate and ETA, redrawn at most every 100 ms;
/// without a known total (paths streamed on standard input), a count and a rate.
final class ProgressReporter {
    private let total: Int?
    private let enabled: Bool
    private var done = 0
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int?, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total != 0
    }

    func advance() {
        done += 1
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var line = "\r\u{1B}[2K"
        if let total {
            let remaining = rate > 0 ? Double(total - done) / rate : 0
            let width = 30
            let filled = min(width * done / max(total, 1), width)
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            line += "[\(bar)] \(done)/\(total)  \(Int(rate)) cases/s  ETA \(Int(remaining.rounded()))s"
        } else {
            line += English.count(done, "case") + "  \(Int(rate)) cases/s"
        }
        Terminal.printError(line, newline: false)
    }

    func finish() {
        guard enabled else { return }
        Terminal.printError("\r\u{1B}[2K", newline: false)
    }
}
