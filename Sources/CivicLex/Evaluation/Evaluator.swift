/// Applies a ``Law`` to cases. Stateless and `Sendable`: one evaluator serves every thread.
public struct Evaluator: Sendable {
    public let law: Law
    /// Step budget for one expression over one case or item.
    public var budget = 1_000_000
    /// Whether violations get their rendered message, remedy and sanctions; batch scoring
    /// that only counts outcomes turns this off.
    public var rendersFindings = true
    /// Whether results carry their reasons and missing facts; a comparison, which reports only
    /// outcomes, turns this off.
    public var recordsReasons = true
    /// The report language: messages and remedies are rendered from the law's templates in it
    /// where it has them (English otherwise), with its dates and amounts.
    public var language = ReportLanguage.english
    var texts: LawTexts? { language.texts }
    private let enablingCache: EnablingCache

    public init(law: Law) {
        self.law = law
        enablingCache = EnablingCache(law: law)
    }

    /// The law's enabling-environment score on `date`, computed once per period of the law.
    func cachedEnablingEnvironment(on date: Day) -> EnablingScore {
        enablingCache.score(on: date, by: self)
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
        context.recordsMissing = recordsReasons
        // Outcomes only (a comparison): clauses rules share are decided once per item, as in `tally`.
        if !recordsReasons, !trace { context.clauseCache = clauseCache(for: scenario) }
        var collector = ResultCollector(evaluator: self, caseAreas: scenario.areas, results: results)
        law.rules.withUnsafeBufferPointer { rules in
            guard let first = rules.baseAddress else { return }
            for index in rules.indices where ruleIDs?.contains(first[index].id) ?? true {
                walk((first + index).pointee, on: scenario, context: &context, into: &collector)
            }
        }
        results = collector.results
        results = mergingVersions(results)
        let risk = riskScore(results)
        return Assessment(
            caseID: scenario.id, title: scenario.title, path: scenario.path, asOf: scenario.asOf, results: results,
            risk: risk, enabling: cachedEnablingEnvironment(on: lawDate ?? scenario.asOf))
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

    static func run(_ expression: CompiledExpression, _ part: String, _ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Value? {
        guard context.trace != nil else { return try expression.evaluate(&context) }
        context.trace = [:]
        let value = try Interpreter.evaluate(expression.root, &context)
        for (id, traced) in (context.trace ?? [:]).sorted(by: { $0.key < $1.key }) {
            steps.append(TraceStep(part: part, expression: expression.tracedTexts[id], value: Formatting.value(traced), isUnknown: (traced as Value?) == nil))
        }
        steps.append(TraceStep(part: part, expression: expression.source, value: Formatting.value(value, type: expression.type), isUnknown: value == nil))
        return value
    }

    /// `run` for a bool expression, unboxed when not tracing: `nil` is unknown.
    static func runBool(_ expression: CompiledExpression, _ part: String, _ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Bool? {
        if context.trace == nil { return try expression.evaluateBool(&context) }
        guard case .bool(let value)? = try run(expression, part, &context, &steps) else { return nil }
        return value
    }

    /// `run` for a date expression, unboxed when not tracing: `nil` is unknown.
    static func runDay(_ expression: CompiledExpression, _ part: String, _ context: inout EvaluationContext, _ steps: inout [TraceStep]) throws(EvaluationBudgetExceeded) -> Day? {
        if context.trace == nil { return try expression.evaluateDay(&context) }
        guard case .date(let value)? = try run(expression, part, &context, &steps) else { return nil }
        return value
    }

    func render(_ template: Template, _ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> String {
        var text = ""
        for piece in template.pieces {
            switch piece {
            case .text(let literal): text += literal
            case .expression(let expression):
                let value = try expression.evaluate(&context)
                text += language.isEnglish ? Formatting.value(value, type: expression.type) : language.value(value, type: expression.type)
            }
        }
        return text
    }

    func result(
        _ rule: Rule, item: String?, _ outcome: Outcome, lawDate: Day?, dueDate: Day? = nil, missing: [String] = [], reason: String? = nil,
        message: String? = nil, remedy: String? = nil, sanctions: [SanctionApplication] = [], trace: [TraceStep] = []
    ) -> RuleResult {
        RuleResult(
            ruleID: rule.id, ruleIndex: rule.index, item: item, outcome: outcome, status: status(of: rule, on: lawDate), lawDate: lawDate, dueDate: dueDate, missingFacts: missing, reason: reason,
            message: message, remedy: remedy, sanctions: sanctions, trace: trace)
    }
}
