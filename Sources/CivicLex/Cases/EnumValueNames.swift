internal import Foundation
import Synchronization
import YAMLSource

/// The names the rule set's languages give enum values (`values:` in `lang/<code>/*.yaml`:
/// `assemblies.form: {rally: митинг}`), read back: a case that says `form: митинг` or
/// `organiser: ОО` is told which value it means. Read from disk the first time a case has an
/// enum error, and kept for the loader's life; files that do not read are skipped (`check
/// --lang` reports them).
final class EnumValueNames: Sendable {
    private let law: Law
    private let names = Mutex<[EnumType: [(value: String, name: String)]]?>(nil)

    init(law: Law) { self.law = law }

    /// The value `text` names in some language, with that name, when exactly one matches:
    /// the name itself, a near spelling, a shortening (`пикет`) or the initials (`ОО`).
    func value(named text: String, in type: EnumType) -> (value: String, name: String)? {
        let candidates = names.withLock { table in
            if table == nil { table = Self.read(law) }
            return table?[type] ?? []
        }
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
            return unique { Self.initials($0) == written.filter { !$0.isWhitespace && $0 != "." } }
        }
        return nil
    }

    /// `общественное объединение` → `оо`.
    static func initials(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "(" || $0 == ")" }).compactMap(\.first))
    }

    private static func read(_ law: Law) -> [EnumType: [(value: String, name: String)]] {
        let types = Dictionary(LawTexts.enumFacts(in: law.schema).map { ($0.path, $0.type) }, uniquingKeysWith: { first, _ in first })
        var table: [EnumType: [(value: String, name: String)]] = [:]
        let folder = (law.directory as NSString).appendingPathComponent("lang")
        for code in LawTexts.languages(in: law.directory) {
            for path in LawTexts.yamlFiles((folder as NSString).appendingPathComponent(code)) {
                guard let root = try? YAMLReader.load(path: path).root, let facts = root.mapping?["values"]?.mapping else { continue }
                for fact in facts.entries {
                    guard let type = types[fact.key.text], let values = fact.value.mapping else { continue }
                    for entry in values.entries where type.values.contains(entry.key.text) {
                        if let name = entry.value.scalar?.text, !name.isEmpty { table[type, default: []].append((entry.key.text, name)) }
                    }
                }
            }
        }
        return table
    }
}
