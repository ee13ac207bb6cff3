/// One clause of a rule's `binds:` block: the provision reaches only subjects (or items) whose
/// `path` has one of the `allowed` values, e.g. `org.legal_form: [trade_union]`.
public struct Binding: Sendable {
    /// A fact path (`org.registered`) or a field of the rule's loop variable (`a.form`).
    public let path: String
    /// Allowed values as written in the rule file (`true`, `trade_union`, …).
    public let allowed: [String]
    /// Whether a case that leaves the fact out is bound (`unstated` among the values): for a
    /// fact whose absence has a settled meaning, such as an assembly's `client_role`.
    public let bindsWhenUnstated: Bool
    /// `path in [allowed…]`, compiled against the schema when the rules load.
    let condition: CompiledExpression
    /// The clause's number in the law's `BindingClauseTable`, when rules may share its value.
    let sharedClause: Int?

    /// "org.legal_form in [trade_union]" for reasons and reports.
    public var summary: String { ReportLanguage.english.binding(self) }
}
