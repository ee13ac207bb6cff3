import YAMLSource

/// The streaming decoder met something the tree loader reads differently or reports: the
/// case is loaded by the tree loader instead, which says exactly what it always said.
struct NotOrdinary: Error {}

/// Decodes an ordinary, well-formed case file in one pass over libyaml's events, writing
/// facts straight into their schema slots and `expect:` into an ``Expectation`` (only its
/// `sanctions` and `scores` become small ``YAMLNode`` trees, for `CaseLoader`). Keys are
/// matched as bytes, and ints, numbers, booleans, dates and enum values are read from the
/// scalar bytes.
///
/// It keeps only the source positions a warning can need. Anything that is not the ordinary
/// shape — whatever the tree loader would report as an error, anchors, aliases, tags, a key
/// twice, an unknown key, a value of the wrong kind, an exceeded limit — throws
/// ``NotOrdinary`` and `CaseLoader` reads the file with the tree loader.
struct CaseStreamDecoder: ~Copyable {
    private let tables: CaseLoaderTables
    private let index: FactKeyIndex
    private var events: YAMLEventReader

    private(set) var rootLocation = SourceLocation(line: 1, column: 1)
    private(set) var id: String?
    private(set) var title: String?
    private(set) var asOf: Day?
    private(set) var asOfLocation: SourceLocation?
    private(set) var areas: [String]?
    private(set) var emptyAreas: SourceLocation?
    private(set) var notes: String?
    /// Where the `facts` key and its value are, when the case has them.
    private(set) var factsKey: SourceLocation?
    private(set) var factsValue: SourceLocation?
    private(set) var facts: [Value?]
    private var stated: [Bool]
    /// Facts written with no value (`org.registered:`), and where their keys are.
    private(set) var emptyFacts: [(slot: Int, key: SourceLocation)] = []
    private(set) var statesFacts = false
    /// `expect:`, when the case has one; its `sanctions` and `scores` are left to `CaseLoader`.
    var expectation: Expectation?
    var expectSanctions: YAMLNode?
    var expectScores: YAMLNode?
    /// Dates stated for `law.actDateFacts`, by index there.
    private(set) var actDates: [[CaseWarningCheck.ActDate]]
    /// Where list facts whose items have essential fields are written, by slot.
    private(set) var listPlaces: [(slot: Int, places: CaseLoader.ListPlaces)] = []
    /// For the list being read: its fields whose dates `actDates` collects (field index,
    /// entry in `actDates`).
    private var watchedFields: [(field: Int, entry: Int)] = []

    init(tables: CaseLoaderTables, input: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) {
        self.tables = tables
        index = tables.index
        events = YAMLEventReader(input, limits: limits)
        facts = .unstated(count: tables.factCount)
        stated = [Bool](repeating: false, count: tables.factCount)
        actDates = [[CaseWarningCheck.ActDate]](repeating: [], count: tables.actDateCount)
    }

    func knowsRule(_ id: String) -> Bool { tables.rulesByID[id] != nil }

    /// The tree of the value starting with `first`; nil where ``YAMLEventReader/node(from:)``
    /// refuses it.
    mutating func subtree(from first: YAMLEvent) -> YAMLNode? { events.node(from: first) }

    mutating func next() throws(NotOrdinary) -> YAMLEvent {
        guard let event = events.next() else { throw NotOrdinary() }
        return event
    }

    static let rootKeys: [StaticString] = ["case", "facts", "expect"]
    static let headerKeys: [StaticString] = ["id", "title", "as_of", "areas", "notes"]

    /// The next key of a mapping whose keys are among `names`, each at most once (`seen`
    /// holds a bit per name): its index in `names` and where it is written; nil at the end.
    mutating func nextKey(of names: [StaticString], seen: inout UInt8) throws(NotOrdinary) -> (index: Int, start: SourceLocation)? {
        let key = try next()
        if key.kind == .mappingEnd { return nil }
        guard key.kind == .scalar, let index = names.firstIndex(where: key.textEquals), seen & (1 << index) == 0 else { throw NotOrdinary() }
        seen |= 1 << index
        return (index, key.start)
    }

    /// Reads the whole document: a mapping of `case`, `facts` and `expect`, then the end of the stream.
    mutating func decode() throws(NotOrdinary) {
        let root = try next()
        guard root.kind == .mappingStart else { throw NotOrdinary() }
        rootLocation = root.start
        var seen: UInt8 = 0
        while let key = try nextKey(of: Self.rootKeys, seen: &seen) {
            let value = try next()
            switch key.index {
            case 0:
                try decodeHeader(value)
            case 1:
                factsKey = key.start
                factsValue = value.start
                if value.kind == .mappingStart {
                    try decodeFacts(in: 0)
                } else if !value.isNull {
                    throw NotOrdinary()
                }
            default:
                if !value.isNull { try decodeExpect(value) }
            }
        }
        guard seen & 1 != 0, try next().kind == .end else { throw NotOrdinary() }
    }

