// The tone lexicon files: they load, and a mistake in them says where it is.
import Testing
@testable import ReplyLintCore

struct ToneLexiconTests {
    let embedded = RuleSet.embeddedFiles(under: "tone/")

    func load(replacing path: String? = nil, with contents: String? = nil, adding extra: DataFile? = nil) -> DataError? {
        var files = embedded
        if let path {
            files.removeAll { $0.path == path }
            if let contents { files.append(DataFile(path: path, contents: contents)) }
        }
        if let extra { files.append(extra) }
        var index = PhraseIndex()
        do {
            _ = try ToneLexicon.load(files, into: &index)
            return nil
        } catch {
            return error
        }
    }

    @Test func theEmbeddedLexiconsLoad() {
        #expect(embedded.count >= 5)
        #expect(load() == nil)
        let lexicon = Fixture.rules.lexicons.tone
        #expect(lexicon.caps.acronyms.contains("UPS"))
        #expect(lexicon.scoring.upsetAtMost < 0 && lexicon.scoring.positiveAtLeast > 0)
    }

    @Test func anUnknownSectionNamesTheFileAndLine() {
        let error = load(adding: DataFile(path: "rules/tone/extra.yml", contents: "cues: []\nmoods: [happy]\n"))
        #expect(error?.file == "rules/tone/extra.yml")
        #expect(error?.line == 2)
        #expect(error?.problem.contains("unknown key 'moods'") == true)
    }

    @Test func aMissingSectionIsNamed() {
        let error = load(replacing: "rules/tone/scoring.yml")
        #expect(error?.problem == "no file sets 'scoring'")
    }

    @Test func aSectionSetTwiceNamesTheFirstFile() {
        let error = load(adding: DataFile(path: "rules/tone/zz.yml", contents: "caps:\n  run: -1\n"))
        #expect(error?.file == "rules/tone/zz.yml")
        #expect(error?.problem == "'caps' is also set in rules/tone/emphasis.yml")
    }

    @Test func aBadPhraseOrWeightPointsAtIt() {
        let phrase = load(adding: DataFile(path: "rules/tone/x.yml", contents: "cues:\n  - cue: odd\n    weight: -1\n    phrases:\n      - \"(not closed\"\n"))
        #expect(phrase?.line == 5)
        #expect(phrase?.problem.contains("unbalanced") == true)
        let weight = load(adding: DataFile(path: "rules/tone/x.yml", contents: "cues:\n  - cue: odd\n    weight: lots\n    phrases: [odd]\n"))
        #expect(weight?.line == 3)
        #expect(weight?.problem.contains("expected a number") == true)
    }
}
