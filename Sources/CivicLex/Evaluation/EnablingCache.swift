import Synchronization

/// Enabling-environment scores, shared by every task of a batch: the score depends only on
/// the law and the date, and thousands of cases share a handful of dates.
///
/// When the indicators read the date only through parameters (no `as_of`, law date or MCI),
/// the score can change only on a day where one of those parameters' dated values starts or
/// ends: between two such days it is one score. Scores are then kept per segment between
/// those days, found by binary search, so a batch spread over every day of a decade keeps a
/// few dozen and looks each up without allocating. Otherwise they are kept per date, up to
/// `dateLimit`.
final class EnablingCache: Sendable {
    /// The days (ordinals) on which a parameter the indicators read changes value, sorted;
    /// `nil` when the indicators read the date another way.
    private let boundaries: [Int]?
    /// The score of each segment: before the first boundary, between each two, after the last.
    private let bySegment: Mutex<[EnablingScore?]>
    private let byDate = Mutex<[Day: EnablingScore]>([:])
    static let dateLimit = 4_096

    init(law: Law) {
        var parameters = Set<Int>()
        var readsDate = false
        for indicator in law.indicators {
            Self.scan(indicator.score.root, parameters: &parameters, readsDate: &readsDate)
        }
        // `Parameter.valueIndex(on:)` turns only on `from <= day` and `day > to`: on the day a
        // value starts and the day after one ends.
        var days = Set<Int>()
        for index in parameters {
            for value in law.runtime.parameters[index].values {
                days.insert(value.from.ordinal)
                if let to = value.to, to.ordinal < Int.max { days.insert(to.ordinal + 1) }
            }
        }
        boundaries = readsDate ? nil : days.sorted()
        bySegment = Mutex(Array(repeating: nil, count: readsDate ? 0 : days.count + 1))
    }

    /// The score on `date`, computed by `evaluator` the first time its segment (or date) is met.
    /// (The evaluator is passed borrowed: a closure calling it would copy it, per case.)
    func score(on date: Day, by evaluator: borrowing Evaluator) -> EnablingScore {
        guard let boundaries else {
            if let cached = byDate.withLock({ $0[date] }) { return cached }
            let computed = evaluator.enablingEnvironment(on: date)
            byDate.withLock { cache in
                if cache.count >= Self.dateLimit { cache.removeAll(keepingCapacity: true) }
                cache[date] = computed
            }
            return computed
        }
        let segment = Self.boundariesUpTo(date.ordinal, in: boundaries)
        if let cached = bySegment.withLock({ $0[segment] }) { return cached.dated(date) }
        let computed = evaluator.enablingEnvironment(on: date)
        bySegment.withLock { $0[segment] = computed }
        return computed
    }

    /// How many of the sorted `boundaries` are on or before `day`.
    private static func boundariesUpTo(_ day: Int, in boundaries: [Int]) -> Int {
        var low = 0, high = boundaries.count
        while low < high {
            let middle = (low + high) / 2
            if boundaries[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
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
