/// A located message about an input file, rendered compiler-style.
///
/// Diagnostics are plain values so they can be thrown (typed throws), collected,
/// compared in tests, and sent across concurrency domains.
public struct Diagnostic: Error, Sendable, CustomStringConvertible, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    /// A secondary message attached to a diagnostic, e.g. "first defined here".
    public struct Note: Sendable, Hashable {
        /// The note text.
        public var message: String
        /// The file the note points into (may differ from the diagnostic's file).
        public var path: String
        /// Where the note points, if anywhere.
        public var location: SourceLocation?
        /// The text of the line at `location`, quoted when rendering.
        public var sourceLine: String?

        /// Creates a note.
        public init(message: String, path: String, location: SourceLocation?, sourceLine: String? = nil) {
            self.message = DisplayText.bounded(message, limit: Diagnostic.maxMessageLength)
            self.path = path
            self.location = location
            // A note's line is context only; a huge one is dropped rather than copied.
            self.sourceLine = sourceLine.flatMap { $0.utf8.count > 4 * Diagnostic.maxLineWidth ? nil : $0 }
        }
    }

    /// How serious the diagnostic is.
    public var severity: Severity
    /// The file the diagnostic is about.
    public var path: String
    /// Where in the file, or nil for whole-file problems (unreadable, too large, ...).
    public var location: SourceLocation?
    /// The message, without location or severity.
    public var message: String
    /// The text of the line at `location`, quoted when rendering.
    public var sourceLine: String?
    /// Secondary messages, rendered after the main one.
    public var notes: [Note]
    /// Scalars cut from the front of `sourceLine` (a very long line is kept as a window
    /// around the column, so a diagnostic never holds a whole 10 MB line).
    private var sourceLineOffset = 0

    /// Longest message kept, in scalars: a message quoting a huge value is cut in the middle.
    public static let maxMessageLength = 1_000

    /// Creates a diagnostic. Prefer ``SourceFile/diagnostic(_:at:severity:notes:)``,
    /// which fills in `path` and `sourceLine`.
    public init(
        severity: Severity = .error,
        path: String,
        location: SourceLocation?,
        message: String,
        sourceLine: String? = nil,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.path = path
        self.location = location
        self.message = DisplayText.bounded(message, limit: Self.maxMessageLength)
        (self.sourceLine, self.sourceLineOffset) = Self.window(sourceLine, column: location?.column)
        self.notes = notes
    }

    /// Keeps at most a few hundred scalars of a long line around `column`.
    private static func window(_ line: String?, column: Int?) -> (String?, Int) {
        guard let line, line.utf8.count > 4 * maxLineWidth else { return (line, 0) }
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > 2 * maxLineWidth else { return (line, 0) }
        let target = min(max((column ?? 1) - 1, 0), scalars.count)
        let start = max(0, min(target - maxLineWidth, scalars.count - 2 * maxLineWidth))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<min(scalars.count, start + 2 * maxLineWidth)])
        return (String(view), start)
    }

    /// Renders the diagnostic as text.
    ///
    /// `path:line:column: error: message`, then the source line with a gutter and a
    /// caret under the column, then notes rendered the same way (`note:`). Without a
    /// location: `path: error: message`. With `color`, the severity label is wrapped
    /// in ANSI bold/colour codes; otherwise the output is plain text.
    public func rendered(color: Bool = false) -> String {
        if !color, notes.isEmpty, let plain = plainRendering() { return plain }
        var out = ""
        // Path, message and the line twice (quoted, then under it the caret's run of spaces).
        out.reserveCapacity(path.utf8.count + message.utf8.count + 2 * (sourceLine?.utf8.count ?? 0) + 40)
        Self.render(
            into: &out, severity: severity, path: path, location: location,
            message: message, sourceLine: sourceLine, lineOffset: sourceLineOffset, color: color)
        for note in notes {
            out += "\n"
            Self.render(
                into: &out, severity: .note, path: note.path, location: note.location,
                message: note.message, sourceLine: note.sourceLine, lineOffset: 0, color: color)
        }
        return out
    }

    /// `rendered()` of the usual diagnostic — no colour or notes, a path and message with
    /// nothing to escape, a short printable ASCII line — written straight into one string of
    /// the exact size: `score` renders a warning or two per case, and appending piece by piece
    /// cost more than finding them. Nil for anything else, which `render` writes.
    private func plainRendering() -> String? {
        guard let location, let sourceLine, sourceLineOffset == 0 else { return nil }
        let line = sourceLine.utf8
        guard line.count <= Self.maxLineWidth, !line.contains(where: { $0 < 0x20 || $0 > 0x7E }),
              !DisplayText.mayNeedEscape(path), !DisplayText.mayNeedEscape(message) else { return nil }
        let number = String(location.line), column = String(location.column), label = severity.rawValue
        let caret = min(max(location.column - 1, 0), line.count)
        let gutter = number.utf8.count
        // `path:line:column: label: message`, ` line | text`, ` pad | pad^`, with line breaks.
        let size = path.utf8.count + gutter + column.utf8.count + label.utf8.count + message.utf8.count + 7
            + (gutter + 4 + (line.isEmpty ? 0 : 1 + line.count)) + (gutter + 5 + caret)
        return String(unsafeUninitializedCapacity: size) { bytes in
            var at = 0
            func put(_ text: String) {
                var text = text
                text.withUTF8 { utf8 in
                    _ = UnsafeMutableBufferPointer(rebasing: bytes[at...]).initialize(from: utf8)
                    at += utf8.count
                }
            }
            func put(_ byte: UInt8, count: Int = 1) {
                for _ in 0..<count {
                    bytes[at] = byte
                    at += 1
                }
            }
            put(path)
            put(UInt8(ascii: ":"))
            put(number)
            put(UInt8(ascii: ":"))
            put(column)
            put(UInt8(ascii: ":"))
            put(UInt8(ascii: " "))
            put(label)
            put(UInt8(ascii: ":"))
            put(UInt8(ascii: " "))
            put(message)
            put(UInt8(ascii: "\n"))
            put(UInt8(ascii: " "))
            put(number)
            put(UInt8(ascii: " "))
            put(UInt8(ascii: "|"))
            if !line.isEmpty {
                put(UInt8(ascii: " "))
                put(sourceLine)
            }
            put(UInt8(ascii: "\n"))
            put(UInt8(ascii: " "), count: gutter + 2)
            put(UInt8(ascii: "|"))
            put(UInt8(ascii: " "), count: caret + 1)
            put(UInt8(ascii: "^"))
            return at
        }
    }

    /// Same as `rendered()`: plain text, no colour.
    public var description: String { rendered() }

    // MARK: - Rendering

    /// Source lines longer than this many columns are shown as a window around the column.
    static let maxLineWidth = 200
    /// Columns of context kept on each side of the caret when a line is truncated.
    static let windowRadius = 60

    private static func render(
        into out: inout String,
        severity: Severity,
        path: String,
        location: SourceLocation?,
        message: String,
        sourceLine: String?,
        lineOffset: Int,
        color: Bool
    ) {
        out += DisplayText.escaped(path)
        if let location {
            out += ":"
            out += String(location.line)
            out += ":"
            out += String(location.column)
        }
        out += ": "
        if color {
            out += label(severity, color: color)
        } else {
            out += severity.rawValue
            out += ":"
        }
        out += " "
        out += DisplayText.escaped(message)
        guard let location, let sourceLine else { return }
        var (shown, caretOffset) = excerpt(sourceLine, column: location.column - lineOffset)
        if lineOffset > 0, !shown.hasPrefix("…") {
            shown = "…" + shown
            caretOffset += 1
        }
        let number = String(location.line)
        out += "\n "
        out += number
        out += " |"
        if !shown.isEmpty {
            out += " "
            out += shown
        }
        out += "\n "
        appendSpaces(number.utf8.count, to: &out)
        out += " | "
        appendSpaces(caretOffset, to: &out)
        out += "^"
    }

    private static func appendSpaces(_ count: Int, to out: inout String) {
        // In runs, not a scalar at a time: two runs of about ten per warning showed in profiles.
        var left = max(count, 0)
        while left > 0 {
            let run = min(left, spaces.utf8.count)
            out += spaces.utf8.count == run ? spaces : String(spaces.prefix(run))
            left -= run
        }
    }

    private static let spaces = String(repeating: " ", count: 64)

    private static func label(_ severity: Severity, color: Bool) -> String {
        let text = "\(severity.rawValue):"
        guard color else { return text }
        let code: String
        switch severity {
        case .error: code = "\u{1B}[1;31m"
        case .warning: code = "\u{1B}[1;33m"
        case .note: code = "\u{1B}[1;36m"
        }
        return code + text + "\u{1B}[0m"
    }

    /// Returns the line as displayed and the caret's offset in it. Tabs become one space
    /// and other control characters a replacement character, so every scalar takes one
    /// column and the caret (which counts scalars) lines up; long lines are cut to a window.
    static func excerpt(_ line: String, column: Int) -> (text: String, caretOffset: Int) {
        // Printable ASCII that fits is shown as it is: one column per byte.
        let utf8 = line.utf8
        if utf8.count <= maxLineWidth, !utf8.contains(where: { $0 < 0x20 || $0 > 0x7E }) {
            return (line, min(max(column - 1, 0), utf8.count))
        }
        var scalars = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x09: scalars.append(" ")
            case 0x00..<0x20, 0x7F: scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        let count = scalars.count
        // A column just past the end is valid (errors at end of line); beyond that is clamped.
        let target = min(max(column - 1, 0), count)
        guard count > maxLineWidth else {
            return (String(scalars), target)
        }
        let width = 2 * windowRadius
        let start = max(0, min(target - windowRadius, count - width))
        let end = min(count, start + width)
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(scalars.startIndex, offsetBy: end)
        var text = start > 0 ? "…" : ""
        text += String(scalars[lower..<upper])
        if end < count { text += "…" }
        return (text, target - start + (start > 0 ? 1 : 0))
    }
}
