/// How firmly a provision or number is established by its sources.
///
/// Reports mark anything below `verified` so a reader knows which findings rest on
/// secondary or derived evidence.
public enum VerificationStatus: String, Sendable, CaseIterable, Comparable {
    /// Seen in the primary text or in two independent reputable sources.
    case verified
    /// Seen in one secondary source, or derived by arithmetic from reported amounts.
    case partly
    /// Not confirmed in any source; encoded so the slot is visible.
    case unverified

    private var rank: Int {
        switch self {
        case .verified: 0
        case .partly: 1
        case .unverified: 2
        }
    }

    public static func < (lhs: VerificationStatus, rhs: VerificationStatus) -> Bool { lhs.rank < rhs.rank }
}
