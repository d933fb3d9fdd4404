import DurableAPI
import Foundation

extension TimelineBar {
    /// The child instance a sub-orchestration bar leads to: the id the history names, else the held instance
    /// whose id starts with `parentID:`, whose name is the bar's, and whose creation is nearest at or after the
    /// bar's start (in whole seconds: the host truncates `createdTime` to the second). `nil` for other bars, or
    /// when no held instance matches.
    public func childInstanceID(parentID: String, among instances: some Sequence<OrchestrationStatus>) -> String? {
        guard kind == .subOrchestration else {
            return nil
        }
        if let childInstanceID {
            return childInstanceID
        }
        let prefix = parentID + ":"
        let earliest = Date(timeIntervalSince1970: start.timeIntervalSince1970.rounded(.down))
        var best: OrchestrationStatus?
        for candidate in instances
        where candidate.instanceId.hasPrefix(prefix) && candidate.name == name && candidate.createdTime >= earliest {
            if let current = best, !Self.isBetter(candidate, than: current) {
                continue
            }
            best = candidate
        }
        return best?.instanceId
    }

    /// Whether a candidate child was created earlier than the current best (ties: the smaller number after the
    /// last `:`, as the host numbers children in order, so `p:9` comes before `p:10`; then the smaller id, so the
    /// answer does not depend on dictionary order).
    private static func isBetter(_ candidate: OrchestrationStatus, than current: OrchestrationStatus) -> Bool {
        if candidate.createdTime != current.createdTime {
            return candidate.createdTime < current.createdTime
        }
        let numbers = (sequenceNumber(of: candidate.instanceId), sequenceNumber(of: current.instanceId))
        if let first = numbers.0, let second = numbers.1, first != second {
            return first < second
        }
        return candidate.instanceId < current.instanceId
    }

    /// The number after an id's last `:`, if that is a number.
    private static func sequenceNumber(of id: String) -> Int? {
        id.split(separator: ":").last.flatMap { Int($0) }
    }
}
