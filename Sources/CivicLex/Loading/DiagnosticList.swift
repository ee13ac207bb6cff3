public import YAMLSource

/// One or more problems found while loading rules or a case; each points at its line.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map { $0.rendered() }.joined(separator: "\n") }
}

/// Accumulates diagnostics so one run reports every problem, not just the first.
struct DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    mutating func error(_ message: String, in file: SourceFile, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        diagnostics.append(file.diagnostic(message, at: location, notes: notes))
    }

    mutating func warning(_ message: String, in file: SourceFile, at location: SourceLocation?) {
        diagnostics.append(file.diagnostic(message, at: location, severity: .warning))
    }
}
