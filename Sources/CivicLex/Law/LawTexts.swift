/// The law's own words in one language besides English (`<rules>/lang/<code>/*.yaml`):
/// rule titles and templates, sanction, indicator, area and source titles, parameter and fact
/// descriptions, band names and enum values. Reports fall back to English where an entry is missing;
/// `civiclex check --lang CODE` refuses a rule set with a missing entry.
public struct LawTexts: Sendable {
    public struct RuleTexts: Sendable {
        public let title: String?
        public let message: Template?
        public let remedy: Template?
        public let remedyOverdue: Template?
        public let consequence: String?
        public let note: String?
    }

    public struct SanctionTexts: Sendable {
        public let title: String?
        public let offence: String?
        public let condition: String?
        /// The offence as each dated version words it, by the version's `from` day.
        public let versionOffences: [Day: String]
    }

    public let code: String
    /// By the file that defines the rule version and its id: an amended rule's versions have
    /// their own texts, and the key holds in a law with amendments laid over it too.
    var rules: [String: RuleTexts] = [:]
    public internal(set) var sanctions: [String: SanctionTexts] = [:]
    public internal(set) var indicators: [String: (title: String?, note: String?)] = [:]
    public internal(set) var areas: [String: String] = [:]
    public internal(set) var parameters: [String: String] = [:]
    /// Fact descriptions, by the path a rule reads (`org.legal_form`, `assemblies[].form`).
    public internal(set) var facts: [String: (description: String?, essential: String?)] = [:]
    public internal(set) var bands: [String: String] = [:]
    public internal(set) var sources: [String: String] = [:]
    /// The rule set's name (`law: {name: …}`).
    public internal(set) var lawName: String?
    /// A rule's sanction conditions ("only if …"), by their English wording.
    public internal(set) var conditions: [String: String] = [:]
    /// Notes on a subject's penalty ("arrest applies to individuals only"), by their English wording.
    public internal(set) var penaltyNotes: [String: String] = [:]
    /// An amendment's title and summary, by its file name.
    public internal(set) var amendments: [String: (title: String?, summary: String?)] = [:]
    /// Enum values named in this language, by the enum fact's type then raw value.
    public internal(set) var valueNames: [EnumType: [String: String]] = [:]

    public func rule(_ rule: Rule) -> RuleTexts? { rules[Self.key(rule)] }

    static func key(_ rule: Rule) -> String { rule.file + "\u{0}" + rule.id }
}
