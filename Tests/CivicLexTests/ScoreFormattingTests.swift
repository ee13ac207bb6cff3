import Testing
@testable import CivicLex

/// `Formatting.score` prints whole tenths with integer formatting: it must print exactly what
/// rounding to tenths and printing the `Double` did.
struct ScoreFormattingTests {
    /// The formula the integer formatting replaced.
    static func reference(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e13 else { return String(value) }
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }

    @Test(arguments: [
        0, -0.0, 0.04, 0.05, 0.06, -0.04, -0.05, -0.06, 0.1, -0.1, 0.95, 1.05, 2.25, 9.95, 12.34, -12.34, 49.999, 50, 99.96, 100,
        -100.04, 1234567.891, 9_999_999_999_999.9, -9_999_999_999_999.9, 1e13, -1e13, 1e20, .infinity, -.infinity, .nan, 0.1 + 0.2,
    ])
    func edgeValuesPrintAsBefore(_ value: Double) {
        #expect(Formatting.score(value) == Self.reference(value))
    }

    @Test func manyValuesPrintAsBefore() {
        var generator = SystemRandomNumberGenerator()
        for scale in [1.0, 100, 1e4, 1e8, 1e12] {
            for _ in 0..<20_000 {
                let value = Double.random(in: -scale...scale, using: &generator)
                #expect(Formatting.score(value) == Self.reference(value), "\(value)")
            }
        }
        for tenths in -20_000...20_000 {
            let value = Double(tenths) / 10
            #expect(Formatting.score(value) == Self.reference(value), "\(value)")
        }
    }
}
