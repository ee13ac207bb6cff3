/// A change to the law from an effective date: new parameter values, rules added,
/// repealed or replaced. Enacted amendments are part of the law by default; drafts and
/// proposals apply only when asked for (`civiclex compare --with`).
public struct Amendment: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case enacted, draft, proposal
    }

    public let id: String
    public let title: String
    public let status: Status
    /// The day the change applies from (possibly moved by `asIfFrom` for a what-if comparison).
    public let effective: Day
    /// The effective date the file itself states.
    public let statedEffective: Day
    public let citation: Citation?
    public let summary: String?
    public let file: String
    /// One line per change, for reports ("KZ-ASM-001 repealed", "param.x = 5").
    public let changes: [String]
    public let parameters: [String]
    public let rules: [String]
}
