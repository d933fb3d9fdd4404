import Foundation
import HubKit
import ScreenKit

/// The triage views, `:failures`, `:attention` and `:orchestrators`: each a table of the last tick's analysis,
/// drawn the same way.
enum TriageViews {
    /// `:failures`: the clusters, then the selected one's preview under the table.
    static func drawFailures(_ state: DashboardState, into grid: inout Grid, now: Date) {
        let failed = state.triage.analysis.clusters.reduce(0) { $0 + $1.count }
        draw(
            state.failureList,
            title: "\(failed) failed in \(state.triage.analysis.clusters.count) clusters",
            columns: FailureTable.columns,
            empty: "no failed instance in the last \(state.window)",
            state: state,
            row: { state.triage.clusters[$0] },
            height: Layout.failureTableHeight(grid.size),
            into: &grid,
            now: now
        )
        if let cluster = state.selectedCluster {
            drawPreview(cluster, into: &grid)
        }
    }

    /// `:attention`: the instances that need a human, each with its reason.
    static func drawAttention(_ state: DashboardState, into grid: inout Grid, now: Date) {
        draw(
            state.attentionList,
            title: "\(state.triage.analysis.attention.count) need attention",
            columns: AttentionTable.columns,
            empty: "nothing needs attention: no stuck, stalled, long-suspended or bursting instance",
            state: state,
            row: { state.triage.attention[$0] },
            marked: state.actions.marks.contains,
            height: Layout.tableHeight(grid.size),
            into: &grid,
            now: now
        )
    }

    /// `:orchestrators`: one row per orchestrator name.
    static func drawOrchestrators(_ state: DashboardState, into grid: inout Grid, now: Date) {
        draw(
            state.orchestratorList,
            title: "\(state.triage.analysis.orchestrators.count) orchestrators",
            columns: OrchestratorTable.columns,
            empty: "no orchestration in the last \(state.window)",
            state: state,
            row: { state.triage.orchestrators[$0] },
            height: Layout.tableHeight(grid.size),
            into: &grid,
            now: now
        )
    }

    /// The selected cluster under the table, where the narrow column cut it: its message on the first rows, then
    /// its latest failure text as the host wrote it.
    private static func drawPreview(_ cluster: FailureCluster, into grid: inout Grid) {
        let top = Layout.contentTop + Layout.failureTableHeight(grid.size) + 1
        let label = "\(cluster.orchestrator) \u{00D7}\(cluster.count): "
        let column = grid.put(label, row: top, column: 1, style: .detailLabel)
        let messageRows = Layout.failurePreviewRows - 1
        grid.putWrapped(cluster.message, row: top, column: column, style: .detailValue, lines: messageRows)
        guard let sample = cluster.sampleMessage else {
            return
        }
        let latest = grid.put("latest: ", row: top + messageRows, column: 1, style: .detailLabel)
        grid.put(sample, row: top + messageRows, column: latest, style: .tableDim, ellipsis: .end)
    }

    /// Draws a triage table: the title (with the window and the `/` filter), the heading, and the page of rows.
    private static func draw<Rows: ListRows, Row>(
        _ list: ListState<Rows>,
        title: String,
        columns: [TableColumn<Row>],
        empty: String,
        state: DashboardState,
        row lookup: (Rows.Element) -> Row?,
        marked: (Rows.Element) -> Bool = { _ in false },
        height: Int,
        into grid: inout Grid,
        now: Date
    ) {
        var info = [title, "window \(state.window)"]
        if let status = state.statusFilter {
            info.append("status \(status.name)")
        }
        if !list.filterText.isEmpty {
            info.append("/" + list.filterText)
        }
        TitleView.draw(state, info: info.joined(separator: "  "), into: &grid)
        let layout = TableColumns(totalWidth: grid.size.columns, columns: columns)
        grid.drawTableHeader(columns, layout: layout, row: Layout.contentTop - 1)
        guard !list.visible.isEmpty else {
            var message = empty
            if !state.triage.isAnalysed {
                message = "analysing\u{2026}"
            } else if !list.filterText.isEmpty {
                message = "no row matches the filter (Esc clears it)"
            } else if let status = state.statusFilter {
                message += " among the \(status.name) rows held (:status all lists every status)"
            }
            grid.put(message, row: Layout.contentTop, column: 1, style: .tableDim)
            return
        }
        grid.drawListPage(
            list,
            height: height,
            columns: columns,
            layout: layout,
            context: { id in
                CellContext(now: now, timeDisplay: state.timeDisplay, isMarked: marked(id))
            },
            row: lookup
        )
    }
}
