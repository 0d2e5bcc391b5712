// Which text of a file is the customer's message when the file is given as --incoming.

extension Document {
    /// What the sender wrote; when they wrote nothing above a forwarded or quoted message
    /// (a bare forward of the customer's e-mail), that message.
    public var customerMessage: Document {
        if body.isBlank, let quoted = quotedMessage { return quoted }
        return self
    }
}
