internal import Foundation
public import YAMLSource

extension LawTexts {
    static let sectionNames = ["law", "rules", "sanctions", "indicators", "areas", "parameters", "facts", "bands", "sources", "values", "amendment"]
    static let ruleKeys = ["title", "message", "remedy", "remedy_overdue", "consequence", "note", "sanctions"]

    /// The languages a rule set has texts for (`<directory>/lang/<code>/`).
    public static func languages(in directory: String) -> [String] {
        let folder = (directory as NSString).appendingPathComponent("lang")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    /// Reads `<law.directory>/lang/<code>/*.yaml` (texts for base rules) and
    /// `lang/<code>/amendments/<file>.yaml` (texts for the rules that amendment file defines),
    /// type-checking every template against its rule. Unknown ids and keys are located errors.
    public static func load(for law: Law, code: String, limits: YAMLLimits = .default) throws(DiagnosticList) -> LawTexts {
        var sink = DiagnosticSink()
        var texts = LawTexts(code: code)
        let folder = ((law.directory as NSString).appendingPathComponent("lang") as NSString).appendingPathComponent(code)
        let amendmentFiles = Set(law.amendments.map(\.file))
        let baseRules = law.rules.filter { !amendmentFiles.contains($0.file) }
        for path in yamlFiles(folder) {
            texts.read(path, law: law, rules: baseRules, what: "rule", amendment: nil, limits: limits, sink: &sink)
        }
        let amendmentFolder = (folder as NSString).appendingPathComponent("amendments")
        for path in yamlFiles(amendmentFolder) {
            let name = (path as NSString).lastPathComponent
            // Texts for an amendment not laid over this law (a proposal not asked for) wait
            // until it is; `check` loads every proposal, so none goes unchecked.
            guard let amendment = law.amendments.first(where: { ($0.file as NSString).lastPathComponent == name }) else { continue }
            texts.read(path, law: law, rules: law.rules.filter { $0.file == amendment.file }, what: "rule of this amendment", amendment: name, limits: limits, sink: &sink)
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics) }
        return texts
    }

