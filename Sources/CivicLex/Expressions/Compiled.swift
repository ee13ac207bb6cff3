/// A type-checked expression tree with every name resolved to a slot: facts to case slots,
/// loop variables to local indices, parameters to the law's parameter table.
indirect enum Compiled: Sendable {
    case constant(Value)
    case fact(slot: Int, path: String)
    case local(Int)
    case field(Compiled, index: Int, name: String)
    case parameter(index: Int, name: String)
    /// The assessment date of the case.
    case asOf
    /// The date whose law governs the act being judged (the rule's `at`).
    case lawDate
    case not(Compiled)
    case negate(Compiled)
    case and(Compiled, Compiled)
    case or(Compiled, Compiled)
    case compare(BinaryOperator, Compiled, Compiled)
    case arithmetic(BinaryOperator, Compiled, Compiled, integral: Bool)
    case membership(Compiled, Compiled, negated: Bool)
    case conditional(Compiled, Compiled, Compiled)
    case list([Compiled])
    case call(Builtin, [Compiled])
    case has(Compiled)
    case quantifier(Quantifier, list: Compiled, local: Int, body: Compiled)
    /// Records the value of the inner node when a trace is requested.
    case traced(id: Int, Compiled)
}

extension Compiled {
    /// The node's operands, in evaluation order.
    var children: [Compiled] {
        switch self {
        case .constant, .fact, .local, .parameter, .asOf, .lawDate: []
        case .field(let base, _, _), .not(let base), .negate(let base), .has(let base), .traced(_, let base): [base]
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .compare(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs, _),
             .membership(let lhs, let rhs, _), .quantifier(_, let lhs, _, let rhs):
            [lhs, rhs]
        case .conditional(let condition, let whenTrue, let whenFalse): [condition, whenTrue, whenFalse]
        case .list(let items), .call(_, let items): items
        }
    }
}

extension Compiled {
    /// Whether the node reads nothing but constants, the loop variable (local 0) and, when
    /// `orFacts`, the case's facts: no parameter, date of the case, calendar or quantifier, so
    /// its value is the same wherever those are.
    func readsOnlyItem(orFacts: Bool) -> Bool {
        switch self {
        case .fact: orFacts
        case .parameter, .asOf, .lawDate, .call, .quantifier: false
        case .local(let index): index == 0
        default: children.allSatisfy { $0.readsOnlyItem(orFacts: orFacts) }
        }
    }
}

enum Quantifier: String, Sendable {
    case any, all, count, sum
}

enum Builtin: String, Sendable, CaseIterable {
    case daysBetween = "days_between"
    case workingDaysBetween = "working_days_between"
    case addDays = "add_days"
    case addWorkingDays = "add_working_days"
    case addMonths = "add_months"
    case isWorkingDay = "is_working_day"
    case year, month
    case dateOf = "date_of"
    case quarterEnd = "quarter_end"
    case withDay = "with_day"
    case count
    case min, max
    case mci
}
