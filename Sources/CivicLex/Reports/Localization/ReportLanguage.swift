internal import Foundation

/// Everything a report needs to speak one language: the chrome (``Messages``) and the law's
/// own texts in that language (``LawTexts``), each falling back to English where it has no entry.
public struct ReportLanguage: Sendable {
    public let messages: Messages
    public let texts: LawTexts?

    public init(messages: Messages, texts: LawTexts?) {
        self.messages = messages
        self.texts = texts
    }

    public static let english = ReportLanguage(messages: .english, texts: nil)

    public var code: String { messages.code }
    public var isEnglish: Bool { code == "en" }

    public func ruleTitle(_ rule: Rule) -> String { texts?.rule(rule)?.title ?? rule.title }
    public func consequence(_ rule: Rule) -> String? { rule.consequence.map { texts?.rule(rule)?.consequence ?? $0 } }
    public func note(_ rule: Rule) -> String? { rule.note.map { texts?.rule(rule)?.note ?? $0 } }
    /// "CAO art. 488 part 1" / "КоАП ст. 488 ч. 1".
    public func sanctionHeading(_ sanction: Sanction) -> String {
        guard !isEnglish else { return sanction.heading }
        var text = messages("code." + sanction.code) + messages("citation.article", ["article": sanction.article]).dropFirst(1)
        if let part = sanction.part { text += messages("citation.part", ["part": part]) }
        return text
    }

    public func lawName(_ law: Law) -> String { texts?.lawName ?? law.name }

    /// "Kazakhstan (…) 2026.11 of 2026-11-29", in this language.
    public func edition(_ law: Law) -> String {
        guard !isEnglish else { return law.editionDescription }
        var text = lawName(law)
        if let version = law.version { text += " " + version }
        if let date = law.date { text += messages("edition.of", ["date": self.date(date)]) }
        return text
    }

    public func amendmentTitle(_ amendment: Amendment) -> String {
        texts?.amendments[(amendment.file as NSString).lastPathComponent]?.title ?? amendment.title
    }
    public func parameterDescription(_ parameter: Parameter) -> String { texts?.parameters[parameter.name] ?? parameter.description }
    /// A fact's description (`org.legal_form`, `assemblies[].form`) in this language.
    public func factDescription(_ path: String, _ english: String) -> String { texts?.facts[path]?.description ?? english }
    /// Why every case should state the fact (`essential:`), in this language.
    public func factEssential(_ path: String, _ english: String) -> String { texts?.facts[path]?.essential ?? english }
    public func areaTitle(_ id: String, _ english: String) -> String { texts?.areas[id] ?? english }
    public func sanctionTitle(_ id: String, _ english: String) -> String { texts?.sanctions[id]?.title ?? english }
    public func sanctionCondition(_ english: String) -> String { texts?.conditions[english] ?? english }
    /// The offence of the sanction version applied.
    public func offence(_ sanction: SanctionApplication) -> String? {
        guard let english = sanction.offence else { return nil }
        guard let local = texts?.sanctions[sanction.sanctionID] else { return english }
        return sanction.versionFrom.flatMap { local.versionOffences[$0] } ?? local.offence ?? english
    }
    public func indicatorTitle(_ id: String, _ english: String) -> String { texts?.indicators[id]?.title ?? english }
    public func band(_ name: String) -> String { name.isEmpty ? name : (texts?.bands[name] ?? name) }
    public func severity(_ severity: Severity) -> String { messages["severity." + severity.rawValue] }
    public func status(_ status: VerificationStatus) -> String { messages["status." + status.rawValue] }

    /// A source's title as the official text in this language words it.
    public func sourceTitle(_ source: LegalSource) -> String { texts?.sources[source.id] ?? source.title }

    /// A citation worded in this language: the statute's own title, then article, paragraph, part.
    public func citation(_ citation: Citation, in sources: [String: LegalSource], flagsMissingArticle: Bool = false) -> String {
        if isEnglish { return citation.formatted(in: sources, flagsMissingArticle: flagsMissingArticle) }
        var text = sources[citation.ref].map { source in
            let title = sourceTitle(source)
            // An official title already names the number.
            guard let number = source.number, !title.contains(number) else { return title }
            return messages("citation.number", ["title": title, "number": number])
        } ?? citation.ref
        if let article = citation.article {
            text += messages("citation.article", ["article": article])
        } else if flagsMissingArticle {
            text += messages["citation.no_article"]
        }
        if let paragraph = citation.paragraph { text += messages("citation.paragraph", ["paragraph": paragraph]) }
        if let part = citation.part { text += messages("citation.part", ["part": part]) }
        return text
    }

    public func date(_ day: Day) -> String {
        if isEnglish { return day.description }
        let iso = day.description
        let parts = iso.split(separator: "-").map(String.init)
        guard parts.count == 3 else { return iso }
        return messages("format.date", ["yyyy": parts[0], "mm": parts[1], "dd": parts[2]])
    }

    public func number(_ value: Double) -> String {
        let english = Formatting.number(value)
        return isEnglish ? english : localise(english)
    }

    public func score(_ value: Double) -> String {
        let english = Formatting.score(value)
        return isEnglish ? english : localise(english)
    }

    /// A value quoted in a message: dates and amounts in this language's conventions.
    public func value(_ value: Value?, type: ValueType? = nil) -> String {
        switch value {
        case nil: return messages["outcome.unknown"]
        case .date(let day)?: return date(day)
        case .bool(let flag)?: return messages[flag ? "value.true" : "value.false"]
        case .number(let number)?: return type == .money ? money(number) : self.number(number)
        case .string(let raw)? where type.map(enumType) != nil:
            return type.flatMap(enumType).flatMap { texts?.valueNames[$0]?[raw] } ?? raw
        case .list(let items)?:
            let element: ValueType? = if case .list(let element)? = type { element } else { nil }
            let shown = items.prefix(20).map { self.value($0, type: element) }.joined(separator: ", ")
            return "[" + shown + (items.count > 20 ? ", … \(items.count - 20)" : "") + "]"
        default: return Formatting.value(value, type: type)
        }
    }

    private func enumType(_ type: ValueType) -> EnumType? {
        if case .enumeration(let enumType) = type { enumType } else { nil }
    }

    public func money(_ value: Double) -> String { messages("format.money", ["amount": number(value)]) }

    /// Swaps English separators for this language's (through a placeholder, so `,` → `.` and
    /// `.` → `,` do not collide).
    private func localise(_ english: String) -> String {
        english.replacingOccurrences(of: ",", with: "\u{1}")
            .replacingOccurrences(of: ".", with: messages["format.decimal"])
            .replacingOccurrences(of: "\u{1}", with: messages["format.thousands"])
    }
}
