public import YAMLSource

/// One fact a case may state: its path, type and meaning.
public struct FactDefinition: Sendable {
    /// Full dotted path for top-level facts (`org.legal_form`), field name inside a record.
    public let name: String
    public let type: ValueType
    public let description: String
    public let unit: String?
    /// Smallest allowed value for numeric facts (amounts and counts are never negative).
    public let minimum: Double?
    /// Largest allowed value for numeric facts (`max:`), e.g. 24 for an hour of the day.
    public var maximum: Double?
    /// Why every case should state this fact (rules bind on it), when it is one of the few
    /// such facts; a case that omits it gets a warning saying so.
    public var essential: String?
    /// For a list: whether leaving it out describes none of its items (acts the case would
    /// list if they happened) or leaves them unknown (a duty's filings, which a bound
    /// organisation always has): `unstated: unknown` in the schema.
    public var unstatedIsUnknown = false
    /// Where the fact is declared, for "declared here" notes.
    public let location: SourceLocation?
    public let file: String

    public var bounds: NumericBounds { NumericBounds(minimum: minimum, maximum: maximum) }

    public init(
        name: String, type: ValueType, description: String, unit: String? = nil,
        minimum: Double? = nil, location: SourceLocation? = nil, file: String = ""
    ) {
        self.name = name
        self.type = type
        self.description = description
        self.unit = unit
        self.minimum = minimum
        self.location = location
        self.file = file
    }
}
