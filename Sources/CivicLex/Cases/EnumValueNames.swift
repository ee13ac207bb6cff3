internal import Foundation
import Synchronization
import YAMLSource

/// The names the rule set's languages give enum values (`values:` in `lang/<code>/*.yaml`:
/// `assemblies.form: {rally: митинг}`) and areas (`areas: {registration: {title: Регистрация}}`),
/// read back: a case that says `form: митинг`, `legal_form: ОО` or `areas: [регистрация]` is
/// told which value it means. Read from disk the first time a case has an
/// enum error, and kept for the loader's life; files that do not read are skipped (`check
/// --lang` reports them).
final class EnumValueNames: Sendable {
    private let law: Law
    private struct Table {
        var values: [EnumType: [(value: String, name: String)]] = [:]
        var areas: [(value: String, name: String)] = []
    }
    private let table = Mutex<Table?>(nil)

    init(law: Law) { self.law = law }

    /// The value `text` names in some language, with that name, when exactly one matches:
    /// the name itself, a near spelling, a shortening (`пикет`) or the initials (`ОО`).
    func value(named text: String, in type: EnumType) -> (value: String, name: String)? {
        Self.match(text, in: loaded { $0.values[type] ?? [] })
    }

    /// The area whose title in some language `text` is, with that title.
    func area(named text: String) -> (value: String, name: String)? {
        Self.match(text, in: loaded(\.areas))
    }

    private func loaded<T>(_ body: (Table) -> T) -> T {
        table.withLock { table in
            if table == nil { table = Self.read(law) }
            return body(table!)
        }
    }

    /// The candidate `text` names when exactly one matches.
    private static func match(_ text: String, in candidates: [(value: String, name: String)]) -> (value: String, name: String)? {
        guard !candidates.isEmpty else { return nil }
        let written = WritingHint.normalised(text)
        func unique(_ test: (String) -> Bool) -> (value: String, name: String)? {
            let found = candidates.filter { test(WritingHint.normalised($0.name)) }
            return Set(found.map(\.value)).count == 1 ? found[0] : nil
        }
        if let exact = unique({ $0 == written }) { return exact }
        if let near = Suggestion.closest(to: written, in: candidates.map { WritingHint.normalised($0.name) }),
            let found = unique({ $0 == near }) {
            return found
        }
        if written.count >= 4, let shortened = unique({ $0.hasPrefix(written) }) { return shortened }
        let letters = text.filter { !$0.isWhitespace && $0 != "." }
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) {
            return unique { initials($0) == written.filter { !$0.isWhitespace && $0 != "." } }
        }
        return nil
    }

    /// `общественное объединение` → `оо`.
    static func initials(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "(" || $0 == ")" }).compactMap(\.first))
    }

    private static func read(_ law: Law) -> Table {
        let types = Dictionary(LawTexts.enumFacts(in: law.schema).map { ($0.path, $0.type) }, uniquingKeysWith: { first, _ in first })
        var table = Table()
        let folder = (law.directory as NSString).appendingPathComponent("lang")
        for code in LawTexts.languages(in: law.directory) {
            for path in LawTexts.yamlFiles((folder as NSString).appendingPathComponent(code)) {
                guard let root = try? YAMLReader.load(path: path).root?.mapping else { continue }
                for area in root["areas"]?.mapping?.entries ?? [] where law.area(area.key.text) != nil {
                    if let title = area.value.mapping?["title"]?.scalar?.text, !title.isEmpty { table.areas.append((area.key.text, title)) }
                }
                for fact in root["values"]?.mapping?.entries ?? [] {
                    guard let type = types[fact.key.text], let values = fact.value.mapping else { continue }
                    for entry in values.entries where type.values.contains(entry.key.text) {
                        if let name = entry.value.scalar?.text, !name.isEmpty { table.values[type, default: []].append((entry.key.text, name)) }
                    }
                }
            }
        }
        return table
    }
}
