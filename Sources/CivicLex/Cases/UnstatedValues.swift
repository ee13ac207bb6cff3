extension Array where Element == Value? {
    /// `count` slots, none stated. `init(repeating:count:)` copies its `nil` into each slot
    /// through `Value?`'s value witness, a call per slot; this stores the empty case directly
    /// (a case's facts and each record's fields are made this way, per case).
    static func unstated(count: Int) -> [Value?] {
        [Value?](unsafeUninitializedCapacity: count) { slots, initialized in
            for index in 0..<count { (slots.baseAddress! + index).initialize(to: nil) }
            initialized = count
        }
    }
}
