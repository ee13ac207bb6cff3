import CivicLex
import Testing

@Suite struct ReferenceIndexTests {
    @Test func bundledRulesCarryTheThreeOutsideSeriesWithSources() throws {
        let names = bundledLaw.indices.map(\.name)
        for wanted in ["CIVICUS Monitor", "Freedom in the World", "Nations in Transit"] {
            #expect(names.contains { $0.hasPrefix(wanted) }, "\(wanted)")
        }
        for index in bundledLaw.indices {
            #expect(!index.readings.isEmpty)
            for reading in index.readings {
                #expect(reading.url.hasPrefix("http"), "\(index.id) \(reading.date)")
                #expect(!reading.label.isEmpty)
            }
            #expect(zip(index.readings, index.readings.dropFirst()).allSatisfy { $0.date < $1.date })
        }
    }

    @Test func readingOnADateIsTheLatestPublishedBeforeIt() throws {
        let civicus = try #require(bundledLaw.indices.first { $0.id == "civicus-monitor" })
        #expect(civicus.reading(on: try #require(Day(iso: "2022-06-20")))?.label.hasPrefix("obstructed") == true)
        #expect(civicus.reading(on: try #require(Day(iso: "2022-06-21")))?.label == "repressed")
        #expect(civicus.reading(on: try #require(Day(iso: "2015-01-01"))) == nil)
        let nit = try #require(bundledLaw.indices.first { $0.id == "nations-in-transit-civil-society" })
        #expect(abs(try #require(nit.normalised(1.25)) - 100 * 0.25 / 6) < 1e-9)
    }

    static let badIndex = """
        indices:
          test:
            name: Test index
            publisher: Test
            source: https://example.org
            measures: practice
            scale: {min: 1, max: 7, higher_is_better: true}
            values:
              - {date: 2020-12-31, value: 9, label: too high, url: "https://example.org/a"}
              - {date: 2019-12-31, value: 2, label: out of order, url: "https://example.org/b"}
              - {date: 2021-12-31, value: 2, label: no source}
        """

    @Test func valuesOutsideTheScaleOutOfOrderOrWithoutSourceAreErrors() throws {
        let directory = try rulesWith(["test-indices.yaml": Self.badIndex])
        let messages = loadDiagnostics(directory).map(\.message)
        #expect(messages.contains { $0.contains("outside its scale 1–7") })
        #expect(messages.contains { $0.contains("must be in date order") })
        #expect(messages.contains { $0.contains("url") })
    }

    @Test func anIndexDefinedTwiceIsAnError() throws {
        let again = "indices:\n  civicus-monitor: {name: x, publisher: x, source: x, measures: x, scale: {min: 0, max: 1}, values: []}\n"
        let directory = try rulesWith(["again.yaml": again])
        #expect(loadDiagnostics(directory).contains { $0.message.contains("index `civicus-monitor` is defined twice") })
    }
}
