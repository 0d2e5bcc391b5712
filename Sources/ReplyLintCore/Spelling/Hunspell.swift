// libhunspell, opened at run time with dlopen so replylint builds and runs on machines
// without it (the spelling rule then says it is off). One `HunspellDictionary` per
// language; a handle is not safe to share between threads, so each call takes its lock.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C functions replylint uses, looked up by name in the shared library.
final class HunspellLibrary: @unchecked Sendable {
    typealias ListPointer = UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
    typealias Create = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> OpaquePointer?
    typealias Destroy = @convention(c) (OpaquePointer?) -> Void
    typealias Spell = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    typealias Suggest = @convention(c) (OpaquePointer?, ListPointer?, UnsafePointer<CChar>?) -> Int32
    typealias FreeList = @convention(c) (OpaquePointer?, ListPointer?, Int32) -> Void

    let name: String
    let create: Create
    let destroy: Destroy
    let spell: Spell
    let suggest: Suggest
    let freeList: FreeList

    private init(name: String, create: Create, destroy: Destroy, spell: Spell, suggest: Suggest, freeList: FreeList) {
        self.name = name
        self.create = create
        self.destroy = destroy
        self.spell = spell
        self.suggest = suggest
        self.freeList = freeList
    }

    /// The first of `names` that opens and has every function, or nil. The library stays
    /// loaded for the life of the process.
    static func open(_ names: [String]) -> HunspellLibrary? {
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            func symbol<T>(_ symbolName: String, as type: T.Type) -> T? {
                dlsym(handle, symbolName).map { unsafeBitCast($0, to: type) }
            }
            if let create = symbol("Hunspell_create", as: Create.self),
               let destroy = symbol("Hunspell_destroy", as: Destroy.self),
               let spell = symbol("Hunspell_spell", as: Spell.self),
               let suggest = symbol("Hunspell_suggest", as: Suggest.self),
               let freeList = symbol("Hunspell_free_list", as: FreeList.self) {
                return HunspellLibrary(name: name, create: create, destroy: destroy, spell: spell, suggest: suggest, freeList: freeList)
            }
            dlclose(handle)
        }
        return nil
    }
}

/// One loaded dictionary (an .aff and a .dic file).
final class HunspellDictionary: @unchecked Sendable {
    let language: String
    private let library: HunspellLibrary
    private let handle: OpaquePointer
    private let lock = NSLockLite()

    init?(library: HunspellLibrary, language: String, affix: String, words: String) {
        guard let handle = library.create(affix, words) else { return nil }
        self.library = library
        self.language = language
        self.handle = handle
    }

    deinit { library.destroy(handle) }

    /// Whether the dictionary accepts `word` (UTF-8).
    func accepts(_ word: String) -> Bool {
        lock.withLock { library.spell(handle, word) != 0 }
    }

    /// Hunspell's suggestions for `word`, best first. Slow (milliseconds): call it only
    /// for words that are reported.
    func suggestions(_ word: String) -> [String] {
        lock.withLock {
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = library.suggest(handle, &list, word)
            guard count > 0, let words = list else { return [] }
            defer { library.freeList(handle, &list, count) }
            return (0..<Int(count)).compactMap { index in words[index].flatMap { String(validatingCString: $0) } }
        }
    }
}
