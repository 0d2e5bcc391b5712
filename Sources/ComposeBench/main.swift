// Benchmark of compose in one process: loads the rules and compose data once, then composes
// a reply to every message given, ROUNDS times, and prints the time per message. Start-up
// and loading are reported apart: they are paid once per `replylint compose` run.
// Usage: ComposeBench ROUNDS MESSAGE...
import Foundation
import ReplyLintCompose
import ReplyLintCore

let arguments = CommandLine.arguments
guard arguments.count >= 3, let rounds = Int(arguments[1]), rounds > 0 else {
    FileHandle.standardError.write(Data("usage: ComposeBench ROUNDS MESSAGE...\n".utf8))
    exit(2)
}

func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
}

do {
    let loading = DispatchTime.now()
    let composer = try Composer(rules: try RuleSet.load())
    let loaded = milliseconds(since: loading)
    let messages = try arguments.dropFirst(2).map { try DocumentReader.read(path: $0).customerMessage }
    // One untimed round: hunspell and other lazily loaded data are paid once per run.
    var ready = 0
    for message in messages where composer.compose(message).isReady { ready += 1 }
    let start = DispatchTime.now()
    for _ in 0..<rounds {
        for message in messages { _ = composer.compose(message) }
    }
    let total = milliseconds(since: start)
    let perMessage = total / Double(rounds * messages.count)
    print(String(format: "loading rules and compose data: %.1f ms (once per run)", loaded))
    print(String(format: "compose: %.2f ms per message (%d messages x %d rounds; target <=20 ms)", perMessage, messages.count, rounds))
} catch {
    FileHandle.standardError.write(Data("ComposeBench: \(error)\n".utf8))
    exit(2)
}
