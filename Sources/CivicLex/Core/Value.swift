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
///
/// Held through one immutable object, so that a `Value` holding a record is as small as one
/// holding a string, and copying one (binding an item, reading a field) retains once rather
/// than once per field.
public struct Record: Equatable, Sendable {
    private final class Storage: Sendable {
        let type: RecordType
        let fields: [Value?]
        let label: String

        init(type: RecordType, fields: [Value?], label: String) {
            self.type = type
            self.fields = fields
            self.label = label
        }
    }

    private let storage: Storage

    public var type: RecordType { storage.type }
    public var fields: [Value?] { storage.fields }
    /// Where the item sits in the case, e.g. `assemblies[2]`, used to name missing facts.
    public var label: String { storage.label }

    public init(type: RecordType, fields: [Value?], label: String) {
        storage = Storage(type: type, fields: fields, label: label)
    }

    /// The value of field `index`, read in place.
    @inline(__always) public func field(_ index: Int) -> Value? { storage.fields[index] }

    public static func == (left: Record, right: Record) -> Bool {
        left.storage === right.storage || (left.type == right.type && left.fields == right.fields && left.label == right.label)
    }
}
