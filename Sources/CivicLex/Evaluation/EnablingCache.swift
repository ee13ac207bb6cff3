import Synchronization

/// Enabling-environment scores, shared by every task of a batch: the score depends only on
/// the law and the date, and thousands of cases share a handful of dates.
///
/// When the indicators read the date only through parameters (no `as_of`, law date or MCI),
/// the score can change only where one of those parameters changes value: scores are then
/// kept per period of the law, so a batch spread over every day of a decade keeps a few dozen,
/// and memory stays flat. Otherwise they are kept per date, up to `dateLimit`.
final class EnablingCache: Sendable {
    /// The parameters the indicators read, or `nil` when they read the date another way.
    private let readParameters: [Int]?
    private let byPeriod = Mutex<[[Int]: EnablingScore]>([:])
    private let byDate = Mutex<[Day: EnablingScore]>([:])
    static let dateLimit = 4_096

    init(law: Law) {
        var parameters = Set<Int>()
        var readsDate = false
        for indicator in law.indicators {
            Self.scan(indicator.score.root, parameters: &parameters, readsDate: &readsDate)
        }
        readParameters = readsDate ? nil : parameters.sorted()
    }

    /// The score on `date`, computed by `score` the first time its period (or date) is met.
    func score(on date: Day, runtime: LawRuntime, _ score: (Day) -> EnablingScore) -> EnablingScore {
        guard let readParameters else {
            if let cached = byDate.withLock({ $0[date] }) { return cached }
            let computed = score(date)
            byDate.withLock { cache in
                if cache.count >= Self.dateLimit { cache.removeAll(keepingCapacity: true) }
                cache[date] = computed
            }
            return computed
        }
        // Which dated value of each parameter is in force: equal keys, equal scores.
        let period = readParameters.map { runtime.parameters[$0].valueIndex(on: date) ?? -1 }
        if let cached = byPeriod.withLock({ $0[period] }) { return cached.dated(date) }
        let computed = score(date)
        byPeriod.withLock { $0[period] = computed }
        return computed
    }

    private static func scan(_ node: Compiled, parameters: inout Set<Int>, readsDate: inout Bool) {
        switch node {
        case .parameter(let index, _): parameters.insert(index)
        case .asOf, .lawDate, .call(.mci, _): readsDate = true
        default: break
        }
        for child in node.children { scan(child, parameters: &parameters, readsDate: &readsDate) }
    }
}

extension EnablingScore {
    /// The same score, stamped with another date of the same period.
    func dated(_ date: Day) -> EnablingScore {
        EnablingScore(date: date, overall: overall, band: band, areas: areas)
    }
}
