extension Evaluator {
    /// The sanctions a violation exposes each liable person to, as the law stood on
    /// `lawDate`, with fines in tenge at the MCI of the day proceedings were opened
    /// (CAO art. 44(1)): the protocol date when the case states one, else the offence date.
    func applySanctions(_ rule: Rule, lawDate: Day, context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> [SanctionApplication] {
        var mciDate = lawDate, mciBasis = "offence"
        if let protocolOn = rule.protocolOn, case .date(let day)? = try protocolOn.evaluate(&context) {
            // Proceedings cannot open before the offence: such a date is a slip in the case.
            if day >= lawDate { mciDate = day }
            mciBasis = day >= lawDate ? "protocol" : "offence_protocol_before"
        }
        let money = Money(date: mciDate, basis: mciBasis, mci: law.runtime.mci(on: mciDate))
        var clientRole: String?
        if let expression = rule.clientRole, case .string(let role)? = try expression.evaluate(&context) { clientRole = role }
        // nil: the rule has no repeat clause; .some(nil): the case does not say.
        func answer(_ condition: CompiledExpression) throws(EvaluationBudgetExceeded) -> Bool?? {
            if case .bool(let flag)? = try condition.evaluate(&context) { .some(flag) } else { .some(nil) }
        }
        let isRepeat = try rule.repeatOffence.map { offence throws(EvaluationBudgetExceeded) in try answer(offence.when) } ?? nil
        var applied: [SanctionApplication] = []
        for reference in rule.sanctions {
            if let clientRole, let liable = reference.liable, liable.rawValue != clientRole { continue }
            var condition: String?, conditionFacts: [String] = []
            if let when = reference.when {
                context.resetMissing()
                switch try when.evaluate(&context) {
                case .bool(true)?: break
                case .bool(false)?: continue
                default:
                    condition = reference.condition
                    conditionFacts = context.missing
                }
            }
            var subject = reference.liable?.defaultSubject, subjectFacts: [String] = []
            if let expression = reference.subject {
                context.resetMissing()
                if case .string(let text)? = try expression.evaluate(&context) { subject = text } else {
                    subject = nil
                    subjectFacts = context.missing
                }
            }
            func apply(_ id: String, basis: String) {
                guard var application = application(
                    id, reference: reference, subject: subject, subjectFacts: subjectFacts, condition: condition,
                    conditionFacts: conditionFacts, lawDate: lawDate, money: money) else { return }
                application.basis = basis
                applied.append(application)
            }
            // A part's own repeat condition (the earlier parts the Code names) wins over the rule's.
            let referenceRepeat = try reference.repeatWhen.map { condition throws(EvaluationBudgetExceeded) in try answer(condition) } ?? isRepeat
            if let repeatID = reference.repeatID, case .some(let known) = referenceRepeat {
                switch known {
                case true?: apply(repeatID, basis: "repeat")
                case false?: apply(reference.sanctionID, basis: "first")
                case nil:
                    apply(reference.sanctionID, basis: "first")
                    apply(repeatID, basis: "repeat_if_prior")
                }
            } else {
                apply(reference.sanctionID, basis: "first")
            }
        }
        // The older form: `repeat.sanctions` replaces every sanction on a repeat.
        if let repeatOffence = rule.repeatOffence, !repeatOffence.sanctions.isEmpty, case .some(let known) = isRepeat, known != false {
            let heavier = repeatOffence.sanctions.compactMap { id -> SanctionApplication? in
                guard var application = application(
                    id, reference: nil, subject: nil, subjectFacts: [], condition: nil, conditionFacts: [], lawDate: lawDate, money: money) else { return nil }
                application.basis = known == true ? "repeat" : "repeat_if_prior"
                return application
            }
            applied = known == true ? heavier : applied + heavier
        }
        return applied
    }

    /// The MCI of the day proceedings are opened, and which day that is.
    struct Money {
        let date: Day
        let basis: String
        let mci: Int?
    }

    private func application(
        _ id: String, reference: SanctionReference?, subject: String?, subjectFacts: [String], condition: String?,
        conditionFacts: [String], lawDate: Day, money: Money
    ) -> SanctionApplication? {
        guard let sanction = law.sanctions[id] else { return nil }
        // CAO art. 44(1) governs administrative fines only; a criminal fine is converted at the
        // offence date (the Criminal Code's own rule was not read).
        let money = sanction.code == "CAO" ? money : Money(date: lawDate, basis: "offence", mci: law.runtime.mci(on: lawDate))
        let version = sanction.version(on: lawDate)
        var fineTenge: ClosedRange<Double>?
        if let version, let subject, let fine = version.penalty(for: subject)?.fineMCI, let mci = money.mci {
            fineTenge = (fine.lowerBound * Double(mci))...(fine.upperBound * Double(mci))
        }
        let lines = PenaltyWording.english.lines(sanction, version: version, subject: subject, conditional: subject == nil && reference != nil, mci: money.mci, lawDate: lawDate)
        return SanctionApplication(
            sanctionID: id, heading: sanction.heading, title: sanction.title, versionFrom: version?.from, offence: version?.offence,
            status: max(sanction.status, version?.status ?? sanction.status), liable: reference?.liable, subject: subject,
            subjectFacts: subjectFacts, condition: condition, conditionFacts: conditionFacts, lines: lines, fineTenge: fineTenge,
            mciDate: money.date, mciDateBasis: money.basis, mci: money.mci,
            hasFine: version?.penalties.contains { $0.penalty.fineMCI != nil } ?? false)
    }
}
