import Foundation

/// Temporary output files to delete if the run is ended by a signal that would otherwise leave
/// them behind: SIGINT (Ctrl-C), SIGTERM (kill), SIGHUP (the terminal closed), SIGQUIT (Ctrl-\).
///
/// The handler may only make async-signal-safe calls, so the paths are kept as C strings in
/// fixed slots allocated once: it reads them and calls `unlink`, and nothing else.
enum PartialFiles {
    private static let capacity = 8
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    static func register(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        installHandlers()
        guard let free = (0..<capacity).first(where: { slots[$0] == nil }) else { return }
        slots[free] = strdup(path)
    }

    static func unregister(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        for index in 0..<capacity {
            guard let slot = slots[index], String(cString: slot) == path else { continue }
            slots[index] = nil
            free(slot)
        }
    }

    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        // Past a file-size limit (ulimit -f) a write then fails with EFBIG and is reported like
        // a full disk, instead of SIGXFSZ killing the run with its temporary file left behind.
        signal(SIGXFSZ, SIG_IGN)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            let previous = signal(signalNumber) { received in
                for index in 0..<PartialFiles.capacity {
                    if let path = PartialFiles.slots[index] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
            // Under nohup the run is meant to outlive the terminal: SIGHUP stays ignored.
            if signalNumber == SIGHUP, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(SIGHUP, SIG_IGN) }
        }
    }
}
