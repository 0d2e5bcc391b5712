// How long a reply must be before the structure rules ask for a greeting, a sign-off or
// thanks: a one-line note to a colleague or a one-sentence answer is left alone.
//
//   minimum_sentences: 2     sentences of at least sentence_words words ...
//   sentence_words: 3        ... ("Hi Sam," and "Best," are not sentences here)
//   minimum_words: 15        words in the reply, without the signature

struct ReplySize: Sendable {
    var minimumSentences: Int
    var sentenceWords: Int
    var minimumWords: Int

    static let keys: Set<String> = ["minimum_sentences", "sentence_words", "minimum_words"]

    init(_ node: DataNode) throws(DataError) {
        minimumSentences = Int(try node["minimum_sentences"]?.number() ?? 2)
        sentenceWords = Int(try node["sentence_words"]?.number() ?? 3)
        minimumWords = Int(try node["minimum_words"]?.number() ?? 15)
    }

    func isLargeEnough(_ reply: ReplyLines) -> Bool {
        reply.wordCount >= minimumWords && reply.sentenceCount(minimumWords: sentenceWords) >= minimumSentences
    }
}
