/// The fact schema as the streaming case decoder matches it: case keys compared as bytes
/// against a tree of path components, and each fact's type with its names and enum values
/// as bytes. Built once per schema (``FactSchema/keyIndex``), never per case.
final class FactKeyIndex: Sendable {
    /// One dotted component of a fact path (`org`, then `legal_form`).
    struct Node: Sendable {
        let name: ByteName
        /// The fact this path names, if any (a path that is a fact is never read as a prefix).
        let slot: Int?
        /// Whether the path is a prefix of a fact path (`org`), so its value is a mapping of more keys.
        let isPrefix: Bool
        var children: [Int] = []
    }

    /// Node 0 is the `facts:` mapping itself.
    let nodes: [Node]
    /// `nodes[i].slot` and `nodes[i].isPrefix`, apart: read per key without copying a node.
    let nodeSlots: [Int?]
    let nodeIsPrefix: [Bool]
    /// How to decode each fact, by slot.
    let plans: [ValuePlan]
    /// Each fact's full path, by slot (labels of list items).
    let paths: [String]
    /// The labels of the first items of each list fact (`assemblies[1]`, …), by slot: made once
    /// here rather than per item of every case.
    private let itemLabels: [[String]]
    private static let labelledItems = 32

    init(facts: [FactDefinition], slots: [String: Int], prefixes: Set<String>) {
        var nodes = [Node(name: ByteName([]), slot: nil, isPrefix: true)]
        var byPath: [String: Int] = [:]
        for fact in facts {
            var path = ""
            var parent = 0
            // Exact components, empty ones included, so the tree holds exactly the joined paths.
            for (position, component) in fact.name.split(separator: ".", omittingEmptySubsequences: false).enumerated() {
                path = position == 0 ? String(component) : path + "." + component
                if let known = byPath[path] {
                    parent = known
                    continue
                }
                nodes.append(Node(name: ByteName(component.utf8), slot: slots[path], isPrefix: prefixes.contains(path)))
                nodes[parent].children.append(nodes.count - 1)
                byPath[path] = nodes.count - 1
                parent = nodes.count - 1
            }
        }
        self.nodes = nodes
        nodeSlots = nodes.map(\.slot)
        nodeIsPrefix = nodes.map(\.isPrefix)
        plans = facts.map { ValuePlan($0.type, bounds: $0.bounds) }
        paths = facts.map(\.name)
        itemLabels = facts.map { fact in
            guard case .list = fact.type else { return [] }
            return (1...Self.labelledItems).map { fact.name + "[" + String($0) + "]" }
        }
    }

    /// The label of item `number` (from 1) of the list fact in `slot`.
    func itemLabel(slot: Int, number: Int) -> String {
        let labels = itemLabels[slot]
        return number <= labels.count ? labels[number - 1] : paths[slot] + "[" + String(number) + "]"
    }

    /// The node that `key`, read inside the mapping of `node`, names: its dotted components
    /// followed down the tree. Nil for a key that names no fact or prefix. The first component
    /// is looked for among the children of `node` from position `hint` on (keys tend to come in
    /// the schema's order); `hint` becomes the position after the one found.
    func child(of node: Int, key: UnsafeBufferPointer<UInt8>, hint: inout Int) -> Int? {
        var current = node
        var start = 0
        var first = true
        while true {
            var end = start
            while end < key.count, key[end] != UInt8(ascii: ".") { end += 1 }
            let component = UnsafeBufferPointer(rebasing: key[start..<end])
            let head = ByteName.head(of: component)
            let children = nodes[current].children
            guard let found = firstPosition(below: children.count, from: first ? hint : 0, where: { nodes[children[$0]].name.matches(component, head: head) })
            else { return nil }
            if first { hint = found + 1 }
            first = false
            current = children[found]
            if end == key.count { return current }
            start = end + 1
        }
    }
}

/// A name to match against scalar bytes: length and first eight bytes compared first, so
/// most mismatches cost two integer comparisons.
struct ByteName: Sendable {
    let bytes: [UInt8]
    let head: UInt64
    /// `bytes.count`, stored inline: a scan of names then reads no array storage.
    let count: Int

