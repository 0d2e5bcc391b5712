// The tool's name and version, as reports state them.

public enum ReplyLint {
    public static let name = "replylint"
    public static let version = "0.1.0"
}
