/// Why the event loop stopped.
enum LoopExit: Hashable, Sendable {
    /// The application asked to quit.
    case quit
    /// A terminating signal arrived (interrupt, terminate, hang-up, quit).
    case signal(Int32)
    /// The terminal went away (the SSH link dropped): standard input hung up.
    case hangup
}
