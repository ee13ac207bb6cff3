import YAMLSource

extension LawBuilder {
    static let subjects = ["individual", "official", "legal_entity", "small_business", "medium_business", "large_business", "organiser", "participant", "head"]

    mutating func loadSanctions(sink: inout DiagnosticSink) {
        for (file, node) in sections("sanctions") {
            guard case .mapping(let mapping) = node else {
                sink.error("`sanctions` must map sanction ids to definitions", in: file, at: node.location)
                continue
            }
            for entry in mapping.entries {
                let id = entry.key.text
                guard define("sanction", id, in: file, at: entry.key.range.start, sink: &sink),
                      var reader = MappingReader.make(entry.value, file: file, what: "sanction `\(id)`", sink: &sink) else { continue }
                let code = reader.requiredString("code", sink: &sink) ?? "?"
                let article = reader.requiredString("article", sink: &sink) ?? "?"
                let part = reader.string("part", sink: &sink)
                let title = reader.requiredString("title", sink: &sink) ?? ""
                let url = reader.string("url", sink: &sink)
                let status = reader.status(sink: &sink)
                var versions: [Sanction.Version] = []
                if let versionsNode = reader.node("versions"), case .sequence(let sequence) = versionsNode {
                    for item in sequence.items {
                        if let version = sanctionVersion(item, file: file, sink: &sink) { versions.append(version) }
                    }
                } else {
                    sink.error("sanction `\(id)` needs `versions`: a list of dated penalties", in: file, at: entry.value.location)
                }
                reader.reportUnknownKeys(sink: &sink)
                versions.sort { $0.from < $1.from }
                checkPeriods(versions.map { ($0.from, $0.to, nil) }, what: "sanction `\(id)`", file: file, sink: &sink)
                sanctions[id] = Sanction(
                    id: id, code: code, article: article, part: part, title: title, url: url, status: status,
                    versions: versions, location: entry.key.range.start, file: file.path)
            }
        }
    }

    private func sanctionVersion(_ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> Sanction.Version? {
        guard var reader = MappingReader.make(node, file: file, what: "sanction version", sink: &sink),
              let from = reader.day("from", sink: &sink) else { return nil }
        var penalties: [(String, Sanction.Penalty)] = []
        for subject in Self.subjects {
            guard let penaltyNode = reader.node(subject),
                  var penaltyReader = MappingReader.make(penaltyNode, file: file, what: "penalty for \(subject)", sink: &sink) else { continue }
            var fine: ClosedRange<Double>?
            if let fineNode = penaltyReader.node("fine_mci") {
                switch fineNode {
                case .scalar(let scalar):
                    if let value = scalar.number, value >= 0 { fine = value...value } else {
                        sink.error("`fine_mci` must be a non-negative number or [min, max]", in: file, at: scalar.range.start)
                    }
                case .sequence(let sequence):
                    let bounds = sequence.items.compactMap { $0.scalar?.number }
                    if bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] { fine = bounds[0]...bounds[1] } else {
                        sink.error("`fine_mci` range must be [min, max] with 0 ≤ min ≤ max", in: file, at: fineNode.location)
                    }
                case .mapping:
                    sink.error("`fine_mci` must be a number or [min, max]", in: file, at: fineNode.location)
                }
            }
            let penalty = Sanction.Penalty(
                warning: penaltyReader.bool("warning", sink: &sink) ?? false, fineMCI: fine,
                arrestDaysMax: penaltyReader.integer("arrest_days", sink: &sink),
                suspensionMonthsMax: penaltyReader.integer("suspension_months", sink: &sink),
                ban: penaltyReader.bool("ban", sink: &sink) ?? false, note: penaltyReader.string("note", sink: &sink))
            penaltyReader.reportUnknownKeys(sink: &sink)
            penalties.append((subject, penalty))
        }
        let citation = reader.node("source").flatMap { self.citation($0, file: file, sink: &sink) }
        let version = Sanction.Version(
            from: from, to: reader.day("to", sink: &sink), penalties: penalties, citation: citation,
            status: reader.status(sink: &sink), note: reader.string("note", sink: &sink))
        reader.reportUnknownKeys(sink: &sink)
        if penalties.isEmpty {
            sink.error("sanction version from \(from) names no penalty (individual, official, legal_entity, …)", in: file, at: node.location)
        }
        return version
    }
}
