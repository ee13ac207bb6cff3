/// The rule ids of two states of the law, numbered once per pair of laws in id order, so that
/// each case's comparison tallies outcomes in arrays instead of dictionaries keyed by id strings.
/// The two laws may hold different rules (an amendment can add or replace one) and several
/// versions of one rule; every version of an id shares its slot.
public struct ComparisonRuleSlots: Sendable {
    /// Distinct rule ids of both laws, sorted: slot order is id order.
    let ids: [String]
    /// For each index in the earlier law's `rules`, its id's slot.
    let beforeSlots: [Int]
    /// For each index in the later law's `rules`, its id's slot.
    let afterSlots: [Int]

    public init(before: Law, after: Law) {
        let ids = Set(before.rules.map(\.id)).union(after.rules.map(\.id)).sorted()
        let slotByID = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, $0.offset) })
        self.ids = ids
        beforeSlots = before.rules.map { slotByID[$0.id]! }
        afterSlots = after.rules.map { slotByID[$0.id]! }
    }
}
