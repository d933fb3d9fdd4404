import DurableAPI
import Foundation

@testable import HubKit

/// Instances for the triage tests, timed relative to a fixed "now" over a 24-hour window.
enum TestHub {
    /// The time of analysis.
    static let now = Date(timeIntervalSince1970: 1_714_557_600)
    /// The 24 hours before `now`.
    static let window = DateInterval(start: now.addingTimeInterval(-86_400), end: now)

    /// An instance created `age` seconds before now and last updated `updatedAgo` seconds before now.
    static func instance(
        _ id: String,
        _ status: RuntimeStatus,
        name: String? = "ProcessOrder",
        age: TimeInterval,
        updatedAgo: TimeInterval? = nil,
        output: JSONValue = .null
    ) -> OrchestrationStatus {
        OrchestrationStatus(
            name: name,
            instanceId: id,
            runtimeStatus: status,
            output: output,
            createdTime: now.addingTimeInterval(-age),
            lastUpdatedTime: now.addingTimeInterval(-(updatedAgo ?? age))
        )
    }

    /// A Failed instance with a failure text, failed `failedAgo` seconds before now.
    static func failed(
        _ id: String,
        _ text: String?,
        name: String = "ProcessOrder",
        failedAgo: TimeInterval
    )
        -> OrchestrationStatus
    {
        instance(
            id,
            .failed,
            name: name,
            age: failedAgo + 60,
            updatedAgo: failedAgo,
            output: text.map(JSONValue.string) ?? .null
        )
    }

    /// A Completed instance that ran `duration` seconds and finished `finishedAgo` seconds before now.
    static func completed(
        _ id: String,
        name: String = "ProcessOrder",
        duration: TimeInterval,
        finishedAgo: TimeInterval = 3_600
    ) -> OrchestrationStatus {
        instance(id, .completed, name: name, age: finishedAgo + duration, updatedAgo: finishedAgo)
    }

    /// The analysis of `instances` with fresh analyzer state.
    static func analyze(_ instances: [OrchestrationStatus], thresholds: AttentionThresholds = .standard) -> HubAnalysis
    {
        var analyzer = HubAnalyzer()
        return analyzer.analyze(instances, window: window, now: now, thresholds: thresholds)
    }
}
