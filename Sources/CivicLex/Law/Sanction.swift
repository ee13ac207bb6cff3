public import YAMLSource

/// What an article of the Code of Administrative Offences or the Criminal Code provides,
/// with dated versions like parameters.
public struct Sanction: Sendable {
    /// The penalty for one kind of liable subject.
    public struct Penalty: Sendable {
        public let warning: Bool
        /// Fine range in MCI; equal bounds for a fixed fine.
        public let fineMCI: ClosedRange<Double>?
        public let arrestDaysMax: Int?
        public let suspensionMonthsMax: Int?
        public let ban: Bool
        public let note: String?
    }

    public struct Version: Sendable {
        public let from: Day
        public let to: Day?
        /// Penalty by subject: `individual`, `official`, `legal_entity`, `small_business`, …
        public let penalties: [(subject: String, penalty: Penalty)]
        public let citation: Citation?
        public let status: VerificationStatus
        public let note: String?
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
}
