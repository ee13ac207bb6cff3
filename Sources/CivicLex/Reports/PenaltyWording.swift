/// The words of a sanction part's penalties ("warning or fine 30 MCI (87,510 KZT) or arrest up
/// to 15 days"), in the report language; the evaluator words them in English.
struct PenaltyWording {
    let language: ReportLanguage
    static let english = PenaltyWording(language: .english)

    private var m: Messages { language.messages }

    /// "small business or NCO" for `small_business_or_nco`.
    func subjectName(_ subject: String) -> String {
        language.isEnglish ? Sanction.subjectName(subject) : m("subject." + subject)
    }

    /// One line per penalty: the subject's own when the case says which it is, else every one
    /// (each prefixed "if" when `conditional`).
    func lines(_ sanction: Sanction, version: Sanction.Version?, subject: String?, conditional: Bool, mci: Int?, lawDate: Day) -> [String] {
        guard let version else { return [m("penalty.no_version", ["date": language.date(lawDate)])] }
        if let subject, let penalty = version.penalty(for: subject) {
            return ["\(subjectName(subject)): " + describe(penalty, mci: mci)]
        }
        var lines: [String] = []
        if let subject { lines.append(m("penalty.none_for_subject", ["subject": subjectName(subject)])) }
        lines += version.penalties.map { (conditional ? m["penalty.if"] : "") + "\(subjectName($0.subject)): " + describe($0.penalty, mci: mci) }
        return lines
    }

    func describe(_ penalty: Sanction.Penalty, mci: Int?) -> String {
        let unit = m["format.mci"]
        var options: [String] = []
        if penalty.warning { options.append(m["penalty.warning"]) }
        var fineText: String?
        if let fine = penalty.fineMCI {
            let mciText = fine.lowerBound == fine.upperBound
                ? "\(language.number(fine.lowerBound)) \(unit)"
                : fine.lowerBound == 0 ? m("penalty.up_to", ["amount": "\(language.number(fine.upperBound)) \(unit)"]) : "\(language.number(fine.lowerBound))–\(language.number(fine.upperBound)) \(unit)"
            if let mci {
                let low = fine.lowerBound * Double(mci), high = fine.upperBound * Double(mci)
                let tenge = low == high || fine.lowerBound == 0 ? language.money(high) : "\(language.number(low))–\(language.money(high))"
                fineText = m("penalty.fine", ["amount": mciText]) + " (\(tenge))"
            } else {
                fineText = m("penalty.fine", ["amount": mciText])
            }
        }
        // As for fines: one number is the term the part states («сроком на три месяца»), [0, N] a
        // cap (a part with no term, under CAO art. 48(3)), [a, b] a range.
        let suspensionMonths = penalty.suspensionMonths.map { months in
            months.lowerBound == months.upperBound ? String(months.upperBound)
                : months.lowerBound == 0 ? m("penalty.up_to", ["amount": String(months.upperBound)]) : "\(months.lowerBound)–\(months.upperBound)"
        }
        let suspension = suspensionMonths.map { m("penalty.suspension", ["months": $0]) }
        // Attachments go with the fine (CAO 489(2): the suspension goes with the fine, not the warning).
        // Attached, the noun takes the case "with" governs («с приостановлением»).
        var attachments: [String] = []
        if let suspensionMonths {
            let attached = m("penalty.suspension_attached", ["months": suspensionMonths])
            switch penalty.suspensionMode {
            case .with: attachments.append(m("penalty.with", ["what": attached]))
            case .optional: attachments.append(m("penalty.with_or_without", ["what": attached]))
            case .alternative: break
            }
        }
        if penalty.ban { attachments.append(m["penalty.ban"]) }
        if penalty.confiscation { attachments.append(m["penalty.confiscation"]) }
        if let fineText {
            options.append(([fineText] + attachments).joined(separator: " "))
            attachments = []
        }
        if let amount = penalty.correctionalWorkMCIMax { options.append(m("penalty.correctional_work", ["amount": "\(amount) \(unit)"])) }
        if let hours = penalty.communityWorkHoursMax { options.append(m.plural("penalty.community_work", count: hours, ["hours": String(hours)])) }
        if let days = penalty.arrestDaysMax { options.append(m("penalty.arrest", ["days": String(days)])) }
        if let suspension, penalty.suspensionMode == .alternative { options.append(suspension) }
        var text = options.joined(separator: m["penalty.or"])
        if !attachments.isEmpty { text += (text.isEmpty ? "" : ", ") + attachments.joined(separator: ", ") }
        if penalty.expulsion { text += m["penalty.expulsion"] }
        // A penalty's note is the rule set's own remark, in the law's texts where they word it.
        if let note = penalty.note.map({ language.texts?.penaltyNotes[$0] ?? $0 }) { text += text.isEmpty ? note : " (\(note))" }
        return text.isEmpty ? m["penalty.see_article"] : text
    }

    /// "CAO art. 488 part 1" / "КоАП ст. 488 ч. 1".
    func heading(_ sanction: SanctionApplication, law: Law) -> String {
        guard !language.isEnglish, let part = law.sanctions[sanction.sanctionID] else { return sanction.heading }
        return language.sanctionHeading(part)
    }

    /// The application's penalty lines in the report language (English as evaluated).
    func lines(_ sanction: SanctionApplication, law: Law, lawDate: Day?) -> [String] {
        guard !language.isEnglish, let part = law.sanctions[sanction.sanctionID], let lawDate else { return sanction.lines }
        let version = part.version(on: lawDate)
        let conditional = sanction.subject == nil && sanction.lines.first?.hasPrefix("if ") == true
        return lines(part, version: version, subject: sanction.subject, conditional: conditional, mci: sanction.mci, lawDate: lawDate)
    }
}
