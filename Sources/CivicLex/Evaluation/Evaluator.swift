/// Applies a ``Law`` to cases. Stateless and `Sendable`: one evaluator serves every thread.
public struct Evaluator: Sendable {
    public let law: Law
    /// Step budget for one expression over one case or item.
    public var budget = 1_000_000
    /// Whether violations get their rendered message, remedy and sanctions; batch scoring
    /// that only counts outcomes turns this off.
    public var rendersFindings = true
    /// The report language: messages and remedies are rendered from the law's templates in it
    /// where it has them (English otherwise), with its dates and amounts.
    public var language = ReportLanguage.english
    var texts: LawTexts? { language.texts }
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
        results.reserveCapacity(law.rules.count)
        // Through the buffer, each `Rule` is passed borrowed: copying one out of the array
        // retains each of its many fields, per rule and case.
        // (`UnsafePointer.pointee` is addressed; the buffer's subscript returns a copy.)
        // One context per case, restarted per rule, so its buffers are allocated once.
        var context = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf, tracing: trace, budget: budget)
        context.lawDateOverride = lawDate
        law.rules.withUnsafeBufferPointer { rules in
            guard let first = rules.baseAddress else { return }
            for index in rules.indices where ruleIDs?.contains(first[index].id) ?? true {
                evaluate((first + index).pointee, on: scenario, context: &context, into: &results)
            }
        }
        results = mergingVersions(results)
        let risk = riskScore(results)
        return Assessment(
            caseID: scenario.id, title: scenario.title, path: scenario.path, asOf: scenario.asOf, results: results,
            risk: risk, enabling: cachedEnablingEnvironment(on: lawDate ?? scenario.asOf))
    }

    func evaluate(_ rule: borrowing Rule, on scenario: Case, context: inout EvaluationContext, into results: inout [RuleResult]) {
        if let areas = scenario.areas, !areas.contains(rule.area) {
            results.append(result(rule, item: nil, .notApplicable, lawDate: nil, reason: "outside the case's areas (\(areas.joined(separator: ", ")))"))
            return
        }
        context.restart(budget: budget)
        guard let iteration = rule.iteration else {
            results.append(evaluateOne(rule, item: nil, context: &context))
            return
        }
        guard case .list(let items)? = scenario.facts[iteration.listSlot] else {
            results.append(unstatedList(rule, iteration, context: &context))
            return
        }
        if items.isEmpty {
            results.append(result(rule, item: nil, .notApplicable, lawDate: nil, reason: "`\(iteration.listPath)` is empty"))
            return
        }
        for item in items {
            context.locals.removeAll(keepingCapacity: true)
            context.locals.append(item)
            context.lawDate = scenario.asOf
            let label = if case .record(let record) = item { record.label } else { iteration.listPath }
            results.append(evaluateOne(rule, item: label, context: &context))
        }
    }

    /// The case does not state the list at all. Most lists enumerate the acts the case
    /// describes, so stating none describes none: the rule has nothing to judge. (The few facts
    /// every case should state are marked `essential` in the schema; loading warns about them.)
    private func unstatedList(_ rule: Rule, _ iteration: Rule.Iteration, context: inout EvaluationContext) -> RuleResult {
        if case .list(.record(let recordType)) = law.schema.facts[iteration.listSlot].type {
            context.locals = [.record(Record(type: recordType, fields: Array(repeating: nil, count: recordType.fields.count), label: "\(iteration.listPath)[?]"))]
            for binding in rule.bindings {
                context.resetMissing()
                if case .bool(false)? = try? Interpreter.evaluate(binding.condition.root, &context) {
                    return result(rule, item: nil, .notApplicable, lawDate: nil, reason: "binds only \(binding.summary)")
                }
            }
        }
        // A duty's filings (`unstated: unknown`) are not acts the case may leave out: a body
        // the rule binds always has them, so not stating them leaves the rule undetermined.
        if law.schema.facts[iteration.listSlot].unstatedIsUnknown {
            return result(rule, item: nil, .undetermined, lawDate: nil, missing: [iteration.listPath])
        }
        return result(rule, item: nil, .notApplicable, lawDate: nil, reason: "the case describes no `\(iteration.listPath)`")
    }

    private func evaluateOne(_ rule: borrowing Rule, item: String?, context: inout EvaluationContext) -> RuleResult {
        context.resetMissing()
        var steps: [TraceStep] = []
        let tracing = context.trace != nil
        do {
            // Whom the provision reaches comes first: a fact it needs only for subjects it binds
            // (a trade union's registration day) must not make it undetermined for others.
            var bindsUnknown = false
            var excludedBy: Binding?
            for binding in rule.bindings where excludedBy == nil {
                switch try run(binding.condition, "binds", &context, &steps) {
                case .bool(false)?: excludedBy = binding
                case .bool(true)?: break
                default: bindsUnknown = true
                }
            }
            let bindingGaps = context.missing
            var lawDate = context.lawDateOverride ?? context.asOf
            if let at = rule.at, context.lawDateOverride == nil {
                guard case .date(let day)? = try run(at, "at", &context, &steps) else {
                    if let excludedBy { return notBound(rule, item, excludedBy, steps) }
                    return result(rule, item: item, .undetermined, lawDate: nil, missing: context.missing, reason: context.fault?.reason, trace: steps)
                }
                lawDate = day
            }
            context.lawDate = lawDate
            guard rule.isInForce(on: lawDate) else {
                let period = "\(rule.inForceFrom)" + (rule.inForceTo.map { " to \($0)" } ?? " onwards")
                return result(rule, item: item, .notInForce, lawDate: lawDate, reason: "in force \(period); the act is judged by the law of \(lawDate)", trace: steps)
            }
            if let excludedBy { return notBound(rule, item, excludedBy, steps) }
            if let applies = rule.applies {
                let value = try run(applies, "applies", &context, &steps)
                if let gap = context.gaps.first { return notInForce(rule, item, lawDate, gap, steps) }
                switch value {
                case .bool(false)?: return result(rule, item: item, .notApplicable, lawDate: lawDate, trace: steps)
                case nil: return result(rule, item: item, .undetermined, lawDate: lawDate, missing: context.missing, reason: context.fault?.reason, trace: steps)
                default: break
                }
            }
            let verdict = try run(rule.violation, "violation", &context, &steps)
            let verdictFault = context.fault
            if let gap = context.gaps.first { return notInForce(rule, item, lawDate, gap, steps) }
            if case .bool(false)? = verdict {
                return result(rule, item: item, .compliant, lawDate: lawDate, trace: steps)
            }
            let missing = context.missing
            let dueDate = try deadline(of: rule, &context, &steps)
            if let gap = context.gaps.first { return notInForce(rule, item, lawDate, gap, steps) }
            if bindsUnknown {
                // It might not bind this subject at all: say which fact would settle that (and,
                // past any deadline, which facts would settle the breach).
                let notYetDue = dueDate.map { $0 >= context.asOf } ?? false
                return result(rule, item: item, .undetermined, lawDate: lawDate, missing: bindingGaps + (notYetDue ? [] : missing.filter { !bindingGaps.contains($0) }), reason: context.fault?.reason, trace: steps)
            }
            if let dueDate, dueDate >= context.asOf {
                let remedy = rendersFindings ? try (texts?.rule(rule)?.remedy ?? rule.remedy).map { template throws(EvaluationBudgetExceeded) in try render(template, &context) } : nil
                return result(rule, item: item, .pending, lawDate: lawDate, dueDate: dueDate, remedy: remedy, trace: steps)
            }
            guard case .bool(true)? = verdict else {
                return result(rule, item: item, .undetermined, lawDate: lawDate, missing: missing, reason: verdictFault?.reason, trace: steps)
            }
            guard rendersFindings else {
                return result(rule, item: item, .violation, lawDate: lawDate, dueDate: dueDate, trace: steps)
            }
            context.resetMissing()
            let local = texts?.rule(rule)
            let message = try render(local?.message ?? rule.message, &context)
            // Past the deadline, the plain remedy would name a day already gone.
            let plainRemedy = local?.remedy ?? rule.remedy
            let remedyTemplate = dueDate != nil ? (local?.remedyOverdue ?? rule.remedyOverdue ?? plainRemedy) : plainRemedy
            let remedy = try remedyTemplate.map { template throws(EvaluationBudgetExceeded) in try render(template, &context) }
            let applied = try applySanctions(rule, lawDate: lawDate, context: &context)
            return result(
                rule, item: item, .violation, lawDate: lawDate, dueDate: dueDate, message: message, remedy: remedy,
                sanctions: applied, trace: steps)
        } catch {
            _ = tracing
            return result(rule, item: item, .undetermined, lawDate: nil, reason: "evaluation stopped: it exceeded its budget of \(budget) steps")
        }
    }

    /// The rule's deadline for this case or item, when it declares one and it can be computed.
    private func deadline(of rule: Rule, _ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Day? {
        guard let due = rule.due else { return nil }
        let before = context.missingCount
        defer { context.truncateMissing(to: before) }
        guard case .date(let day)? = try run(due, "due", &context, &steps), context.gaps.isEmpty else { return nil }
        return day
    }

    private func notBound(_ rule: Rule, _ item: String?, _ binding: Binding, _ steps: [TraceStep]) -> RuleResult {
        result(rule, item: item, .notApplicable, lawDate: nil, reason: "binds only \(binding.summary)", trace: steps)
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
                let value = try Interpreter.evaluate(expression.root, &context)
                text += language.isEnglish ? Formatting.value(value, type: expression.type) : language.value(value, type: expression.type)
            }
        }
        return text
    }

    private func result(
        _ rule: Rule, item: String?, _ outcome: Outcome, lawDate: Day?, dueDate: Day? = nil, missing: [String] = [], reason: String? = nil,
        message: String? = nil, remedy: String? = nil, sanctions: [SanctionApplication] = [], trace: [TraceStep] = []
    ) -> RuleResult {
        RuleResult(
            ruleID: rule.id, ruleIndex: rule.index, item: item, outcome: outcome, status: status(of: rule, on: lawDate), lawDate: lawDate, dueDate: dueDate, missingFacts: missing, reason: reason,
            message: message, remedy: remedy, sanctions: sanctions, trace: trace)
    }
}
