internal import Foundation
public import YAMLSource

extension LawTexts {
    static let sectionNames = ["rules", "sanctions", "indicators", "areas", "parameters", "bands", "sources"]
    static let ruleKeys = ["title", "message", "remedy", "remedy_overdue", "consequence", "note"]

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
            texts.read(path, law: law, rules: baseRules, what: "rule", limits: limits, sink: &sink)
        }
        let amendmentFolder = (folder as NSString).appendingPathComponent("amendments")
        for path in yamlFiles(amendmentFolder) {
            let name = (path as NSString).lastPathComponent
            // Texts for an amendment not laid over this law (a proposal not asked for) wait
            // until it is; `check` loads every proposal, so none goes unchecked.
            guard let amendment = law.amendments.first(where: { ($0.file as NSString).lastPathComponent == name }) else { continue }
            texts.read(path, law: law, rules: law.rules.filter { $0.file == amendment.file }, what: "rule of this amendment", limits: limits, sink: &sink)
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics) }
        return texts
    }

    static func yamlFiles(_ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    private mutating func read(_ path: String, law: Law, rules: [Rule], what: String, limits: YAMLLimits, sink: inout DiagnosticSink) {
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
            guard Self.sectionNames.contains(section.key.text) else {
                sink.error("unknown section `\(section.key.text)`" + Suggestion.hint(for: section.key.text, in: Self.sectionNames), in: file, at: section.key.range.start)
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
                for (name, scalar) in read where (name == "consequence" && rule.consequence == nil) || (name == "note" && rule.note == nil) {
                    sink.error("rule `\(id)` has no English `\(name)` to translate", in: file, at: scalar.range.start)
                }
                let scope = Self.scope(for: rule, law: law)
                let builder = LawBuilder(directory: law.directory, documents: [])
                var compiled: [String: Template] = [:]
                for name in ["message", "remedy", "remedy_overdue"] {
                    if let scalar = read[name] { compiled[name] = builder.template(scalar, scope: scope, file: file, sink: &sink) }
                }
                self.rules[rule.index] = RuleTexts(
                    title: read["title"]?.text, message: compiled["message"], remedy: compiled["remedy"], remedyOverdue: compiled["remedy_overdue"],
                    consequence: read["consequence"]?.text, note: read["note"]?.text)
            }
        case "sanctions":
            guard law.sanctions[id] != nil else { return unknown("sanction", law.sanctions.keys) }
            guard let read = fields(["title", "offence", "condition"]) else { return }
            sanctions[id] = SanctionTexts(title: read["title"]?.text, offence: read["offence"]?.text, condition: read["condition"]?.text)
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
