public import YAMLSource

/// What one part of an article of the Code of Administrative Offences or the Criminal Code
/// provides, with dated versions like parameters: the part's wording can change between
/// versions (CAO 488 part 1 covered every breach until June 2020, obstruction only after).
public struct Sanction: Sendable {
    /// How a suspension of activity joins the other penalties of a line.
    public enum SuspensionMode: String, Sendable, CaseIterable {
        /// "fine … with suspension": imposed with the fine.
        case with
        /// "fine … with or without suspension": the court chooses.
        case optional
        /// "fine … or suspension": an alternative to the fine.
        case alternative
    }

    /// The penalty for one category of liable subject (individual, legal entity, …).
    public struct Penalty: Sendable {
        public let warning: Bool
        /// Fine range in MCI; equal bounds for a fixed fine.
        public let fineMCI: ClosedRange<Double>?
        public let arrestDaysMax: Int?
        /// Correctional work up to this many MCI (Criminal Code).
        public let correctionalWorkMCIMax: Int?
        public let communityWorkHoursMax: Int?
        /// Administrative expulsion of a foreign national, attached to every option.
        public let expulsion: Bool
        public let suspensionMonths: ClosedRange<Int>?
        public let suspensionMode: SuspensionMode
        public let ban: Bool
        public let confiscation: Bool
        public let note: String?
    }

    public struct Version: Sendable {
        public let from: Day
        public let to: Day?
        /// What the part punishes in this version's wording.
        public let offence: String?
        /// Penalty by subject category: `individual`, `official`, `legal_entity`, `small_business_or_nco`, …
        public let penalties: [(subject: String, penalty: Penalty)]
        public let citation: Citation?
        public let status: VerificationStatus
        public let note: String?

        /// The penalty for `subject`; a version with a single line for `anyone` binds every subject.
        public func penalty(for subject: String) -> Penalty? {
            penalties.first { $0.subject == subject }?.penalty ?? penalties.first { $0.subject == "anyone" }?.penalty
        }
    }

    public let id: String
    public let code: String
    public let article: String
    public let part: String?
    public let title: String
    public let url: String?
    public let status: VerificationStatus
    public let versions: [Version]
    public let location: SourceLocation?
    public let file: String

    public func version(on day: Day) -> Version? {
        var found: Version?
        for candidate in versions where candidate.from <= day { found = candidate }
        guard let found else { return nil }
        if let to = found.to, day > to { return nil }
        return found
    }

    /// "CAO art. 488 part 1".
    public var heading: String {
        var text = "\(code) art. \(article)"
        if let part { text += " part \(part)" }
        return text
    }

    /// Subject categories a penalty line may name, in the order the Code lists them.
    public static let subjects = [
        "individual", "official", "legal_entity", "small_business_or_nco", "medium_business", "large_business", "anyone",
    ]

    /// "small business or NCO" for `small_business_or_nco`.
    public static func subjectName(_ subject: String) -> String {
        switch subject {
        case "small_business_or_nco": "small business or NCO"
        case "anyone": "any person liable"
        default: subject.replacingUnderscores
        }
    }
}
