public import YAMLSource

/// A statute or other instrument that rules cite.
public struct LegalSource: Sendable {
    public let id: String
    public let title: String
    public let number: String?
    public let adopted: Day?
    public let url: String?
    public let status: VerificationStatus
    public let note: String?
}

/// A pointer into a source: which article, paragraph or part supports a rule or value.
public struct Citation: Sendable {
    public let ref: String
    public let article: String?
    public let paragraph: String?
    public let part: String?
    /// A more specific link than the source's own, e.g. a page for one article.
    public let url: String?
    public let note: String?
    public let location: SourceLocation?

    /// "Law No. 333-VI … art. 10 para. 1" using the source's title. A rule's citation says so
    /// when no article could be confirmed, so that an adviser never takes a gap for an oversight.
    public func formatted(in sources: [String: LegalSource], flagsMissingArticle: Bool = false) -> String {
        var text = sources[ref].map { source in
            source.number.map { "\(source.title) (No. \($0))" } ?? source.title
        } ?? ref
        if let article {
            text += ", art. \(article)"
        } else if flagsMissingArticle {
            text += ", article not confirmed"
        }
        if let paragraph { text += " para. \(paragraph)" }
        if let part { text += " part \(part)" }
        return text
    }

    /// The most specific link known for this citation.
    public func link(in sources: [String: LegalSource]) -> String? { url ?? sources[ref]?.url }
}
