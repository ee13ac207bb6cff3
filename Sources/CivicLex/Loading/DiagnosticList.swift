public import YAMLSource

/// One or more problems found while loading rules or a case; each points at its line.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map { $0.rendered() }.joined(separator: "\n") }
}

/// Accumulates diagnostics so one run reports every problem, not just the first.
///
/// Linear and bounded: it keeps the first ``limit`` diagnostics and only counts the rest
/// (their messages are never even built), then closes with one "… and N more" line, so a
/// file with 100,000 broken keys costs what its first hundred do.
struct DiagnosticSink {
    /// Diagnostics kept in full; more are counted, not stored.
    static let limit = 100

    private var kept: [Diagnostic] = []
    private(set) var errorCount = 0
    /// Every diagnostic reported, kept or not: compare before and after a step to see
    /// whether it found a problem.
    private(set) var count = 0
    private var omittedErrors = 0, omittedWarnings = 0
    /// The file of the last diagnostic left out, for the closing line.
    private var omittedPath = ""

    var hasErrors: Bool { errorCount > 0 }

    /// The diagnostics kept, then a closing note counting those left out.
    var diagnostics: [Diagnostic] {
        let omitted = omittedErrors + omittedWarnings
        guard omitted > 0 else { return kept }
        let noun = omittedWarnings == 0 ? "error" : (omittedErrors == 0 ? "warning" : "problem")
        let message = "… and \(Formatting.number(Double(omitted))) more \(noun)\(omitted == 1 ? "" : "s") (only the first \(Self.limit) are shown)"
        return kept + [Diagnostic(severity: .note, path: omittedPath, location: nil, message: message)]
    }

    /// Warnings kept (for callers that report them separately from errors).
    var warnings: [Diagnostic] { kept.filter { $0.severity == .warning } }

    /// Whether the next diagnostic will be kept; when not, it is only counted.
    private mutating func admit(_ severity: Diagnostic.Severity, path: @autoclosure () -> String) -> Bool {
        count += 1
        if severity == .error { errorCount += 1 }
        guard kept.count >= Self.limit else { return true }
        if severity == .warning { omittedWarnings += 1 } else { omittedErrors += 1 }
        omittedPath = path()
        return false
    }

    mutating func add(_ diagnostic: Diagnostic) {
        if admit(diagnostic.severity, path: diagnostic.path) { kept.append(diagnostic) }
    }

    mutating func error(_ message: @autoclosure () -> String, in file: SourceFile, at location: SourceLocation?, notes: @autoclosure () -> [Diagnostic.Note] = []) {
        if admit(.error, path: file.path) { kept.append(file.diagnostic(message(), at: location, notes: notes())) }
    }

    mutating func warning(_ message: @autoclosure () -> String, in file: SourceFile, at location: SourceLocation?) {
        if admit(.warning, path: file.path) { kept.append(file.diagnostic(message(), at: location, severity: .warning)) }
    }
}
