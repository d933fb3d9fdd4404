import ScreenKit

/// What the terminal's event loop drives: an application that takes input events and renders a grid.
///
/// Every method is called on the terminal's thread only.
public protocol TerminalApplication: AnyObject {
    /// Reacts to a key or a change of terminal size.
    func handle(_ event: InputEvent)
    /// Renders the whole screen at a size.
    func render(size: GridSize) -> Grid
    /// Whether the user asked to quit (the loop then returns and the terminal is restored).
    var wantsQuit: Bool { get }
    /// Text the user asked to copy to the clipboard since the last call, if any (the loop sends it after the
    /// next frame).
    func takeClipboardText() -> String?
}
