import Foundation
import HubKit

extension DashboardState {
    /// Enter on a Timeline bar: a sub-orchestration opens its child (named by the history, else found among the
    /// held instances), any other bar its last event's JSON.
    mutating func openTimelineBar(of detail: InstanceDetailState, now: Date) {
        guard let bars = detail.timeline?.bars, bars.indices.contains(detail.timelineCursor.selected) else {
            return
        }
        let bar = bars[detail.timelineCursor.selected]
        guard bar.kind == .subOrchestration else {
            openHistoryEvent(bar.eventIndex, of: detail)
            return
        }
        if let child = bar.childInstanceID(parentID: detail.instanceID, among: store.rows) {
            openChild(child)
            return
        }
        show("\(bar.name): child not listed (a finished child's id is not in the history)", level: .warning, now: now)
    }
}
