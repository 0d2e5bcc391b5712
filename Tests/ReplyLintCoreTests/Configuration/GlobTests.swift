// The byte-level glob used by `exclude` and `overrides`.
import Testing
@testable import ReplyLintCore

struct GlobTests {
    @Test(arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "dir/a.txt", false), ("*.txt", "a.txt.bak", false),
        ("templates/**", "templates/a/b/c.liquid", true), ("templates/**", "templates", false),
        ("**/*.hbs", "a.hbs", true), ("**/*.hbs", "x/y/a.hbs", true), ("a/**/b.txt", "a/b.txt", true),
        ("a/**/b.txt", "a/x/y/b.txt", true), ("a/**/b.txt", "a/x/c.txt", false),
        ("draft?.txt", "draft1.txt", true), ("draft?.txt", "draft/.txt", false), ("draft?.txt", "draft12.txt", false),
        ("*.{txt,md}", "a.md", true), ("*.{txt,md}", "a.html", false), ("{a,b}/*.txt", "b/x.txt", true),
        ("{a,b/{c,d}}/x", "b/d/x", true), ("[Name]", "[Name]", true), ("{open", "{open", true),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test func barePatternsMatchANameAtAnyDepth() {
        let glob = PathGlob("archive", base: "/repo")
        #expect(glob.matches("/repo/drafts/archive/old.txt"))
        #expect(glob.matches("/repo/archive"))
        #expect(!glob.matches("/repo/drafts/archived.txt"))
        #expect(!glob.matches("/elsewhere/archive/old.txt"), "only inside the configuration's folder")
    }

    @Test func anchoredPatternsAreRelativeToTheirBase() {
        let glob = PathGlob("drafts/archive/", base: "/repo")
        #expect(glob.matches("/repo/drafts/archive/old.txt"))
        #expect(glob.matches("/repo/drafts/archive"), "the folder itself, so a walk skips it")
        #expect(!glob.matches("/repo/other/drafts/archive/old.txt"))
    }

    @Test func pathsAreNormalised() {
        #expect(Paths.normalize("/a/./b/../c//d") == "/a/c/d")
        #expect(Paths.normalize("/a/b/..") == "/a")
        #expect(Paths.normalize("/a/b/.") == "/a/b")
        #expect(Paths.normalize("/a/b/") == "/a/b")
        #expect(Paths.normalize("a/b") == "/a/b")
        #expect(Paths.normalize("/") == "/")
        // Names made of dots or starting with one are ordinary parts, kept as they are.
        #expect(Paths.normalize("/a/.../.b/c.d/..e") == "/a/.../.b/c.d/..e")
        #expect(Paths.directory(of: "/a/b.txt") == "/a")
        #expect(Paths.directory(of: "/b.txt") == "/")
        #expect(Paths.relative("/a/b/c", to: "/a") == "b/c")
        #expect(Paths.relative("/ab/c", to: "/a") == nil)
    }
}
