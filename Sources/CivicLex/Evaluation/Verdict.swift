/// What a rule decides for one case or list item, before any text is rendered.
///
/// Deciding is shared by the full assessment (which renders reasons, messages, remedies and
/// sanctions from it) and batch scoring (which only counts outcomes), so the two cannot drift.
enum Verdict {
    /// The case limits itself to areas this rule is not in.
    case outsideAreas
    /// The list the rule runs over is stated but empty.
    case emptyList
    /// The list the rule runs over is not stated, and stating none describes none.
    case listNotDescribed
    /// The list is a duty's filings (`unstated: unknown`) and is not stated.
    case listUnstated
    /// A `binds:` clause (by index in the rule's `bindings`) excludes the subject or item.
    case notBound(bindingIndex: Int)
    case undetermined(lawDate: Day?, missing: [String], fault: EvaluationFault?)
    /// The act is judged by the law of `lawDate`, when this version was not in force.
    case outOfPeriod(lawDate: Day)
    /// A parameter (or the MCI) the rule reads has no value on `lawDate`.
    case gap(lawDate: Day, name: String)
    case notApplicable(lawDate: Day)
    case compliant(lawDate: Day)
    /// A breach that can still be cured: the deadline `due` has not passed.
    case pending(lawDate: Day, due: Day)
    case violation(lawDate: Day, due: Day?)
    /// The evaluation ran past its step budget.
    case overBudget

    var outcome: Outcome {
        switch self {
        case .outsideAreas, .emptyList, .listNotDescribed, .notBound, .notApplicable: .notApplicable
        case .listUnstated, .undetermined, .overBudget: .undetermined
        case .outOfPeriod, .gap: .notInForce
        case .compliant: .compliant
        case .pending: .pending
        case .violation: .violation
        }
    }

    /// The day whose law judged the act, when the rule got that far.
    var lawDate: Day? {
        switch self {
        case .outsideAreas, .emptyList, .listNotDescribed, .listUnstated, .notBound, .overBudget: nil
        case .undetermined(let lawDate, _, _): lawDate
        case .outOfPeriod(let day), .gap(let day, _), .notApplicable(let day), .compliant(let day), .pending(let day, _), .violation(let day, _): day
        }
    }
}

/// Receives one verdict per rule and item as ``Evaluator/walk(_:on:context:into:)`` decides them.
protocol VerdictSink {
    /// Whether the sink reads item labels; batch counting does not, and skips building them.
    static var needsLabels: Bool { get }
    mutating func record(
        _ rule: borrowing Rule, item: VerdictItem, _ verdict: Verdict, steps: [TraceStep], context: inout EvaluationContext)
}

/// Which item of which list a verdict is about: `list` is `nil` for a verdict on the whole case.
struct VerdictItem {
    var list: Int?
    var index: Int
    /// The item's label (`assemblies[2]`) when the sink asked for labels.
    var label: String?
    /// Items that are not records share one label (the list's path), so they merge as one.
    var isRecord = true

    /// What identifies the item when rule versions are merged, like its label does.
    var mergeIndex: Int { isRecord ? index : -2 }

    static let wholeCase = VerdictItem(list: nil, index: -1, label: nil)
}

extension Evaluator {
    /// Decides `rule` for the case, once or per item of the list it runs over.
    @inline(__always) func walk<Sink: VerdictSink>(_ rule: borrowing Rule, on scenario: Case, context: inout EvaluationContext, into sink: inout Sink) {
        var steps: [TraceStep] = []
        if let areas = scenario.areas, !areas.contains(rule.area) {
            sink.record(rule, item: .wholeCase, .outsideAreas, steps: steps, context: &context)
            return
        }
        context.restart(budget: budget)
        // The slot alone: copying the whole `Iteration` out retains each of its fields.
        guard let listSlot = rule.listSlot else {
            let verdict = decide(rule, context: &context, steps: &steps)
            sink.record(rule, item: .wholeCase, verdict, steps: steps, context: &context)
            return
        }
        guard case .list(let items)? = scenario.facts[listSlot] else {
            sink.record(rule, item: .wholeCase, unstatedList(rule, context: &context), steps: steps, context: &context)
            return
        }
        if items.isEmpty {
            sink.record(rule, item: .wholeCase, .emptyList, steps: steps, context: &context)
            return
        }
        let decider = context.trace == nil ? rule.decider : nil
        for index in items.indices {
            context.bindItem(items[index])
            context.itemIndex = index
            context.lawDate = scenario.asOf
            var item = VerdictItem(list: listSlot, index: index, label: nil)
            if case .record = items[index] {} else { item.isRecord = false }
            if Sink.needsLabels {
                item.label = if case .record(let record) = items[index] { record.label } else { rule.iteration?.listPath }
            }
            if !steps.isEmpty { steps.removeAll(keepingCapacity: true) }
            // The decider read once per rule, not per item: each read retains it.
            let verdict = decider.map { $0(&context, rule.inForceFrom, rule.inForceTo) } ?? decide(rule, context: &context, steps: &steps)
            sink.record(rule, item: item, verdict, steps: steps, context: &context)
        }
    }

