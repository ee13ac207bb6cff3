/// How every report words a finding's sanctions: grouped by who bears them, each with its
/// condition, repeat basis and the day whose MCI converts the fines, in the report language.
struct SanctionWording {
    let language: ReportLanguage
    static let english = SanctionWording(language: .english)

    private var m: Messages { language.messages }

    /// The finding's sanctions by liable person, in the order the rule names them.
    func groups(_ sanctions: [SanctionApplication]) -> [(label: String, sanctions: [SanctionApplication])] {
        var groups: [(label: String, sanctions: [SanctionApplication])] = []
        for sanction in sanctions {
            let label = sanction.liable.map { m("liable." + $0.rawValue) } ?? m["sanction.liable_default"]
            if let index = groups.firstIndex(where: { $0.label == label }) {
                groups[index].sanctions.append(sanction)
            } else {
                groups.append((label, [sanction]))
            }
        }
        return groups
    }

    /// "only if the assembly caused substantial harm (the case does not state …): ".
    func prefix(_ sanction: SanctionApplication) -> String {
        guard let condition = sanction.condition else { return "" }
        let facts = sanction.conditionFacts.isEmpty ? "" : m("sanction.not_stated", ["facts": sanction.conditionFacts.joined(separator: ", ")])
        return m("sanction.only_if", ["condition": language.sanctionCondition(condition), "facts": facts])
    }

    func basis(_ sanction: SanctionApplication) -> String {
        switch sanction.basis {
        case "repeat": m["sanction.repeat"]
        case "repeat_if_prior": m["sanction.repeat_if_prior"]
        default: ""
        }
    }

    /// "subject category unknown: the case does not state org.legal_form".
    func subjectNote(_ sanction: SanctionApplication) -> String? {
        guard sanction.subject == nil, !sanction.subjectFacts.isEmpty else { return nil }
        return m("sanction.subject_unknown", ["facts": sanction.subjectFacts.joined(separator: ", ")])
    }

    /// "tenge at MCI 2,917 in force on 2021-05-20, the offence date (the case states no protocol
    /// date); CAO art. 44(1)", once per code whose fines are converted.
    func conversion(_ sanctions: [SanctionApplication]) -> String? {
        var parts: [String] = []
        for code in ["CAO", "CC"] {
            guard let first = sanctions.first(where: { $0.heading.hasPrefix(code + " ") && $0.hasFine && $0.mci != nil }), let mci = first.mci else { continue }
            let silent = code == "CAO" && first.mciDateBasis == "offence" ? m["sanction.no_protocol"] : ""
            parts.append(m("sanction.conversion." + code, [
                "mci": language.number(Double(mci)), "date": language.date(first.mciDate),
                "basis": m("sanction.mci_date." + first.mciDateBasis), "silent": silent,
            ]))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
