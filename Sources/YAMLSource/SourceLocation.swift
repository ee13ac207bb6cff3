/// A position in a source file.
///
/// Both fields are 1-based. `column` counts Unicode scalars, which is what libyaml
/// counts, so locations reported by the parser can be used without conversion.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders locations by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
    }

    /// `line:column`, the form used in diagnostics.
    public var description: String { "\(line):\(column)" }
}

/// A half-open span of source text, from `start` up to (not including) `end`.
public struct SourceRange: Hashable, Sendable {
    /// The first position covered by the range.
    public var start: SourceLocation
    /// The position just past the end of the range.
    public var end: SourceLocation

    /// Creates a range from its two ends.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}
