internal import Foundation
public import YAMLSource

/// The report chrome of one language (headings, outcome and severity words, table headers,
/// number, money and date conventions), as data: English is built in, every other language
/// is a catalogue file (`Rules/lang/<code>.yaml`) with the same keys, so adding one needs no code.
///
/// Entries are `{name}` templates; a plural entry is a mapping of CLDR categories
/// (`one`, `few`, `many`, `other`) chosen by the catalogue's `plural` rule.
public struct Messages: Sendable {
    public let code: String
    let entries: [String: String]
    let plurals: [String: [String: String]]
    let pluralRule: PluralRule

    /// How a count picks its plural category (CLDR families; a new language names one).
    enum PluralRule: String, Sendable, CaseIterable {
        /// English, German, Kazakh …: `one` for 1, else `other`.
        case oneOther = "one_other"
        /// Russian, Ukrainian, Belarusian: `one` (1, 21 …), `few` (2–4, 22–24 …), `many`.
        case eastSlavic = "east_slavic"

        func category(_ count: Int) -> String {
            switch self {
            case .oneOther: return count == 1 ? "one" : "other"
            case .eastSlavic:
                let (ten, hundred) = (abs(count) % 10, abs(count) % 100)
                if ten == 1 && hundred != 11 { return "one" }
                if (2...4).contains(ten) && !(12...14).contains(hundred) { return "few" }
                return "many"
            }
        }
    }

    public static let english = Messages(code: "en", entries: EnglishMessages.entries, plurals: EnglishMessages.plurals, pluralRule: .oneOther)

    /// The entry `key`, falling back to English (a key missing in both is a programming error,
    /// shown as the key itself rather than trapping).
    public subscript(_ key: String) -> String {
        entries[key] ?? Messages.englishEntry(key)
    }

    static func englishEntry(_ key: String) -> String { EnglishMessages.entries[key] ?? key }

    /// `key` with each `{name}` replaced by `arguments[name]`.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Self.fill(self[key], arguments)
    }

    /// The plural form of `key` for `count`, filled like `callAsFunction`.
    public func plural(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        let forms = plurals[key] ?? EnglishMessages.plurals[key] ?? [:]
        let rule = plurals[key] == nil ? PluralRule.oneOther : pluralRule
        let form = forms[rule.category(count)] ?? forms["other"] ?? forms["many"] ?? key
        return Self.fill(form, arguments)
    }

    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += arguments[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The names of the `{placeholders}` of a template.
    static func placeholders(_ template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The keys a complete catalogue has (every English key).
    public static var keys: [String] { (Array(EnglishMessages.entries.keys) + Array(EnglishMessages.plurals.keys)).sorted() }

    /// Keys this catalogue lacks (they fall back to English).
    public var missingKeys: [String] {
        code == "en" ? [] : Self.keys.filter { entries[$0] == nil && plurals[$0] == nil }
    }

    /// Reads a catalogue file: `language:`, `plural:` and `messages:` (key → text, or a mapping
    /// of plural categories). Unknown keys, unknown placeholders and plural categories are
    /// located errors.
    public static func load(path: String, code: String, limits: YAMLLimits = .default) throws(DiagnosticList) -> Messages {
        var sink = DiagnosticSink()
        var entries: [String: String] = [:], plurals: [String: [String: String]] = [:]
        var rule = PluralRule.oneOther
        let file: SourceFile, root: YAMLNode?
        do {
            (file, root) = try YAMLReader.load(path: path, limits: limits)
        } catch {
            throw DiagnosticList([error])
        }
        guard case .mapping(let mapping)? = root else {
            throw DiagnosticList([Diagnostic(path: path, location: root?.location, message: "a message catalogue must be a mapping with `messages:`")])
        }
        do {
            for entry in mapping.entries {
                switch entry.key.text {
                case "language":
                    if let text = entry.value.scalar?.text, text != code {
                        sink.error("catalogue says `language: \(text)` but is read for `\(code)`", in: file, at: entry.value.location)
                    }
                case "plural":
                    if let text = entry.value.scalar?.text, let named = PluralRule(rawValue: text) { rule = named } else {
                        sink.error("`plural` must be one of: " + PluralRule.allCases.map(\.rawValue).joined(separator: ", "), in: file, at: entry.value.location)
                    }
                case "messages":
                    guard case .mapping(let messages) = entry.value else {
                        sink.error("`messages` must map keys to texts", in: file, at: entry.value.location)
                        continue
                    }
                    for message in messages.entries {
                        let key = message.key.text
                        if let english = EnglishMessages.entries[key] {
                            guard let text = message.value.scalar?.text else {
                                sink.error("`\(key)` must be a text", in: file, at: message.value.location)
                                continue
                            }
                            check(text, against: english, key: key, file: file, at: message.value.location, sink: &sink)
                            entries[key] = text
                        } else if let english = EnglishMessages.plurals[key] {
                            guard case .mapping(let forms) = message.value else {
                                sink.error("`\(key)` counts something: give its forms as a mapping (`one`, `few`, `many`, `other`)", in: file, at: message.value.location)
                                continue
                            }
                            var read: [String: String] = [:]
                            let allowed = ["zero", "one", "two", "few", "many", "other"]
                            for form in forms.entries {
                                guard allowed.contains(form.key.text), let text = form.value.scalar?.text else {
                                    sink.error("unknown plural form `\(form.key.text)`" + Suggestion.hint(for: form.key.text, in: allowed), in: file, at: form.key.range.start)
                                    continue
                                }
                                check(text, against: english["other"] ?? "", key: key, file: file, at: form.value.location, sink: &sink)
                                read[form.key.text] = text
                            }
                            plurals[key] = read
                        } else {
                            sink.error("unknown message `\(key)`" + Suggestion.hint(for: key, in: Self.keys), in: file, at: message.key.range.start)
                        }
                    }
                default:
                    sink.error("unknown key `\(entry.key.text)`" + Suggestion.hint(for: entry.key.text, in: ["language", "plural", "messages"]), in: file, at: entry.key.range.start)
                }
            }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics) }
        return Messages(code: code, entries: entries, plurals: plurals, pluralRule: rule)
    }

    private static func check(_ text: String, against english: String, key: String, file: SourceFile, at location: SourceLocation?, sink: inout DiagnosticSink) {
        let known = placeholders(english)
        for name in placeholders(text).subtracting(known).sorted() {
            sink.error("`\(key)` has no placeholder `{\(name)}`" + Suggestion.hint(for: name, in: known), in: file, at: location)
        }
    }
}
