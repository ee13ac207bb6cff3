/// English counts in messages: "1 level", "3 levels".
public enum English {
    /// `count` and `noun`, the noun with an "s" unless the count is one.
    public static func count(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
