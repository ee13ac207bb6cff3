import Synchronization

/// Enabling-environment scores by date, shared by every task of a batch: the score depends
/// only on the law and the date, and thousands of cases share a handful of dates.
final class EnablingCache: Sendable {
    private let scores = Mutex<[Day: EnablingScore]>([:])

    func value(for date: Day) -> EnablingScore? {
        scores.withLock { $0[date] }
    }

    func store(_ score: EnablingScore, for date: Day) {
        scores.withLock { $0[date] = score }
    }
}
