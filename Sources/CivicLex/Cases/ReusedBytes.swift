import Synchronization

/// Storage for the bytes of one case file, reused from case to case by a ``CaseLoader`` so a
/// batch does not allocate a buffer per file. Taken out while in use: a loader that threads
/// share gives each concurrent read its own buffer, never the same one.
final class ReusedBytes: Sendable {
    private let spare = Mutex<[UInt8]>([])
    /// Larger buffers are let go rather than kept for the rest of the batch.
    private static let keptCapacity = 1 << 20

    func take() -> [UInt8] {
        spare.withLock { spare in
            var taken: [UInt8] = []
            swap(&taken, &spare)
            return taken
        }
    }

    func put(_ bytes: consuming [UInt8]) {
        guard bytes.capacity <= Self.keptCapacity else { return }
        spare.withLock { $0 = bytes }
    }
}