    init(_ name: some Collection<UInt8>) {
        bytes = Array(name)
        head = bytes.withUnsafeBufferPointer(Self.head(of:))
        count = bytes.count
    }

    /// The first (up to) eight bytes as one integer.
    static func head(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for index in 0..<min(8, bytes.count) { head |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return head
    }

    func matches(_ other: UnsafeBufferPointer<UInt8>, head otherHead: UInt64) -> Bool {
        guard count == other.count, head == otherHead else { return false }
        guard count > 8 else { return true }
        return bytes.withUnsafeBufferPointer { mine in
            for index in 8..<mine.count where mine[index] != other[index] { return false }
            return true
        }
    }

    /// The index in `names` of the name equal to `bytes` (the last, as a name-to-index
    /// dictionary built in order would give).
    static func index(of bytes: UnsafeBufferPointer<UInt8>, in names: [ByteName]) -> Int? {
        let head = head(of: bytes)
        return names.lastIndex { $0.matches(bytes, head: head) }
    }

    /// ``index(of:in:)`` for `names` without repeats, looked for from `hint` on (keys tend to
    /// come in the schema's order), then from the start.
    static func index(of bytes: UnsafeBufferPointer<UInt8>, inUnique names: [ByteName], from hint: Int) -> Int? {
        let head = head(of: bytes)
        return names.withUnsafeBufferPointer { names in
            firstPosition(below: names.count, from: hint) { names[$0].matches(bytes, head: head) }
        }
    }
}

/// The first position in `0..<count` where `matches` holds, looked for from `hint` on and then
/// before it: keys tend to come in the schema's order, so the search usually stops at once.
/// For names without repeats, where any match is the only one.
@inline(__always)
func firstPosition(below count: Int, from hint: Int, where matches: (Int) -> Bool) -> Int? {
    let hint = min(max(hint, 0), count)
    for position in hint..<count where matches(position) { return position }
    for position in 0..<hint where matches(position) { return position }
    return nil
}

/// A fact type prepared for decoding from bytes.
/// Only `list` is boxed, so copying a scalar plan costs no retain.
enum ValuePlan: Sendable {
    case bool
    case integer(NumericBounds)
    /// `money` too: both decode to `.number`.
    case number(NumericBounds)
    case date
    case string
    /// The allowed values as bytes, and as the strings a decoded value reuses.
    case enumeration(EnumerationPlan)
    indirect case list(ValuePlan)
    case record(RecordPlan)

    init(_ type: ValueType, bounds: NumericBounds) {
        switch type {
        case .bool: self = .bool
        case .integer: self = .integer(bounds)
        case .decimal, .money: self = .number(bounds)
        case .date: self = .date
        case .string: self = .string
        case .enumeration(let enumType): self = .enumeration(EnumerationPlan(values: enumType.values))
        // Elements of a list are decoded without bounds, as `ValueDecoder` does.
        case .list(let element): self = .list(ValuePlan(element, bounds: .none))
        case .record(let recordType): self = .record(RecordPlan(recordType))
        }
    }
}

/// A record type's fields prepared for decoding from bytes.
final class RecordPlan: Sendable {
    let type: RecordType
    let names: [ByteName]
    let fields: [ValuePlan]
    /// Whether an item that leaves a field out can get a warning (so where items are matters).
    let hasEssentialFields: Bool
    /// Whether no field name repeats, so a key can be looked for in any order.
    let namesAreUnique: Bool

    init(_ type: RecordType) {
        self.type = type
        hasEssentialFields = type.fields.contains { $0.essential != nil }
        namesAreUnique = Set(type.fields.map(\.name)).count == type.fields.count
        names = type.fields.map { ByteName($0.name.utf8) }
        fields = type.fields.map { ValuePlan($0.type, bounds: $0.bounds) }
    }
}

/// An enum type's allowed values as bytes, and as the strings a decoded value reuses.
final class EnumerationPlan: Sendable {
    let names: [ByteName]
    let values: [String]
    /// Whether no value repeats, so a scalar can be matched from the first value on.
    let valuesAreUnique: Bool

    init(values: [String]) {
        names = values.map { ByteName($0.utf8) }
        self.values = values
        valuesAreUnique = Set(values).count == values.count
    }
}
