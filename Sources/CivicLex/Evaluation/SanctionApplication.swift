/// A sanction part applied to a finding: on whom, in which subject category, on what
/// condition, with fines in MCI and in tenge.
public struct SanctionApplication: Sendable {
    public let sanctionID: String
    public let heading: String
    public let title: String
    public let versionFrom: Day?
    /// What the part punishes in the version applied.
    public let offence: String?
    public let status: VerificationStatus
    /// Who bears it; `nil` when the rule does not say (all subjects are listed).
    public let liable: SanctionReference.Liable?
    /// The Code's subject category the case falls in (`individual`, `small_business_or_nco`, …);
    /// `nil` when unknown, and then every category's line is listed.
    public let subject: String?
    /// Facts the subject category needs that the case does not state.
    public let subjectFacts: [String]
    /// Set when the sanction needs a fact the case does not state: it applies only "if" this.
    public let condition: String?
    /// The facts `condition` turns on.
    public let conditionFacts: [String]
    public let lines: [String]
    /// The fine in tenge for the subject category the case falls in, when there is one.
    public let fineTenge: ClosedRange<Double>?
    public let mciDate: Day
    /// `protocol` (the case states the day proceedings were opened), `offence` (it does not,
    /// so the offence date stands in for it) or `offence_protocol_before` (the protocol date it
    /// states is before the offence, so the offence date is used instead).
    public let mciDateBasis: String
    public let mci: Int?
    /// Whether any penalty is a fine, so the MCI conversion is worth stating.
    public let hasFine: Bool
    /// `first`, `repeat` (an earlier penalty within the period makes this a repeat), or
    /// `repeat_if_prior` (prior penalties unknown: this applies if there was one).
    public var basis = "first"

    /// "the offence date (no protocol date stated)" or "the protocol date".
    public var mciDateDescription: String {
        switch mciDateBasis {
        case "protocol": "the day proceedings were opened (protocol)"
        case "offence_protocol_before": "the offence date (the protocol date stated is before the offence and was not used)"
        default: "the offence date"
        }
    }
}
