import Foundation
import Glibc

extension Terminal {
    /// Puts text on the clipboard of the terminal the user sits at, with OSC 52, which SSH carries as it carries
    /// any output. Inside tmux the sequence goes twice: plainly, for tmux's `set-clipboard on`, and wrapped in
    /// tmux's passthrough, for `allow-passthrough on`; a terminal that allows neither ignores both.
    func copyToClipboard(_ text: String) {
        let insideTmux = ProcessInfo.processInfo.environment["TMUX"].map { !$0.isEmpty } ?? false
        let bytes = Array(Self.clipboardSequence(for: text, insideTmux: insideTmux).utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR {
                continue
            }
            guard count > 0 else {
                return
            }
            written += count
        }
    }

    /// The escape sequence that sets the clipboard to `text` (base64 inside OSC 52, so no byte of `text` reaches
    /// the terminal as itself).
    static func clipboardSequence(for text: String, insideTmux: Bool) -> String {
        let escape = "\u{1B}"
        let osc = escape + "]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        guard insideTmux else {
            return osc
        }
        let doubled = osc.replacingOccurrences(of: escape, with: escape + escape)
        return osc + escape + "Ptmux;" + doubled + escape + "\\"
    }
}
