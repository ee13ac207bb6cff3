/// How every report words a finding's sanctions: grouped by who bears them, each with its
/// condition, repeat basis and the day whose MCI converts the fines.
enum SanctionWording {
    /// The finding's sanctions by liable person, in the order the rule names them.
    static func groups(_ sanctions: [SanctionApplication]) -> [(label: String, sanctions: [SanctionApplication])] {
        var groups: [(label: String, sanctions: [SanctionApplication])] = []
        for sanction in sanctions {
            let label = sanction.liable?.phrase ?? "the liable persons"
            if let index = groups.firstIndex(where: { $0.label == label }) {
                groups[index].sanctions.append(sanction)
            } else {
                groups.append((label, [sanction]))
            }
        }
        return groups
    }

    /// "only if the assembly caused substantial harm (the case does not state …): ".
    static func prefix(_ sanction: SanctionApplication) -> String {
        guard let condition = sanction.condition else { return "" }
        let facts = sanction.conditionFacts.isEmpty ? "" : " — the case does not state \(sanction.conditionFacts.joined(separator: ", "))"
        return "only if \(condition)\(facts): "
    }

    static func basis(_ sanction: SanctionApplication) -> String {
        switch sanction.basis {
        case "repeat": " (repeat within a year after an earlier penalty)"
        case "repeat_if_prior": " (instead, if an earlier penalty was imposed within a year; prior penalties not stated)"
        default: ""
        }
    }

    /// "subject category unknown: the case does not state org.legal_form".
    static func subjectNote(_ sanction: SanctionApplication) -> String? {
        guard sanction.subject == nil, !sanction.subjectFacts.isEmpty else { return nil }
        return "subject category unknown: the case does not state \(sanction.subjectFacts.joined(separator: ", "))"
    }

    /// "tenge at MCI 2,917 in force on 2021-05-20, the offence date (the case states no protocol
    /// date); CAO art. 44(1)", once per code whose fines are converted.
    static func conversion(_ sanctions: [SanctionApplication]) -> String? {
        var parts: [String] = []
        for code in ["CAO", "CC"] {
            guard let first = sanctions.first(where: { $0.heading.hasPrefix(code + " ") && $0.hasFine && $0.mci != nil }), let mci = first.mci else { continue }
            let rule = code == "CAO" ? "CAO art. 44(1)" : "the Criminal Code's own rule was not read"
            let silent = code == "CAO" && first.mciDateBasis == "offence" ? " (no protocol date stated)" : ""
            parts.append("\(code) fines in tenge at MCI \(Formatting.number(Double(mci))) in force on \(first.mciDate), \(first.mciDateDescription)\(silent); \(rule)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
