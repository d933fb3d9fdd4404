import DurableAPI
import ScreenKit

/// How a runtime status is drawn: a glyph plus the word (never colour alone) and a semantic style.
public enum StatusGlyph {
    /// The glyph for a status (an ASCII-only grid draws its form from ``ScreenKit/ASCIIGlyphs``).
    public static func glyph(_ status: RuntimeStatus) -> String {
        switch status {
        case .running: "\u{25B6}"
        case .pending: "\u{25CC}"
        case .completed: "\u{2713}"
        case .failed: "\u{2717}"
        case .terminated: "\u{25A0}"
        case .canceled: "\u{2298}"
        case .suspended: "\u{2016}"
        case .continuedAsNew: "\u{21BB}"
        case .unknown: "?"
        }
    }

    /// `✗ Failed`.
    public static func label(_ status: RuntimeStatus) -> String {
        glyph(status) + " " + status.name
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
