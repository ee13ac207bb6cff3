import Testing
@testable import YAMLSource

/// A YAML fixture with position markers: `1️⃣` … `9️⃣` are removed from the text and
/// remembered as the location of the character that follows them.
struct Fixture {
    let text: String
    private let markers: [Character: YAMLSource.SourceLocation]

    init(_ raw: String) {
        var out = String.UnicodeScalarView()
        var markers: [Character: YAMLSource.SourceLocation] = [:]
        let scalars = Array(raw.unicodeScalars)
        var line = 1
        var column = 1
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if i + 2 < scalars.count, ("1"..."9").contains(scalar),
                scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}"
            {
                markers[Character(scalar)] = YAMLSource.SourceLocation(line: line, column: column)
                i += 3
                continue
            }
            out.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        self.text = String(out)
        self.markers = markers
    }

    /// The location recorded for marker `n` (1...9).
    subscript(_ n: Int) -> YAMLSource.SourceLocation {
        guard let location = markers[Character(String(n))] else {
            Issue.record("fixture has no marker \(n)")
            return YAMLSource.SourceLocation(line: 0, column: 0)
        }
        return location
    }

    func parse(limits: YAMLLimits = .default) throws(Diagnostic) -> YAMLNode? {
        try YAML.parse(text, limits: limits)
    }

    func error(limits: YAMLLimits = .default, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        YAML.error(text, limits: limits, sourceLocation: sourceLocation)
    }
}

enum YAML {
    static let path = "Cases/test.yaml"

    static func parse(_ text: String, limits: YAMLLimits = .default) throws(Diagnostic) -> YAMLNode? {
        try YAMLReader.parse(Array(text.utf8), file: SourceFile(path: path, text: text), limits: limits)
    }

    /// Parses `text` expecting failure; records an issue and returns nil if it parsed.
    static func error(_ text: String, limits: YAMLLimits = .default, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        do {
            _ = try parse(text, limits: limits)
            Issue.record("expected a diagnostic, but the document parsed", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// Parses a document that must be a mapping.
    static func mapping(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLMapping {
        let root = try parse(text)
        return try #require(root?.mapping, sourceLocation: sourceLocation)
    }

    /// The scalar at `key` in a one-level mapping document.
    static func scalar(_ text: String, key: String = "v", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLScalar {
        try #require(mapping(text, sourceLocation: sourceLocation)[key]?.scalar, sourceLocation: sourceLocation)
    }
}

/// `SourceLocation` shorthand; the module's type, not Testing's.
func loc(_ line: Int, _ column: Int) -> YAMLSource.SourceLocation {
    YAMLSource.SourceLocation(line: line, column: column)
}
