/// Scores at every date on which the law changes, with the changes that caused each step.
public struct Timeline: Sendable {
    public struct Step: Sendable {
        public let date: Day
        /// What changed on this date ("param.x = 5 (Law No. …)", "KZ-ASM-003 comes into force").
        public let causes: [String]
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
    public init(law: Law, scenario: Case?, from: Day, to: Day) {
        self.from = from
        self.to = to
        let evaluator = Evaluator(law: law)
        var steps: [Step] = []
        for (date, causes) in Timeline.changes(in: law, from: from, to: to) {
            let assessment = scenario.map { evaluator.assess($0, lawDate: date) }
            steps.append(Step(date: date, causes: causes, enabling: assessment?.enabling ?? evaluator.enablingEnvironment(on: date), assessment: assessment))
        }
        self.steps = steps
    }

    /// Every date in `from…to` on which a parameter, rule or sanction changes; `from` itself
    /// always comes first so the timeline has a starting value.
    public static func changes(in law: Law, from: Day, to: Day) -> [(Day, [String])] {
        var causes: [Day: [String]] = [from: []]
        func note(_ day: Day, _ text: String) {
            guard day >= from, day <= to else { return }
            causes[day, default: []].append(text)
        }
        func origin(_ parameter: String, _ day: Day) -> String {
            law.amendments.first { $0.effective == day && $0.parameters.contains(parameter) }.map { " — \($0.title)" } ?? ""
        }
        for parameter in law.parameters {
            for value in parameter.values {
                let source = value.citation.map { " (\($0.formatted(in: law.sources)))" } ?? ""
                note(value.from, "param.\(parameter.name) = \(Formatting.value(value.value, type: parameter.type))\(source)\(origin(parameter.name, value.from))")
                if let end = value.to, parameter.value(on: end.adding(days: 1)) == nil {
                    note(end.adding(days: 1), "param.\(parameter.name) ends\(origin(parameter.name, end.adding(days: 1)))")
                }
            }
        }
        for rule in law.rules {
            note(rule.inForceFrom, "\(rule.id) comes into force: \(rule.title)")
            if let end = rule.inForceTo { note(end.adding(days: 1), "\(rule.id) ceases to apply: \(rule.title)") }
        }
        for sanction in law.sanctions.values {
            for version in sanction.versions where version.from != sanction.versions.first?.from {
                note(version.from, "\(sanction.heading) amended")
            }
        }
        return causes.keys.sorted().map { ($0, causes[$0]!) }
    }
}
