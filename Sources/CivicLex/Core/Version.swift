/// The tool's own version, shown by `--version` and in every report it writes.
public enum CivicLexVersion {
    public static let tool = "0.2.0"
}

extension Law {
    /// "Kazakhstan (CSO legal environment) 2026.11 of 2026-11-29": the rule set and its edition.
    public var editionDescription: String {
        var text = name
        if let version { text += " \(version)" }
        if let date { text += " of \(date)" }
        return text
    }
}
