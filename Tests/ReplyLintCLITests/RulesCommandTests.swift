// `replylint rules` and `replylint explain`: the rules as users discover them.
import Foundation
import Testing

struct RulesCommandTests {
    @Test func rulesListsEveryIdOfTheContractThatExists() throws {
        let result = try CLI.run(["rules"])
        #expect(result.status == 0)
        for id in ["placeholder", "generic-apology", "slang", "blame"] {
            #expect(result.stdout.contains(id))
        }
    }

    @Test func rulesJSONCarriesExamples() throws {
        let result = try CLI.run(["rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let slang = try #require(rules.first { $0["id"] as? String == "slang" })
        #expect(slang["severity"] as? String == "warning")
        let examples = try #require(slang["examples"] as? [String: [String]])
        #expect((examples["bad"] ?? []).count >= 5)
        #expect((examples["good"] ?? []).count >= 5)
    }

    @Test func explainShowsWhyAndExamples() throws {
        let result = try CLI.run(["explain", "generic-apology"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("generic-apology (warning, phrases)"))
        #expect(result.stdout.contains("Bad:\n  - We apologize for any inconvenience this may have caused."))
        #expect(result.stdout.contains("Good:\n"))
    }

    @Test func explainUnknownRuleIsExitTwo() throws {
        let result = try CLI.run(["explain", "nope"])
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: unknown rule 'nope' (replylint rules lists them)\n")
    }
}
