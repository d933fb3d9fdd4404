import DurableAPI
import ScreenKit

/// How a runtime status is drawn: a glyph plus the word (never colour alone) and a semantic style.
public enum StatusGlyph {
    /// The glyph for a status, Unicode or ASCII.
    public static func glyph(_ status: RuntimeStatus, asciiOnly: Bool) -> String {
        switch status {
        case .running: asciiOnly ? ">" : "\u{25B6}"
        case .pending: asciiOnly ? "." : "\u{25CC}"
        case .completed: asciiOnly ? "+" : "\u{2713}"
        case .failed: asciiOnly ? "x" : "\u{2717}"
        case .terminated: asciiOnly ? "#" : "\u{25A0}"
        case .canceled: asciiOnly ? "-" : "\u{2298}"
        case .suspended: asciiOnly ? "=" : "\u{2016}"
        case .continuedAsNew: asciiOnly ? "~" : "\u{21BB}"
        case .unknown: "?"
        }
    }

    /// `✗ Failed`.
    public static func label(_ status: RuntimeStatus, asciiOnly: Bool) -> String {
        glyph(status, asciiOnly: asciiOnly) + " " + status.name
    }

    /// The style of a status.
    public static func style(_ status: RuntimeStatus) -> StyleName {
        switch status {
        case .running: .statusRunning
        case .pending: .statusPending
        case .completed: .statusCompleted
        case .failed: .statusFailed
        case .terminated: .statusTerminated
        case .canceled: .statusCanceled
        case .suspended: .statusSuspended
        case .continuedAsNew: .statusContinuedAsNew
        case .unknown: .statusUnknown
        }
    }
}
