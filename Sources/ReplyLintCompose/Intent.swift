// What a customer's message is about, with how sure the classifier is.

public enum Intent: String, Sendable, CaseIterable {
    case lateDelivery = "late-delivery"
    case wrongItem = "wrong-item"
    case defectiveItem = "defective-item"
    case `return` = "return"
    case refund
    case billing
    case cancellation
    case positiveFeedback = "positive-feedback"
    case negativeReview = "negative-review"
    case generalInquiry = "general-inquiry"
}

public struct IntentScore: Sendable, Equatable {
    public let intent: Intent
    /// 0...1: 1 - e^(-sum of the weights of the cues found).
    public let confidence: Double
}
