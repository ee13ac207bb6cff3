/// A rule's expressions as ``Evaluator/decide(_:inForceFrom:to:context:steps:)`` runs them:
/// traced through the interpreter for `explain`, or as closure code for everything else.
/// The decision itself is written once, generic over the two.
protocol RuleParts {
    var hasAt: Bool { get }
    var hasApplies: Bool { get }
    var hasDue: Bool { get }
    /// Runs the `binds:` clauses in order until one excludes the subject: that clause's index,
    /// and whether any clause run was unknown.
    func bindings(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> (excludedBy: Int?, unknown: Bool)
    func at(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Day?
    func applies(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Bool?
    func violation(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Bool?
    func due(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Day?
}

/// The rule's expressions run through ``Evaluator/runBool(_:_:_:_:)``, which records each
/// node's value when the context traces.
struct TracedRuleParts: RuleParts {
    let rule: Rule

    var hasAt: Bool { rule.at != nil }
    var hasApplies: Bool { rule.applies != nil }
    var hasDue: Bool { rule.due != nil }

    func bindings(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> (excludedBy: Int?, unknown: Bool) {
        var unknown = false
        for index in rule.bindings.indices {
            switch try Evaluator.runBool(rule.bindings[index].condition, "binds", &context, &steps) {
            case false?: return (index, unknown)
            case true?: break
            default: unknown = true
            }
        }
        return (nil, unknown)
    }

    func at(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Day? {
        guard let at = rule.at else { return nil }
        return try Evaluator.runDay(at, "at", &context, &steps)
    }

    func applies(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Bool? {
        guard let applies = rule.applies else { return nil }
        return try Evaluator.runBool(applies, "applies", &context, &steps)
    }

    func violation(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Bool? {
        try Evaluator.runBool(rule.violation, "violation", &context, &steps)
    }

    func due(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Day? {
        guard let due = rule.due else { return nil }
        return try Evaluator.runDay(due, "due", &context, &steps)
    }
}

/// The rule's expressions as closure code, for deciding without a trace.
///
/// Captured by the rule's ``Rule/decider``: a closure's captures are called without a retain,
/// where code read out of a rule in memory is retained around every call (about 4% of
/// `score`'s time went to those retains). Absent parts hold a closure that is never run, so
/// that no part is an optional, which would be copied (retained) to be unwrapped.
struct RuleCode: RuleParts {
    typealias BindingsCode = @Sendable (inout EvaluationContext, inout Bool) throws(EvaluationBudgetExceeded) -> Int?

    let bindingsCode: BindingsCode
    let hasAt: Bool
    let atCode: Code<Day>
    let hasApplies: Bool
    let appliesCode: Code<Bool>
    let violationCode: Code<Bool>
    let hasDue: Bool
    let dueCode: Code<Day>

    init(bindings: [Binding], at: CompiledExpression?, applies: CompiledExpression?, violation: CompiledExpression, due: CompiledExpression?) {
        // The clauses as a chain, each calling the next through its captures.
        var chain: BindingsCode = { _, _ throws(EvaluationBudgetExceeded) in nil }
        for index in bindings.indices.reversed() {
            let condition = Self.bool(bindings[index].condition), rest = chain
            let clause = bindings[index].sharedClause
            chain = { context, unknown throws(EvaluationBudgetExceeded) in
                let value = if let clause { try context.sharedClause(clause, condition) } else { try condition.run(&context) }
                switch value {
                case false?: return index
                case true?: break
                default: unknown = true
                }
                return try rest(&context, &unknown)
            }
        }
        bindingsCode = chain
        hasAt = at != nil
        atCode = at.map(Self.day) ?? Self.never()
        hasApplies = applies != nil
        appliesCode = applies.map(Self.bool) ?? Self.never()
        violationCode = Self.bool(violation)
        hasDue = due != nil
        dueCode = due.map(Self.day) ?? Self.never()
    }

    /// The expression's unboxed code, as ``CompiledExpression/evaluateBool(_:)`` runs it untraced.
    private static func bool(_ expression: CompiledExpression) -> Code<Bool> {
        expression.code.bool ?? Code { context throws(EvaluationBudgetExceeded) in
            guard case .bool(let value)? = try expression.evaluate(&context) else { return nil }
            return value
        }
    }

    private static func day(_ expression: CompiledExpression) -> Code<Day> {
        expression.code.day ?? Code { context throws(EvaluationBudgetExceeded) in
            guard case .date(let value)? = try expression.evaluate(&context) else { return nil }
            return value
        }
    }

    private static func never<T>() -> Code<T> { Code { _ throws(EvaluationBudgetExceeded) in nil } }

    func bindings(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> (excludedBy: Int?, unknown: Bool) {
        var unknown = false
        let excludedBy = try bindingsCode(&context, &unknown)
        return (excludedBy, unknown)
    }

    func at(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Day? {
        try atCode.run(&context)
    }

    func applies(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Bool? {
        try appliesCode.run(&context)
    }

    func violation(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Bool? {
        try violationCode.run(&context)
    }

    func due(_ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Day? {
        try dueCode.run(&context)
    }
}