    /// The case does not state the list at all. Most lists enumerate the acts the case
    /// describes, so stating none describes none: the rule has nothing to judge. (The few facts
    /// every case should state are marked `essential` in the schema; loading warns about them.)
    func unstatedList(_ rule: borrowing Rule, context: inout EvaluationContext) -> Verdict {
        let plan = rule.unstatedListPlan
        guard let blankItem = plan.blankItem else { return plan.listVerdict }
        context.locals.removeAll(keepingCapacity: true)
        context.locals.append(blankItem)
        for index in plan.clauses.indices {
            switch plan.clauses[index] {
            case .fixed(let excludes, let steps):
                // Spent as if run: once the budget is gone, no later clause can answer `false`.
                context.budget -= steps
                if context.budget <= 0 { return plan.listVerdict }
                if excludes { return .notBound(bindingIndex: index) }
            case .perCase(let condition):
                context.resetMissing()
                if case false? = try? condition.evaluateBool(&context) { return .notBound(bindingIndex: index) }
            }
        }
        // A duty's filings (`unstated: unknown`) are not acts the case may leave out: a body
        // the rule binds always has them, so not stating them leaves the rule undetermined.
        return plan.listVerdict
    }

    /// Decides the rule for the case, or for the item bound as the first local: through the
    /// rule's closure code, or through the interpreter when the context traces.
    func decide(_ rule: borrowing Rule, context: inout EvaluationContext, steps: inout [TraceStep]) -> Verdict {
        if context.trace == nil { return rule.decider(&context, rule.inForceFrom, rule.inForceTo) }
        return Self.decide(TracedRuleParts(rule: copy rule), inForceFrom: rule.inForceFrom, to: rule.inForceTo, context: &context, steps: &steps)
    }

    /// The decision, written once for both kinds of ``RuleParts``.
    static func decide<Parts: RuleParts>(
        _ parts: borrowing Parts, inForceFrom: Day, to inForceTo: Day?, context: inout EvaluationContext, steps: inout [TraceStep]
    ) -> Verdict {
        context.resetMissing()
        do {
            // Whom the provision reaches comes first: a fact it needs only for subjects it binds
            // (a trade union's registration day) must not make it undetermined for others.
            let (excludedBy, bindsUnknown) = try parts.bindings(&context, &steps)
            let bindingGaps = context.missing
            var lawDate = context.lawDateOverride ?? context.asOf
            if parts.hasAt, context.lawDateOverride == nil {
                guard let day = try parts.at(&context, &steps) else {
                    if let excludedBy { return .notBound(bindingIndex: excludedBy) }
                    return .undetermined(lawDate: nil, missing: context.missing, fault: context.fault)
                }
                lawDate = day
            }
            context.lawDate = lawDate
            guard lawDate >= inForceFrom, inForceTo.map({ lawDate <= $0 }) ?? true else { return .outOfPeriod(lawDate: lawDate) }
            if let excludedBy { return .notBound(bindingIndex: excludedBy) }
            if parts.hasApplies {
                let value = try parts.applies(&context, &steps)
                if let gap = context.gaps.first { return .gap(lawDate: lawDate, name: gap) }
                switch value {
                case false?: return .notApplicable(lawDate: lawDate)
                case nil: return .undetermined(lawDate: lawDate, missing: context.missing, fault: context.fault)
                default: break
                }
            }
            let verdict = try parts.violation(&context, &steps)
            let verdictFault = context.fault
            if let gap = context.gaps.first { return .gap(lawDate: lawDate, name: gap) }
            if verdict == false { return .compliant(lawDate: lawDate) }
            let missing = context.missing
            let dueDate = try deadline(parts, &context, &steps)
            if let gap = context.gaps.first { return .gap(lawDate: lawDate, name: gap) }
            if bindsUnknown {
                // It might not bind this subject at all: say which fact would settle that (and,
                // past any deadline, which facts would settle the breach).
                let notYetDue = dueDate.map { $0 >= context.asOf } ?? false
                return .undetermined(
                    lawDate: lawDate, missing: bindingGaps + (notYetDue ? [] : missing.filter { !bindingGaps.contains($0) }), fault: context.fault)
            }
            if let dueDate, dueDate >= context.asOf { return .pending(lawDate: lawDate, due: dueDate) }
            guard verdict == true else { return .undetermined(lawDate: lawDate, missing: missing, fault: verdictFault) }
            return .violation(lawDate: lawDate, due: dueDate)
        } catch {
            return .overBudget
        }
    }

    /// The rule's deadline for this case or item, when it declares one and it can be computed.
    private static func deadline<Parts: RuleParts>(
        _ parts: borrowing Parts, _ context: inout EvaluationContext, _ steps: inout [TraceStep]
    ) throws(EvaluationBudgetExceeded) -> Day? {
        guard parts.hasDue else { return nil }
        let before = context.missingCount
        defer { context.truncateMissing(to: before) }
        guard let day = try parts.due(&context, &steps), context.gaps.isEmpty else { return nil }
        return day
    }
}
