import DurableAPI
import Foundation
import HubKit
import ScreenKit

/// The instance detail: a tab bar, then Summary (every field and pretty JSON), History or Timeline.
enum InstanceDetailView {
    static func draw(_ detail: InstanceDetailState, state: DashboardState, into grid: inout Grid, now: Date) {
        var info = "tab \(detail.tab.rawValue)/\(InstanceDetailState.Tab.allCases.count)"
        if let error = detail.error {
            info = "load failed: " + error
        } else if detail.status?.historyEvents == nil {
            info = "loading history\u{2026}"
        }
        TitleView.draw(state, info: info, into: &grid)
        drawTabs(detail, into: &grid)
        guard let status = detail.status else {
            grid.put(detail.error ?? "loading\u{2026}", row: Layout.contentTop, column: 1, style: .tableDim)
            return
        }
        switch detail.tab {
        case .summary:
            let lines = SummaryContent.lines(status, state: state, now: now)
            TextLine.draw(
                lines,
                scroll: detail.summaryScroll,
                top: Layout.contentTop,
                height: Layout.tableHeight(grid.size),
                into: &grid
            )
        case .history:
            HistoryView.draw(detail, status: status, state: state, into: &grid, now: now)
        case .timeline:
            TimelineView.draw(detail, into: &grid, now: now)
        }
    }

    static func drawTabs(_ detail: InstanceDetailState, into grid: inout Grid) {
        let row = Layout.contentTop - 1
        var column = 0
        for tab in InstanceDetailState.Tab.allCases {
            let style: StyleName = tab == detail.tab ? .tabActive : .tabInactive
            column = grid.put(" \(tab.rawValue) \(tab.title) ", row: row, column: column, style: style)
            column = grid.put(" ", row: row, column: column, style: .body)
        }
    }
}
