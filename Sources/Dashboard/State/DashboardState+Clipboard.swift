import Foundation

extension DashboardState {
    /// The instance the view is about: the row under the cursor in an instances list, or the instance shown.
    var focusedInstanceID: String? {
        switch current {
        case .instances, .attention: selectedRowID
        case .instanceDetail(let detail): detail.instanceID
        case .historyEvent(let event): event.instanceID
        case .entities, .entityDetail, .failures, .orchestrators, .hubs: nil
        }
    }

    /// Asks the terminal to copy the focused instance's id (OSC 52) and says so on the flash line.
    mutating func copyFocusedInstanceID(now: Date) -> [Effect] {
        guard let id = focusedInstanceID else {
            show("copy: select an instance first", level: .warning, now: now)
            return []
        }
        guard options.clipboard else {
            show("no clipboard on the Linux console; the id is \(id)", level: .warning, now: now)
            return []
        }
        show("copied \(id) (OSC 52: your terminal must allow clipboard writes)", level: .info, now: now)
        return [.copy(id)]
    }
}
