/// "Did you mean" suggestions for misspelt names.
public enum Suggestion {
    /// The closest candidate within a small edit distance, if any; ties go to the
    /// alphabetically first, so the hint does not depend on the order of a set.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, name.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(name, candidate, limit: limit)
            guard distance <= limit else { continue }
            if let current = best, (distance, candidate) >= (current.1, current.0) { continue }
            best = (candidate, distance)
        }
        if let best { return best.0 }
        return sharedStem(of: name, in: candidates)
    }

    /// The one candidate that starts with the same word stem as `name` (`violated` →
    /// `violation`): at least five characters and two thirds of `name` in common, longest first.
    static func sharedStem(of name: String, in candidates: some Sequence<String>) -> String? {
        let letters = Array(name.unicodeScalars)
        let needed = max(5, (letters.count * 2 + 2) / 3)
        guard letters.count >= needed else { return nil }
        var best: (candidate: String, shared: Int, tied: Bool)?
        for candidate in candidates {
            let shared = zip(letters, candidate.unicodeScalars).prefix { $0 == $1 }.count
            guard shared >= needed else { continue }
            if let current = best, shared <= current.shared {
                if shared == current.shared { best?.tied = true }
                continue
            }
            best = (candidate, shared, false)
        }
        guard let best, !best.tied else { return nil }
        return best.candidate
    }

    /// `; did you mean `x`?` or the empty string.
    public static func hint(for name: String, in candidates: some Sequence<String>) -> String {
        closest(to: name, in: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    static func editDistance(_ lhs: String, _ rhs: String, limit: Int) -> Int {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
