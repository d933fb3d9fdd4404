import DurableAPI
import Foundation

/// What a running orchestration is waiting on, derived from its history: pending activities, timers with their
/// fire time, open sub-orchestrations, and otherwise an external event.
public enum WaitingOn {
    /// Plain-words description, or `nil` when the instance is not running or has no history.
    public static func describe(_ status: OrchestrationStatus, local: Bool) -> String? {
        guard !status.runtimeStatus.isTerminal, let events = status.historyEvents else {
            return nil
        }
        if status.runtimeStatus == .pending {
            return "waiting to start"
        }
        if status.runtimeStatus == .suspended {
            return "suspended"
        }
        var activities: [String: Int] = [:]
        var activityOrder: [String] = []
        var children: [String] = []
        var timers: [Date] = []
        var fired = Set<Date>()
        for event in events {
            switch event {
            case .taskScheduled(let scheduled):
                let name = scheduled.name ?? "?"
                if activities[name] == nil {
                    activityOrder.append(name)
                }
                activities[name, default: 0] += 1
            case .subOrchestrationInstanceCreated(let scheduled):
                let name = scheduled.name ?? "?"
                children.append(scheduled.instanceId.map { "\(name) (\($0))" } ?? name)
            case .timerCreated(let timer):
                if let fireAt = timer.fireAt {
                    timers.append(fireAt)
                }
            case .timerFired(let timer):
                if let fireAt = timer.fireAt {
                    fired.insert(fireAt)
                }
            default:
                break
            }
        }
        var parts: [String] = []
        for name in activityOrder {
            let count = activities[name] ?? 0
            parts.append(count > 1 ? "activity \(name) ×\(count)" : "activity \(name)")
        }
        for child in children {
            parts.append("sub-orchestration " + child)
        }
        for fireAt in timers where !fired.contains(fireAt) {
            parts.append("timer until " + TimeFormat.absolute(fireAt, local: local))
        }
        if parts.isEmpty {
            return "waiting on: an external event (nothing else is pending)"
        }
        return "waiting on: " + parts.joined(separator: ", ")
    }
}
