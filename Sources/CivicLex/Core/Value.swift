/// A runtime value of a fact, parameter or expression.
///
/// Money and decimals share `number`; the static `ValueType` says which it is.
public enum Value: Equatable, Sendable {
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case date(Day)
    case list([Value])
    case record(Record)

    var asDouble: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }
}

/// One item of a list fact: field values by schema slot, `nil` where the case is silent.
public struct Record: Equatable, Sendable {
    public let type: RecordType
    public var fields: [Value?]
    /// Where the item sits in the case, e.g. `assemblies[2]`, used to name missing facts.
    public var label: String

    public init(type: RecordType, fields: [Value?], label: String) {
        self.type = type
        self.fields = fields
        self.label = label
    }
}
