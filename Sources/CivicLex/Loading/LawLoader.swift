internal import Foundation
public import YAMLSource

/// Loads every `*.yaml` file of a rule-set directory, merges their sections and type-checks
/// all expressions once.
///
/// Loading reports every problem it finds (not just the first) as a ``DiagnosticList``.
public enum LawLoader {
    static let sectionNames = ["law", "facts", "sources", "parameters", "rules", "sanctions", "mci", "calendar", "areas", "bands", "indicators", "risk", "indices"]

    /// Loads the rule set in `directory` (subdirectories such as `amendments/` are not read).
    /// - Throws: ``DiagnosticList`` with every problem found.
    public static func load(directory: String, amendments options: AmendmentOptions = .init(), limits: YAMLLimits = .default) throws(DiagnosticList) -> Law {
        var sink = DiagnosticSink()
        let files = yamlFiles(in: directory, sink: &sink)
        var documents: [(SourceFile, YAMLMapping)] = []
        for path in files {
            do {
                let (file, root) = try YAMLReader.load(path: path, limits: limits)
                guard let root else { continue }
                guard case .mapping(let mapping) = root else {
                    sink.error("a rule file must be a mapping of sections (\(sectionNames.joined(separator: ", ")))", in: file, at: root.location)
                    continue
                }
                for entry in mapping.entries where !sectionNames.contains(entry.key.text) {
                    sink.error(
                        "unknown section `\(entry.key.text)`" + Suggestion.hint(for: entry.key.text, in: sectionNames),
                        in: file, at: entry.key.range.start)
                }
                documents.append((file, mapping))
            } catch {
                sink.add(error)
            }
        }
        var amendmentDocuments: [(file: SourceFile, mapping: YAMLMapping, asIfFrom: Day?, isExtra: Bool)] = []
        if options.includeEnacted {
            for path in amendmentFiles(in: directory) where !options.extra.contains(path) {
                guard let (file, mapping) = parseMapping(path, limits: limits, sink: &sink) else { continue }
                // Only drafts and proposals stay out; an unknown or missing status is loaded so
                // that the amendment reader reports it instead of the file vanishing.
                if !Self.isProposal(mapping) {
                    amendmentDocuments.append((file, mapping, nil, false))
                }
            }
        }
        for path in options.extra {
            guard let (file, mapping) = parseMapping(path, limits: limits, sink: &sink) else { continue }
            // An enacted amendment named again at its own date keeps its place among the others:
            // applied last, it would replace a rule a later amendment had already replaced.
            let isExtra = options.asIfFrom != nil || Self.isProposal(mapping)
            amendmentDocuments.append((file, mapping, options.asIfFrom, isExtra))
        }
        // A file that could not be read would make every later check cascade (unknown facts,
        // parameters, areas …): report what could not be read and stop there.
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics) }
        if documents.isEmpty, !files.isEmpty {
            sink.add(Diagnostic(path: directory, location: nil, message: "no rules in this rule set (its .yaml files are empty)"))
        }
        var builder = LawBuilder(directory: directory, documents: documents, amendmentDocuments: amendmentDocuments)
        let law = builder.build(sink: &sink)
        guard !sink.hasErrors, var law else { throw DiagnosticList(sink.diagnostics) }
        law.warnings = sink.warnings
        return law
    }

    /// Whether an amendment file's header says `draft` or `proposal` (not part of the law).
    static func isProposal(_ mapping: YAMLMapping) -> Bool {
        let status = mapping["amendment"]?.mapping?["status"]?.scalar?.text
        return status == Amendment.Status.draft.rawValue || status == Amendment.Status.proposal.rawValue
    }

    /// The draft and proposal files in `<directory>/amendments/`, in name order: `check`
    /// loads each over the law, as `compare --with` would, so none goes unchecked.
    public static func proposalFiles(in directory: String, limits: YAMLLimits = .default) -> [String] {
        amendmentFiles(in: directory).filter { path in
            guard case .mapping(let mapping)? = try? YAMLReader.load(path: path, limits: limits).root else { return false }
            return isProposal(mapping)
        }
    }

    /// Amendment files in `<directory>/amendments/`, in name order.
    public static func amendmentFiles(in directory: String) -> [String] {
        let folder = (directory as NSString).appendingPathComponent("amendments")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    private static func parseMapping(_ path: String, limits: YAMLLimits, sink: inout DiagnosticSink) -> (SourceFile, YAMLMapping)? {
        do {
            let (file, root) = try YAMLReader.load(path: path, limits: limits)
            guard case .mapping(let mapping)? = root else {
                sink.add(Diagnostic(path: path, location: root?.location, message: "an amendment file must be a mapping with an `amendment:` header"))
                return nil
            }
            return (file, mapping)
        } catch {
            sink.add(error)
            return nil
        }
    }

    static func yamlFiles(in directory: String, sink: inout DiagnosticSink) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            sink.add(Diagnostic(path: directory, location: nil, message: "rule directory not found"))
            return []
        }
        guard isDirectory.boolValue else {
            sink.add(Diagnostic(path: directory, location: nil, message: "is a file, not a rule directory (the directory holding the rule files)"))
            return []
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            // Foundation's message names the directory again; the system's reason is enough.
            let reason = errno != 0 ? String(cString: strerror(errno)) : error.localizedDescription
            sink.add(Diagnostic(path: directory, location: nil, message: "cannot list the rule directory: \(reason)"))
            return []
        }
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        if files.isEmpty {
            sink.add(Diagnostic(path: directory, location: nil, message: "no .yaml rule files in this directory"))
        }
        return files.map { (directory as NSString).appendingPathComponent($0) }
    }
}
