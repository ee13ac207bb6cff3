public import YAMLSource

/// A number or setting of the law that changes over time (a notice period, a threshold).
public struct Parameter: Sendable {
    public struct DatedValue: Sendable {
        public let from: Day
        /// Last day this value applies; `nil` means until the next value (or open-ended).
        public let to: Day?
        public let value: Value
        public let citation: Citation?
        public let status: VerificationStatus
        public let note: String?
        public let location: SourceLocation?
    }

    public let name: String
    public let description: String
    public let unit: String?
    public let type: ValueType
    public let citation: Citation?
    public let status: VerificationStatus
    /// Sorted by `from`; periods never overlap (checked on load).
    public let values: [DatedValue]
    public let file: String
    public let location: SourceLocation?

    /// The value in force on `day`, if the provision existed then.
    public func value(on day: Day) -> DatedValue? {
        valueIndex(on: day).map { values[$0] }
    }

    /// Position in `values` of the value in force on `day`; by index, because copying a
    /// `DatedValue` out per candidate retains its strings (this runs per expression step).
    func valueIndex(on day: Day) -> Int? {
        var found: Int?
        for index in values.indices where values[index].from <= day {
            found = index
        }
        guard let found else { return nil }
        if let to = values[found].to, day > to { return nil }
        return found
    }

    /// The effective status on `day`: the weaker of the parameter's and the value's.
    public func status(on day: Day) -> VerificationStatus {
        max(status, valueIndex(on: day).map { values[$0].status } ?? status)
    }
}
