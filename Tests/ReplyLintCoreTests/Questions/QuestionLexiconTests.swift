// The question analyser's data files say where they are wrong.
import Testing
@testable import ReplyLintCore

struct QuestionLexiconTests {
    private func load(replacing name: String, with contents: String) -> DataError? {
        var files = RuleSet.embeddedFiles(under: "questions/").filter { $0.path != "rules/questions/" + name }
        files.append(DataFile(path: "rules/questions/" + name, contents: contents))
        var phrases = PhraseIndex()
        do {
            _ = try QuestionLexicon.load(files, into: &phrases)
            return nil
        } catch {
            return error
        }
    }

    @Test func theEmbeddedDataLoads() {
        var phrases = PhraseIndex()
        #expect(throws: Never.self) { _ = try QuestionLexicon.load(into: &phrases) }
    }

    @Test func aMissingFileIsNamed() {
        var phrases = PhraseIndex()
        let files = RuleSet.embeddedFiles(under: "questions/").filter { !$0.path.hasSuffix("cues.yml") }
        #expect(throws: DataError.self) { _ = try QuestionLexicon.load(files, into: &phrases) }
    }

    @Test func anUnknownEvidenceKindPointsAtItsLine() {
        let error = load(replacing: "synonyms.yml", with: "groups:\n  - name: x\n    evidence: smell\n    words: [a]\n")
        #expect(error?.file == "rules/questions/synonyms.yml")
        #expect(error?.line == 3)
        #expect(error?.problem.contains("time, amount") == true)
    }

    @Test func aBadPhrasePointsAtItsLine() {
        var cues = RuleSet.embeddedFiles(under: "questions/").first { $0.path.hasSuffix("cues.yml") }!.contents
        cues = cues.replacingOccurrences(of: "status:\n", with: "status:\n  - \"any (update\"\n")
        let error = load(replacing: "cues.yml", with: cues)
        #expect(error?.problem.contains("unbalanced") == true)
    }

    @Test func anUnknownWordClassIsRefused() {
        let words = RuleSet.embeddedFiles(under: "questions/").first { $0.path.hasSuffix("words.yml") }!.contents
        let error = load(replacing: "words.yml", with: words + "\nverbs: [run]\n")
        #expect(error?.problem.contains("unknown key 'verbs'") == true)
    }
}
