/// The semantic name of a style, such as `status.failed` or `table.header`.
///
/// Views tag every grid cell with a style name; a ``Theme`` turns the name into concrete ``TextAttributes``.
/// Theme files use the same dotted names as keys.
public struct StyleName: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The dotted name, for example `status.failed`.
    public let rawValue: String

    /// Creates a style name from its dotted spelling.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a style name from its dotted spelling.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The dotted name.
    public var description: String { rawValue }

    /// Orders style names alphabetically.
    public static func < (lhs: StyleName, rhs: StyleName) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension StyleName {
    /// Ordinary text on the screen's background.
    public static let body = StyleName("body")
    /// Labels in the header block ("hub", "refresh").
    public static let headerLabel = StyleName("header.label")
    /// Values in the header block (host, hub name).
    public static let headerValue = StyleName("header.value")
    /// The read-only badge in the header.
    public static let headerBadge = StyleName("header.badge")
    /// The data-age text while the data is fresh.
    public static let headerFresh = StyleName("header.fresh")
    /// The data-age text once the data is stale (refreshes failed).
    public static let headerStale = StyleName("header.stale")
    /// The PAUSED marker in the header.
    public static let headerPaused = StyleName("header.paused")
    /// The header's count of instances that need attention.
    public static let headerAttention = StyleName("header.attention")
    /// The title bar above a table (view name, filter, sort, row count).
    public static let title = StyleName("title")
    /// The active filter shown in the title bar.
    public static let titleFilter = StyleName("title.filter")
    /// The breadcrumbs line.
    public static let crumb = StyleName("crumb")
    /// The last (active) breadcrumb.
    public static let crumbActive = StyleName("crumb.active")
    /// Column headers of a table.
    public static let tableHeader = StyleName("table.header")
    /// The column header of the sort column.
    public static let tableHeaderSorted = StyleName("table.header.sorted")
    /// An ordinary table row.
    public static let tableRow = StyleName("table.row")
    /// The selected table row (the cursor).
    public static let tableSelected = StyleName("table.selected")
    /// A row that changed during the last refresh tick.
    public static let tableChanged = StyleName("table.changed")
    /// Secondary text inside a table (durations, relative times).
    public static let tableDim = StyleName("table.dim")
    /// Status `Running`.
    public static let statusRunning = StyleName("status.running")
    /// Status `Pending`.
    public static let statusPending = StyleName("status.pending")
    /// Status `Completed`.
    public static let statusCompleted = StyleName("status.completed")
    /// Status `Failed`.
    public static let statusFailed = StyleName("status.failed")
    /// Status `Terminated`.
    public static let statusTerminated = StyleName("status.terminated")
    /// Status `Canceled`.
    public static let statusCanceled = StyleName("status.canceled")
    /// Status `Suspended`.
    public static let statusSuspended = StyleName("status.suspended")
    /// Status `ContinuedAsNew`.
    public static let statusContinuedAsNew = StyleName("status.continuedasnew")
    /// A status the dashboard does not know.
    public static let statusUnknown = StyleName("status.unknown")
    /// A key name in the hint line and the help overlay.
    public static let hintKey = StyleName("hint.key")
    /// The label next to a key in the hint line and the help overlay.
    public static let hintLabel = StyleName("hint.label")
    /// A binding that is disabled (for example a mutation in read-only mode).
    public static let hintDisabled = StyleName("hint.disabled")
    /// The text of the help overlay.
    public static let help = StyleName("help")
    /// Section titles in the help overlay.
    public static let helpSection = StyleName("help.section")
    /// An informational flash message.
    public static let flashInfo = StyleName("flash.info")
    /// A warning flash message.
    public static let flashWarn = StyleName("flash.warn")
    /// An error flash message.
    public static let flashError = StyleName("flash.error")
    /// The `:` or `/` prompt line.
    public static let prompt = StyleName("prompt")
    /// An active tab title.
    public static let tabActive = StyleName("tab.active")
    /// An inactive tab title.
    public static let tabInactive = StyleName("tab.inactive")
    /// Field labels in detail views.
    public static let detailLabel = StyleName("detail.label")
    /// Field values in detail views.
    public static let detailValue = StyleName("detail.value")
    /// The "waiting on" line of the instance detail.
    public static let detailWaiting = StyleName("detail.waiting")
    /// Object keys in pretty-printed JSON.
    public static let jsonKey = StyleName("json.key")
    /// Strings in pretty-printed JSON.
    public static let jsonString = StyleName("json.string")
    /// Numbers, booleans and null in pretty-printed JSON.
    public static let jsonLiteral = StyleName("json.literal")
    /// Brackets, braces, commas and colons in pretty-printed JSON.
    public static let jsonPunctuation = StyleName("json.punctuation")
    /// A visible stand-in for a control character or other unsafe text from the host.
    public static let escaped = StyleName("escaped")
    /// Dialog body text (operator actions).
    public static let dialog = StyleName("dialog")
    /// The focused dialog button.
    public static let dialogButtonFocus = StyleName("dialog.button.focus")
    /// An unfocused dialog button.
    public static let dialogButton = StyleName("dialog.button")
    /// An activity's bar in the Timeline tab.
    public static let timelineActivity = StyleName("timeline.activity")
    /// A timer's line in the Timeline tab.
    public static let timelineTimer = StyleName("timeline.timer")
    /// A sub-orchestration's bar in the Timeline tab.
    public static let timelineSubOrchestration = StyleName("timeline.suborchestration")
    /// An external event's marker in the Timeline tab.
    public static let timelineEvent = StyleName("timeline.event")
    /// The "terminal too small" screen.
    public static let tooSmall = StyleName("toosmall")

    /// Every style name the dashboard draws with, in a stable order.
    public static let all: [StyleName] = [
        .body, .headerLabel, .headerValue, .headerBadge, .headerFresh, .headerStale, .headerPaused, .headerAttention,
        .title, .titleFilter, .crumb, .crumbActive,
        .tableHeader, .tableHeaderSorted, .tableRow, .tableSelected, .tableChanged, .tableDim,
        .statusRunning, .statusPending, .statusCompleted, .statusFailed, .statusTerminated, .statusCanceled,
        .statusSuspended, .statusContinuedAsNew, .statusUnknown,
        .hintKey, .hintLabel, .hintDisabled, .help, .helpSection,
        .flashInfo, .flashWarn, .flashError, .prompt,
        .tabActive, .tabInactive, .detailLabel, .detailValue, .detailWaiting,
        .jsonKey, .jsonString, .jsonLiteral, .jsonPunctuation, .escaped,
        .dialog, .dialogButtonFocus, .dialogButton,
        .timelineActivity, .timelineTimer, .timelineSubOrchestration, .timelineEvent, .tooSmall,
    ]
}
