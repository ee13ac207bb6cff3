/// A problem in an expression, located by UTF-8 offset into the expression's text.
///
/// The rule loader turns it into a `Diagnostic` pointing into the rule file.
public struct ExpressionError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}
