public import YAMLSource

/// How serious a finding is; orders findings and feeds the risk score.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case info, low, medium, high, critical

    /// Least serious first, as declared; spelled out because `allCases` builds an array per call.
    public var rank: Int {
        switch self {
        case .info: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A compiled `{expression}` template for messages and remedies.
public struct Template: Sendable {
    enum Piece: Sendable {
        case text(String)
        case expression(CompiledExpression)
    }

    let pieces: [Piece]
    public let source: String

    /// Whether the rendered text contains a date (a remedy that does needs `due` and
    /// `remedy_overdue`, or it could name a day already past).
    public var namesADate: Bool {
        pieces.contains { if case .expression(let expression) = $0 { expression.type == .date } else { false } }
    }
}

/// One provision encoded as a check over a case.
public struct Rule: Sendable {
    public struct Iteration: Sendable {
        /// The list fact the rule runs over, one outcome per item.
        public let listPath: String
        public let listSlot: Int
        public let variable: String
        /// An item with every field unstated, bound when the list is not stated at all so that
        /// `binds:` clauses on the item can still exclude it; made once, not per case.
        let blankItem: Value?
        /// The list is a duty's filings (`unstated: unknown`): not stating it is not knowing it.
        let unstatedIsUnknown: Bool

        init(listPath: String, listSlot: Int, variable: String, elementType: ValueType, unstatedIsUnknown: Bool) {
            self.unstatedIsUnknown = unstatedIsUnknown
            self.listPath = listPath
            self.listSlot = listSlot
            self.variable = variable
            if case .record(let recordType) = elementType {
                blankItem = .record(Record(type: recordType, fields: Array(repeating: nil, count: recordType.fields.count), label: "\(listPath)[?]"))
            } else {
                blankItem = nil
            }
        }
    }

    /// The rule's fixed parts, shared by every copy: a `Rule` is read per rule and case, and
    /// copying two dozen fields retains each of them, where a copy of this costs one retain.
    final class Storage: Sendable {
        let id: String
        let title: String
        let area: String
        let inForceFrom: Day
        let iteration: Iteration?
        let bindings: [Binding]
        let at: CompiledExpression?
        let applies: CompiledExpression?
        let violation: CompiledExpression
        let severity: Severity
        let message: Template
        let remedy: Template?
        let due: CompiledExpression?
        let remedyOverdue: Template?
        let citation: Citation
        let sanctions: [SanctionReference]
        let clientRole: CompiledExpression?
        let protocolOn: CompiledExpression?
        let consequence: String?
        let repeatOffence: RepeatOffence?
        let status: VerificationStatus
        let note: String?
        let file: String
        let location: SourceLocation?
        /// Decides the rule untraced, through closure code built once here (see ``RuleCode``).
        let decider: Decider
        /// Indices in `Law.parameters` of the parameters the conditions read, so a finding's
        /// status costs no name lookups. Kept here, not on `Rule`: each reference a `Rule`
        /// holds is one more retain every time a rule is passed, per rule and case.
        let parameterIndices: [Int]
        /// How the rule decides a case that does not state its list.
        let unstatedListPlan: UnstatedListPlan

        init(id: String, title: String, area: String, inForceFrom: Day, iteration: Iteration?, bindings: [Binding], at: CompiledExpression?, applies: CompiledExpression?, violation: CompiledExpression, severity: Severity, message: Template, remedy: Template?, due: CompiledExpression?, remedyOverdue: Template?, citation: Citation, sanctions: [SanctionReference], clientRole: CompiledExpression?, protocolOn: CompiledExpression?, consequence: String?, repeatOffence: RepeatOffence?, status: VerificationStatus, note: String?, file: String, location: SourceLocation?) {
            self.id = id
            self.title = title
            self.area = area
            self.inForceFrom = inForceFrom
            self.iteration = iteration
            self.bindings = bindings
            self.at = at
            self.applies = applies
            self.violation = violation
            self.severity = severity
            self.message = message
            self.remedy = remedy
            self.due = due
            self.remedyOverdue = remedyOverdue
            self.citation = citation
            self.sanctions = sanctions
            self.clientRole = clientRole
            self.protocolOn = protocolOn
            self.consequence = consequence
            self.repeatOffence = repeatOffence
            self.status = status
            self.note = note
            self.file = file
            self.location = location
            parameterIndices = Self.parameterIndices(in: [violation, applies, at, due].compactMap { $0?.root })
            unstatedListPlan = UnstatedListPlan(iteration: iteration, bindings: bindings)
            let code = RuleCode(bindings: bindings, at: at, applies: applies, violation: violation, due: due)
            decider = { context, inForceFrom, inForceTo in
                var steps: [TraceStep] = []
                return Evaluator.decide(code, inForceFrom: inForceFrom, to: inForceTo, context: &context, steps: &steps)
            }
        }

        /// The parameters `roots` read, each once, in the order met.
        private static func parameterIndices(in roots: [Compiled]) -> [Int] {
            var found: [Int] = []
            var pending = roots
            while let node = pending.popLast() {
                if case .parameter(let index, _) = node, !found.contains(index) { found.append(index) }
                pending.append(contentsOf: node.children)
            }
            return found
        }
    }

    private let storage: Storage

    /// Decides the rule for a context that does not trace, given the rule's period in force.
    typealias Decider = @Sendable (inout EvaluationContext, _ inForceFrom: Day, _ inForceTo: Day?) -> Verdict
    var decider: Decider { storage.decider }
    var unstatedListPlan: UnstatedListPlan { storage.unstatedListPlan }

    init(
        id: String,
        title: String,
        area: String,
        inForceFrom: Day,
        inForceTo: Day?,
        iteration: Iteration?,
        bindings: [Binding],
        at: CompiledExpression?,
        applies: CompiledExpression?,
        violation: CompiledExpression,
        severity: Severity,
        message: Template,
        remedy: Template?,
        due: CompiledExpression?,
        remedyOverdue: Template?,
        citation: Citation,
        sanctions: [SanctionReference],
        clientRole: CompiledExpression?,
        protocolOn: CompiledExpression?,
        consequence: String?,
        repeatOffence: RepeatOffence?,
        status: VerificationStatus,
        note: String?,
        file: String,
        location: SourceLocation?
    ) {
        storage = Storage(id: id, title: title, area: area, inForceFrom: inForceFrom, iteration: iteration, bindings: bindings, at: at, applies: applies, violation: violation, severity: severity, message: message, remedy: remedy, due: due, remedyOverdue: remedyOverdue, citation: citation, sanctions: sanctions, clientRole: clientRole, protocolOn: protocolOn, consequence: consequence, repeatOffence: repeatOffence, status: status, note: note, file: file, location: location)
        self.inForceTo = inForceTo
    }

    public var id: String { storage.id }
    /// Position in `Law.rules`; versions of an amended rule share `id` but not `index`.
    public internal(set) var index = 0
    public var title: String { storage.title }
    public var area: String { storage.area }
    public var inForceFrom: Day { storage.inForceFrom }
    /// Last day in force; an amendment that repeals or replaces the rule sets it.
    public internal(set) var inForceTo: Day?
    public var iteration: Iteration? { storage.iteration }
    /// `iteration?.listSlot`, read without copying the iteration.
    var listSlot: Int? { storage.iteration?.listSlot }
    /// Whom the provision binds (legal forms, registration state, role); anyone else makes it
    /// `not_applicable`. Checked before anything else.
    public var bindings: [Binding] { storage.bindings }
    /// The date whose law governs the act; `nil` means the case's assessment date.
    public var at: CompiledExpression? { storage.at }
    public var applies: CompiledExpression? { storage.applies }
    public var violation: CompiledExpression { storage.violation }
    public var severity: Severity { storage.severity }
    public var message: Template { storage.message }
    public var remedy: Template? { storage.remedy }
    /// For an obligation with a deadline: the last day to meet it. A breach or unknown whose
    /// deadline is on or after the assessment date is `pending`, not yet a violation.
    public var due: CompiledExpression? { storage.due }
    /// What to do now once `due` has passed (the plain `remedy` would name a past date).
    public var remedyOverdue: Template? { storage.remedyOverdue }
    public var citation: Citation { storage.citation }
    /// The sanctions a breach exposes each liable person to.
    public var sanctions: [SanctionReference] { storage.sanctions }
    /// The client's role in the act (`organiser`, `participant`, …): when the case states it,
    /// only the sanctions on that role apply to the client.
    public var clientRole: CompiledExpression? { storage.clientRole }
    /// The day the proceedings were opened (the protocol), whose MCI converts the fines
    /// (CAO art. 44(1)); the offence date when the case does not state it.
    public var protocolOn: CompiledExpression? { storage.protocolOn }
    /// What follows a breach that is not a penalty (refusal of registration, loss of status).
    public var consequence: String? { storage.consequence }
    /// When the breach repeats an earlier one penalised within the period the code sets,
    /// the heavier sanctions that apply instead.
    public var repeatOffence: RepeatOffence? { storage.repeatOffence }

    public struct RepeatOffence: Sendable {
        /// True when the case's prior penalties make this breach a repeat.
        public let when: CompiledExpression
        /// Replaces every sanction (the older form); references can instead name their own
        /// repeat part.
        public let sanctions: [String]
    }
    public var status: VerificationStatus { storage.status }
    /// Indices in `Law.parameters` of the parameters the conditions read.
    public var parameterIndices: [Int] { storage.parameterIndices }
    public var note: String? { storage.note }
    public var file: String { storage.file }
    public var location: SourceLocation? { storage.location }

    /// The sanctions listed by id, in order (repeat parts included).
    public var sanctionIDs: [String] {
        sanctions.flatMap { [$0.sanctionID] + ($0.repeatID.map { [$0] } ?? []) } + (repeatOffence?.sanctions ?? [])
    }

    /// Names of the parameters the rule's conditions read.
    public var parameterReferences: [String] {
        ([violation] + [applies, at, due].compactMap { $0 }).flatMap(\.references)
            .filter { $0.hasPrefix("param.") }.map { String($0.dropFirst("param.".count)) }
    }

    public func isInForce(on day: Day) -> Bool {
        day >= inForceFrom && (inForceTo.map { day <= $0 } ?? true)
    }
}
