import Foundation
import Testing

/// `timeline --law` shows the outside ratings beside the law's score (issue 16).
@Suite(.serialized) struct TimelineIndicesTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(["timeline", "--law", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func jsonCarriesTheIndicesArray() throws {
        let root = try json(["--from", "2015-01-01", "--to", "2024-06-30"])
        let indices = try #require(root["indices"] as? [[String: Any]])
        let names = indices.compactMap { $0["name"] as? String }
        for wanted in ["CIVICUS Monitor", "Freedom in the World", "Nations in Transit"] {
            #expect(names.contains { $0.hasPrefix(wanted) }, "\(wanted) in \(names)")
        }
        for index in indices {
            #expect((index["source"] as? String)?.hasPrefix("http") == true)
            let values = try #require(index["values"] as? [[String: Any]])
            #expect(!values.isEmpty)
            for value in values {
                let date = try #require(value["date"] as? String)
                #expect(date <= "2024-06-30", "readings after --to are left out")
                #expect(value["label"] is String)
                #expect(value["value"] is NSNumber || value["value"] is NSNull)
            }
        }
        let civicus = try #require(indices.first { ($0["name"] as? String)?.hasPrefix("CIVICUS") == true })
        let last = try #require((civicus["values"] as? [[String: Any]])?.last)
        #expect(last["label"] as? String == "repressed")
        #expect(root["sensitivity"] == nil)
    }

    @Test func sensitivityIsAddedOnRequest() throws {
        let root = try json(["--to", "2024-06-30", "--sensitivity"])
        let sensitivity = try #require(root["sensitivity"] as? [String: Any])
        #expect(sensitivity["date"] as? String == "2024-06-30")
        #expect(sensitivity["band"] as? String == "repressed")
        let areas = try #require(sensitivity["areas"] as? [[String: Any]])
        #expect(areas.compactMap { $0["area"] as? String } == ["registration", "territorial", "funding", "assembly"])
        for area in areas {
            for key in ["weight_halved", "weight_doubled", "left_out", "largest_move"] { #expect(area[key] is NSNumber, "\(key)") }
        }
    }

    @Test func textShowsTheRatingsBesideTheLaw() throws {
        let result = try CLI.run(["timeline", "--law", "--to", "2024-06-30", "--sensitivity"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("BESIDE THE LAW: OUTSIDE RATINGS"))
        #expect(result.stdout.contains("On 2024-06-30: law as written: 24 (repressed); CIVICUS Monitor rating: 2 repressed"))
        #expect(result.stdout.contains("rate practice as well"))
        #expect(result.stdout.contains("SENSITIVITY TO AREA WEIGHTS on 2024-06-30"))
    }

    @Test func htmlHasBothPanelsAndTheDeJureSentence() throws {
        let result = try CLI.run(["timeline", "--law", "--format", "html", "--sensitivity"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<h2>Enabling-environment score over time</h2>"))
        #expect(result.stdout.contains("<h2>Beside the law: outside ratings of practice</h2>"))
        #expect(result.stdout.contains("The law's score grades the statutes as written"))
        #expect(result.stdout.components(separatedBy: "<svg").count == 3)
        #expect(result.stdout.contains("<h2>Sensitivity to the area weights</h2>"))
    }

    @Test func caseTimelineHasNoIndicesAndSensitivityNeedsLaw() throws {
        let scenario = "Cases/composite/march-without-permission-2019.yaml"
        let plain = try CLI.run(["timeline", "--format", "json", scenario])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("\"indices\""))
        let refused = try CLI.run(["timeline", "--sensitivity", scenario])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--sensitivity applies to --law"))
        let csv = try CLI.run(["timeline", "--law", "--sensitivity", "--format", "csv"])
        #expect(csv.status != 0 && csv.stderr.contains("not CSV"))
    }
}