    static func yamlFiles(_ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    private mutating func read(_ path: String, law: Law, rules: [Rule], what: String, amendment: String?, limits: YAMLLimits, sink: inout DiagnosticSink) {
        let file: SourceFile, root: YAMLNode?
        do {
            (file, root) = try YAMLReader.load(path: path, limits: limits)
        } catch {
            sink.add(error)
            return
        }
        guard let root else { return }
        guard case .mapping(let mapping) = root else {
            sink.error("a language file must be a mapping of sections (\(Self.sectionNames.joined(separator: ", ")))", in: file, at: root.location)
            return
        }
        for section in mapping.entries {
            // An amendment's file may also word the sources, parameters … it adds or changes.
            let allowed = amendment == nil ? Self.sectionNames.filter { $0 != "amendment" } : Self.sectionNames.filter { !["law", "values"].contains($0) }
            guard allowed.contains(section.key.text) else {
                sink.error("unknown section `\(section.key.text)`" + Suggestion.hint(for: section.key.text, in: allowed), in: file, at: section.key.range.start)
                continue
            }
            if section.key.text == "amendment", let amendment {
                readAmendment(section.value, name: amendment, file: file, sink: &sink)
                continue
            }
            if section.key.text == "values" {
                readValueNames(section.value, law: law, file: file, sink: &sink)
                continue
            }
            if section.key.text == "law" {
                guard case .mapping(let fields) = section.value else {
                    sink.error("`law` maps `name` to the rule set's name", in: file, at: section.value.location)
                    continue
                }
                for field in fields.entries {
                    guard field.key.text == "name", let text = field.value.scalar?.text else {
                        sink.error("unknown key `\(field.key.text)`" + Suggestion.hint(for: field.key.text, in: ["name"]), in: file, at: field.key.range.start)
                        continue
                    }
                    lawName = text
                }
                continue
            }
            guard case .mapping(let entries) = section.value else {
                sink.error("`\(section.key.text)` must map ids to texts", in: file, at: section.value.location)
                continue
            }
            for entry in entries.entries {
                readEntry(section.key.text, entry.key, entry.value, file: file, law: law, rules: rules, what: what, sink: &sink)
            }
        }
    }

    private mutating func readAmendment(_ node: YAMLNode, name: String, file: SourceFile, sink: inout DiagnosticSink) {
        guard case .mapping(let mapping) = node else {
            sink.error("`amendment` must map title and summary to texts", in: file, at: node.location)
            return
        }
        var read: [String: String] = [:]
        for field in mapping.entries {
            guard ["title", "summary"].contains(field.key.text), let text = field.value.scalar?.text else {
                sink.error("unknown key `\(field.key.text)`" + Suggestion.hint(for: field.key.text, in: ["title", "summary"]), in: file, at: field.key.range.start)
                continue
            }
            read[field.key.text] = text
        }
        amendments[name] = (read["title"], read["summary"])
    }

    /// A rule's `sanctions:` mirrors its English list in order; each `condition` translates
    /// the English one at the same position.
    private mutating func readConditions(_ node: YAMLNode, rule: Rule, file: SourceFile, sink: inout DiagnosticSink) {
        guard case .sequence(let sequence) = node else {
            sink.error("`sanctions` must list the rule's sanctions as `{sanction: ID, condition: …}`, in the English order", in: file, at: node.location)
            return
        }
        guard sequence.items.count == rule.sanctions.count else {
            sink.error("rule `\(rule.id)` lists \(English.count(rule.sanctions.count, "sanction")) in English but \(sequence.items.count) here", in: file, at: node.location)
            return
        }
        for (item, reference) in zip(sequence.items, rule.sanctions) {
            guard case .mapping(let mapping) = item else {
                sink.error("each entry is `{sanction: ID, condition: …}`", in: file, at: item.location)
                continue
            }
            for field in mapping.entries where !["sanction", "condition"].contains(field.key.text) {
                sink.error("unknown key `\(field.key.text)`" + Suggestion.hint(for: field.key.text, in: ["sanction", "condition"]), in: file, at: field.key.range.start)
            }
            if let id = mapping["sanction"]?.scalar, id.text != reference.sanctionID {
                sink.error("expected `\(reference.sanctionID)` here (the English list's order), found `\(id.text)`", in: file, at: id.range.start)
                continue
            }
            if let condition = mapping["condition"]?.scalar?.text, let english = reference.condition {
                conditions[english] = condition
            }
        }
    }

    private mutating func readEntry(_ section: String, _ key: YAMLScalar, _ value: YAMLNode, file: SourceFile, law: Law, rules: [Rule], what: String, sink: inout DiagnosticSink) {
        let id = key.text
        func unknown(_ kind: String, _ candidates: some Sequence<String>) {
            sink.error("unknown \(kind) `\(id)`" + Suggestion.hint(for: id, in: candidates), in: file, at: key.range.start)
        }
        func fields(_ allowed: [String]) -> [String: YAMLScalar]? {
            guard case .mapping(let mapping) = value else {
                sink.error("`\(id)` must map \(allowed.joined(separator: ", ")) to texts", in: file, at: value.location)
                return nil
            }
            var read: [String: YAMLScalar] = [:]
            for field in mapping.entries {
                guard allowed.contains(field.key.text) else {
                    sink.error("unknown key `\(field.key.text)`" + Suggestion.hint(for: field.key.text, in: allowed), in: file, at: field.key.range.start)
                    continue
                }
                // Lists and dated versions are read by their own section.
                if ["sanctions", "versions"].contains(field.key.text) { continue }
                guard let scalar = field.value.scalar else {
                    sink.error("`\(field.key.text)` must be a text", in: file, at: field.value.location)
                    continue
                }
                read[field.key.text] = scalar
            }
            return read
        }
        switch section {
        case "rules":
            let versions = rules.filter { $0.id == id }
            guard !versions.isEmpty else { return unknown(what, Set(rules.map(\.id))) }
            guard let read = fields(Self.ruleKeys) else { return }
            for rule in versions {
                for (name, scalar) in read where ["message", "remedy", "remedy_overdue"].contains(name) {
                    let english: Template? = switch name {
                    case "message": rule.message
                    case "remedy": rule.remedy
                    default: rule.remedyOverdue
                    }
                    if english == nil { sink.error("rule `\(id)` has no English `\(name)` to translate", in: file, at: scalar.range.start) }
                }
                if case .mapping(let mapping) = value, let list = mapping["sanctions"] { readConditions(list, rule: rule, file: file, sink: &sink) }
                for (name, scalar) in read where (name == "consequence" && rule.consequence == nil) || (name == "note" && rule.note == nil) {
                    sink.error("rule `\(id)` has no English `\(name)` to translate", in: file, at: scalar.range.start)
                }
                let scope = Self.scope(for: rule, law: law)
                let builder = LawBuilder(directory: law.directory, documents: [])
                var compiled: [String: Template] = [:]
                for name in ["message", "remedy", "remedy_overdue"] {
                    if let scalar = read[name] { compiled[name] = builder.template(scalar, scope: scope, file: file, sink: &sink) }
                }
                self.rules[Self.key(rule)] = RuleTexts(
                    title: read["title"]?.text, message: compiled["message"], remedy: compiled["remedy"], remedyOverdue: compiled["remedy_overdue"],
                    consequence: read["consequence"]?.text, note: read["note"]?.text)
            }
        case "sanctions":
            guard law.sanctions[id] != nil else { return unknown("sanction", law.sanctions.keys) }
            guard let read = fields(["title", "offence", "condition", "versions"]) else { return }
            var offences: [Day: String] = [:]
            if let versions = value.mapping?["versions"] {
                let known = law.sanctions[id]?.versions.map(\.from) ?? []
                for entry in versions.mapping?.entries ?? [] {
                    guard let day = Day(iso: entry.key.text), known.contains(day) else {
                        sink.error("sanction `\(id)` has no version from `\(entry.key.text)`" + Suggestion.hint(for: entry.key.text, in: known.map(\.description)), in: file, at: entry.key.range.start)
                        continue
                    }
                    guard let fields = entry.value.mapping, !fields.entries.isEmpty,
                          fields.entries.allSatisfy({ ["offence", "notes"].contains($0.key.text) }),
                          fields["offence"].map({ $0.scalar != nil }) ?? true else {
                        sink.error("a version gives `{offence: …}` and the notes of its penalties, `notes: {subject: …}`", in: file, at: entry.value.location)
                        continue
                    }
                    if let offence = fields["offence"]?.scalar?.text { offences[day] = offence }
                    let version = law.sanctions[id]?.versions.first { $0.from == day }
                    for note in fields["notes"]?.mapping?.entries ?? [] {
                        // Stored by the English note, which is all a worded penalty carries.
                        guard let english = version?.penalty(for: note.key.text)?.note, let text = note.value.scalar?.text else {
                            let noted = version?.penalties.filter { $0.penalty.note != nil }.map(\.subject) ?? []
                            sink.error("the version from \(day) has no English note on `\(note.key.text)`" + Suggestion.hint(for: note.key.text, in: noted), in: file, at: note.key.range.start)
                            continue
                        }
                        penaltyNotes[english] = text
                    }
                }
            }
            sanctions[id] = SanctionTexts(title: read["title"]?.text, offence: read["offence"]?.text, condition: read["condition"]?.text, versionOffences: offences)
        case "indicators":
            guard law.indicators.contains(where: { $0.id == id }) else { return unknown("indicator", law.indicators.map(\.id)) }
            guard let read = fields(["title", "note"]) else { return }
            indicators[id] = (read["title"]?.text, read["note"]?.text)
        case "areas":
            guard law.area(id) != nil else { return unknown("area", law.areas.map(\.id)) }
            guard let read = fields(["title"]) else { return }
            areas[id] = read["title"]?.text
        case "parameters":
            guard law.parameter(id) != nil else { return unknown("parameter", law.parameters.map(\.name)) }
            guard let read = fields(["description"]) else { return }
            parameters[id] = read["description"]?.text
        case "facts":
            let paths = Self.factPaths(law.schema)
            guard paths.contains(id) else { return unknown("fact", paths) }
            guard let read = fields(["description", "essential"]) else { return }
            facts[id] = (read["description"]?.text, read["essential"]?.text)
        case "bands":
            let names = Set(law.bands.map(\.name) + law.risk.bands.map(\.name))
            guard names.contains(id) else { return unknown("band", names) }
            guard let text = value.scalar?.text else {
                sink.error("band `\(id)` must be a text", in: file, at: value.location)
                return
            }
            bands[id] = text
        default: // sources
            guard law.sources[id] != nil else { return unknown("source", law.sources.keys) }
            guard let read = fields(["title"]) else { return }
            sources[id] = read["title"]?.text
        }
    }

    /// Every fact a rule may read, as it reads it: `org.legal_form`, a list `assemblies` and
    /// each of its fields `assemblies[].form`.
    static func factPaths(_ schema: FactSchema) -> [String] {
        schema.facts.flatMap { fact -> [String] in
            guard case .list(.record(let record)) = fact.type else { return [fact.name] }
            return [fact.name] + record.fields.map { "\(fact.name)[].\($0.name)" }
        }
    }

    /// The names a rule's templates may read: facts, parameters and its `for_each` variable.
    static func scope(for rule: Rule, law: Law) -> Scope {
        var parameters: [String: (index: Int, type: ValueType)] = [:]
        for (index, parameter) in law.parameters.enumerated() { parameters[parameter.name] = (index, parameter.type) }
        var scope = Scope(schema: law.schema, parameters: parameters)
        if let iteration = rule.iteration, case .list(let element)? = law.schema.definition(of: iteration.listPath)?.type {
            scope.locals.append((iteration.variable, element))
        }
        return scope
    }
}
