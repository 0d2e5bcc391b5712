// Reading and writing a baseline file (JSON, version 1):
//   {"version": 1, "tool": "replylint",
//    "entries": [{"rule": "slang", "path": "drafts/a.txt", "fingerprint": "…", "count": 2, "excerpt": "gonna"}]}
import Foundation

public enum BaselineFile {
    /// Reads a baseline; any problem is an InputError naming the file.
    public static func read(_ path: String) throws(InputError) -> Baseline {
        let bytes = try InputFile.read(path)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw InputError(path: path, problem: "not a baseline file: invalid JSON")
        }
        guard let root = object as? [String: Any] else {
            throw InputError(path: path, problem: "not a baseline file: expected a JSON object with \"version\" and \"entries\"")
        }
        guard let version = root["version"] as? Int else {
            throw InputError(path: path, problem: "not a baseline file: no \"version\"")
        }
        guard version == Baseline.version else {
            throw InputError(path: path, problem: "baseline version \(version) is not supported (this replylint writes version \(Baseline.version))")
        }
        guard let list = root["entries"] as? [Any] else {
            throw InputError(path: path, problem: "not a baseline file: \"entries\" must be a list")
        }
        var entries: [BaselineEntry] = []
        for (number, item) in list.enumerated() {
            guard let entry = item as? [String: Any],
                  let rule = entry["rule"] as? String,
                  let file = entry["path"] as? String,
                  let fingerprint = entry["fingerprint"] as? String,
                  let count = entry["count"] as? Int, count > 0 else {
                throw InputError(path: path, problem: "entry \(number + 1) needs \"rule\", \"path\", \"fingerprint\" and a positive \"count\"")
            }
            entries.append(BaselineEntry(rule: rule, path: file, fingerprint: fingerprint, count: count, excerpt: entry["excerpt"] as? String))
        }
        return Baseline(entries: entries)
    }

    /// The file's text, entries in the order of the run (path order, then position).
    public static func text(_ baseline: Baseline) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", Baseline.version)
        json.field("tool", ReplyLint.name)
        json.beginArray("entries")
        for entry in baseline.entries {
            json.beginObject()
            json.field("rule", entry.rule)
            json.field("path", entry.path)
            json.field("fingerprint", entry.fingerprint)
            json.field("count", entry.count)
            if let excerpt = entry.excerpt { json.field("excerpt", excerpt) }
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.string
    }
}
