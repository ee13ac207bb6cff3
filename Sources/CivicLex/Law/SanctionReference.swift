/// One sanction a rule names: which part, on whom, on what condition, and the part the Code
/// pairs with it for a repeat within a year.
public struct SanctionReference: Sendable {
    /// Who bears it, as a report names them.
    public enum Liable: String, Sendable, CaseIterable {
        case organisation, head, organiser, participant
        case foreignParticipant = "foreign_participant"
        case provider, member, financier

        /// "the organisation", "each participant", …
        public var phrase: String {
            switch self {
            case .organisation: "the organisation"
            case .head: "its head"
            case .organiser: "the organiser"
            case .participant: "each participant"
            case .foreignParticipant: "each participant who is a foreign national or stateless person"
            case .provider: "whoever provided premises, property or other conditions"
            case .member: "each member taking part"
            case .financier: "whoever financed it"
            }
        }

        /// The Code's subject category when the rule does not compute one.
        var defaultSubject: String {
            switch self {
            case .organisation: "legal_entity"
            case .head: "official"
            default: "individual"
            }
        }
    }

    public let sanctionID: String
    public let liable: Liable?
    /// A string expression giving the subject category (`individual`, `legal_entity`,
    /// `small_business_or_nco`, …); the liable role's usual category when absent.
    public let subject: CompiledExpression?
    /// The fact the sanction needs beyond the breach (CC 400: substantial harm).
    public let when: CompiledExpression?
    /// `when` in words, for "if …" when the case does not say.
    public let condition: String?
    /// The part that applies instead when the breach repeats one penalised within a year.
    public let repeatID: String?
    /// When this part's repeat applies, where the Code ties it to particular earlier parts
    /// (CAO 488 part 12 repeats part 7 only); the rule's `repeat.when` when absent.
    public let repeatWhen: CompiledExpression?

    public init(sanctionID: String, liable: Liable?, subject: CompiledExpression?, when: CompiledExpression?, condition: String?, repeatID: String?, repeatWhen: CompiledExpression? = nil) {
        self.sanctionID = sanctionID
        self.liable = liable
        self.subject = subject
        self.when = when
        self.condition = condition
        self.repeatID = repeatID
        self.repeatWhen = repeatWhen
    }
}
