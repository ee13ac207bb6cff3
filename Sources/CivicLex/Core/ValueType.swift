/// The static type of a fact, parameter or expression.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case bool
    case integer
    case decimal
    /// An amount of Kazakh tenge (KZT).
    case money
    case date
    case string
    /// A closed set of string values declared in the fact schema.
    case enumeration(EnumType)
    case list(ValueType)
    case record(RecordType)

    public var description: String {
        switch self {
        case .bool: "bool"
        case .integer: "integer"
        case .decimal: "decimal"
        case .money: "money"
        case .date: "date"
        case .string: "string"
        case .enumeration(let type): "enum \(type.name)"
        case .list(let element): "list of \(element)"
        case .record(let type): "record \(type.name)"
        }
    }

    var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .money: true
        default: false
        }
    }

    /// Strings and enums compare with each other; enum literals are checked separately.
    var isTextual: Bool {
        switch self {
        case .string, .enumeration: true
        default: false
        }
    }

    /// Whether a value of type `other` may be compared with a value of this type.
    func isComparable(with other: ValueType) -> Bool {
        if self == other { return true }
        // Two different enums (an organiser kind and a legal form) never hold the same
        // thing, unless they share one vocabulary.
        if case .enumeration(let left) = self, case .enumeration(let right) = other {
            return Set(left.values) == Set(right.values)
        }
        if isNumeric && other.isNumeric { return true }
        if isTextual && other.isTextual { return true }
        return false
    }
}

/// The allowed values of an enumerated fact.
public struct EnumType: Hashable, Sendable {
    public let name: String
    public let values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// The shape of one item in a list fact (for example one assembly or one foreign receipt).
///
/// A reference type so that every value of the record shares one field table; identity is
/// the list fact it belongs to.
public final class RecordType: Hashable, Sendable {
    public let name: String
    public let fields: [FactDefinition]
    let fieldIndex: [String: Int]

    public init(name: String, fields: [FactDefinition]) {
        self.name = name
        self.fields = fields
        var index: [String: Int] = [:]
        for (offset, field) in fields.enumerated() { index[field.name] = offset }
        fieldIndex = index
    }

    public func field(named name: String) -> (index: Int, definition: FactDefinition)? {
        fieldIndex[name].map { ($0, fields[$0]) }
    }

    public static func == (lhs: RecordType, rhs: RecordType) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
