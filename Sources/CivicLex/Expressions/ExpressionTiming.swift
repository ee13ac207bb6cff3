/// Times the rule expressions over cases, interpreted and compiled, for `bench/expressions`.
/// Each rule's `binds`, `at`, `applies`, `violation` and `due` run for the case (or each item
/// of the list the rule iterates), as the evaluator runs them.
public enum ExpressionTiming {
    public struct Result: Sendable {
        /// Expression evaluations per pass.
        public let evaluations: Int
        public let interpreted: Duration
        public let compiled: Duration
        /// Compiled, without recording missing facts (the outcome-only mode).
        public let compiledOutcomesOnly: Duration
        /// Whether every compiled value equalled the interpreted one.
        public let agrees: Bool
    }

    public static func measure(law: Law, cases: [Case]) -> Result {
        let clock = ContinuousClock()
        var interpretedTally = Tally(), compiledTally = Tally(), quietTally = Tally()
        let interpreted = clock.measure { interpretedTally = run(law, cases, recordsMissing: true) { expression, context in try? Interpreter.evaluate(expression.root, &context) } }
        let compiled = clock.measure { compiledTally = run(law, cases, recordsMissing: true) { expression, context in try? expression.evaluate(&context) } }
        let quiet = clock.measure { quietTally = run(law, cases, recordsMissing: false) { expression, context in try? expression.evaluate(&context) } }
        return Result(
            evaluations: interpretedTally.evaluations, interpreted: interpreted, compiled: compiled, compiledOutcomesOnly: quiet,
            agrees: interpretedTally == compiledTally && compiledTally == quietTally)
    }

    /// How many evaluations gave true, false, unknown, and a running sum of the other values.
    private struct Tally: Equatable {
        var evaluations = 0, trues = 0, falses = 0, unknowns = 0, dates = 0

        mutating func append(_ value: Value?) {
            evaluations += 1
            switch value {
            case .bool(true)?: trues += 1
            case .bool(false)?: falses += 1
            case .date(let day)?: dates &+= day.ordinal
            case nil: unknowns += 1
            default: break
            }
        }
    }

    private static func run(_ law: Law, _ cases: [Case], recordsMissing: Bool, _ evaluate: (CompiledExpression, inout EvaluationContext) -> Value??) -> Tally {
        var values = Tally()
        for scenario in cases {
            var context = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf)
            context.recordsMissing = recordsMissing
            for rule in law.rules {
                var items: [Value] = []
                if let iteration = rule.iteration {
                    guard case .list(let list)? = scenario.facts[iteration.listSlot] else { continue }
                    items = list
                }
                for index in -1..<items.count where (index < 0) == (rule.iteration == nil) {
                    context.restart(budget: 1_000_000)
                    if index >= 0 { context.locals.append(items[index]) }
                    for binding in rule.bindings { values.append(evaluate(binding.condition, &context) ?? nil) }
                    if let at = rule.at, case .date(let day)?? = evaluate(at, &context) { context.lawDate = day }
                    if let applies = rule.applies { values.append(evaluate(applies, &context) ?? nil) }
                    values.append(evaluate(rule.violation, &context) ?? nil)
                    if let due = rule.due { values.append(evaluate(due, &context) ?? nil) }
                }
            }
        }
        return values
    }
}
