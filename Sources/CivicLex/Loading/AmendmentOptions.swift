/// Which amendments to lay over the base rule set when loading it.
public struct AmendmentOptions: Sendable {
    /// Apply the enacted amendments in `<rules>/amendments/` (the law as it stands).
    public var includeEnacted: Bool
    /// Further amendment files to apply, whatever their status.
    public var extra: [String]
    /// Treat the `extra` amendments as in force from this day instead of their stated date:
    /// "what if this reform had applied to these acts".
    public var asIfFrom: Day?

    public init(includeEnacted: Bool = true, extra: [String] = [], asIfFrom: Day? = nil) {
        self.includeEnacted = includeEnacted
        self.extra = extra
        self.asIfFrom = asIfFrom
    }
}
