/// Scores at every date on which the law changes, with the changes that caused each step.
public struct Timeline: Sendable {
    /// One change of the law, said in a sentence, with the link to its source text.
    public struct Change: Sendable {
        public let sentence: String
        public let link: String?
    }

    public struct Step: Sendable {
        public let date: Day
        /// What changed on this date, each in a sentence with its source.
        public let changes: [Change]
        /// The sentences alone.
        public var causes: [String] { changes.map(\.sentence) }
        public let enabling: EnablingScore
        /// For a case timeline: its assessment with every act judged by the law of `date`.
        public let assessment: Assessment?
    }

    public let from: Day
    public let to: Day
    public let steps: [Step]

    /// The law's own timeline (no case).
    public init(law: Law, from: Day, to: Day) {
        self.init(law: law, scenario: nil, from: from, to: to)
    }

    /// A case's timeline: its risk and findings if its acts were judged by the law of each date.
    public init(law: Law, scenario: Case?, from: Day, to: Day, language: ReportLanguage = .english) {
        self.from = from
        self.to = to
        let evaluator = Evaluator(law: law)
        var steps: [Step] = []
        for (date, causes) in Timeline.changes(in: law, from: from, to: to, language: language) {
            let assessment = scenario.map { evaluator.assess($0, lawDate: date) }
            steps.append(Step(date: date, changes: causes, enabling: assessment?.enabling ?? evaluator.enablingEnvironment(on: date), assessment: assessment))
        }
        self.steps = steps
    }

    /// Every date in `from…to` on which a parameter, rule or sanction changes; `from` itself
    /// always comes first so the timeline has a starting value.
    public static func changes(in law: Law, from: Day, to: Day, language: ReportLanguage = .english) -> [(Day, [Change])] {
        let m = language.messages
        var causes: [Day: [Change]] = [from: []]
        func note(_ day: Day, _ sentence: String, _ link: String?) {
            guard day >= from, day <= to else { return }
            causes[day, default: []].append(Change(sentence: sentence, link: link))
        }
        func origin(_ parameter: String, _ day: Day) -> String {
            law.amendments.first { $0.effective == day && $0.parameters.contains(parameter) }.map { " (\(language.amendmentTitle($0)))" } ?? ""
        }
        for parameter in law.parameters {
            let subject = ChangeWording.subject(language.texts?.parameters[parameter.name] ?? parameter.description)
            for value in parameter.values {
                let citation = value.citation ?? parameter.citation
                let source = citation.map { m("timeline.under", ["citation": language.citation($0, in: law.sources)]) } ?? ""
                let first = value.from == parameter.values.first?.from
                // The same value under a new act (a code replaced by another) is a change of basis.
                let unchanged = !first && parameter.value(on: value.from.adding(days: -1))?.value == value.value
                let statement: String
                if case .bool(let flag) = value.value {
                    // A yes/no provision ("Foreigners may organise assemblies"): say which it is.
                    statement = "\(subject): \(first ? "" : (unchanged ? m["timeline.still"] : m["timeline.now"]))\(flag ? m["timeline.yes"] : m["timeline.no"])"
                } else {
                    let key = first ? "timeline.is" : (unchanged ? "timeline.stays" : "timeline.becomes")
                    statement = m(key, ["subject": subject, "amount": ChangeWording.amount(value.value, type: parameter.type, unit: parameter.unit, language: language)])
                }
                note(value.from, "\(statement)\(source)\(origin(parameter.name, value.from)).", citation?.link(in: law.sources))
                if let end = value.to, parameter.value(on: end.adding(days: 1)) == nil {
                    note(end.adding(days: 1), m("timeline.no_longer", ["subject": subject]) + "\(origin(parameter.name, end.adding(days: 1))).", citation?.link(in: law.sources))
                }
            }
        }
        func ruleOrigin(_ id: String, _ day: Day) -> String {
            law.amendments.first { $0.effective == day && $0.rules.contains(id) }.map { " (\(language.amendmentTitle($0)))" } ?? ""
        }
        for (index, rule) in law.rules.enumerated() {
            let citation = language.citation(rule.citation, in: law.sources, flagsMissingArticle: true)
            let arguments = ["id": rule.id, "title": language.ruleTitle(rule), "citation": citation]
            // A version that takes over the day the previous one ends is one replacement.
            let replaced = law.rules[..<index].last { $0.id == rule.id && $0.inForceTo?.adding(days: 1) == rule.inForceFrom }
            if let replaced {
                let before = language.citation(replaced.citation, in: law.sources, flagsMissingArticle: true)
                note(rule.inForceFrom, m("timeline.rule_replaced", arguments.merging(["before": before, "origin": ruleOrigin(rule.id, rule.inForceFrom)]) { $1 }), rule.citation.link(in: law.sources))
            } else {
                note(rule.inForceFrom, m("timeline.rule_in_force", arguments.merging(["origin": ruleOrigin(rule.id, rule.inForceFrom)]) { $1 }), rule.citation.link(in: law.sources))
            }
            if let end = rule.inForceTo, !law.rules[(index + 1)...].contains(where: { $0.id == rule.id && $0.inForceFrom == end.adding(days: 1) }) {
                note(end.adding(days: 1), m("timeline.rule_ceases", arguments.merging(["origin": ruleOrigin(rule.id, end.adding(days: 1))]) { $1 }), rule.citation.link(in: law.sources))
            }
        }
        for sanction in law.sanctions.values {
            for version in sanction.versions where version.from != sanction.versions.first?.from {
                let source = version.citation.map { m("timeline.by", ["citation": language.citation($0, in: law.sources)]) } ?? ""
                let heading = language.sanctionHeading(sanction)
                note(version.from, m("timeline.penalties_change", ["heading": heading, "title": language.sanctionTitle(sanction.id, sanction.title), "source": source]), version.citation?.link(in: law.sources) ?? sanction.url)
            }
        }
        return causes.keys.sorted().map { day in (day, causes[day]!.sorted { $0.sentence < $1.sentence }) }
    }
}

/// Wording for timeline sentences.
enum ChangeWording {
    /// A parameter's description as the subject of a sentence ("The notice period …").
    static func subject(_ description: String) -> String {
        var text = FactText.oneLine(description)
        while text.hasSuffix(".") { text.removeLast() }
        guard let first = text.first else { return "A parameter" }
        return first.uppercased() + text.dropFirst()
    }

    /// "5 working days", "true", "2,500,000 KZT".
    static func amount(_ value: Value, type: ValueType, unit: String?, language: ReportLanguage = .english) -> String {
        let text = language.isEnglish ? Formatting.value(value, type: type) : language.value(value, type: type)
        guard let unit, !unit.isEmpty else { return text }
        return "\(text) \(language.unitName(unit, after: value.asDouble) ?? unit.replacingUnderscores)"
    }
}
