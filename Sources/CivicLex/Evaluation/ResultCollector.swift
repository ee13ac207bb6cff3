internal import YAMLSource

/// Turns verdicts into full ``RuleResult``s: reasons, messages, remedies and sanctions.
struct ResultCollector: VerdictSink {
    static var needsLabels: Bool { true }
    let evaluator: Evaluator
    /// The areas the case limits itself to, named in the reason of rules outside them.
    let caseAreas: [String]?
    var results: [RuleResult]

    mutating func record(_ rule: borrowing Rule, item: VerdictItem, _ verdict: Verdict, steps: [TraceStep], context: inout EvaluationContext) {
        results.append(evaluator.result(for: rule, item: item, verdict, caseAreas: caseAreas, steps: steps, context: &context))
    }
}

extension Evaluator {
    /// The full result of a verdict; a violation's texts are rendered from the context the
    /// verdict was decided in.
    func result(for rule: borrowing Rule, item: VerdictItem, _ verdict: Verdict, caseAreas: [String]?, steps: [TraceStep], context: inout EvaluationContext) -> RuleResult {
        let label = item.label
        let m = language.messages
        if !recordsReasons, !rendersFindings {
            var dueDate: Day?
            if case .pending(_, let due) = verdict { dueDate = due }
            if case .violation(_, let due) = verdict { dueDate = due }
            // Outcomes only: no reason, missing fact or text is built.
            return result(rule, item: label, verdict.outcome, lawDate: verdict.lawDate, dueDate: dueDate, trace: steps)
        }
        switch verdict {
        case .outsideAreas:
            let areas = caseAreas ?? []
            return result(rule, item: nil, .notApplicable, lawDate: nil, reason: m("reason.outside_areas", ["areas": areas.joined(separator: ", ")]))
        case .emptyList:
            return result(rule, item: nil, .notApplicable, lawDate: nil, reason: m("reason.empty_list", ["list": rule.iteration?.listPath ?? ""]))
        case .listNotDescribed:
            return result(rule, item: nil, .notApplicable, lawDate: nil, reason: m("reason.no_list", ["list": rule.iteration?.listPath ?? ""]))
        case .listUnstated:
            return result(rule, item: nil, .undetermined, lawDate: nil, missing: [rule.iteration?.listPath ?? ""])
        case .notBound(let index):
            return result(rule, item: label, .notApplicable, lawDate: nil, reason: m("reason.binds_only", ["clause": language.binding(rule.bindings[index])]), trace: steps)
        case .undetermined(let lawDate, let missing, let fault):
            return result(rule, item: label, .undetermined, lawDate: lawDate, missing: missing, reason: fault?.reason, trace: steps)
        case .outOfPeriod(let lawDate):
            let until = rule.inForceTo.map { m("explain.until", ["date": language.date($0)]) } ?? m["explain.onwards"]
            let reason = m("reason.out_of_period", ["from": language.date(rule.inForceFrom), "until": until, "date": language.date(lawDate)])
            return result(rule, item: label, .notInForce, lawDate: lawDate, reason: reason, trace: steps)
        case .gap(let lawDate, let name):
            return result(rule, item: label, .notInForce, lawDate: lawDate, reason: m("reason.no_value", ["name": name, "date": language.date(lawDate)]), trace: steps)
        case .notApplicable(let lawDate):
            return result(rule, item: label, .notApplicable, lawDate: lawDate, trace: steps)
        case .compliant(let lawDate):
            return result(rule, item: label, .compliant, lawDate: lawDate, trace: steps)
        case .pending(let lawDate, let dueDate):
            guard rendersFindings else { return result(rule, item: label, .pending, lawDate: lawDate, dueDate: dueDate, trace: steps) }
            return withTextBudget(&context) { context throws(EvaluationBudgetExceeded) in
                let remedy = try (texts?.rule(rule)?.remedy ?? rule.remedy).map { template throws(EvaluationBudgetExceeded) in try render(template, &context) }
                return result(rule, item: label, .pending, lawDate: lawDate, dueDate: dueDate, remedy: remedy, trace: steps)
            } unrendered: {
                result(rule, item: label, .pending, lawDate: lawDate, dueDate: dueDate, reason: textsOverBudget, trace: steps)
            }
        case .violation(let lawDate, let dueDate):
            guard rendersFindings else {
                return result(rule, item: label, .violation, lawDate: lawDate, dueDate: dueDate, trace: steps)
            }
            return withTextBudget(&context) { context throws(EvaluationBudgetExceeded) in
                context.resetMissing()
                let local = texts?.rule(rule)
                let message = try render(local?.message ?? rule.message, &context)
                // Past the deadline, the plain remedy would name a day already gone.
                let plainRemedy = local?.remedy ?? rule.remedy
                let remedyTemplate = dueDate != nil ? (local?.remedyOverdue ?? rule.remedyOverdue ?? plainRemedy) : plainRemedy
                let remedy = try remedyTemplate.map { template throws(EvaluationBudgetExceeded) in try render(template, &context) }
                let applied = try applySanctions(rule, lawDate: lawDate, context: &context)
                return result(
                    rule, item: label, .violation, lawDate: lawDate, dueDate: dueDate, message: message, remedy: remedy,
                    sanctions: applied, trace: steps)
            } unrendered: {
                result(rule, item: label, .violation, lawDate: lawDate, dueDate: dueDate, reason: textsOverBudget, trace: steps)
            }
        case .overBudget:
            return overBudget(rule, item: label)
        }
    }

    /// Renders a finding's texts with a budget of their own, then gives the rule back what it had
    /// left. Rendering never changes an outcome: batch scoring, which renders nothing, decides
    /// every later item of the rule with the same budget and reaches the same outcomes.
    private func withTextBudget(
        _ context: inout EvaluationContext, _ render: (inout EvaluationContext) throws(EvaluationBudgetExceeded) -> RuleResult,
        unrendered: () -> RuleResult
    ) -> RuleResult {
        let decisionBudget = context.budget
        context.budget = budget
        defer { context.budget = decisionBudget }
        do {
            return try render(&context)
        } catch {
            return unrendered()
        }
    }

    private var textsOverBudget: String { language.messages.plural("reason.texts_over_budget", count: budget, ["count": String(budget)]) }

    private func overBudget(_ rule: borrowing Rule, item: String?) -> RuleResult {
        result(rule, item: item, .undetermined, lawDate: nil, reason: language.messages.plural("reason.over_budget", count: budget, ["count": String(budget)]))
    }
}
