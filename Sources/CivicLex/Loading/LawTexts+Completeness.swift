internal import Foundation
public import YAMLSource

extension LawTexts {
    /// Every entry of the law that has no text in this language, located at the English entry
    /// (`civiclex check --lang CODE` fails on them, so no rule ships untranslated).
    public func missingEntries(in law: Law, limits: YAMLLimits = .default) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var files: [String: SourceFile] = [:]
        func source(_ path: String) -> SourceFile? {
            if let file = files[path] { return file }
            guard let file = try? YAMLReader.load(path: path, limits: limits).file else { return nil }
            files[path] = file
            return file
        }
        func missing(_ what: String, _ id: String, path: String, at location: SourceLocation?, lacking: [String] = []) {
            let fields = lacking.isEmpty ? "" : " (" + lacking.joined(separator: ", ") + ")"
            let message = "\(what) `\(id)` has no text in language `\(code)`\(fields); add it under lang/\(code)/"
            if let file = source(path) { out.append(file.diagnostic(message, at: location)) } else {
                out.append(Diagnostic(path: path, location: location, message: message))
            }
        }
        for rule in law.rules {
            let local = self.rule(rule)
            var lacking: [String] = []
            if local?.title == nil { lacking.append("title") }
            if local?.message == nil { lacking.append("message") }
            if rule.remedy != nil, local?.remedy == nil { lacking.append("remedy") }
            if rule.remedyOverdue != nil, local?.remedyOverdue == nil { lacking.append("remedy_overdue") }
            if rule.consequence != nil, local?.consequence == nil { lacking.append("consequence") }
            if !lacking.isEmpty { missing("rule", rule.id, path: rule.file, at: rule.location, lacking: lacking) }
        }
        for amendment in law.amendments {
            let name = (amendment.file as NSString).lastPathComponent
            var lacking: [String] = []
            if amendments[name]?.title == nil { lacking.append("title") }
            if amendment.summary != nil, amendments[name]?.summary == nil { lacking.append("summary") }
            guard !lacking.isEmpty else { continue }
            let header = (try? YAMLReader.load(path: amendment.file, limits: limits)).flatMap { loaded -> SourceLocation? in
                files[amendment.file] = loaded.file
                return loaded.root?.mapping?.entries.first { $0.key.text == "amendment" }?.key.range.start
            }
            missing("amendment", amendment.id, path: amendment.file, at: header, lacking: lacking)
        }
        // The other entries are found where the English rule files define them.
        for path in LawTexts.baseFiles(law.directory) {
            guard let (file, root) = try? YAMLReader.load(path: path, limits: limits), case .mapping(let mapping)? = root else { continue }
            files[path] = file
            if let name = mapping["law"]?.mapping?.entries.first(where: { $0.key.text == "name" }), lawName == nil {
                missing("rule set name", name.value.scalar?.text ?? "", path: path, at: name.key.range.start)
            }
            for entry in mapping["sanctions"]?.mapping?.entries ?? [] {
                let notes = law.sanctions[entry.key.text]?.versions.flatMap { version in
                    version.penalties.compactMap { $0.penalty.note }.filter { penaltyNotes[$0] == nil }.map { _ in version.from }
                } ?? []
                let lacking = Set(notes).sorted().map { "penalty notes of the version from \($0)" }
                guard sanctions[entry.key.text]?.title == nil || !lacking.isEmpty else { continue }
                missing("sanction", entry.key.text, path: path, at: entry.key.range.start, lacking: lacking.isEmpty ? [] : (sanctions[entry.key.text]?.title == nil ? ["title"] : []) + lacking)
            }
            for entry in mapping["parameters"]?.mapping?.entries ?? [] where parameters[entry.key.text] == nil {
                missing("parameter", entry.key.text, path: path, at: entry.key.range.start)
            }
            for entry in mapping["facts"]?.mapping?.entries ?? [] {
                var lacking: [String] = []
                if facts[entry.key.text]?.description == nil { lacking.append("description") }
                if entry.value.mapping?["essential"] != nil, facts[entry.key.text]?.essential == nil { lacking.append("essential") }
                if !lacking.isEmpty { missing("fact", entry.key.text, path: path, at: entry.key.range.start, lacking: lacking) }
                for field in entry.value.mapping?["fields"]?.mapping?.entries ?? [] where facts["\(entry.key.text)[].\(field.key.text)"]?.description == nil {
                    missing("fact", "\(entry.key.text)[].\(field.key.text)", path: path, at: field.key.range.start)
                }
            }
            for entry in mapping["areas"]?.mapping?.entries ?? [] where areas[entry.key.text] == nil {
                missing("area", entry.key.text, path: path, at: entry.key.range.start)
            }
            for entry in mapping["sources"]?.mapping?.entries ?? [] where sources[entry.key.text] == nil {
                missing("source", entry.key.text, path: path, at: entry.key.range.start)
            }
            for item in mapping["indicators"]?.sequence?.items ?? [] {
                guard let id = item.mapping?["id"]?.scalar, indicators[id.text]?.title == nil else { continue }
                missing("indicator", id.text, path: path, at: id.range.start)
            }
            let bandLists = [mapping["bands"], mapping["risk"]?.mapping?["bands"]].compactMap { $0?.sequence }
            for item in bandLists.flatMap(\.items) {
                guard let name = item.mapping?["name"]?.scalar, bands[name.text] == nil else { continue }
                missing("band", name.text, path: path, at: name.range.start)
            }
        }
        return out + missingValueNames(in: law, source: source)
    }

    static func baseFiles(_ directory: String) -> [String] { yamlFiles(directory) }
}
