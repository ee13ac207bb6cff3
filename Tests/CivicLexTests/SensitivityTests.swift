import CivicLex
import Testing

@Suite struct SensitivityTests {
    @Test func eachAreaWeightIsHalvedDoubledAndLeftOut() throws {
        let score = Evaluator(law: bundledLaw).enablingEnvironment(on: try #require(Day(iso: "2024-06-30")))
        let sensitivity = Sensitivity(score: score, law: bundledLaw)
        #expect(sensitivity.rows.map(\.area) == bundledLaw.areas.map(\.id))
        func overall(_ factor: Double, on area: String) -> Double {
            var sum = 0.0, weights = 0.0
            for item in score.areas {
                guard let value = item.score, let weight = bundledLaw.area(item.id)?.weight else { continue }
                let scaled = item.id == area ? weight * factor : weight
                sum += value * scaled
                weights += scaled
            }
            return sum / weights
        }
        for row in sensitivity.rows {
            #expect(abs(try #require(row.leftOut) - overall(0, on: row.area)) < 1e-9)
            #expect(abs(try #require(row.halved) - overall(0.5, on: row.area)) < 1e-9)
            #expect(abs(try #require(row.doubled) - overall(2, on: row.area)) < 1e-9)
            // Halving and doubling move the overall score in opposite directions.
            let overall = try #require(score.overall)
            #expect((try #require(row.halved) - overall) * (try #require(row.doubled) - overall) <= 0)
        }
    }
}
