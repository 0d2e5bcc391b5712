// A plain thread for one piece of start-up work: it starts in microseconds, where
// Dispatch's first worker can take milliseconds, and a caller can wait for it.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BackgroundThread {
    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    private let thread: pthread_t?

    /// Runs `body` on a new thread, or on this one when no thread can be started.
    init(detached: Bool = false, _ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let started = pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard started == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            body()
            self.thread = nil
            return
        }
        #if canImport(Glibc)
        if detached { pthread_detach(thread) }
        self.thread = detached ? nil : thread
        #else
        if detached, let thread { pthread_detach(thread) }
        self.thread = detached ? nil : thread
        #endif
    }

    /// Waits for the body to finish (at once if it ran on the caller's thread or is detached).
    func wait() {
        guard let thread else { return }
        pthread_join(thread, nil)
    }
}
