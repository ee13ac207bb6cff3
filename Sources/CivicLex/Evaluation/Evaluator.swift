/// Applies a ``Law`` to cases. Stateless and `Sendable`: one evaluator serves every thread.
public struct Evaluator: Sendable {
    public let law: Law
    /// Step budget for one expression over one case or item.
    public var budget = 1_000_000
    /// Whether violations get their rendered message, remedy and sanctions; batch scoring
    /// that only counts outcomes turns this off.
    public var rendersFindings = true
    private let enablingCache = EnablingCache()

    public init(law: Law) { self.law = law }

    /// The law's enabling-environment score on `date`, computed once per date.
    func cachedEnablingEnvironment(on date: Day) -> EnablingScore {
        if let cached = enablingCache.value(for: date) { return cached }
        let score = enablingEnvironment(on: date)
        enablingCache.store(score, for: date)
        return score
    }

    /// Assesses `scenario` against the law in force on the dates its acts took place.
    /// - Parameters:
    ///   - trace: record the value of every sub-expression (for `explain`).
    ///   - ruleIDs: only these rules (all when `nil`).
    ///   - lawDate: judge every act by the law in force on this day instead of the law of
    ///     its own date (for comparing two states of the law).
    public func assess(_ scenario: Case, trace: Bool = false, ruleIDs: Set<String>? = nil, lawDate: Day? = nil) -> Assessment {
        var results: [RuleResult] = []
        // By index: copying a `Rule` out of the array retains each of its many fields.
        for index in law.rules.indices where ruleIDs?.contains(law.rules[index].id) ?? true {
            results += evaluate(law.rules[index], on: scenario, trace: trace, lawDate: lawDate)
        }
        let risk = riskScore(results)
        return Assessment(
            caseID: scenario.id, title: scenario.title, path: scenario.path, asOf: scenario.asOf, results: results,
            risk: risk, enabling: cachedEnablingEnvironment(on: lawDate ?? scenario.asOf))
    }

