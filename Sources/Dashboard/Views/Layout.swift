import ScreenKit

/// Where things go on the screen (80×24 baseline):
///
/// ```
/// row 0      header: host, hub, [RO], refresh, data age / stale warning, PAUSED
/// row 1      counts per status
/// row 2      title bar: breadcrumbs, window, filters, sort, row count
/// row 3      table header, or detail tabs
/// rows 4...  table rows / detail text
/// row H-2    hint line (generated from the key map)
/// row H-1    flash message, prompt, or loading/tick status
/// ```
public enum Layout {
    /// The smallest screen the dashboard draws on; below it a "terminal too small" screen is shown.
    public static let minimumSize = GridSize(columns: 60, rows: 12)
    /// Rows above the content area.
    static let headerRows = 4
    /// Rows below the content area.
    static let footerRows = 2

    /// Rows available for table rows or detail text.
    static func tableHeight(_ size: GridSize) -> Int {
        max(1, size.rows - headerRows - footerRows)
    }

    /// Rows for the History and Timeline tabs' lists: the content area less the two lines above them (History:
    /// the "waiting on" line and column headers; Timeline: the legend and the axis).
    static func historyTableHeight(_ size: GridSize) -> Int {
        max(1, tableHeight(size) - 2)
    }

    /// Rows of the selected cluster's preview under the `:failures` table: its message on two, its latest raw
    /// failure text on one.
    static let failurePreviewRows = 3

    /// Rows for the `:failures` table: the content area less a blank row and the preview.
    static func failureTableHeight(_ size: GridSize) -> Int {
        max(1, tableHeight(size) - 1 - failurePreviewRows)
    }

    /// The first row of the content area.
    static let contentTop = headerRows

    /// The first row of an overlay (help, the progress panel): it leaves the two header rows visible.
    static let overlayTop = 2

    /// Rows an overlay covers: from ``overlayTop`` down to the hint line, which stays visible.
    static func overlayHeight(_ size: GridSize) -> Int {
        max(1, size.rows - overlayTop - footerRows)
    }

    /// Whether a size is too small to draw the dashboard.
    public static func isTooSmall(_ size: GridSize) -> Bool {
        size.columns < minimumSize.columns || size.rows < minimumSize.rows
    }
}
