import Testing

/// The tests that start a curses screen. curses keeps global state (the current screen), so they run one at a time,
/// each suite nested here.
@Suite("curses", .serialized)
enum CursesSuite {}