    /// `case:`: `id`, `title`, `as_of` (required, a real date), `areas` (known ones), `notes`.
    private mutating func decodeHeader(_ start: YAMLEvent) throws(NotOrdinary) {
        guard start.kind == .mappingStart else { throw NotOrdinary() }
        var seen: UInt8 = 0
        while let key = try nextKey(of: Self.headerKeys, seen: &seen) {
            let value = try next()
            if key.index == 3 {
                try decodeAreas(value)
                continue
            }
            guard value.kind == .scalar else { throw NotOrdinary() }
            if key.index == 2 {
                guard !value.isNull, let day = Day(isoBytes: value.bytes) else { throw NotOrdinary() }
                asOf = day
                asOfLocation = value.start
                continue
            }
            guard !value.isNull else { continue }
            switch key.index {
            // Shown in every report: control characters escaped, length bounded.
            case 0: id = DisplayText.safe(value.text)
            case 1: title = DisplayText.safe(value.text, limit: 500)
            default: notes = value.text
            }
        }
        guard asOf != nil else { throw NotOrdinary() }
    }

    private mutating func decodeAreas(_ value: YAMLEvent) throws(NotOrdinary) {
        switch value.kind {
        case .scalar:
            if value.isNull { return }
            areas = [try area(value)]
        case .sequenceStart:
            var list: [String] = []
            while true {
                let item = try next()
                if item.kind == .sequenceEnd { break }
                guard item.kind == .scalar else { throw NotOrdinary() }
                list.append(try area(item))
            }
            if list.isEmpty { emptyAreas = value.start }
            areas = list
        default:
            throw NotOrdinary()
        }
    }

    private func area(_ event: YAMLEvent) throws(NotOrdinary) -> String {
        guard let known = tables.areas.first(where: { $0.id.utf8.elementsEqual(event.bytes) }) else { throw NotOrdinary() }
        return known.id
    }

    /// The keys of a `facts:` mapping (or of a nested one under tree `node`), each a fact or a
    /// prefix of facts, possibly dotted.
    private mutating func decodeFacts(in node: Int) throws(NotOrdinary) {
        var prefixesSeen: [Int] = []
        var hint = 0
        // A local reference, so a label is read from it without an access to `self`.
        let index = index
        while true {
            let key = try next()
            if key.kind == .mappingEnd { return }
            guard key.kind == .scalar, let child = index.child(of: node, key: key.bytes, hint: &hint) else { throw NotOrdinary() }
            if let slot = index.nodeSlots[child] {
                guard !stated[slot] else { throw NotOrdinary() }
                stated[slot] = true
                statesFacts = true
                let value = try next()
                if value.kind == .scalar, let entry = tables.actDateEntry[slot], let day = Day(isoBytes: value.bytes) {
                    actDates[entry].append(.init(day: day, location: value.start))
                }
                if value.isNull {
                    emptyFacts.append((slot, key.start))
                    continue
                }
                facts[slot] = try decodeValue(value, as: index.plans[slot], label: index.paths[slot], slot: slot)
            } else if index.nodeIsPrefix[child] {
                // The same prefix twice in one mapping is a duplicate key.
                guard !prefixesSeen.contains(child), try next().kind == .mappingStart else { throw NotOrdinary() }
                prefixesSeen.append(child)
                try decodeFacts(in: child)
            } else {
                throw NotOrdinary()
            }
        }
    }

    /// A value of type `plan` starting with `event` (never a null: callers skip those where
    /// the tree loader does). `label` names a record (`assemblies[2]`); `slot` is set for the
    /// value of a top-level fact.
    private mutating func decodeValue(_ event: YAMLEvent, as plan: ValuePlan, label: @autoclosure () -> String, slot: Int? = nil) throws(NotOrdinary) -> Value {
        switch plan {
        case .list(let element):
            guard event.kind == .sequenceStart else { throw NotOrdinary() }
            return try decodeList(element, label: label(), start: event.start, slot: slot)
        case .record(let recordPlan):
            guard event.kind == .mappingStart else { throw NotOrdinary() }
            return try decodeRecord(recordPlan, label: label(), isListItem: false)
        default:
            guard event.kind == .scalar else { throw NotOrdinary() }
            return try Self.scalarValue(event, as: plan)
        }
    }

