// Reading .replylint.yml: every key into the model, errors with their line, unknown keys as warnings.
import Testing
@testable import ReplyLintCore

struct ConfigurationReaderTests {
    private func read(_ text: String) throws -> (Configuration, [String]) {
        var reader = ConfigurationReader()
        let configuration = try reader.parse(text, path: "/team/.replylint.yml")
        return (configuration, reader.warnings)
    }

    @Test func readsEveryKey() throws {
        let text = """
        rules:
          slang: off
          shouting: error
          readability: {severity: warning, max_words: 30}
        overrides:
          - files: ["templates/**"]
            template: true
            rules: {name-fallback: off}
        exclude: [archive]
        rules_dirs: [team-rules]
        phrases:
          - no worries
          - {phrase: "per our policy", message: "Explain instead", severity: error}
        spelling: {accept: [Acme]}
        template: {engines: [liquid, zendesk], variables: [first_name]}
        response_times: {messages: {target: 30m, max: 24h}, issues: {target: 1h, max: 8h}}
        escalation: {billing_threshold: 100}
        channel: issues
        policy:
          return_window_days: 30
          refund_days: 3-5
          shipping_days: {standard: 5, express: 2}
          free_returns: no
        """
        let (configuration, warnings) = try read(text)
        #expect(warnings.isEmpty)
        #expect(configuration.rules["slang"]?.enabled == false)
        #expect(configuration.rules["shouting"]?.severity == .error)
        #expect(configuration.rules["readability"]?.options["max_words"]?.scalar == "30")
        #expect(configuration.overrides.first?.template == true)
        #expect(configuration.overrides.first?.applies(to: "/team/templates/a.liquid") == true)
        #expect(configuration.isExcluded("/team/drafts/archive/x.txt"))
        #expect(configuration.rulesDirectories == ["/team/team-rules"])
        #expect(configuration.phrases.map(\.message) == ["Avoid '{excerpt}' (team phrase list)", "Explain instead"])
        #expect(configuration.customPhrases != nil)
        #expect(configuration.acceptedWords == ["acme"])
        #expect(configuration.templateEngines == ["liquid", "zendesk"])
        #expect(configuration.variables == ["first_name"])
        #expect(configuration.responseTimes == ["messages.target": 0.5, "messages.max": 24, "issues.target": 1, "issues.max": 8])
        #expect(configuration.escalationNumber("billing_threshold") == 100)
        #expect(configuration.channel == "issues")
        let options = LintOptions().applying(configuration, to: "/team/drafts/a.txt")
        #expect(options.channel == .issues)
        #expect(options.responseTimes[.issues] == ResponseTime(target: 3600, maximum: 8 * 3600))
        #expect(options.responseTimes[.messages] == ResponseTime(target: 1800, maximum: 24 * 3600))
        #expect(configuration.policy.returnWindowDays == DayCount(30))
        #expect(configuration.policy.refundDays == DayCount(3, 5))
        #expect(configuration.policy.expressShippingDays == DayCount(2))
        #expect(configuration.policy.freeReturns == false)
    }

    @Test func unknownKeysAreWarningsOnTheirLine() throws {
        let (_, warnings) = try read("channel: messages\nrulez:\n  slang: off\npolicy:\n  return_days: 30\n")
        #expect(warnings == [
            "/team/.replylint.yml:2: unknown key 'rulez'",
            "/team/.replylint.yml:5: unknown key 'return_days' in policy",
        ])
    }

    @Test(arguments: [
        ("rules:\n  slang: loud\n", "/team/.replylint.yml:2:10: expected off, on, error, warning, info or a mapping, found 'loud'"),
        ("policy:\n  refund_days: soon\n", "/team/.replylint.yml:2:16: expected a number of days or a range such as 3-5, found 'soon'"),
        ("template:\n  engines: [jinja]\n", "/team/.replylint.yml:2:13: unknown template engine 'jinja'"),
        ("phrases:\n  - \"(no worries\"\n", "/team/.replylint.yml:2:5: phrase"),
        ("overrides:\n  - rules: {slang: off}\n", "/team/.replylint.yml:2:5: missing 'files'"),
        ("response_times: {email: soon}\n", "/team/.replylint.yml:1:25: expected a time"),
        ("channel: phone\n", "/team/.replylint.yml:1:10: channel must be one of messages, reviews, returns, issues"),
    ])
    func badValuesNameTheirPlace(_ text: String, _ expected: String) throws {
        #expect {
            _ = try read(text)
        } throws: { error in
            "\(error)".hasPrefix(expected)
        }
    }

    @Test func nearerFileWinsKeyByKey() throws {
        var base = Configuration(path: "/a/.replylint.yml")
        base.policy.days["return_window_days"] = DayCount(30)
        base.policy.days["refund_days"] = DayCount(5)
        base.rules["slang"] = RuleSetting(enabled: false, file: "a", line: 1)
        var near = Configuration(path: "/a/b/.replylint.yml")
        near.policy.days["refund_days"] = DayCount(10)
        near.rules["slang"] = RuleSetting(severity: .error, file: "b", line: 1)
        let merged = base.merged(with: near)
        #expect(merged.policy.returnWindowDays == DayCount(30))
        #expect(merged.policy.refundDays == DayCount(10))
        #expect(merged.rules["slang"]?.enabled == false)
        #expect(merged.rules["slang"]?.severity == .error)
        #expect(merged.path == "/a/b/.replylint.yml")
    }
}
