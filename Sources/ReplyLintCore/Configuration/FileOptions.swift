// The options for one draft: the run's options (command line) with the draft's
// configuration applied. Precedence, weakest first: the rule file, the configuration's
// `rules`, each matching `overrides` entry in order, then --enable/--disable and --template.

extension LintOptions {
    public func applying(_ configuration: Configuration?, to path: String) -> LintOptions {
        guard let configuration else { return self }
        var options = self
        options.configuration = configuration
        var settings = configuration.rules
        if options.channel == nil, let channel = configuration.channel.flatMap(SupportChannel.init(rawValue:)) {
            options.channel = channel
        }
        // response_times: {messages: {target: 2h, max: 24h}, ...} for late-response.
        for channel in SupportChannel.allCases where options.responseTimes[channel] == nil {
            if let target = configuration.responseTimes[channel.rawValue + ".target"],
               let maximum = configuration.responseTimes[channel.rawValue + ".max"] {
                options.responseTimes[channel] = ResponseTime(target: target * 3600, maximum: maximum * 3600)
            }
        }
        let absolute = Paths.absolute(path)
        for override in configuration.overrides where override.applies(to: absolute) {
            settings.merge(override.rules) { old, new in old.merged(with: new) }
            if let template = override.template, !self.template { options.template = template }
        }
        for (id, setting) in settings {
            if let enabled = setting.enabled {
                // The command line has the last word.
                if enabled, !disabled.contains(id) {
                    options.enabled.insert(id)
                    options.disabled.remove(id)
                } else if !enabled, !self.enabled.contains(id) {
                    options.disabled.insert(id)
                }
            }
            if let severity = setting.severity, severityOverrides[id] == nil { options.severityOverrides[id] = severity }
            if !setting.options.isEmpty {
                let entries = setting.options.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
                options.ruleOptions[id] = DataNode(.map(entries), file: setting.file, line: setting.line, column: 1)
            }
        }
        return options
    }
}