    private mutating func decodeList(_ element: ValuePlan, label: String, start: SourceLocation, slot: Int?) throws(NotOrdinary) -> Value {
        var values: [Value] = []
        // Item positions, for warnings about essential fields an item leaves out.
        var itemStarts: [SourceLocation]?
        if let slot, case .record(let recordPlan) = element {
            if recordPlan.hasEssentialFields { itemStarts = [] }
            // The tree loader looks for act dates only in mapping items of a top-level list.
            watchedFields = tables.watchedFields[slot]
        }
        // Labels of a top-level list's items are made once, in the key index.
        let index = index
        func itemLabel(_ number: Int) -> String {
            if let slot { return index.itemLabel(slot: slot, number: number) }
            return label + "[" + String(number) + "]"
        }
        while true {
            let item = try next()
            if item.kind == .sequenceEnd { break }
            guard values.count < ValueDecoder.defaultMaxListLength else { throw NotOrdinary() }
            if case .record(let recordPlan) = element {
                guard item.kind == .mappingStart else { throw NotOrdinary() }
                itemStarts?.append(item.start)
                values.append(try decodeRecord(recordPlan, label: itemLabel(values.count + 1), isListItem: slot != nil))
            } else {
                values.append(try decodeValue(item, as: element, label: itemLabel(values.count + 1)))
            }
        }
        if let slot, let itemStarts { listPlaces.append((slot, .init(list: start, items: itemStarts))) }
        if slot != nil { watchedFields = [] }
        return .list(values)
    }

    /// A list item or record-typed value; for an item of a top-level list (`isListItem`), the
    /// dates of `watchedFields` are collected for warnings.
    private mutating func decodeRecord(_ plan: RecordPlan, label: String, isListItem: Bool) throws(NotOrdinary) -> Value {
        // Fields seen, as bits: a field twice is a duplicate key.
        guard plan.names.count <= UInt64.bitWidth else { throw NotOrdinary() }
        var fields = [Value?].unstated(count: plan.names.count)
        var seen: UInt64 = 0
        // Where the next key is looked for first: after the last one.
        var expected = 0
        var statesField = false
        while true {
            let key = try next()
            if key.kind == .mappingEnd { break }
            guard key.kind == .scalar else { throw NotOrdinary() }
            let found = plan.namesAreUnique
                ? ByteName.index(of: key.bytes, inUnique: plan.names, from: expected) : ByteName.index(of: key.bytes, in: plan.names)
            guard let field = found, seen & (1 << field) == 0 else { throw NotOrdinary() }
            seen |= 1 << field
            expected = field + 1
            let value = try next()
            if isListItem, value.kind == .scalar, let entry = watchedFields.first(where: { $0.field == field })?.entry, let day = Day(isoBytes: value.bytes) {
                actDates[entry].append(.init(day: day, location: value.start))
            }
            if value.isNull { continue }
            fields[field] = try decodeValue(value, as: plan.fields[field], label: label + "." + plan.type.fields[field].name)
            statesField = true
        }
        // An item that states nothing gets a warning from the tree loader.
        guard statesField || !isListItem else { throw NotOrdinary() }
        return .record(Record(type: plan.type, fields: fields, label: label))
    }

    /// A scalar fact from its bytes, typed as `ValueDecoder.decodeScalar` types it; a value it
    /// would report throws.
    private static func scalarValue(_ event: YAMLEvent, as plan: ValuePlan) throws(NotOrdinary) -> Value {
        let plain = event.style == .plain
        switch plan {
        case .bool:
            guard plain, let value = YAMLScalar.parseBool(event.bytes) else { throw NotOrdinary() }
            return .bool(value)
        case .integer(let bounds):
            guard plain, let value = YAMLScalar.parseInteger(event.bytes) else { throw NotOrdinary() }
            if !bounds.admits(Double(value)) { throw NotOrdinary() }
            return .integer(value)
        case .number(let bounds):
            guard plain, let value = YAMLScalar.parseNumber(event.bytes), value.isFinite else { throw NotOrdinary() }
            if !bounds.admits(value) { throw NotOrdinary() }
            return .number(value)
        case .date:
            guard plain || event.style == .singleQuoted || event.style == .doubleQuoted, let day = Day(isoBytes: event.bytes) else { throw NotOrdinary() }
            return .date(day)
        case .string:
            return .string(event.text)
        case .enumeration(let enumeration):
            let found = enumeration.valuesAreUnique
                ? ByteName.index(of: event.bytes, inUnique: enumeration.names, from: 0) : ByteName.index(of: event.bytes, in: enumeration.names)
            guard let found else { throw NotOrdinary() }
            return .string(enumeration.values[found])
        case .list, .record:
            throw NotOrdinary()
        }
    }
}