    func evaluate(_ rule: Rule, on scenario: Case, trace: Bool, lawDate override: Day? = nil) -> [RuleResult] {
        if let areas = scenario.areas, !areas.contains(rule.area) {
            return [result(rule, item: nil, .notApplicable, lawDate: nil, reason: "outside the case's areas (\(areas.joined(separator: ", ")))")]
        }
        var context = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf, tracing: trace, budget: budget)
        context.lawDateOverride = override
        guard let iteration = rule.iteration else {
            return [evaluateOne(rule, item: nil, context: &context)]
        }
        guard case .list(let items)? = scenario.facts[iteration.listSlot] else {
            return [unstatedList(rule, iteration, context: &context)]
        }
        if items.isEmpty {
            return [result(rule, item: nil, .notApplicable, lawDate: nil, reason: "`\(iteration.listPath)` is empty")]
        }
        var results: [RuleResult] = []
        results.reserveCapacity(items.count)
        for item in items {
            context.locals = [item]
            context.lawDate = scenario.asOf
            let label = if case .record(let record) = item { record.label } else { iteration.listPath }
            results.append(evaluateOne(rule, item: label, context: &context))
        }
        return results
    }

    /// The case does not state the list at all: the rule is undetermined, unless its
    /// `applies` is false whatever the items are (a church and the NGO-database report).
    private func unstatedList(_ rule: Rule, _ iteration: Rule.Iteration, context: inout EvaluationContext) -> RuleResult {
        if let applies = rule.applies, case .list(.record(let recordType)) = law.schema.facts[iteration.listSlot].type {
            context.locals = [.record(Record(type: recordType, fields: Array(repeating: nil, count: recordType.fields.count), label: "\(iteration.listPath)[?]"))]
            context.resetMissing()
            if case .bool(false)? = try? Interpreter.evaluate(applies.root, &context), context.gaps.isEmpty {
                return result(rule, item: nil, .notApplicable, lawDate: nil, reason: "does not apply to this case whatever its `\(iteration.listPath)`")
            }
        }
        return result(rule, item: nil, .undetermined, lawDate: nil, missing: [iteration.listPath])
    }

    private func evaluateOne(_ rule: Rule, item: String?, context: inout EvaluationContext) -> RuleResult {
        context.resetMissing()
        var steps: [TraceStep] = []
        let tracing = context.trace != nil
        do {
            var lawDate = context.lawDateOverride ?? context.asOf
            if let at = rule.at, context.lawDateOverride == nil {
                guard case .date(let day)? = try run(at, "at", &context, &steps) else {
                    return result(rule, item: item, .undetermined, lawDate: nil, missing: context.missing, trace: steps)
                }
                lawDate = day
            }
            context.lawDate = lawDate
            guard rule.isInForce(on: lawDate) else {
                let period = "\(rule.inForceFrom)" + (rule.inForceTo.map { " to \($0)" } ?? " onwards")
                return result(rule, item: item, .notInForce, lawDate: lawDate, reason: "in force \(period); the act is judged by the law of \(lawDate)", trace: steps)
            }
            if let applies = rule.applies {
                let value = try run(applies, "applies", &context, &steps)
                if let gap = context.gaps.first { return notInForce(rule, item, lawDate, gap, steps) }
                switch value {
                case .bool(false)?: return result(rule, item: item, .notApplicable, lawDate: lawDate, trace: steps)
                case nil: return result(rule, item: item, .undetermined, lawDate: lawDate, missing: context.missing, trace: steps)
                default: break
                }
            }
            let verdict = try run(rule.violation, "violation", &context, &steps)
            if let gap = context.gaps.first { return notInForce(rule, item, lawDate, gap, steps) }
            switch verdict {
            case .bool(true)? where !rendersFindings:
                return result(rule, item: item, .violation, lawDate: lawDate, trace: steps)
            case .bool(true)?:
                context.resetMissing()
                let message = try render(rule.message, &context)
                let remedy = try rule.remedy.map { template throws(EvaluationBudgetExceeded) in try render(template, &context) }
                let applied = try applySanctions(rule, lawDate: lawDate, context: &context)
                return result(
                    rule, item: item, .violation, lawDate: lawDate, message: message, remedy: remedy,
                    sanctions: applied, trace: steps)
            case .bool(false)?:
                return result(rule, item: item, .compliant, lawDate: lawDate, trace: steps)
            default:
                return result(rule, item: item, .undetermined, lawDate: lawDate, missing: context.missing, trace: steps)
            }
        } catch {
            _ = tracing
            return result(rule, item: item, .undetermined, lawDate: nil, reason: "evaluation stopped: it exceeded its budget of \(budget) steps")
        }
    }

    /// A finding is only as firm as the weakest number it rests on.
    private func status(of rule: Rule, on lawDate: Day?) -> VerificationStatus {
        guard let lawDate else { return rule.status }
        var status = rule.status
        for index in rule.parameterIndices {
            status = max(status, law.parameters[index].status(on: lawDate))
        }
        return status
    }

    private func notInForce(_ rule: Rule, _ item: String?, _ lawDate: Day, _ gap: String, _ steps: [TraceStep]) -> RuleResult {
        result(rule, item: item, .notInForce, lawDate: lawDate, reason: "\(gap) has no value on \(lawDate)", trace: steps)
    }

    private func run(_ expression: CompiledExpression, _ part: String, _ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Value? {
        guard context.trace != nil else { return try Interpreter.evaluate(expression.root, &context) }
        context.trace = [:]
        let value = try Interpreter.evaluate(expression.root, &context)
        for (id, traced) in (context.trace ?? [:]).sorted(by: { $0.key < $1.key }) {
            steps.append(TraceStep(part: part, expression: expression.tracedTexts[id], value: Formatting.value(traced)))
        }
        steps.append(TraceStep(part: part, expression: expression.source, value: Formatting.value(value, type: expression.type)))
        return value
    }

    private func render(_ template: Template, _ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> String {
        var text = ""
        for piece in template.pieces {
            switch piece {
            case .text(let literal): text += literal
            case .expression(let expression):
                text += Formatting.value(try Interpreter.evaluate(expression.root, &context), type: expression.type)
            }
        }
        return text
    }

    private func result(
        _ rule: Rule, item: String?, _ outcome: Outcome, lawDate: Day?, missing: [String] = [], reason: String? = nil,
        message: String? = nil, remedy: String? = nil, sanctions: [SanctionApplication] = [], trace: [TraceStep] = []
    ) -> RuleResult {
        RuleResult(
            ruleID: rule.id, ruleIndex: rule.index, item: item, outcome: outcome, status: status(of: rule, on: lawDate), lawDate: lawDate, missingFacts: missing, reason: reason,
            message: message, remedy: remedy, sanctions: sanctions, trace: trace)
    }
}
